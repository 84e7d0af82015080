"""History and advice on ten years of daily entries, against a bare SQLite read.

Builds a diary in a temporary folder with ten years of daily use (about 3,650
pain entries, 2,000 runs, 3,000 routine sessions, a few pairs of shoes), then
measures, each as the median of several runs in this process:

- floor: a bare ``sqlite3`` read of the same rows (``SELECT * FROM`` each
  table, ``fetchall``) on a fresh connection;
- history: ``HistoryWindow`` built (it reads the whole diary, fills the table
  model and the week view) and shown, up to the end of its first paint — it
  is usable then; the pyqtgraph chart is built just after, and the time until
  the chart's own first paint is printed too (offscreen platform);
- advice: ``advice_from_diary`` (reads the whole diary and runs every rule);
- re-open: the app's own path — the main window's History action on the window
  it keeps after the user closed it — until its first paint, and the longest
  the GUI thread was blocked (one call into Qt) from the click until the chart
  has painted again. Issue 11's bar: usable in 50 ms, no block over 50 ms, at
  30 years (``--years 30``).

pyqtgraph is imported once per process, the first time History opens; that
first open is measured separately in fresh child processes ("cold"), each
with the main window already shown, as in the app.

Target (README, "Benchmarks"): History opens in under 150 ms. Printed as ratios against
the floor measured in the same run, and against the target.

    .venv/bin/python bench/history.py [--runs 9] [--cold-runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 0.150
REOPEN_TARGET_S = 0.050
NOW = datetime(2026, 11, 23, 20, 0)


def build_diary(folder: Path, years: int) -> dict[str, int]:
    """``years`` of daily entries, written in one import-style transaction."""
    from coach.core.clock import FakeClock
    from coach.core.diary.diary import Diary
    from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
    from coach.core.paths import DataPaths

    rng = random.Random(20261123)
    days = 365 * years
    start = NOW - timedelta(days=days)
    shoes = [Shoe(f"Pair {n}", (start + timedelta(days=n * 180)).date(), 0.0) for n in range(days // 180)]
    records: list[object] = list(shoes)
    for d in range(days):
        day = start + timedelta(days=d)
        if rng.random() < 0.55:  # ~2,000 runs
            pair = shoes[min(d // 180, len(shoes) - 1)].name
            km = round(rng.uniform(4, 16), 2)
            records.append(Run(day.replace(hour=18), km, round(km * rng.uniform(4.5, 7), 1), pair))
        moment = rng.choice(("after-run", "next-morning", "other"))
        records.append(PainEntry(day.replace(hour=19 if moment == "after-run" else 7), moment,
                                 rng.randint(0, 5), rng.randint(0, 4), ("front",) if rng.random() < 0.3 else (),
                                 note="stairs" if rng.random() < 0.1 else ""))  # fmt: skip
        for _ in range(2 if rng.random() < 0.1 else 1 if rng.random() < 0.69 else 0):  # ~3,000 sessions
            focus = rng.choice(("strength", "strength", "warm-up", "cool-down", "care"))
            begun = day.replace(hour=rng.choice((7, 8, 17)))
            records.append(SessionRecord(f"{focus}-routine", focus, begun, "completed", 8, 8,
                                         begun + timedelta(minutes=20)))  # fmt: skip
    with Diary.open(DataPaths(folder), FakeClock(wall=NOW)) as diary:
        added, _ = diary.add_many(records)
    return dict(added)


def bare_read(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        for table in ("sessions", "runs", "pain", "shoes"):
            conn.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        conn.close()
    return time.perf_counter() - start


def make_services(folder: Path):
    from coach.core.clock import FakeClock
    from coach.core.context import CoachContext
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths
    from coach.ui.services import Services
    from coach.ui.shell.notify import RecordingNotifier

    paths, clock = DataPaths(folder), FakeClock(wall=NOW)
    diary = Diary.open(paths, clock)
    return Services(CoachContext.open(paths, clock, diary=diary), RecordingNotifier())


def open_history(app, services) -> tuple[float, float]:
    """Build and show History; seconds until its first paint, and until its chart's."""
    from PySide6.QtCore import QEvent, QObject

    start = time.perf_counter()
    from coach.ui.history.history import HistoryWindow  # the first call pays pyqtgraph's import

    window = HistoryWindow(services)
    painted = []

    class Spy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(watched)
            return False

    spy = Spy()
    window.installEventFilter(spy)
    window.show()
    deadline = start + 30
    while window not in painted and time.perf_counter() < deadline:
        app.processEvents()
    usable = time.perf_counter() - start
    while window.chart is None and time.perf_counter() < deadline:
        app.processEvents()
    if window.chart is None:
        raise RuntimeError("History never built its chart")
    viewport = window.chart.plot.viewport()
    viewport.installEventFilter(spy)
    while viewport not in painted and time.perf_counter() < deadline:
        app.processEvents()
    if viewport not in painted:
        raise RuntimeError("History never painted its chart")
    charted = time.perf_counter() - start
    window.removeEventFilter(spy)
    viewport.removeEventFilter(spy)
    window.close()
    window.deleteLater()
    app.processEvents()
    return usable, charted


