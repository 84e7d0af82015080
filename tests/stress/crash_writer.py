"""The child of the crash test: writes diary entries until it is killed.

    python tests/stress/crash_writer.py DATA_DIR SEED

Writes through the real :class:`coach.core.diary.diary.Diary`, the way the app and
the command line do, and prints one line per write *after* the call that
commits it has returned (flushed at once), so every printed line is a promise
the diary made to the user:

    ready
    pain ID TOKEN                 a pain entry whose note is TOKEN:xxx...
    run ID TOKEN                  a run in shoes named TOKEN (registered in the same transaction)
    session ID TOKEN              a session started, routine_hash TOKEN
    progress ID STEPS             that session reached STEPS steps done
    finish ID STATUS              that session was closed with STATUS
    batch TOKEN COUNT             an import (add_many) of COUNT pain entries, notes TOKEN-0...

The parent (``tests/stress/test_crash.py``, ``bench/crash.py``) SIGKILLs this
process at a random moment and then checks that every promise was kept.
Core only: no Qt is imported, so the child starts quickly.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from coach.core.clock import SystemClock  # noqa: E402
from coach.core.diary.diary import Diary  # noqa: E402
from coach.core.diary.records import PainEntry, Run  # noqa: E402
from coach.core.paths import DataPaths  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()  # one write(2) per promise: in the kernel before the next write starts


def main(argv: list[str]) -> int:
    data_dir, seed = Path(argv[0]), int(argv[1])
    rng = random.Random(seed)
    clock = SystemClock()
    diary = Diary.open(DataPaths(data_dir), clock)
    say("ready")
    open_sessions: list[tuple[int, int, int]] = []  # (id, steps done, steps total)
    n = 0
    while True:
        n += 1
        token = f"s{seed}-{n}"
        choice = rng.random()
        if choice < 0.35:
            entry = PainEntry(clock.now(), "after-run", left=rng.randint(0, 10), note=f"{token}:" + "x" * rng.randint(0, 1500))
            say(f"pain {diary.add_pain(entry)} {token}")
        elif choice < 0.55:
            km = round(rng.uniform(1, 30), 2)
            run = Run(clock.now(), km, rng.choice([None, round(km * 6, 1)]), shoes=token)
            say(f"run {diary.add_run(run)} {token}")
        elif choice < 0.65:
            total = rng.randint(3, 12)
            session_id = diary.start_session("knee-strength", "strength", token, total, clock.now())
            open_sessions.append((session_id, 0, total))
            say(f"session {session_id} {token}")
        elif choice < 0.85 and open_sessions:
            index = rng.randrange(len(open_sessions))
            session_id, done, total = open_sessions[index]
            if done < total:
                done += 1
                diary.update_session_progress(session_id, done, done * 3)
                open_sessions[index] = (session_id, done, total)
                say(f"progress {session_id} {done}")
            else:
                status = rng.choice(["completed", "stopped"])
                diary.finish_session(session_id, status, clock.now())
                del open_sessions[index]
                say(f"finish {session_id} {status}")
        else:
            count = rng.randint(2, 20)
            records = [PainEntry(clock.now(), "other", right=i % 11, note=f"{token}-{i}") for i in range(count)]
            diary.add_many(records)
            say(f"batch {token} {count}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
