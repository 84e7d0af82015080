"""Import scaling: JSON and CSV exports of 1 / 10 / 30 years imported into an empty diary.

    .venv/bin/python bench/import_diary.py [--years 1 10 30] [--runs 3]

For each size the bench generates a diary (bench/diary_gen.py), exports it as
JSON and CSV, and times ``import_file`` of each into a fresh, empty data folder
(opening and migrating that diary is outside the timing, the fsync of the one
transaction inside it). The floor, timed in the same run on the same file: a
bare ``json.load`` of it plus one ``sqlite3.executemany`` of its rows into a
plain table (each row's values as one JSON text), committed, in a temporary
file. Medians of ``--runs``.

Targets (issue 11): 30 years under 3 s, each import <= 3x its floor, and the
cost per entry flat (the growth factor printed is the time per entry at the
largest size over that at the smallest: 1.0 is linear). Prints PASS/FAIL last;
exit status 1 on FAIL.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diary_gen import build_diary  # noqa: E402

BAR_RATIO, BAR_SECONDS, BAR_GROWTH = 3.0, 3.0, 1.5


def floor_seconds(export: Path, work: Path) -> float:
    """``json.load`` + ``executemany`` of the same rows: what any import must at least pay."""
    target = work / f"floor-{time.perf_counter_ns()}.sqlite3"
    start = time.perf_counter()
    with export.open(encoding="utf-8") as handle:
        data = json.load(handle)
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE t (kind TEXT, body TEXT)")
    rows = [(kind, json.dumps(item)) for kind in ("shoes", "runs", "pain", "sessions") for item in data.get(kind, [])]
    conn.executemany("INSERT INTO t VALUES (?, ?)", rows)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def import_seconds(export: Path, work: Path) -> tuple[float, int]:
    from coach.core.clock import SystemClock
    from coach.core.diary.diary import Diary
    from coach.core.diary.transfer import import_file
    from coach.core.paths import DataPaths

    root = Path(tempfile.mkdtemp(prefix="import-", dir=work))
    with Diary.open(DataPaths(root), SystemClock()) as diary:
        start = time.perf_counter()
        summary = import_file(export, diary)
        seconds = time.perf_counter() - start
    return seconds, sum(summary.added.values())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from coach.core.clock import SystemClock
    from coach.core.diary.diary import Diary
    from coach.core.diary.transfer import export_csv, export_json
    from coach.core.paths import DataPaths

    failed = False
    per_entry: dict[str, list[float]] = {"json": [], "csv": []}
    print(f"{'size':<9} {'format':<6} {'entries':>8} {'import':>9} {'floor':>9} {'ratio':>7}",
          f"(bars: <{BAR_SECONDS:g} s at 30 y, <= {BAR_RATIO:g}x)")
    with tempfile.TemporaryDirectory(prefix="coach-bench-import-") as folder:
        work = Path(folder)
        for years in args.years:
            source = work / f"source-{years}"
            build_diary(source, years, date.today())
            with Diary.open(DataPaths(source), SystemClock()) as diary:
                (work / f"{years}.json").write_text(export_json(diary), encoding="utf-8")
                (work / f"{years}.csv").write_text(export_csv(diary), encoding="utf-8")
            for form in ("json", "csv"):
                export = work / f"{years}.{form}"
                runs = [import_seconds(export, work) for _ in range(args.runs)]
                seconds, entries = statistics.median(r[0] for r in runs), runs[0][1]
                floor = statistics.median(floor_seconds(work / f"{years}.json", work) for _ in range(args.runs))
                ratio = seconds / floor
                ok = ratio <= BAR_RATIO and (years < 30 or seconds < BAR_SECONDS)
                failed |= not ok
                per_entry[form].append(seconds / max(entries, 1))
                print(f"{years:>2} years  {form:<6} {entries:>8} {seconds * 1000:>7.0f}ms {floor * 1000:>7.0f}ms",
                      f"{ratio:>6.2f}x  {'ok' if ok else 'FAIL'}")
    for form, costs in per_entry.items():
        growth = costs[-1] / costs[0]
        failed |= growth > BAR_GROWTH
        print(f"growth per entry, {form}: {growth:.2f}x from {args.years[0]} to {args.years[-1]} years (1.0 = linear)")
    print("FAIL" if failed else "PASS",
          f"— import linear, 30 years < {BAR_SECONDS:g} s, <= {BAR_RATIO:g}x json.load + executemany")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
