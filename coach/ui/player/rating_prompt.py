""""How hard was it?" at the player's done screen: each rating a session declares to be
asked there (``Field.at_done``: the effort, 0-10, Borg CR-10).

One question and one 0-10 row (``NrsRow``) per rating, with the rating's own words; a
choice is written to the session through the player's session log, after its own writes,
and a cleared row stores "not rated". The declaration alone says what is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.core.diary import fields
from coach.core.diary.diary import Diary
from coach.core.diary.fields import Field
from coach.core.i18n import _, in_sentence
from coach.ui.shell import theme
from coach.ui.widgets.nrs_row import NrsRow


class _Log(Protocol):
    """What the prompt needs of the player's :class:`~coach.ui.player.session_log.SessionLog`."""

    @property
    def session_id(self) -> int | None: ...  # None: the session has no row in the diary

    def write(self, run: Callable[[Diary], Any], done: Callable[[Any], None], failed: Callable[[str], None],
              receiver: QObject | None = None) -> None: ...  # fmt: skip


class RatingPrompt(QWidget):
    """One declared rating's question and row; :meth:`bind` says where the answer goes."""

    def __init__(self, asked: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.asked = asked
        self.setObjectName(f"{asked.key}-prompt")
        self.question = QLabel(_(asked.at_done))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        theme.set_font(self.question, 1.3)
        self.row = NrsRow(_(asked.label), words=asked.words)
        self.row.setMaximumWidth(self.row.sizeHint().width())
        self.state = QLabel("")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font(self.state, 1.1)
        self.state.hide()  # shown once there is something to say: no blank line on a small screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.row, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.state)
        self._log: _Log | None = None
        self.row.changed.connect(self._rated)

    def set_scale(self, scale: float) -> None:
        """Sizes for a window ``scale`` times 1280×800, read from the mat like the rest of the done screen."""
        text = scale * theme.text_factor()  # the user's text size too
        for label, pixels in ((self.question, 32), (self.state, 26), (self.row.state, 22)):
            font = QFont(label.font())
            font.setPixelSize(max(12, round(pixels * text)))
            label.setFont(font)
        digits = QFont(self.row.font())
        digits.setPixelSize(max(12, round(30 * min(text, scale * 1.2))))  # the buttons keep their size
        digits.setBold(True)
        self.row.set_button_size(max(38, round(72 * scale)), digits)
        self.row.setMaximumWidth(16777215)
        self.row.setMaximumWidth(self.row.sizeHint().width())

    def bind(self, log: _Log) -> None:
        self._log = log

    def _rated(self, value: int) -> None:
        log = self._log
        if log is None or log.session_id is None:
            self.state.show()
            self.state.setText(self.tr("Not saved: the session was not recorded"))
            return
        rating, session_id, key = (None if value < 0 else value), log.session_id, self.asked.key
        self.state.show()
        self.state.setText(self.tr("Saving…"))
        saved = self.tr("Saved") if rating is None else self.tr("Saved: {rating}").format(
            rating=f"{in_sentence(_(self.asked.label))} {self.asked.value_text(rating)}")  # fmt: skip
        not_saved = self.tr("Not saved: {reason}")
        log.write(lambda diary: diary.rate_session(session_id, key, rating),
                  lambda _record: self.state.setText(saved),
                  lambda message: self.state.setText(not_saved.format(reason=message)), self)  # fmt: skip


class RatingPrompts(QWidget):
    """Every rating a session declares for the done screen, one prompt each (none: hidden)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rating-prompts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompts = {f.key: RatingPrompt(f) for f in fields.asked("sessions") if f.at_done}
        for prompt in self.prompts.values():
            layout.addWidget(prompt)
        if not self.prompts:
            self.hide()

    def set_scale(self, scale: float) -> None:
        for prompt in self.prompts.values():
            prompt.set_scale(scale)

    def bind(self, log: _Log) -> None:
        for prompt in self.prompts.values():
            prompt.bind(log)
