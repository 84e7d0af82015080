"""A question readable from the mat: the player's stop question and the resume question.

A standard message box has 13 px text and small buttons; two metres away it is a
grey smudge. Here the question is player-sized, the buttons are big and each
names its key: Enter for the first answer, Esc for the last.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui.shell import theme
from coach.ui.shell.window_geometry import fit_on_first_show

QUESTION_PX = 26  # the player's cue text is about this size at its default window
BUTTON_PX = 22
BUTTON_MIN_HEIGHT = 64
KEY_NAMES = ("Enter", "Esc")


class BigQuestion(QDialog):
    """Answers are ``options`` in order; :attr:`chosen` is the index picked (the last one on Esc)."""

    def __init__(self, question: str, options: list[str], title: str = "Prehab Coach",
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        if len(options) < 2:
            raise ValueError("a question needs at least two answers")
        self.setObjectName("big-question")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(question)
        self.chosen = len(options) - 1
        self.label = QLabel(question)
        self.label.setObjectName("big-question-text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = self.label.font()
        font.setPixelSize(round(QUESTION_PX * theme.text_factor()))  # the user's text size too
        self.label.setFont(font)
        self.label.setMinimumWidth(520)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for index, text in enumerate(options):
            key = KEY_NAMES[0] if index == 0 else KEY_NAMES[1] if index == len(options) - 1 else ""
            button = QPushButton(f"{text}  ({key})" if key else text)
            button.setObjectName(f"big-question-{index}")
            button.setAccessibleName(text)
            button.setMinimumHeight(BUTTON_MIN_HEIGHT)
            font = button.font()
            font.setPixelSize(round(BUTTON_PX * theme.text_factor()))
            font.setBold(True)
            button.setFont(font)
            button.setStyleSheet("QPushButton { padding: 0 24px; }" + theme.focus_ring(width=4))
            button.clicked.connect(lambda _=False, i=index: self._answer(i))
            row.addWidget(button)
            self.buttons.append(button)
        self.buttons[0].setDefault(True)  # Enter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(28)
        layout.addWidget(self.label, 1)
        layout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)
        self.buttons[0].setFocus()

    def _answer(self, index: int) -> None:
        self.chosen = index
        last = index == len(self.buttons) - 1
        self.done(QDialog.DialogCode.Rejected if last else QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Esc (or the window's close button): the last answer, the one that changes nothing."""
        self.chosen = len(self.buttons) - 1
        super().reject()
