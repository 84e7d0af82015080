"""The entry form's note box, a class of its own because a paste must be cut to the
note's limit before Qt lays it out (one unbroken megabyte-long line froze the window
for a minute), and Ctrl+Enter has to reach the form through the box's own keys.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from coach.core.diary.records import NOTE_MAX_CHARS


class NoteEdit(QPlainTextEdit):
    """The note: Enter makes a new line, Ctrl+Enter saves the form.

    A paste is cut to the note's limit *before* Qt lays it out: one unbroken
    megabyte-long line froze the window for a minute."""

    submitted = Signal()
    paste_cut = Signal(int)  # how many pasted characters were left out

    def __init__(self, text: str = "", limit: int = NOTE_MAX_CHARS, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.limit = limit
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # no line wider than the box

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            return
        text = source.text()
        selected = len(self.textCursor().selectedText())
        room = max(0, self.limit - (len(self.toPlainText()) - selected))
        left_out = max(0, len(text) - room)
        self.insertPlainText(text[:room] if left_out else text)
        if left_out:
            self.paste_cut.emit(left_out)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)
