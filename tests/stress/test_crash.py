"""kill -9 during writes loses nothing that was committed (README, "Benchmarks").

SQLite's own practice: a child writes through the real diary and prints each
entry only after the commit returned; the parent SIGKILLs it at a random
moment; every printed entry must be there and ``PRAGMA integrity_check`` must
say ok. Twenty trials on one data folder, so each child also opens the debris
of the previous kill. ``bench/crash.py`` runs the same trial a hundred times.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from coach.core.clock import SystemClock
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry
from coach.core.paths import DataPaths
from tests.stress.crashing import run_trial

TRIALS = 20


def test_sigkill_at_random_moments_loses_no_acknowledged_entry(data_dir):
    trials = [run_trial(data_dir, seed, max_delay_s=0.2) for seed in range(1, TRIALS + 1)]

    assert [t.lost for t in trials] == [[]] * TRIALS
    assert {t.integrity for t in trials} == {"ok"}
    assert sum(t.acknowledged for t in trials) > 0  # the kills did land among writes
    with Diary.open(DataPaths(data_dir), SystemClock()) as diary:  # and the app still opens it as is
        assert diary.opening_report.moved_aside is None


HOT_JOURNAL = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # as while the first start switches the file to WAL
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    for i in range(3000):
        conn.execute("INSERT INTO pain (at, moment, left_nrs, note) VALUES ('2026-11-01T08:00:00', 'other', 1, ?)",
                     ("never committed " * 40,))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_kill_that_leaves_a_hot_rollback_journal_does_not_lock_the_user_out(data_paths, fake_clock):
    """A read-only look at a file with a hot journal answers "read-only" until a writer rolls it back."""
    with Diary.open(data_paths, fake_clock) as diary:
        for i in range(10):
            diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=i))
        before = diary.pain_entries()
    done = subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(data_paths.diary)], capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (data_paths.root / "diary.sqlite3-journal").stat().st_size > 0

    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.moved_aside is None
        assert diary.pain_entries() == before  # the cut-short transaction is rolled back, nothing else
        assert diary._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert diary._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
