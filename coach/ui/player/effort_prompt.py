""""How hard was it?" at the player's done screen: the session's effort (0-10, Borg CR-10).

The one 0-10 row (``NrsRow``) with the effort words; a choice is written to the
session through the player's session log, after its own writes, and a cleared
row stores "not rated". The effort gives the week's load in History.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.core.diary.diary import Diary
from coach.core.vocabulary import EFFORT_LABELS, effort_label
from coach.ui.shell import theme
from coach.ui.widgets.nrs_row import NrsRow


class _Log(Protocol):
    """What the prompt needs of the player's :class:`~coach.ui.player.session_log.SessionLog`."""

    @property
    def session_id(self) -> int | None: ...  # None: the session has no row in the diary

    def write(self, run: Callable[[Diary], Any], done: Callable[[Any], None], failed: Callable[[str], None],
              receiver: QObject | None = None) -> None: ...  # fmt: skip


class EffortPrompt(QWidget):
    """The question and its row; :meth:`bind` says where the answer goes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("effort-prompt")
        self.question = QLabel(self.tr("How hard was it? (effort 0-10: 0 rest, 5 hard, 10 maximal)"))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font(self.question, 1.3)
        self.row = NrsRow(self.tr("Effort"), words=EFFORT_LABELS)
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
        side = max(38, round(72 * scale))
        for button in self.row.buttons:
            font = QFont(button.font())
            font.setPixelSize(max(12, round(30 * min(text, scale * 1.2))))  # the buttons keep their size
            font.setBold(True)
            button.setFont(font)
            button.setMinimumSize(side, side)
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
        effort, session_id = (None if value < 0 else value), log.session_id
        self.state.show()
        self.state.setText(self.tr("Saving…"))
        saved = self.tr("Saved") if effort is None else self.tr("Saved: effort {effort}").format(effort=effort_label(effort))
        not_saved = self.tr("Not saved: {reason}")
        log.write(lambda diary: diary.rate_session(session_id, effort),
                  lambda _record: self.state.setText(saved),
                  lambda message: self.state.setText(not_saved.format(reason=message)), self)  # fmt: skip
