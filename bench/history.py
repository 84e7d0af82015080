"""History and advice on ten years of daily entries, against a bare SQLite read.

Builds a diary in a temporary folder with ten years of daily use (about 3,650
pain entries, 2,000 runs, 3,000 routine sessions, a few pairs of shoes), then
measures, each as the median of several runs in this process:

- floor: a bare ``sqlite3`` read of the same rows (``SELECT * FROM`` each
  table, ``fetchall``) on a fresh connection;
- first open: the app's own path — the main window's History action
  (``DiaryActions``), which builds the window — until its first paint (usable),
  until its chart has painted the diary's data, and the longest the GUI thread
  was blocked (one call into Qt: the action, or one pass of the event loop) in
  between. The window is dropped after each run so the next open builds it anew;
- advice: ``advice_from_diary`` (reads the whole diary and runs every rule);
- re-open: the same action on the window History keeps after the user closed
  it, until its first paint, and the longest block until the chart painted.

Issue 11's bars at 30 years (``--years 30``): re-open usable in 50 ms, and no
GUI block over 50 ms while History and its chart load, first open included.

pyqtgraph is imported once per process; the first open in a process is
measured in fresh child processes ("cold"), each with the main window already
shown, as in the app: once after the app's own idle preload of the chart
library has finished, and once before it ran (History then imports it on its
worker thread).

Target (README, "Benchmarks"): History opens in under 150 ms. Printed as ratios against
the floor measured in the same run, and against the target.

    .venv/bin/python bench/history.py [--runs 9] [--cold-runs 3] [--years 30]
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


class Stopwatch:
    """Runs the event loop until a condition holds, timing every call into Qt: the longest
    is the longest the GUI thread was blocked (a frozen window, to the user)."""

    def __init__(self, app):
        from PySide6.QtCore import QEvent, QObject

        painted: list = []

        class Spy(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
                if event.type() == QEvent.Type.Paint:
                    painted.append(watched)
                return False

        self.app, self.painted, self.spy = app, painted, Spy()
        self.longest = 0.0
        self.busiest = 0.0  # the most CPU the GUI thread itself spent in one block (the rest of a block is waiting)

    def call(self, action):
        began, cpu = time.perf_counter(), time.thread_time()
        result = action()
        self.longest = max(self.longest, time.perf_counter() - began)
        self.busiest = max(self.busiest, time.thread_time() - cpu)
        return result

    def until(self, done, deadline: float) -> None:
        while not done() and time.perf_counter() < deadline:
            self.call(self.app.processEvents)
        if not done():
            raise RuntimeError("History never got there")

    def watch(self, widget) -> None:
        self.painted.clear()
        widget.installEventFilter(self.spy)


def open_from_main_window(app, actions) -> tuple[float, float, float, float]:
    """The main window's History action, as the user clicks it: seconds until History's first
    paint, until its chart has painted the data, and the longest GUI block in between."""
    watch = Stopwatch(app)
    start = time.perf_counter()
    deadline = start + 60
    window = watch.call(lambda: (actions.actions["history"].trigger(), actions.history)[1])
    if not window.isVisible():
        raise RuntimeError("History did not open")
    watch.watch(window)
    watch.until(lambda: window in watch.painted, deadline)
    usable = time.perf_counter() - start
    watch.until(lambda: window.loaded, deadline)
    viewport = window.chart.plot.viewport()
    watch.watch(viewport)
    watch.until(lambda: viewport in watch.painted, deadline)
    charted = time.perf_counter() - start
    for target in (window, viewport):
        target.removeEventFilter(watch.spy)
    return usable, charted, watch.longest, watch.busiest


def close_history(app, actions, forget: bool) -> None:
    """Close History (kept for the next open, as in the app), or drop it so the next open builds it anew."""
    window = actions.history
    window.close()
    if forget:
        actions.history = None
        window.deleteLater()
    for _ in range(5):
        app.processEvents()


def cold_child(folder: str, preloaded: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from coach.ui import app as app_module
    from coach.ui.diary.actions import DiaryActions
    from coach.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    services = make_services(Path(folder))
    # As in the app: the main window is up and painted before History is opened ...
    main_window = MainWindow(services)
    main_window.show()
    for _ in range(20):
        app.processEvents()
    assert "pyqtgraph" not in sys.modules
    if preloaded:  # ... and, once idle, the app imports the chart library on a thread (here at once, not after 3 s)
        import threading

        app_module.PRELOAD_CHART_AFTER_MS = 0
        app_module._preload_chart_library_when_idle()
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline and ("pyqtgraph" not in sys.modules
                                                  or any(t.name == "chart-preload" for t in threading.enumerate())):
            app.processEvents()
    print(json.dumps({"cold": open_from_main_window(app, main_window.findChild(DiaryActions))}))


def reopen(app, actions) -> tuple[float, float, float]:
    """The History action on the kept window; seconds to its first paint, and the longest block until the chart painted."""
    watch = Stopwatch(app)
    window = actions.history
    viewport = window.chart.plot.viewport()
    watch.watch(window)
    viewport.installEventFilter(watch.spy)
    start = time.perf_counter()
    deadline = start + 30
    watch.call(lambda: actions.actions["history"].trigger())
    watch.until(lambda: window in watch.painted, deadline)
    usable = time.perf_counter() - start
    watch.until(lambda: viewport in watch.painted and window.loaded, deadline)
    for target in (window, viewport):
        target.removeEventFilter(watch.spy)
    return usable, watch.longest, watch.busiest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--years", type=int, default=10, help="how much diary to build (issue 11 also asks 30)")
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--preloaded", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        cold_child(args.child, args.preloaded)
        return 0

    with tempfile.TemporaryDirectory(prefix="coach-bench-history-") as tmp:
        folder = Path(tmp)
        counts = build_diary(folder, args.years)
        print(f"diary: {counts.get('pain', 0)} pain entries, {counts.get('runs', 0)} runs, {counts.get('sessions', 0)} "
              f"sessions, {counts.get('shoes', 0)} pairs of shoes over {args.years} years")  # fmt: skip

        cold: dict[bool, list] = {True: [], False: []}
        for _ in range(args.cold_runs):
            for preloaded in (True, False):
                out = subprocess.run([sys.executable, __file__, "--child", tmp] + ["--preloaded"] * preloaded,
                                     capture_output=True, text=True, check=True,
                                     env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
                cold[preloaded].append(json.loads(out.stdout.strip().splitlines()[-1])["cold"])

        from PySide6.QtWidgets import QApplication

        from coach.core.advice.advice import advice_from_diary
        from coach.ui.diary.actions import DiaryActions
        from coach.ui.main_window import MainWindow

        app = QApplication(sys.argv[:1])
        services = make_services(folder)
        main_window = MainWindow(services)
        main_window.show()
        actions = main_window.findChild(DiaryActions)
        open_from_main_window(app, actions)  # warm-up: imports pyqtgraph, fills caches
        close_history(app, actions, forget=True)
        floor, history, charted, blocks, busy, advice = [], [], [], [], [], []
        for _ in range(args.runs):  # interleaved, so a slow moment hits all of them
            floor.append(bare_read(services.paths.diary))
            usable, chart, longest, busiest = open_from_main_window(app, actions)  # a first open: built anew
            close_history(app, actions, forget=True)
            history.append(usable)
            charted.append(chart)
            blocks.append(longest)
            busy.append(busiest)
            start = time.perf_counter()
            advice_from_diary(services.diary, NOW.date(), "km")
            advice.append(time.perf_counter() - start)
        open_from_main_window(app, actions)  # the user's first open builds the window and its chart ...
        close_history(app, actions, forget=False)  # ... and closing it keeps it for the next open
        reopened = []
        for _ in range(args.runs):
            reopened.append(reopen(app, actions))
            close_history(app, actions, forget=False)
        main_window.close()
        services.diary.close()

    f, h, ch, a = (statistics.median(x) for x in (floor, history, charted, advice))
    first_block = max(blocks)

    def row(label: str, seconds: float) -> str:
        return f"{label:<48}{seconds * 1000:7.1f} ms  {seconds / f:5.1f}x floor  {seconds / TARGET_S:5.2f}x target"

    print(f"{'bare SQLite read (floor)':<48}{f * 1000:7.1f} ms   (median of {args.runs})")
    print(row("first open, first paint (usable)", h))
    print(row("first open, chart painted with the data", ch))
    print(f"{'first open: longest GUI block until the chart':<48}{first_block * 1000:7.1f} ms  (max of {args.runs}; bar 50 ms)")
    print(f"{'  GUI-thread CPU in its busiest block':<48}{max(busy) * 1000:7.1f} ms  (the rest: waiting for a core or the GIL)")
    print(row("advice computation", a))
    worst_block = first_block
    for preloaded, label in ((True, "pyqtgraph preloaded"), (False, "pyqtgraph not loaded yet")):
        runs = cold[preloaded]
        print(row(f"cold first open ({label}), first paint", statistics.median(c[0] for c in runs)))
        print(row(f"cold first open ({label}), chart", statistics.median(c[1] for c in runs)))
        longest = max(c[2] for c in runs)
        worst_block = max(worst_block, longest)
        print(f"{f'cold ({label}): longest GUI block':<48}{longest * 1000:7.1f} ms  (max of {len(runs)}; bar 50 ms)")
        print(f"{'  GUI-thread CPU in its busiest block':<48}{max(c[3] for c in runs) * 1000:7.1f} ms")
    again = statistics.median(r[0] for r in reopened)
    blocked = max(r[1] for r in reopened)
    print(f"{'re-open from the main window, first paint':<48}{again * 1000:7.1f} ms  {again / f:5.1f}x floor  "
          f"{again / REOPEN_TARGET_S:5.2f}x the 50 ms bar")  # fmt: skip
    print(f"{'re-open: longest GUI block until the chart':<48}{blocked * 1000:7.1f} ms  (max of {args.runs}; bar 50 ms)")
    print(f"{'  GUI-thread CPU in its busiest block':<48}{max(r[2] for r in reopened) * 1000:7.1f} ms")
    worst = max(h, statistics.median(c[0] for c in cold[False]))
    verdict = "PASS" if worst <= TARGET_S else "FAIL"
    print(f"{verdict}: History is usable in {worst * 1000:.0f} ms at worst (target {TARGET_S * 1000:.0f} ms); "
          f"the chart follows at {ch * 1000:.0f} ms warm")
    blocks_ok = worst_block <= REOPEN_TARGET_S
    print(f"{'PASS' if blocks_ok else 'FAIL'}: the GUI thread is blocked {worst_block * 1000:.0f} ms at most while History "
          f"and its chart load (bar 50 ms, issue 11's at 30 years)")  # fmt: skip
    reopen_ok = again <= REOPEN_TARGET_S and blocked <= REOPEN_TARGET_S
    print(f"{'PASS' if reopen_ok else 'FAIL'}: re-open usable in {again * 1000:.0f} ms, longest block "
          f"{blocked * 1000:.0f} ms (bars 50 ms, issue 11's at 30 years)")  # fmt: skip
    # At 30 years the bars are issue 11's (re-open, and no block over 50 ms); at fewer years, the first open's 150 ms.
    return 0 if (reopen_ok and blocks_ok if args.years >= 30 else worst <= TARGET_S) else 1


if __name__ == "__main__":
    sys.exit(main())
