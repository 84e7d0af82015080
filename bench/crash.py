"""kill -9 during diary writes, and during the real app's sessions: nothing finished may be lost.

Each writer trial starts ``tests/stress/crash_writer.py`` (the real Diary, printing
each entry after its commit returned), SIGKILLs it at a random moment, and
checks every printed entry and ``PRAGMA integrity_check``. Runs of 25 trials
share one data folder, so each child also recovers the previous kill's debris.

Each GUI trial plays a routine of one-second holds in the real ``coach play``
(under Xvfb when ``xvfb-run`` is installed), SIGKILLs the app at a random
moment and checks that every step the clock says had finished is in the diary
(``tests/stress/gui_crashing.py``).

    .venv/bin/python bench/crash.py [--trials 100] [--gui-trials 20] [--seed 1]

Prints "lost: 0/N" for both (N = entries acknowledged, or steps finished, over
all trials); exit 1 if anything was lost or a database is not ok.
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
from tests.stress.gui_crashing import run_gui_trial  # noqa: E402

FOLDER_TRIALS = 25


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1, help="first trial's seed (trial i uses seed + i)")
    parser.add_argument("--max-delay", type=float, default=0.5, help="longest wait before the kill, seconds")
    parser.add_argument("--gui-trials", type=int, default=20, help="kills of the real app mid-session")
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
    gui_ok = gui(args.gui_trials, args.seed)
    return 0 if not lost and not bad and gui_ok else 1


def gui(trials: int, seed: int) -> bool:
    """Kill the real app mid-session ``trials`` times; True when no finished step was lost."""
    if trials <= 0:
        return True
    started = time.monotonic()
    finished = kept = lost = 0
    lags, bad = [], []
    with tempfile.TemporaryDirectory(prefix="coach-gui-crash-") as folder:
        for index in range(trials):
            trial = run_gui_trial(Path(folder) / f"app-{index}", seed + index)
            finished, kept, lost = finished + trial.finished, kept + min(trial.kept, trial.finished), lost + trial.lost
            lags.append(trial.write_lag_s)
            if trial.integrity != "ok":
                bad.append(f"seed {trial.seed}: {trial.integrity}")
            if trial.lost:
                print(f"  seed {trial.seed}: {trial.finished} steps finished, {trial.kept} in the diary")
    print(f"{trials} kills of the real app mid-session, {finished} steps finished before them, "
          f"{time.monotonic() - started:.0f} s")  # fmt: skip
    print(f"longest a finished step waited for its row: {max(lags) * 1000:.0f} ms")
    print(f"integrity_check: {'ok' if not bad else '; '.join(bad)}")
    print(f"lost: {lost}/{finished} finished steps")
    return not lost and not bad


if __name__ == "__main__":
    sys.exit(main())
