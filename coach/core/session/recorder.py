"""What the diary must hear about a session being played, and when.

The recorder decides; it does not write. Each method returns the diary write
to make (a function of the :class:`Diary`) or None, and the caller runs it
where it likes: the app off the GUI thread, a test in line. It opens the row
at the start, moves it on at every completed step (a crash then loses at most
the step in progress) and closes it once, with how the session ended.

Times are taken when a method is called, not when its write lands. The end
time is the start plus the monotonic time played, never earlier: a wall clock
that steps back (DST, NTP) must not leave an end before the start, which the
diary refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from coach.core.clock import Clock
from coach.core.session.plan import Plan
from coach.core.session.session import Cue, CueKind, Session, State

if TYPE_CHECKING:
    from coach.core.diary.diary import Diary

Write = Callable[["Diary"], Any]


class _Row:
    """The row's id: set by the opening write, wherever it runs, and read by the later ones."""

    def __init__(self, session_id: int | None):
        self.id = session_id


class SessionRecorder:
    """The diary row of one session: opened, moved on per step, closed once."""

    def __init__(self, plan: Plan, clock: Clock, session_id: int | None = None):
        self.plan = plan
        self.clock = clock
        self._row = _Row(session_id)
        self._opening = False
        self.status = ""  # the final status, once asked for
        self._began = (clock.now(), clock.monotonic())  # wall time labels; monotonic time measures

    @property
    def session_id(self) -> int | None:
        return self._row.id

    @property
    def closed(self) -> bool:
        """The final status was asked for (its write may still be on its way)."""
        return bool(self.status)

    @property
    def _has_row(self) -> bool:
        return self._row.id is not None or self._opening

    def opening(self) -> Write | None:
        """The in-progress row's write; None when there is one (a resumed session) or it is on its way."""
        if self._has_row:
            return None
        self._opening = True
        routine, row, now, steps_total = self.plan.routine, self._row, self.clock.now(), self.plan.steps_total

        def start(diary: Diary) -> int:
            row.id = diary.start_session(routine.id, routine.focus, routine.content_hash, steps_total, now)
            return row.id

        return start

    def heard(self, cue: Cue, session: Session) -> Write | None:
        """The write an engine cue calls for: a completed step moves the row on, the end closes it."""
        if cue.kind == CueKind.STEP_DONE and cue.segment is not None:
            position = min(cue.segment.index + 1, len(self.plan.segments) - 1)
            return self.progress(self.plan.steps_done_before(cue.segment.index + 1), position)
        if cue.kind == CueKind.DONE:
            return self.closing(session.outcome or "completed", session.steps_trained)
        if cue.kind == CueKind.STOPPED:
            return self.closing(cue.reason or "stopped", session.steps_done)
        return None

    def leaving(self, session: Session) -> Write | None:
        """The window is closing on a session that is over but not yet closed in the diary."""
        if self.closed or not session.outcome:
            return None
        steps = session.steps_trained if session.state == State.FINISHED else session.steps_done
        return self.closing(session.outcome, steps)

    def progress(self, steps_done: int, position: int) -> Write | None:
        if self.closed or not self._has_row:
            return None
        row = self._row

        def update(diary: Diary) -> bool | None:
            if row.id is None:
                return None  # the opening write failed: there is no row to update
            diary.update_session_progress(row.id, steps_done, position)
            return True

        return update

    def closing(self, status: str, steps_done: int) -> Write | None:
        """How the session ended, once; the write returns the finished record (None: no row)."""
        if self.closed or not self._has_row:
            return None
        self.status = status
        row, now = self._row, self._now()

        def finish(diary: Diary) -> Any:
            return None if row.id is None else diary.finish_session(row.id, status, now, steps_done)

        return finish

    def _now(self) -> datetime:
        """The wall time now, but never before the start plus the monotonic time since."""
        wall, mono = self._began
        return max(self.clock.now(), wall + timedelta(seconds=self.clock.monotonic() - mono))
