"""One app per data folder, and the command line still works while it is open.

A second ``coach`` on the same folder says the app is already open and exits 0
(QLockFile), instead of fighting over the session; a lock left by a killed app
does not keep the next one out; ``coach diary add`` writes while the app holds
the diary open, and two writers at once never see "database is locked".
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from coach.core.clock import SystemClock
from coach.core.diary.diary import Diary
from tests.stress.harness import run_app

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


def coach(*args: str, data_dir: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)  # fmt: skip


def wait_until(condition, timeout: float = START_TIMEOUT_S, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


@pytest.fixture
def open_app(data_dir):
    """A real ``coach`` process holding the data folder, SIGTERMed at the end."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "coach", "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    lock = data_dir / "coach.lock"
    try:
        wait_until(lambda: lock.exists() and (data_dir / "diary.sqlite3").exists() or process.poll() is not None,
                   what="the first app to take its lock")  # fmt: skip
        assert process.poll() is None, process.communicate()
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pipe in (process.stdout, process.stderr):
            pipe.close()


def test_a_second_app_on_a_locked_folder_says_already_open_and_exits_0(data_dir):
    data_dir.mkdir(parents=True)
    lock = QLockFile(str(data_dir / "coach.lock"))
    assert lock.tryLock(0)
    try:
        result = run_app("--data-dir", str(data_dir))
    finally:
        lock.unlock()
    assert result.exit == 0 and not result.shown
    assert "Prehab Coach is already open on this data folder." in result.stderr
    assert result.dialogs == []


def test_a_second_real_app_exits_0_and_the_cli_works_while_the_first_is_open(data_dir, open_app):
    second = coach(data_dir=data_dir)
    assert second.returncode == 0
    assert "already open" in second.stderr

    added = coach("diary", "add", "run", "--km", "5.5", "--minutes", "31", data_dir=data_dir)
    pain = coach("diary", "add", "pain", "--moment", "after-run", "--left", "3", data_dir=data_dir)
    exported = coach("diary", "export", "--format", "json", data_dir=data_dir)

    assert (added.returncode, pain.returncode, exported.returncode) == (0, 0, 0), added.stderr + pain.stderr
    assert "locked" not in added.stderr + pain.stderr + exported.stderr
    data = json.loads(exported.stdout)
    assert [r["distance_km"] for r in data["runs"]] == [5.5]
    assert [p["left"] for p in data["pain"]] == [3]
    assert open_app.poll() is None  # the app is still running

    open_app.send_signal(signal.SIGTERM)
    assert open_app.wait(timeout=30) == 0


def test_a_lock_left_by_a_killed_app_does_not_keep_the_next_one_out(data_dir, open_app):
    open_app.send_signal(signal.SIGKILL)
    open_app.wait(timeout=30)
    assert (data_dir / "coach.lock").exists()  # the stale lock is still there

    result = run_app("--data-dir", str(data_dir))

    assert result.exit == 0 and result.shown, result
    assert "already open" not in result.stderr


def test_the_cli_waits_for_a_long_write_of_the_app_instead_of_failing(data_paths):
    """busy_timeout: a write transaction held for a second delays the CLI, never refuses it."""
    with Diary.open(data_paths, SystemClock()):
        pass
    holder = sqlite3.connect(data_paths.diary, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
    release = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        started = time.monotonic()
        result = coach("diary", "add", "run", "--km", "4", data_dir=data_paths.root)
        waited = time.monotonic() - started
    finally:
        release.join()
        holder.close()
    assert result.returncode == 0, result.stderr
    assert "locked" not in result.stderr and "busy" not in result.stderr
    assert waited >= 0.9  # it did wait for the app's transaction


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from coach.core.clock import SystemClock
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths
    from coach.core.diary.records import PainEntry, Run
    clock = SystemClock()
    with Diary.open(DataPaths(Path({folder!r})), clock) as diary:
        Path({folder!r}, "ready-%s" % sys.argv[1]).touch()
        while not Path({folder!r}, "go").exists():
            pass
        for i in range({count}):
            diary.add_run(Run(clock.now(), 1.0 + i % 9, shoes="writer " + sys.argv[1]))
            diary.add_pain(PainEntry(clock.now(), "other", left=i % 11, note=sys.argv[1]))
            diary.session(1)
    """
)


def test_two_writers_at_once_never_see_database_is_locked(data_paths):
    count = 150
    with Diary.open(data_paths, SystemClock()):
        pass
    script = WRITER.format(root=str(ROOT), folder=str(data_paths.root), count=count)
    writers = [subprocess.Popen([sys.executable, "-c", script, name], stderr=subprocess.PIPE, text=True)
               for name in ("app", "cli")]  # fmt: skip
    wait_until(lambda: all((data_paths.root / f"ready-{n}").exists() for n in ("app", "cli")), what="both writers")
    (data_paths.root / "go").touch()
    errors = [w.communicate(timeout=120)[1] for w in writers]

    assert [w.returncode for w in writers] == [0, 0], errors
    with Diary.open(data_paths, SystemClock()) as diary:
        assert len(diary.runs()) == 2 * count
        assert sorted({p.note for p in diary.pain_entries()}) == ["app", "cli"]
        assert len(diary.pain_entries()) == 2 * count
