"""One editable value of a form: its widget, how to read and show it, and its problem label.

The editor shows a draft and turns every edit into a new draft; a field is only
repainted when the draft holds something other than what the widget shows, so
the cursor of the field being typed in never jumps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coach.ui.widgets.field_errors import make_error_label


@dataclass
class Field:
    name: str
    widget: QWidget
    error: QLabel

    def value(self) -> object:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentText() if w.isEditable() else w.currentData()
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return w.value()
        raise TypeError(type(w).__name__)

    def show(self, value: object) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setText(str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        elif isinstance(w, QComboBox):
            if w.isEditable():
                w.setEditText(str(value))
            else:
                w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))  # type: ignore[call-overload]
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value))  # type: ignore[arg-type]

    def show_problems(self, messages: list[str]) -> None:
        text = "\n".join(_sentence(m) for m in messages)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.widget.setAccessibleDescription(text)

    def on_change(self, slot: Callable[[], None]) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.textEdited.connect(lambda *_: slot())
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(slot)
        elif isinstance(w, QComboBox):
            (w.editTextChanged if w.isEditable() else w.currentIndexChanged).connect(lambda *_: slot())
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.valueChanged.connect(lambda *_: slot())


def make_field(name: str, widget: QWidget, accessible: str) -> Field:
    widget.setObjectName(f"field-{name}")
    widget.setAccessibleName(accessible)
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)  # the editor's one undo history covers typing too
        widget.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
    error = make_error_label(name)
    return Field(name, widget, error)


def spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setKeyboardTracking(True)
    return box


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


class UndoKeysToWindow(QObject):
    """Ctrl+Z in a text field undoes the editor's last edit, not only that field's typing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or (
                QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
            ):
                event.ignore()  # not taken by the field: the window's Undo / Redo shortcut fires
                return True
        return False
