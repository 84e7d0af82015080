"""The quick 0–10 rating per knee, opened when "Knee hurts" stops a session.

Two rows, one per knee, each the app's one 0–10 widget (``NrsRow``, as in the entry
form and at the done screen): type a number, arrows to change, Tab to the other knee,
Enter to save, Esc to skip; or click one of the eleven large buttons. The full diary
entry (where, what kind) belongs to the diary screen; this only catches the number
while it is fresh.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui.shell import theme
from coach.ui.shell.window_geometry import fit_on_first_show
from coach.ui.widgets.nrs_row import NrsRow


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
        self.left = NrsRow(self.tr("Left knee"))
        self.right = NrsRow(self.tr("Right knee"))
        knees = []
        for side, row in (("left", self.left), ("right", self.right)):
            row.setObjectName(f"{side}-knee")
            label = QLabel(row.name)
            label.setObjectName(f"{side}-knee-label")
            label.setBuddy(row)
            theme.set_font(label, 1.4, bold=True)
            theme.set_font(row.state, 1.2)
            row.set_button_size(52, theme.scaled_font(row, 1.4, bold=True))
            knees += [label, row]
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
        for widget in (heading_label, hint, *knees):
            layout.addWidget(widget)
        layout.addLayout(buttons)

        theme.set_font(heading_label, 1.6, bold=True)
        theme.set_font(hint, 1.1)
        for button in (self.save_button, self.skip_button):
            theme.set_font(button, 1.2, bold=True)
            button.setMinimumHeight(48)
        self.setStyleSheet(theme.focus_ring())  # a rating row draws its own ring
        self.setTabOrder(self.left, self.right)
        self.setTabOrder(self.right, self.save_button)
        self.setTabOrder(self.save_button, self.skip_button)
        self.left.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)

    def rating(self) -> tuple[int | None, int | None]:
        """(left, right), each 0–10 or None when not rated."""
        return self.left.value(), self.right.value()

    def accept(self) -> None:
        if self.rating() == (None, None):
            self.message.setText(self.tr("Rate at least one knee, or press Esc to skip."))
            return
        super().accept()
