"""The question at start about a session that a crash or a power cut left open: asked
once the first frame is on screen, after the diary has marked such sessions
interrupted, and never again for the same one (resumed, or kept as partial).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from coach.ui.record_ids import saved_id
from coach.ui.services import Services
from coach.ui.shell.translations import date_text


class InterruptedOffer(QObject):
    """Resume the last interrupted session from the step it reached, or keep it as partial."""

    def __init__(self, services: Services, play: Callable[..., None]):
        super().__init__()
        self.services = services
        self.play = play  # play(routine_id, resume=record): the window's player opens on it

    def ask(self) -> bool:
        """True when a session was asked about (the diary changed: home should show it)."""
        interrupted = self.services.diary.mark_interrupted()
        if not interrupted:
            return False
        last = interrupted[-1]
        routine = self.services.catalog.get(last.routine_id)
        if routine is None:
            return False

        # in the language's day and month names
        when = date_text(last.started, self.tr("ddd dd MMM, HH:mm"))
        choice = self.services.notifier.choose(
            self.tr("{routine} was interrupted on {when} after {done} of %n step(s).", "", last.steps_total).format(
                routine=routine.title, when=when, done=last.steps_done) + "\n"
            + self.tr("Resume it from the step it reached, or keep it in the diary as a partial session?"),
            [self.tr("Resume"), self.tr("Keep as partial")], big=True,
        )
        if choice == 0:
            self.services.diary.resume_session(saved_id(last))
            self.play(routine.id, resume=last)
        return True
