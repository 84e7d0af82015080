"""The quick 0–10 rating per knee, opened when "Knee hurts" stops a session.

Two rows, one per knee: a spin box for the keyboard (type a number, arrows to
change, Tab to the other knee, Enter to save, Esc to skip) and eleven large
buttons for a mouse or touch screen. The full diary entry (where, what kind)
belongs to the diary screen; this only catches the number while it is fresh.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.ui.shell import theme
from coach.ui.shell.window_geometry import fit_on_first_show

NOT_RATED = -1


class KneeScale(QWidget):
    """One knee: a spin box (−1 shows "–", not rated) kept in step with 0–10 buttons."""

    def __init__(self, side: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        title = self.tr("Left knee") if side == "left" else self.tr("Right knee")
        self.label = QLabel(title)
        self.label.setObjectName(f"{side}-knee-label")
        self.spin = QSpinBox()
        self.spin.setObjectName(f"{side}-knee")
        self.spin.setRange(NOT_RATED, 10)
        self.spin.setSpecialValueText("–")
        self.spin.setValue(NOT_RATED)
        self.spin.setAccessibleName(self.tr("{knee} pain, 0 to 10").format(knee=title))
        self.spin.setAccessibleDescription(self.tr("0 is no pain, 10 the worst imaginable; "
                                                   "leave at – if this knee is fine"))
        self.spin.setMinimumWidth(110)
        self.spin.setMaximumWidth(180)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setBuddy(self.spin)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)  # so the "not rated" state can show no button
        row = QHBoxLayout()
        row.setSpacing(6)
        for value in range(11):
            button = QPushButton(str(value))
            button.setObjectName(f"{side}-knee-{value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box is the keyboard's way in
            button.setAccessibleName(self.tr("{knee} {value} of 10").format(knee=title, value=value))
            button.setMinimumSize(52, 52)
            self.buttons.addButton(button, value)
            row.addWidget(button)
        self.buttons.idClicked.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self._show_value)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.spin, 0, 1)
        layout.addLayout(row, 1, 0, 1, 2)

    def value(self) -> int | None:
        value = self.spin.value()
        return None if value == NOT_RATED else value

    def _show_value(self, value: int) -> None:
        for button in self.buttons.buttons():
            button.setChecked(self.buttons.id(button) == value)


class QuickPainDialog(QDialog):
    """Accepted with at least one knee rated; rejected (Esc, Skip) means no entry."""

    def __init__(self, parent: QWidget | None = None, *, heading: str | None = None):
        super().__init__(parent)
        self.setObjectName("quick-pain")
        self.setWindowTitle(self.tr("How much does it hurt?"))
        self.setAccessibleName(self.tr("Quick pain rating"))
        heading_label = QLabel(heading or self.tr("Session stopped. How much does each knee hurt?"))
        heading_label.setObjectName("quick-pain-heading")
        heading_label.setWordWrap(True)
        hint = QLabel(self.tr("0 = no pain, 10 = worst imaginable. Type a number, Tab to the other knee, Enter to save."))
        hint.setWordWrap(True)
        self.left = KneeScale("left")
        self.right = KneeScale("right")
        self.message = QLabel("")
        self.message.setObjectName("quick-pain-message")
        self.message.setStyleSheet(f"color: {theme.WARNING.name()};")
        self.save_button = QPushButton(self.tr("Save  (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save pain rating"))
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Skip  (Esc)"))
        self.skip_button.setAccessibleName(self.tr("Skip pain rating"))
        self.skip_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        for widget in (heading_label, hint, self.left, self.right):
            layout.addWidget(widget)
        layout.addLayout(buttons)

        theme.set_font(heading_label, 1.6, bold=True)
        theme.set_font(hint, 1.1)
        for scale in (self.left, self.right):
            theme.set_font(scale.label, 1.4, bold=True)
            theme.set_font(scale.spin, 1.8, bold=True)
            for button in scale.buttons.buttons():
                theme.set_font(button, 1.4, bold=True)
        for button in (self.save_button, self.skip_button):
            theme.set_font(button, 1.2, bold=True)
            button.setMinimumHeight(48)
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {theme.WARNING.name()}; color: white; }}"
            + theme.focus_ring("QPushButton", "QSpinBox")
        )
        self.setTabOrder(self.left.spin, self.right.spin)
        self.setTabOrder(self.right.spin, self.save_button)
        self.setTabOrder(self.save_button, self.skip_button)
        self.left.spin.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)

    def rating(self) -> tuple[int | None, int | None]:
        """(left, right), each 0–10 or None when not rated."""
        return self.left.value(), self.right.value()

    def accept(self) -> None:
        # The spin box may still hold typed text that has not been interpreted yet.
        for scale in (self.left, self.right):
            scale.spin.interpretText()
        if self.rating() == (None, None):
            self.message.setText(self.tr("Rate at least one knee, or press Esc to skip."))
            return
        super().accept()
