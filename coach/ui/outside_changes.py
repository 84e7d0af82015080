"""Writes to the diary from outside the app (`coach diary add` in a terminal) and the day
turning at midnight, noticed while the window is open: home must not go on showing
advice that the diary no longer supports (a stale "back off" after a warning sign was
logged elsewhere would be unsafe). A look is one ``PRAGMA data_version``, which reads
no row, so it can be made every few seconds and on every return to the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from coach.core.diary.changes import DiaryChanges
from coach.core.errors import CoachError
from coach.ui.services import Services

OUTSIDE_CHECK_MS = 5000  # how often home looks for writes from outside while it has the focus


class OutsideChanges(QObject):
    """What may differ from what home last showed; ``report`` is told when something does."""

    def __init__(self, services: Services, report: Callable[[DiaryChanges], None], busy: Callable[[], bool],
                 parent: QObject):  # fmt: skip
        super().__init__(parent)
        self.services = services  # its diary, read each time: a restore or a test may put another in
        self.report = report
        self.busy = busy  # true while nothing should be refreshed (hidden, closing, a session on screen)
        self.timer: QTimer | None = None
        self.seen = self._diary_state()  # what home last showed

    def mark_seen(self) -> None:
        """Home now shows the diary and the day as they are."""
        self.seen = self._diary_state()

    def start(self) -> None:
        """The day turning or a write from the command line can come while the window keeps
        the focus, so no activation change ever fires: look every few seconds too."""
        self.timer = QTimer(self)
        self.timer.setObjectName("outside-check")
        self.timer.setInterval(OUTSIDE_CHECK_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()  # the diary closes after the window

    def look(self) -> None:
        """Report what changed since home last showed the diary, if anything did."""
        if self.busy():
            return
        if changes := self._changes_since_seen():
            self.report(changes)

    def _changes_since_seen(self) -> DiaryChanges:
        """What may differ from what home last showed: the day, or (written from outside) anything."""
        now = self._diary_state()
        if now == self.seen:
            return DiaryChanges()
        if len(now) == len(self.seen) == 2 and now[1] == self.seen[1]:
            return DiaryChanges(day=True)
        return DiaryChanges.everything()

    def _diary_state(self) -> tuple[object, ...]:
        try:
            return (self.services.clock.now().date(), self.services.diary.data_version())
        except CoachError:
            return ()
