"""How the entry form frames a field, apart from what it asks: a caption with its
mnemonic above the widget and the field's error line below it, so every message
lands under the field it is about and a screen reader hears the caption's words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.ui.widgets.field_errors import FieldErrors


def labelled(errors: FieldErrors, text: str, widget: QWidget, field: str, *aliases: str) -> QVBoxLayout:
    """A caption with a mnemonic above the widget, and its error label below."""
    column = QVBoxLayout()
    column.setSpacing(2)
    caption = QLabel(text)
    caption.setBuddy(widget)
    column.addWidget(caption)
    column.addWidget(widget)
    column.addWidget(errors.add(field, widget, *aliases))
    if not widget.accessibleName():
        widget.setAccessibleName(text.replace("&", ""))
    return column


def check_grid(errors: FieldErrors, title: str, boxes: dict[str, QCheckBox], field: str, per_row: int = 4) -> QVBoxLayout:
    """A titled grid of check boxes sharing one error line: the message is about the choice, not one box."""
    column = QVBoxLayout()
    column.setSpacing(2)
    heading = QLabel(title)
    column.addWidget(heading)
    grid = QGridLayout()
    for index, box in enumerate(boxes.values()):
        box.setAccessibleName(f"{title}: {box.text()}")
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # no dead click area
        grid.addWidget(box, index // per_row, index % per_row, Qt.AlignmentFlag.AlignLeft)
    column.addLayout(grid)
    column.addWidget(errors.add(field, next(iter(boxes.values()))))
    return column
