"""Run import against its floor: a year of runs (300 FIT files, and a 300-run Strava zip)
through ``coach.core.runs`` (read, check, dedupe, one transaction) versus bare
``fitdecode`` parsing of the same files plus one SQLite transaction inserting them.

    .venv/bin/python bench/import.py [--runs 300] [--repeat 3]

Bar: the import takes at most 1.5x the floor. Prints each ratio and the per-file cost;
PASS/FAIL on the last line, exit status 1 on FAIL.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.core.clock import FakeClock  # noqa: E402
from coach.core.diary.diary import Diary  # noqa: E402
from coach.core.paths import DataPaths  # noqa: E402
from coach.core.runs import importer  # noqa: E402
from coach.core.runs.preview import build_preview  # noqa: E402
from tests.runs_fixtures.fit_writer import garmin_run  # noqa: E402
from tests.runs_fixtures.text_files import StravaActivity, strava_zip  # noqa: E402

BAR = 1.5
START = datetime(2025, 11, 1, 6, 30, tzinfo=UTC)


def year(count: int) -> list[tuple[datetime, float, float]]:
    return [(START + timedelta(days=i * 365 / count, minutes=i % 50), 5 + i % 11, (5 + i % 11) * 5.5) for i in range(count)]


def floor(files: list[bytes]) -> float:
    """Bare fitdecode over the bytes, then one transaction of plain INSERTs."""
    import fitdecode

    began = time.perf_counter()
    rows = []
    for data in files:
        with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.ENABLED) as reader:
            for frame in reader:
                if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "session":
                    rows.append((frame.get_value("start_time").isoformat(), frame.get_value("total_distance") / 1000,
                                 frame.get_value("total_timer_time") / 60))  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "floor.sqlite3", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, at TEXT, distance_km REAL, minutes REAL)")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO runs (at, distance_km, minutes) VALUES (?, ?, ?)", rows)
        conn.execute("COMMIT")
        conn.close()
    return time.perf_counter() - began


def ours(paths: list[Path]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(wall=datetime(2026, 12, 1, 12, 0))
        diary = Diary.open(DataPaths(Path(folder) / "data"), clock)
        try:
            began = time.perf_counter()
            rows = build_preview(paths, importer.logged(diary), clock.now())
            _, count = importer.import_rows(diary, rows)
            return time.perf_counter() - began, count
        finally:
            diary.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = year(args.runs)
    fits = [garmin_run(start, km, minutes, records=km * 60 // 5) for start, km, minutes in plan]
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        fit_folder = Path(folder) / "fit"
        fit_folder.mkdir()
        for number, data in enumerate(fits):
            (fit_folder / f"{number:04d}.fit").write_bytes(data)
        archive = Path(folder) / "export.zip"
        archive.write_bytes(strava_zip([StravaActivity(start, km, minutes) for start, km, minutes in plan], records=None))
        gz = [gzip.decompress(gzip.compress(data)) for data in fits]  # the same FIT bytes the archive holds
        cases = (("300 FIT files", [fit_folder], fits), ("Strava zip", [archive], gz))
        for name, paths, data in cases:
            base = min(floor(data) for _ in range(args.repeat))
            best, count = min(ours(paths) for _ in range(args.repeat))
            ratio = best / base
            failed |= ratio > BAR or count != args.runs
            each, floor_each = best / args.runs * 1000, base / args.runs * 1000
            print(f"{name}: {count} runs in {best * 1000:.0f} ms ({each:.2f} ms a file); "
                  f"floor {base * 1000:.0f} ms ({floor_each:.2f} ms a file); ratio {ratio:.2f} (bar {BAR})")  # fmt: skip
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
