"""The diary row of the session being played: written at start, updated per step, closed at the end.

A storage fault never stops the session: it is reported through ``failed`` and
the player keeps going (the row may then be missing or out of date).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from coach.core.clock import Clock
from coach.core.diary import Diary
from coach.core.errors import CoachError
from coach.core.plan import Plan

T = TypeVar("T")


class SessionLog(QObject):
    written = Signal()  # the diary changed
    failed = Signal(str)  # a user-facing reason

    def __init__(self, diary: Diary, clock: Clock, plan: Plan, session_id: int | None = None,
                 parent: QObject | None = None):  # fmt: skip
        super().__init__(parent)
        self.diary = diary
        self.clock = clock
        self.plan = plan
        self.session_id = session_id
        self.status = ""  # the final status once written

    @property
    def closed(self) -> bool:
        return bool(self.status)

    def open(self) -> None:
        """Write the in-progress row (a resumed session already has one)."""
        if self.session_id is not None:
            return
        routine = self.plan.routine
        self.session_id = self._write(
            lambda: self.diary.start_session(
                routine.id, routine.focus, routine.content_hash, self.plan.steps_total, self.clock.now()
            )
        )

    def progress(self, steps_done: int, position: int) -> None:
        """A step was completed: a crash from here on loses at most the next step."""
        if self.session_id is None or self.closed:
            return
        self._write(lambda: self.diary.update_session_progress(self.session_id, steps_done, position))

    def close(self, status: str, steps_done: int) -> bool:
        """Record how the session ended; True once written."""
        if self.closed:
            return True
        if self.session_id is None:
            return False
        record = self._write(lambda: self.diary.finish_session(self.session_id, status, self.clock.now(), steps_done))
        if record is not None:
            self.status = status
        return self.closed

    def _write(self, action: Callable[[], T]) -> T | None:
        try:
            result = action()
        except CoachError as error:
            self.failed.emit(str(error))
            return None
        self.written.emit()
        return result
