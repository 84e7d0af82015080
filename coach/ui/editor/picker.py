"""Choosing the exercise a new step is made of: the exercise library, searchable, with pictures.

Each row shows the exercise's picture and name; the panel below the list shows
the chosen one's cues and how the new step will start (reps and tempo, or a
hold), taken from ``ExerciseChoice.as_step``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.routines.draft import EditKind
from coach.core.routines.exercise_choices import ExerciseChoice
from coach.ui.editor.thumbnail import picture_pixmap

THUMB_PX = 48


class ExercisePicker(QDialog):
    """The library's exercises with a search box; Enter or a double click takes one."""

    def __init__(self, choices: list[ExerciseChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step from the library"))
        self.choices = choices
        self.search = QLineEdit()
        self.search.setObjectName("picker-search")
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setPlaceholderText(self.tr("Search by name, id or cue"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("picker-list")
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.list.setSpacing(1)
        for index, choice in enumerate(choices):
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(choice.knee)
            if (pixmap := picture_pixmap(choice.picture, THUMB_PX)) is not None:
                item.setIcon(QIcon(pixmap))
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._show_chosen())
        self.details = QLabel()
        self.details.setObjectName("picker-details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 5)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.ok_button is not None:
            self.ok_button.setText(self.tr("Add step"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self._show_chosen()
        self.resize(460, 560)

    def _filter(self, text: str) -> None:
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not self.choices[item.data(Qt.ItemDataRole.UserRole)].matches(text)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)
        self._show_chosen()

    def _show_chosen(self) -> None:
        choice = self.chosen()
        if self.ok_button is not None:
            self.ok_button.setEnabled(choice is not None)
        if choice is None:
            self.details.setText(self.tr("No exercise matches; clear the search or add a new exercise."))
            return
        lines = [self.starts_as(choice), *(f"• {cue}" for cue in choice.cues)]
        self.details.setText("\n".join(lines))

    def starts_as(self, choice: ExerciseChoice) -> str:
        """``Starts as 10 reps, 2 s each · each side``: the numbers the new step gets."""
        step = choice.as_step()
        if step.kind.timed:
            amount = self.tr("Starts as a {seconds} s hold").format(seconds=step.duration_s)
        elif step.kind is EditKind.REPS_WITH_HOLD:
            amount = self.tr("Starts as {reps} reps, {tempo} s each, held {hold} s").format(
                reps=step.reps, tempo=f"{step.tempo_s:g}", hold=step.hold_s)
        else:
            amount = self.tr("Starts as {reps} reps, {tempo} s each").format(reps=step.reps, tempo=f"{step.tempo_s:g}")
        if step.sets > 1:
            amount = self.tr("{amount} · {sets} sets").format(amount=amount, sets=step.sets)
        if step.sides == "each" and step.kind is not EditKind.TIMED:
            amount = self.tr("{amount} · each side").format(amount=amount)
        return amount

    def chosen(self) -> ExerciseChoice | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return self.choices[item.data(Qt.ItemDataRole.UserRole)]
