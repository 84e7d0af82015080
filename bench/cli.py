"""The command line against a bare interpreter: ``coach advice``, ``routines list``, ``diary add pain``.

    .venv/bin/python bench/cli.py [--runs 11]

Each figure is a fresh process of this venv's ``python``, timed from spawn to
exit on ``time.perf_counter``; runs alternate with ``python -c pass`` (the
floor) so a slow moment of the machine hits both, and the ratio is taken pair
by pair. A temporary data folder is made and warmed first (diary created, the
routine cache written, bytecode compiled), so the timed runs are an ordinary
call, not the very first one. ``diary add pain`` writes to the diary, so it
also pays for an fsync; each run adds one entry.

Target (issue 11): every command ≤ 2.5× ``python -c pass``. Prints the medians
and a PASS/FAIL line; exit status 1 on FAIL.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAR = 2.5
# An installed app's modules are compiled once (pip does it); a shell that sets
# PYTHONDONTWRITEBYTECODE would have every run compile them again.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
COMMANDS = {
    "advice": ["advice"],
    "routines list": ["routines", "list"],
    "diary add pain": ["diary", "add", "pain", "--moment", "after-run", "--left", "2", "--right", "0"],
}


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=CHILD_ENV)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    floor = [sys.executable, "-c", "pass"]
    failed = False
    with tempfile.TemporaryDirectory(prefix="coach-bench-cli-") as folder:
        coach = [sys.executable, "-m", "coach", "--data-dir", str(Path(folder))]
        for words in COMMANDS.values():  # the warm-up: diary, cache and bytecode made
            timed([*coach, *words])
        print(f"{'command':<16} {'median':>9} {'floor':>9} {'ratio':>7}  (bar {BAR}x, {args.runs} pairs)")
        for name, words in COMMANDS.items():
            pairs = [(timed([*coach, *words]), timed(floor)) for _ in range(args.runs)]
            ratio = statistics.median(a / b for a, b in pairs)
            ok = ratio <= BAR
            failed |= not ok
            print(f"{name:<16} {statistics.median(a for a, _ in pairs) * 1000:7.1f}ms "
                  f"{statistics.median(b for _, b in pairs) * 1000:7.1f}ms {ratio:6.2f}x  {'PASS' if ok else 'FAIL'}")
    print("FAIL" if failed else "PASS", f"— every command within {BAR}x python -c pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
