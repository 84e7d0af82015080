"""The diary row of the session being played: written at start, updated per step, closed at the end.

Every write goes through a :class:`DiaryWriter`, off the GUI thread and in
order, so a slow disk never delays a cue, a repaint or a key. Each step's
progress is committed as soon as the writer reaches it: a crash loses at most
the step in progress (and whatever a slow disk had not reached yet). Times are
taken when the call is made, not when the write lands. The end time is the
start plus the monotonic time played, never earlier: a wall clock that steps
back (DST, NTP) must not leave an end before the start, which the diary refuses.

A storage fault never stops the session: it is reported through ``failed``
and the player keeps going (the row may then be missing or out of date).
``saved`` says the final status is in the diary: only then may the done
screen say so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.core.clock import Clock
from coach.core.diary.diary import Diary
from coach.core.session.plan import Plan
from coach.ui.diary.writer import DiaryWriter

FLUSH_AT_EXIT_S = 5.0  # how long closing the window waits for a slow disk before leaving the row to be resumed


class _Row:
    """The row's id, set on the writer's thread by the opening write and read by later ones."""

    def __init__(self, session_id: int | None):
        self.id = session_id


class SessionLog(QObject):
    written = Signal()  # a write landed in the diary
    failed = Signal(str)  # a user-facing reason
    saved = Signal(str)  # the final status (e.g. "completed") is in the diary

    def __init__(self, diary: Diary, clock: Clock, plan: Plan, session_id: int | None = None,
                 parent: QObject | None = None, *, writer: DiaryWriter | None = None):  # fmt: skip
        super().__init__(parent)
        self.diary = diary
        self.clock = clock
        self.plan = plan
        self.writer = writer if writer is not None else DiaryWriter(diary)
        self._row = _Row(session_id)
        self._opening = False
        self.status = ""  # the final status, once asked for
        self.saved_status = ""  # the final status, once written
        self._began = (clock.now(), clock.monotonic())  # wall time labels; monotonic time measures

    def _now(self):
        """The wall time now, but never before the start plus the monotonic time since."""
        wall, mono = self._began
        return max(self.clock.now(), wall + timedelta(seconds=self.clock.monotonic() - mono))

    @property
    def session_id(self) -> int | None:
        return self._row.id

    @property
    def closed(self) -> bool:
        """The final status was asked for (it may still be on its way to the disk: see ``saved``)."""
        return bool(self.status)

    def open(self) -> None:
        """Write the in-progress row (a resumed session already has one)."""
        if self._row.id is not None or self._opening:
            return
        self._opening = True
        routine, row, now = self.plan.routine, self._row, self.clock.now()
        steps_total = self.plan.steps_total

        def start(diary: Diary) -> int:
            row.id = diary.start_session(routine.id, routine.focus, routine.content_hash, steps_total, now)
            return row.id

        self._submit(start)

    def progress(self, steps_done: int, position: int) -> None:
        """A step was completed: a crash from here on loses at most the next step."""
        if self.closed or (self._row.id is None and not self._opening):
            return
        row = self._row

        def update(diary: Diary) -> bool | None:
            if row.id is None:
                return None  # the opening write failed: there is no row to update
            diary.update_session_progress(row.id, steps_done, position)
            return True

        self._submit(update)

    def close(self, status: str, steps_done: int) -> None:
        """Record how the session ended; ``saved`` follows once it is written."""
        if self.closed or (self._row.id is None and not self._opening):
            return
        self.status = status
        row, now = self._row, self._now()
        self._submit(lambda diary: None if row.id is None else diary.finish_session(row.id, status, now, steps_done),
                     lambda record: self._saved(status, record))  # fmt: skip

    def write(self, run: Callable[[Diary], Any], done: Callable[[Any], None], failed: Callable[[str], None],
              receiver: QObject | None = None) -> None:  # fmt: skip
        """Any other diary write of the session (a pain rating), after the ones already queued.

        ``done`` or ``failed`` runs only while ``receiver`` (this log by default) still exists."""
        self.writer.submit(run, receiver if receiver is not None else self, done, failed)

    def flush(self, timeout_s: float = FLUSH_AT_EXIT_S) -> bool:
        """Block until queued writes are on disk (at most ``timeout_s``): for closing the window only."""
        return self.writer.flush(timeout_s)

    def _submit(self, run: Callable[[Diary], Any], done: Callable[[Any], None] | None = None) -> None:
        def landed(result: Any) -> None:
            if result is not None:
                self.written.emit()
            if done is not None:
                done(result)

        self.writer.submit(run, self, landed, self.failed.emit)

    def _saved(self, status: str, record: Any) -> None:
        if record is not None:
            self.saved_status = status
            self.saved.emit(status)
