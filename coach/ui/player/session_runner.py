"""The player's heartbeat: a QTimer that only calls ``Session.tick()`` and reports what happened.

All time logic stays in the engine. The runner's one decision is *when* to wake
up next: never later than ``TICK_MS``, and exactly when the remaining time of
the segment (or of the resume countdown) crosses a whole second. Those are the
moments something happens — a digit changes, a 3-2-1 beep is due, a segment
ends — so they are met to the millisecond instead of up to one tick late.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.core.session.session import Cue, Session, State

TICK_MS = 50  # repaint often enough for smooth progress bars
IDLE_MS = 200  # paused, or not started: nothing is due


class SessionRunner(QObject):
    """Drives a :class:`Session` from a single-shot precise ``QTimer``.

    Every control method runs the engine call, emits each returned cue in
    order through ``cue``, then ``updated`` once, then re-arms the timer.
    Tests fire ``runner.timer.timeout.emit()`` after advancing a fake clock.
    """

    cue = Signal(object)  # one coach.core.session.session.Cue
    updated = Signal()  # time moved or the state changed: repaint

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setObjectName("session-timer")
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)

    # --- engine calls ------------------------------------------------------------

    def start(self) -> None:
        self._run(self.session.start)

    def tick(self) -> None:
        self._run(self.session.tick)

    def toggle_pause(self) -> None:
        self._run(self.session.toggle_pause)

    def pause(self, reason: str = "user") -> None:
        self._run(lambda: self.session.pause(reason))

    def resume(self) -> None:
        self._run(self.session.resume)

    def skip(self) -> None:
        self._run(self.session.skip)

    def back(self) -> None:
        self._run(self.session.back)

    def stop(self, outcome: str = "stopped") -> None:
        self._run(lambda: self.session.stop(outcome))

    def halt(self) -> None:
        """Stop waking up (the page is going away); the session is left as it is."""
        self.timer.stop()

    # --- scheduling --------------------------------------------------------------

    def next_interval_ms(self) -> int:
        """Milliseconds until the next moment worth waking for."""
        session = self.session
        if session.state == State.RUNNING:
            left = session.remaining_s()
        elif session.state == State.RESUMING:
            left = session.resume_countdown_remaining_s()
        else:
            return IDLE_MS
        fraction = left - math.floor(left)
        to_next_second = fraction if fraction > 1e-6 else 1.0
        return max(1, min(TICK_MS, math.ceil(to_next_second * 1000 - 1e-6)))

    def _run(self, action: Callable[[], list[Cue]]) -> None:
        cues = action()
        for cue in cues:
            self.cue.emit(cue)
        self.updated.emit()
        if self.session.is_over:
            self.timer.stop()
        else:
            self.timer.start(self.next_interval_ms())
