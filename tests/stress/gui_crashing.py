"""One GUI crash trial: SIGKILL the real ``coach play`` mid-session, then count the steps kept.

The witness is the clock, not the app: the routine is a row of one-second
holds with no get-ready, so by the moment of the kill ``floor(elapsed)`` steps
have finished, where ``elapsed`` runs from the first moment the session's row
was seen (no earlier than the session really began, so the count is never too
high). A step that ended within ``WRITE_GRACE_S`` of the kill may still be on
its way to the disk and is not required. Shared by ``bench/crash.py``.
"""

from __future__ import annotations

import math
import random
import signal
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from tests.stress.live_app import LiveApp, session_row, wait_for

STEPS = 30
STEP_S = 1.0
WRITE_GRACE_S = 0.25  # a step's write is queued to the writer thread at its end; allow it this long
HEADER = """\
id: many
title: Many one-second holds
focus: strength
when: In the crash bench
summary: Thirty one-second holds, so finished steps can be counted by the clock.
get_ready_s: 0
steps:
"""
STEP = "  - {{exercise: hold-{i}, name: Hold {i}, duration_s: 1, cues: [Hold still]}}\n"
ROUTINE = HEADER + "".join(STEP.format(i=i) for i in range(STEPS))


@dataclass
class GuiTrial:
    seed: int
    finished: int = 0  # steps the clock says had ended (minus the grace) before the kill
    kept: int = 0  # steps_done in the diary afterwards
    integrity: str = ""
    write_lag_s: float = 0.0  # the longest time a step's row trailed the clock before the kill

    @property
    def lost(self) -> int:
        return max(0, self.finished - self.kept)


def install(data_dir: Path) -> None:
    folder = data_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "many.yaml").write_text(ROUTINE, encoding="utf-8")


def run_gui_trial(data_dir: Path, seed: int, max_delay_s: float = 12.0) -> GuiTrial:
    """Play ``many``, kill the app at a random moment mid-session, compare the diary with the clock."""
    rng = random.Random(seed)
    trial = GuiTrial(seed)
    install(data_dir)
    app = LiveApp(data_dir, "play", "many")
    try:
        wait_for(lambda: (row := session_row(data_dir)) and row["status"] == "in-progress", "the session to begin")
        began = time.monotonic()
        kill_at = began + rng.uniform(0.5, max_delay_s)
        while (now := time.monotonic()) < kill_at:
            row = session_row(data_dir) or {}
            first_unwritten_end = (int(row.get("steps_done", 0)) + 1) * STEP_S  # seconds after ``began``
            trial.write_lag_s = max(trial.write_lag_s, now - began - first_unwritten_end)
            time.sleep(0.02)
        app.signal(signal.SIGKILL)
        killed = time.monotonic()
        app.wait()
    finally:
        app.close()
    trial.finished = min(STEPS, math.floor((killed - began - WRITE_GRACE_S) / STEP_S))
    trial.kept = int((session_row(data_dir) or {}).get("steps_done", 0))
    conn = sqlite3.connect(data_dir / "diary.sqlite3")
    try:
        trial.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return trial