def reopen(app, actions) -> tuple[float, float]:
    """The History action on the kept window; seconds to its first paint, and the longest block until the chart painted."""
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Spy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(watched)
            return False

    spy = Spy()
    window = actions.history
    viewport = window.chart.plot.viewport() if window is not None and window.chart is not None else None
    for target in (window, viewport):
        if target is not None:
            target.installEventFilter(spy)
    start = time.perf_counter()
    window = actions.open_history()
    longest = time.perf_counter() - start
    deadline = start + 30
    while window not in painted and time.perf_counter() < deadline:
        began = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - began)
    usable = time.perf_counter() - start
    while viewport is not None and viewport not in painted and time.perf_counter() < deadline:
        began = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - began)
    for target in (window, viewport):
        if target is not None:
            target.removeEventFilter(spy)
    window.close()
    app.processEvents()
    return usable, longest


def cold_child(folder: str) -> None:
    from PySide6.QtWidgets import QApplication

    from coach.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    services = make_services(Path(folder))
    # As in the app: the main window is up and painted before History is opened.
    main_window = MainWindow(services)
    main_window.show()
    for _ in range(20):
        app.processEvents()
    assert "pyqtgraph" not in sys.modules
    print(json.dumps({"cold": open_history(app, services)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--years", type=int, default=10, help="how much diary to build (issue 11 also asks 30)")
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        cold_child(args.child)
        return 0

    with tempfile.TemporaryDirectory(prefix="coach-bench-history-") as tmp:
        folder = Path(tmp)
        counts = build_diary(folder, args.years)
        print(f"diary: {counts.get('pain', 0)} pain entries, {counts.get('runs', 0)} runs, {counts.get('sessions', 0)} "
              f"sessions, {counts.get('shoes', 0)} pairs of shoes over {args.years} years")  # fmt: skip

        cold = []
        for _ in range(args.cold_runs):
            out = subprocess.run([sys.executable, __file__, "--child", tmp], capture_output=True, text=True,
                                 check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
            cold.append(json.loads(out.stdout.strip().splitlines()[-1])["cold"])

        from PySide6.QtWidgets import QApplication

        from coach.core.advice.advice import advice_from_diary
        from coach.ui.diary.actions import DiaryActions
        from coach.ui.main_window import MainWindow

        app = QApplication(sys.argv[:1])
        services = make_services(folder)
        open_history(app, services)  # warm-up: imports pyqtgraph, fills caches
        floor, history, charted, advice = [], [], [], []
        for _ in range(args.runs):  # interleaved, so a slow moment hits all of them
            floor.append(bare_read(services.paths.diary))
            usable, chart = open_history(app, services)
            history.append(usable)
            charted.append(chart)
            start = time.perf_counter()
            advice_from_diary(services.diary, NOW.date(), "km")
            advice.append(time.perf_counter() - start)
        main_window = MainWindow(services)
        main_window.show()
        actions = main_window.findChild(DiaryActions)
        actions.open_history()  # the user's first open builds the window and its chart ...
        while actions.history.chart is None:
            app.processEvents()
        actions.history.close()  # ... and closing it keeps it for the next open
        app.processEvents()
        reopened = [reopen(app, actions) for _ in range(args.runs)]
        main_window.close()
        services.diary.close()

    f, h, ch, a = (statistics.median(x) for x in (floor, history, charted, advice))
    cold_usable = statistics.median(c[0] for c in cold)
    cold_chart = statistics.median(c[1] for c in cold)

    def row(label: str, seconds: float) -> str:
        return f"{label:<44}{seconds * 1000:7.1f} ms  {seconds / f:5.1f}x floor  {seconds / TARGET_S:5.2f}x target"

    print(f"{'bare SQLite read (floor)':<44}{f * 1000:7.1f} ms   (median of {args.runs})")
    print(row("History open, first paint (usable)", h))
    print(row("History chart painted", ch))
    print(row("advice computation", a))
    print(row(f"cold first open, first paint ({args.cold_runs} fresh)", cold_usable))
    print(row("cold first open, chart painted (pyqtgraph)", cold_chart))
    again = statistics.median(r[0] for r in reopened)
    blocked = max(r[1] for r in reopened)
    print(f"{'re-open from the main window, first paint':<44}{again * 1000:7.1f} ms  {again / f:5.1f}x floor  "
          f"{again / REOPEN_TARGET_S:5.2f}x the 50 ms bar")  # fmt: skip
    print(f"{'re-open: longest GUI block until the chart':<44}{blocked * 1000:7.1f} ms  (max of {args.runs}; bar 50 ms)")
    worst = max(h, cold_usable)
    verdict = "PASS" if worst <= TARGET_S else "FAIL"
    print(f"{verdict}: History is usable in {worst * 1000:.0f} ms at worst (target {TARGET_S * 1000:.0f} ms); "
          f"the chart follows at {cold_chart * 1000:.0f} ms cold, {ch * 1000:.0f} ms warm")
    reopen_ok = again <= REOPEN_TARGET_S and blocked <= REOPEN_TARGET_S
    print(f"{'PASS' if reopen_ok else 'FAIL'}: re-open usable in {again * 1000:.0f} ms, longest block "
          f"{blocked * 1000:.0f} ms (bars 50 ms, issue 11's at 30 years)")  # fmt: skip
    # At 30 years the bar is the re-open's; at fewer years, the first open's 150 ms.
    return 0 if (reopen_ok if args.years >= 30 else worst <= TARGET_S) else 1


if __name__ == "__main__":
    sys.exit(main())
