"""Every benchmark in turn, and one table: each one's verdict against its bar and its key line.

    .venv/bin/python bench/all.py [--quick]

Runs ``startup`` (offscreen; under ``xvfb-run`` for xcb, run bench/startup.py
itself), ``cli``, ``history``, ``step_timing`` (with the slow disk and the real
cue objects) and ``crash``, each in its own process as the README shows them, and
prints what each says last: its PASS/FAIL or its figures. Every bench compares
against a floor measured in the same run (a bare PySide6 window, ``python -c
pass``, a bare SQLite read, the plan's own deadlines), so the table holds ratios,
not this machine's milliseconds. ``--quick`` runs fewer repetitions.
Exit status 1 when any bench missed its bar.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benches(quick: bool) -> list[tuple[str, list[str], str]]:
    """(name, arguments, the bar it is held to)."""
    runs = "3" if quick else "7"
    return [
        ("startup", ["startup.py", "--runs", runs], "usable <= 1.3x a bare window (1.4x at 30 years), memory <= 1.5x"),
        ("cli", ["cli.py", "--runs", runs], "advice, routines list, diary add pain <= 2.5x python -c pass"),
        ("history", ["history.py", "--runs", runs], "History usable <= 150 ms at 10 years"),
        ("history_30y", ["history.py", "--runs", runs, "--cold-runs", "1", "--years", "30"],
         "History at 30 years: re-open usable <= 50 ms, no GUI block over 50 ms"),
        ("step_timing", ["step_timing.py", "--slow-disk", "--real-cues", "--steps", "3" if quick else "9"],
         "every segment change within 16.7 ms of its deadline"),
        ("import_diary", ["import_diary.py", "--runs", "1" if quick else "3"],
         "JSON/CSV import linear, 30 years < 3 s, <= 3x json.load + executemany"),
        ("crash", ["crash.py", "--gui-trials", "5" if quick else "20"],
         "kill -9 during writes, or of the app mid-session, loses nothing finished"),
        ("import_runs", ["import.py", "--repeat", "2" if quick else "3"], "run import <= 1.5x bare fitdecode + one transaction"),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    table = []
    for name, words, bar in benches(args.quick):
        started = time.monotonic()
        done = subprocess.run([sys.executable, str(HERE / words[0]), *words[1:]], capture_output=True, text=True,
                              env=env, timeout=1800)  # fmt: skip
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        print(f"== {name} ({time.monotonic() - started:.0f} s)\n" + "\n".join(lines[-8:]), flush=True)
        table.append((name, "PASS" if done.returncode == 0 else "FAIL", bar))
    print()
    width = max(len(name) for name, _, _ in table)
    for name, verdict, bar in table:
        print(f"{name:<{width}}  {verdict}  {bar}")
    return 0 if all(verdict == "PASS" for _, verdict, _ in table) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
