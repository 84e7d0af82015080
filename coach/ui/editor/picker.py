"""Choosing the exercise a new step is made of (from ``exercise_choices``), searchable by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coach.core.routines.exercise_choices import ExerciseChoice


class ExercisePicker(QDialog):
    """A list of known exercises with a search box; Enter or a double click takes one."""

    def __init__(self, choices: list[ExerciseChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step from the library"))
        self.choices = choices
        self.search = QLineEdit()
        self.search.setObjectName("picker-search")
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setPlaceholderText(self.tr("Search by name or id"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("picker-list")
        self.list.setAccessibleName(self.tr("Exercises"))
        for index, choice in enumerate(choices):
            item = QListWidgetItem(self.tr("{name}  ({id})").format(name=choice.name, id=choice.id))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip("\n".join(choice.cues))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if (ok := buttons.button(QDialogButtonBox.StandardButton.Ok)) is not None:
            ok.setText(self.tr("Add step"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 440)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            choice = self.choices[item.data(Qt.ItemDataRole.UserRole)]
            hidden = not all(w in f"{choice.name} {choice.id}".lower() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> ExerciseChoice | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return self.choices[item.data(Qt.ItemDataRole.UserRole)]
