"""The session's diary writes, off the GUI thread: the Qt side of :class:`SessionRecorder`.

The recorder (Qt-free) decides what to write and when; this log runs those
writes through a :class:`DiaryWriter`, in order, so a slow disk never delays a
cue, a repaint or a key, and turns their results into signals.

A storage fault never stops the session: it is reported through ``failed``
and the player keeps going (the row may then be missing or out of date).
``saved`` says the final status is in the diary: only then may the done
screen say so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.core.clock import Clock
from coach.core.diary.diary import Diary
from coach.core.session.plan import Plan
from coach.core.session.recorder import SessionRecorder, Write
from coach.core.session.session import Cue, Session
from coach.ui.diary.writer import DiaryWriter

FLUSH_AT_EXIT_S = 5.0  # how long closing the window waits for a slow disk before leaving the row to be resumed


class SessionLog(QObject):
    written = Signal()  # a write landed in the diary
    failed = Signal(str)  # a user-facing reason
    saved = Signal(str)  # the final status (e.g. "completed") is in the diary

    def __init__(self, diary: Diary, clock: Clock, plan: Plan, session_id: int | None = None,
                 parent: QObject | None = None, *, writer: DiaryWriter | None = None,
                 record: bool = True):  # fmt: skip
        """``record=False``: a try-out (the editor's "Try it"): the session itself is never written;
        other writes (a pain rating) still are."""
        super().__init__(parent)
        self.record = record
        self.recorder = SessionRecorder(plan, clock, session_id)
        self.writer = writer if writer is not None else DiaryWriter(diary)
        self.saved_status = ""  # the final status, once written

    @property
    def session_id(self) -> int | None:
        return self.recorder.session_id

    @property
    def closed(self) -> bool:
        """The final status was asked for (it may still be on its way to the disk: see ``saved``)."""
        return self.recorder.closed

    def open(self) -> None:
        """Write the in-progress row (a resumed session already has one)."""
        self._submit(self.recorder.opening())

    def heard(self, cue: Cue, session: Session) -> None:
        """An engine cue: a completed step or the end is written as it happens."""
        was_closed = self.recorder.closed
        self._submit(self.recorder.heard(cue, session), final=self.recorder.closed and not was_closed)

    def leave(self, session: Session) -> None:
        """The window is closing: a session that is over is closed in the diary if it was not."""
        self._submit(self.recorder.leaving(session), final=True)

    def write(self, run: Callable[[Diary], Any], done: Callable[[Any], None], failed: Callable[[str], None],
              receiver: QObject | None = None) -> None:  # fmt: skip
        """Any other diary write of the session (a pain rating), after the ones already queued.

        ``done`` or ``failed`` runs only while ``receiver`` (this log by default) still exists."""
        self.writer.submit(run, receiver if receiver is not None else self, done, failed)

    def flush(self, timeout_s: float = FLUSH_AT_EXIT_S) -> bool:
        """Block until queued writes are on disk (at most ``timeout_s``): for closing the window only."""
        return self.writer.flush(timeout_s)

    def _submit(self, run: Write | None, *, final: bool = False) -> None:
        if run is None or not self.record:
            return
        status = self.recorder.status if final else ""

        def landed(result: Any) -> None:
            if result is not None:
                self.written.emit()
                if status:
                    self.saved_status = status
                    self.saved.emit(status)

        self.writer.submit(run, self, landed, self.failed.emit)
