"""kill -9 during diary writes, a hundred times: nothing acknowledged may be lost.

Each trial starts ``tests/stress/crash_writer.py`` (the real Diary, printing
each entry after its commit returned), SIGKILLs it at a random moment, and
checks every printed entry and ``PRAGMA integrity_check``. Runs of 25 trials
share one data folder, so each child also recovers the previous kill's debris.

    .venv/bin/python bench/crash.py [--trials 100] [--seed 1]

Prints "lost: 0/N" (N = entries acknowledged over all trials); exit 1 if any
entry was lost or the database is not ok.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.stress.crashing import run_trial  # noqa: E402

FOLDER_TRIALS = 25


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1, help="first trial's seed (trial i uses seed + i)")
    parser.add_argument("--max-delay", type=float, default=0.5, help="longest wait before the kill, seconds")
    args = parser.parse_args(argv)

    started = time.monotonic()
    acknowledged, lost, bad, early = 0, [], [], 0
    with tempfile.TemporaryDirectory(prefix="coach-crash-") as folder:
        for index in range(args.trials):
            data_dir = Path(folder) / f"data-{index // FOLDER_TRIALS}"  # a fresh folder now and then keeps checks quick
            trial = run_trial(data_dir, args.seed + index, max_delay_s=args.max_delay)
            acknowledged += trial.acknowledged
            lost += trial.lost
            early += trial.killed_early
            if trial.integrity != "ok":
                bad.append(f"seed {trial.seed}: {trial.integrity}")
    print(f"{args.trials} kills ({early} during start-up), {acknowledged} acknowledged writes, "
          f"{time.monotonic() - started:.0f} s")  # fmt: skip
    print(f"integrity_check: {'ok' if not bad else '; '.join(bad)}")
    print(f"lost: {len(lost)}/{acknowledged}")
    for promise in lost[:20]:
        print(f"  lost {promise}")
    return 0 if not lost and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
