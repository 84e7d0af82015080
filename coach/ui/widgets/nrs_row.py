"""A 0-10 pain rating as a row of big buttons, usable with one hand or one key.

The row is one tab stop. Digits pick a value (type 1 then 0 quickly for 10),
the arrow keys step, Delete or Backspace clears it back to "not rated", and a
click picks a button; clicking the chosen button again clears it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QElapsedTimer, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from coach.core.diary.records import NRS_MAX
from coach.core.vocabulary import PAIN_ANCHOR_LABELS
from coach.ui.shell import theme

TEN_WINDOW_MS = 1200  # "1" then "0" within this long means 10
# A chosen button in the palette's highlight colours: unmistakable in light and dark themes.
CHECKED_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); color: palette(highlighted-text);"
    " border: 1px solid palette(highlight); border-radius: 4px; }"
)


class NrsRow(QWidget):
    """Emits ``changed(value)`` with the rating, or -1 when cleared."""

    changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None, words: Mapping[int, str] | None = None):
        """``words`` name some values in the tooltips (pain's by default; another rating passes its own)."""
        super().__init__(parent)
        words = PAIN_ANCHOR_LABELS if words is None else words  # the vocabulary's, in the app's language
        self.name = name
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("{name}, 0 to 10").format(name=name))
        self._value: int | None = None
        self._typed = ""
        self._since_key = QElapsedTimer()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # lets a second click clear the choice
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        for value in range(NRS_MAX + 1):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setMinimumSize(QSize(38, 38))
            button.setAccessibleName(f"{name} {value}")
            tip = self.tr("{value}/10 ({word})").format(value=value, word=words[value]) if value in words else f"{value}/10"
            button.setToolTip(tip)
            theme.set_font(button, 1.15, bold=True)
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        self.state = QLabel(self.tr("not rated"))
        # Wide enough for the longest word it shows ("nicht bewertet" in German), never cut off.
        self.state.setMinimumWidth(max(80, self.state.fontMetrics().horizontalAdvance(self.tr("not rated")) + 6))
        layout.addWidget(self.state)
        self.group.idClicked.connect(self._clicked)
        for button in self.buttons:
            button.setAutoDefault(False)  # Enter saves the form, it never presses a rating
        self.setStyleSheet(CHECKED_STYLE)
        self._describe()

    def set_button_size(self, side: int, digits: QFont) -> None:
        """Square buttons at least ``side`` px wide, their digits in ``digits``: read from the mat."""
        for button in self.buttons:
            button.setFont(digits)
            button.setMinimumSize(side, side)

    # --- value ------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= NRS_MAX:
            raise ValueError(f"NRS must be 0-10, not {value}")
        changed = value != self._value
        self._value = value
        for index, button in enumerate(self.buttons):
            button.setChecked(index == value)
        self._describe()
        if changed:
            self.changed.emit(-1 if value is None else value)

    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if value == self._value else value)

    def _describe(self) -> None:
        text = self.tr("not rated") if self._value is None else f"{self._value}/10"
        self.state.setText(text)
        self.setAccessibleDescription(self.tr("{state}. Type a number from 0 to 10, arrows step, Delete clears.").format(
            state=text))

    # --- keys -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1:
            recent = self._since_key.isValid() and self._since_key.elapsed() < TEN_WINDOW_MS
            typed = self._typed + text if recent else text
            if int(typed) > NRS_MAX:
                typed = text
            self._typed = typed
            self._since_key.start()
            self.set_value(int(typed))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(0 if self._value is None else min(NRS_MAX, self._value + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(0 if self._value is None else max(0, self._value - 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)  # Enter goes on to the dialog: it saves

    def focusInEvent(self, event) -> None:
        self._typed = ""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a visible focus ring around the whole row
            painter = QPainter(self)
            theme.paint_focus_ring(self, painter)
            painter.end()
