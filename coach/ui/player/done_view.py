"""The done screen, apart from the running session's view: it is shown once, after the
last segment, and shares with the player only the way text is sized for the mat.

``show_result`` says what was completed, what was skipped and why a session counts
only as partial; the rating prompts below it ask how hard it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.core.session.plan import format_duration
from coach.core.session.session import COMPLETED_WORK_SHARE
from coach.ui.player.player_view import mat_label, pixel_font
from coach.ui.player.rating_prompt import RatingPrompts
from coach.ui.shell import theme


class DoneView(QWidget):
    """The end: what was completed and how long it took; Enter goes back."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("done-view")
        self.title = mat_label("done-title", self.tr("Routine finished"))
        self.routine_label = mat_label("done-routine", self.tr("Routine"))
        self.summary = mat_label("done-summary", self.tr("What was completed"))
        self.notes = mat_label("done-notes", self.tr("What was skipped"))  # what was skipped, and why it counts only as partial
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.hide()
        self.back_button = QPushButton(self.tr("Back to routines  (Enter)"))
        self.back_button.setObjectName("back-to-routines")
        self.back_button.setAccessibleName(self.tr("Back to routines"))
        self.back_button.setAutoDefault(True)
        for label in (self.title, self.routine_label, self.summary, self.notes):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 0, 40, 0)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.routine_label)
        layout.addSpacing(28)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.notes)
        layout.addSpacing(12)
        self.ratings = RatingPrompts()  # "how hard was it?": the session's declared ratings
        layout.addWidget(self.ratings)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        self._scale = 0.0
        self._apply_scale(1.0)
        self.back_button.setStyleSheet(
            "QPushButton { padding: 0 32px; } " + theme.focus_ring()
        )

    def _apply_scale(self, scale: float) -> None:
        """Sizes for a window ``scale`` times the reference 1280×800: read from the mat at any size."""
        if abs(scale - self._scale) < 0.01:
            return
        self._scale = scale
        self.title.setFont(pixel_font(self.title, round(120 * scale), bold=True))
        self.routine_label.setFont(pixel_font(self.routine_label, round(48 * scale), bold=True))
        self.summary.setFont(pixel_font(self.summary, round(40 * scale)))
        self.notes.setFont(pixel_font(self.notes, max(14, round(24 * scale))))
        self.back_button.setFont(pixel_font(self.back_button, max(16, round(32 * scale)), bold=True))
        self.back_button.setMinimumHeight(max(44, round(76 * scale)))
        self.ratings.set_scale(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        size = event.size()
        self._apply_scale(max(0.4, min(1.0, size.width() / 1280, size.height() / 800)))
        super().resizeEvent(event)

    def show_result(self, title: str, routine: str, steps_done: int, steps_total: int, seconds: float,
                    *, skipped: Sequence[str] = (), partial: bool = False) -> None:  # fmt: skip
        """The result, saying what was skipped and why a session counts only as partial."""
        self.title.setText(title)
        # Success in the accent colour; a partial session in plain ink, so it does not read as "well done".
        self.title.setStyleSheet(f"color: {theme.ACCENT.name()};" if not partial else "")
        self.routine_label.setText(routine)
        self.summary.setText(self.tr("{done} of %n exercise(s) done in {time}", "", steps_total).format(
            done=steps_done, time=format_duration(seconds)))
        notes = [self.tr("Skipped: {exercises}").format(exercises=", ".join(skipped))] if skipped else []
        if partial:
            notes.append(self.tr("Counted as partial — less than {share}% of the work time was done").format(
                share=round(COMPLETED_WORK_SHARE * 100)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
