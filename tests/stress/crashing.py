"""One crash trial: start ``crash_writer.py``, SIGKILL it at a random moment, check its promises.

Shared by ``tests/stress/test_crash.py`` (20 trials) and ``bench/crash.py`` (100).
Trials may share one data folder, so each child also starts on the debris of
the previous kill (a hot WAL, sessions left in progress).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from coach.core.clock import SystemClock
from coach.core.diary.diary import Diary
from coach.core.errors import StorageError
from coach.core.paths import DataPaths

WRITER = Path(__file__).with_name("crash_writer.py")
READY_TIMEOUT_S = 60.0


@dataclass
class Trial:
    seed: int
    acknowledged: int = 0  # promises printed before the kill
    lost: list[str] = field(default_factory=list)  # promises broken (must stay empty)
    integrity: str = ""  # PRAGMA integrity_check's answer
    killed_early: bool = False  # killed before the diary was open (during start-up)


def _promises(output: Path) -> list[list[str]]:
    text = output.read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")[:-1]  # a line without its newline was never promised
    return [line.split() for line in lines if line and line != "ready"]


def _wait_ready(process: subprocess.Popen, output: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not output.read_text(encoding="utf-8", errors="replace").startswith("ready\n"):
        if process.poll() is not None:
            raise RuntimeError(f"crash_writer exited with {process.returncode} before it was ready")
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("crash_writer was not ready in time")
        time.sleep(0.005)


def run_trial(data_dir: Path, seed: int, max_delay_s: float = 0.25, early_kill_share: float = 0.15) -> Trial:
    """Kill a writer at a random moment, then check every promise it printed."""
    rng = random.Random(seed)
    trial = Trial(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    output = data_dir.parent / f"{data_dir.name}-writer-{seed}.out"
    errors = data_dir.parent / f"{data_dir.name}-writer-{seed}.err"
    with open(output, "wb") as out, open(errors, "wb") as err:
        process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(seed)], stdout=out, stderr=err)
        try:
            if rng.random() < early_kill_share:
                trial.killed_early = True
                time.sleep(rng.uniform(0.0, 0.15))  # somewhere in start-up, opening or migrating
            else:
                _wait_ready(process, output)
                time.sleep(rng.uniform(0.0, max_delay_s))
            process.send_signal(signal.SIGKILL)
        finally:
            process.kill()
            process.wait()
    if process.returncode != -signal.SIGKILL:
        raise RuntimeError(f"crash_writer ended with {process.returncode}:\n{errors.read_text()}")
    promises = _promises(output)
    trial.acknowledged = len(promises)
    trial.integrity, trial.lost = verify(data_dir / "diary.sqlite3", promises)
    return trial


def verify(database: Path, promises: list[list[str]]) -> tuple[str, list[str]]:
    """(integrity_check's answer, every broken promise), after opening the diary as the app does.

    The app's own open comes first: it inspects the file read-only before
    anything else, and must cope with whatever the kill left (a hot rollback
    journal, a WAL to recover) without calling the file damaged.
    """
    if not database.exists():
        return ("ok" if not promises else "missing"), [" ".join(p) for p in promises]
    try:
        diary = Diary.open(DataPaths(database.parent), SystemClock())
    except StorageError as error:
        return f"the app could not open the diary: {error}", [" ".join(p) for p in promises]
    moved, damage = diary.opening_report.moved_aside, diary.opening_report.damage
    diary.close()
    if moved is not None:
        return f"the app set the diary aside as damaged: {damage}", [" ".join(p) for p in promises]
    conn = sqlite3.connect(database)
    try:
        integrity = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        lost = [" ".join(p) for p in promises if not _kept(conn, p)]
    finally:
        conn.close()
    return integrity, lost


def _one(conn: sqlite3.Connection, sql: str, *args) -> tuple | None:
    return conn.execute(sql, args).fetchone()


def _kept(conn: sqlite3.Connection, promise: list[str]) -> bool:
    kind = promise[0]
    if kind == "pain":
        row = _one(conn, "SELECT note FROM pain WHERE id = ?", int(promise[1]))
        return row is not None and row[0].partition(":")[0] == promise[2]
    if kind == "run":
        row = _one(conn, "SELECT s.name FROM runs r JOIN shoes s ON s.id = r.shoe_id WHERE r.id = ?", int(promise[1]))
        return row is not None and row[0] == promise[2]
    if kind == "session":
        row = _one(conn, "SELECT routine_hash FROM sessions WHERE id = ?", int(promise[1]))
        return row is not None and row[0] == promise[2]
    if kind == "progress":
        row = _one(conn, "SELECT steps_done FROM sessions WHERE id = ?", int(promise[1]))
        return row is not None and row[0] >= int(promise[2])
    if kind == "finish":
        row = _one(conn, "SELECT status, ended FROM sessions WHERE id = ?", int(promise[1]))
        return row is not None and row[0] == promise[2] and row[1] is not None
    if kind == "batch":
        token, count = promise[1], int(promise[2])
        notes = [f"{token}-{i}" for i in range(count)]
        marks = ", ".join("?" * count)
        found = _one(conn, f"SELECT count(*) FROM pain WHERE note IN ({marks})", *notes)
        return found is not None and found[0] == count
    raise ValueError(f"unknown promise {promise!r}")
