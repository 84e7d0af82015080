"""Run the real ``coach`` process on a virtual X server (offscreen when there is none).

``xvfb-run`` starts Xvfb and runs a small shell that writes its own PID and then
``exec``\\ s Python, so the test can signal the app itself (``xvfb-run`` does not
forward signals to its command). Without ``xvfb-run`` the app runs offscreen.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HAS_XVFB = shutil.which("xvfb-run") is not None

# Three holds of one to two seconds: a whole session lasts about five seconds.
TINY_ROUTINE = """\
id: tiny
title: Tiny stress routine
focus: strength
when: In tests
summary: Three short holds, to play a whole session in seconds.
get_ready_s: 0
switch_s: 1
steps:
  - exercise: first-hold
    name: First hold
    duration_s: 1
    cues: [Hold still]
  - exercise: second-hold
    name: Second hold
    duration_s: 2
    cues: [Hold still]
  - exercise: third-hold
    name: Third hold
    duration_s: 2
    cues: [Hold still]
"""
TINY_STEPS = 3

# The same, slower: long enough to be stopped half-way on a loaded machine.
SLOW_ROUTINE = TINY_ROUTINE.replace("id: tiny", "id: slow").replace("duration_s: 2", "duration_s: 30")


class LiveApp:
    """``coach --data-dir DIR ARGS...`` as a user would start it."""

    def __init__(self, data_dir: Path, *args: str, python: tuple[str, ...] = ("-m", "coach")):
        """``python`` is what the interpreter runs: the coach module, or a ``-c`` script."""
        self.data_dir = data_dir
        self.pid_file = data_dir.parent / f"{data_dir.name}-app.pid"
        self.pid_file.unlink(missing_ok=True)
        self.log = open(data_dir.parent / f"{data_dir.name}-app.log", "w+b")
        command = [sys.executable, *python, "--data-dir", str(data_dir), *args]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        if HAS_XVFB:
            env["QT_QPA_PLATFORM"] = "xcb"
            command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -nolisten tcp",
                       "sh", "-c", 'echo "$DISPLAY $XAUTHORITY" > "$0.display"; echo $$ > "$0"; exec "$@"',
                       str(self.pid_file), *command]  # fmt: skip
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
            self.pid_file.write_text("")
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        if not HAS_XVFB:
            self.pid_file.write_text(str(self.process.pid))

    @property
    def pid(self) -> int:
        wait_for(lambda: self.pid_file.exists() and self.pid_file.read_text().strip() or self.process.poll() is not None,
                 "the app's PID")  # fmt: skip
        text = self.pid_file.read_text().strip()
        if not text:
            raise AssertionError(f"the app ended before it started:\n{self.output()}")
        return int(text)

    @property
    def display(self) -> tuple[str, str]:
        """(DISPLAY, XAUTHORITY) of the virtual X server the app runs on."""
        if not HAS_XVFB:
            raise AssertionError("no X server: xvfb-run is not installed")
        self.pid  # noqa: B018 (waits until the app's shell has written both files)
        display, _, authority = self.pid_file.with_name(self.pid_file.name + ".display").read_text().strip().partition(" ")
        return display, authority

    def signal(self, number: int) -> None:
        os.kill(self.pid, number)

    def wait(self, timeout: float = 60) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"the app did not exit:\n{self.output()}") from None

    def kill(self) -> None:
        if self.process.poll() is None:
            try:
                self.signal(signal.SIGKILL)
            except (OSError, ValueError, AssertionError):
                pass
            self.process.kill()
            self.process.wait()

    def output(self) -> str:
        """What the app printed (still readable after ``close``)."""
        if self.log.closed:
            return self._last_output
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def close(self) -> None:
        self.kill()
        self._last_output = self.output()
        self.log.close()


def wait_for(condition, what: str, timeout: float = 90.0, every: float = 0.05):
    """Poll ``condition`` until it is true; no fixed sleeps."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def session_row(data_dir: Path) -> dict | None:
    """The newest session row, read as another program would (never a write)."""
    path = data_dir / "diary.sqlite3"
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM sessions ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:  # the app is still creating the file
        return None
    return None if row is None else dict(row)


def export_json(data_dir: Path) -> dict:
    """``coach diary export --format json``, the user's own view of the diary."""
    done = subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(data_dir), "diary", "export", "--format",
                           "json"], capture_output=True, text=True, cwd=ROOT, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def install_routines(data_dir: Path) -> None:
    routines = data_dir / "routines"
    routines.mkdir(parents=True, exist_ok=True)
    (routines / "tiny.yaml").write_text(TINY_ROUTINE, encoding="utf-8")
    (routines / "slow.yaml").write_text(SLOW_ROUTINE, encoding="utf-8")


def assert_ended_cleanly(app: LiveApp, code: int) -> None:
    """Exit 0, no traceback, the diary intact and its lock released."""
    output = app.output()
    assert code == 0, output
    assert "Traceback" not in output
    conn = sqlite3.connect(app.data_dir / "diary.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert not (app.data_dir / "coach.lock").exists()  # released on the way out
