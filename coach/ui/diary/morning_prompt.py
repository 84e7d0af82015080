"""The morning-after question: "How is your knee this morning?"

Pain that has settled by the next morning is the pain-monitoring model's
main signal, so after a run (or an after-run entry) the app asks for a
next-morning rating the following day. It asks with a banner on the home
screen, never a modal dialog, and a "Not now" hides it for the rest of the
day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coach.core.diary.records import PainEntry, Run
from coach.core.errors import CoachError
from coach.ui.shell import theme


def should_offer(pain: Sequence[PainEntry], runs: Sequence[Run], today: date) -> bool:
    """Yesterday had a run or an after-run entry, and today has no next-morning entry yet."""
    yesterday = today - timedelta(days=1)
    ran = any(r.at.date() == yesterday for r in runs) or any(
        e.at.date() == yesterday and e.moment == "after-run" for e in pain
    )
    rated = any(e.at.date() == today and e.moment == "next-morning" for e in pain)
    return ran and not rated


class MorningBanner(QFrame):
    """A quiet strip at the top of home; ``rate_requested`` opens the form."""

    rate_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("morning-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Morning check"))
        self.text = QLabel(self.tr("How is your knee this morning? You ran yesterday: a next-morning rating shows "
                                   "whether the knee has settled."))  # fmt: skip
        self.text.setWordWrap(True)
        theme.set_font(self.text, 1.1)
        self.rate_button = QPushButton(self.tr("Rate it &now"))
        self.rate_button.setAccessibleName(self.tr("Rate your knee this morning"))
        self.rate_button.setToolTip(self.tr("Opens the entry form with the moment set to next morning"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setAccessibleName(self.tr("Hide the morning check for today"))
        self.rate_button.clicked.connect(self.rate_requested)
        self.later_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.rate_button)
        layout.addWidget(self.later_button)
        self.setStyleSheet(f"#morning-banner {{ border: 2px solid {theme.ACCENT.name()}; border-radius: 6px; }}")
        self.setVisible(False)

    def _dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()


class MorningPrompt:
    """Decides when the banner shows. ``refresh`` after every diary change."""

    def __init__(self, banner: MorningBanner, diary, clock):
        self.banner = banner
        self.diary = diary
        self.clock = clock
        self.dismissed_on: date | None = None
        banner.dismissed.connect(self._dismissed)

    def _dismissed(self) -> None:
        self.dismissed_on = self.clock.now().date()

    def refresh(self) -> None:
        today = self.clock.now().date()
        since = today - timedelta(days=1)
        try:
            recent = self.diary.pain_entries(since=since), self.diary.runs(since=since)
        except CoachError:  # an unreadable diary is reported elsewhere; just don't ask
            recent = [], []
        self.banner.setVisible(self.dismissed_on != today and should_offer(*recent, today))
