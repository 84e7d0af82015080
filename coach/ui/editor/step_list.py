"""The routine's steps as a list: reordered by drag (or Alt+Up / Alt+Down, see the editor)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from coach.core.routines.draft import EditKind, StepDraft
from coach.core.session.plan import format_duration


def step_line(number: int, step: StepDraft) -> str:
    """``3. Squats · 3 × 10 reps``: what the list shows for a step."""
    from PySide6.QtCore import QCoreApplication

    name = step.name.strip() or step.exercise.strip() or QCoreApplication.translate("StepList", "(new step)")
    if step.kind.timed:
        amount = format_duration(step.duration_s)
    elif step.kind is EditKind.REPS_WITH_HOLD:
        amount = QCoreApplication.translate("StepList", "{reps} reps, hold {hold} s").format(reps=step.reps, hold=step.hold_s)
    else:
        amount = QCoreApplication.translate("StepList", "{reps} reps").format(reps=step.reps)
    if step.sets > 1:
        amount = QCoreApplication.translate("StepList", "{sets} × {amount}").format(sets=step.sets, amount=amount)
    if step.sides == "each" and step.kind is not EditKind.TIMED:
        amount = QCoreApplication.translate("StepList", "{amount} each side").format(amount=amount)
    return QCoreApplication.translate("StepList", "{number}. {name} · {amount}").format(number=number, name=name, amount=amount)


class StepList(QListWidget):
    """Emits ``reordered(order)`` (old indices in their new order) after a drag."""

    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("step-list")
        self.setAccessibleName(self.tr("Steps"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(2)
        model = self.model()
        model.rowsMoved.connect(self._moved)
        self._filling = False

    def show_steps(self, steps: tuple[StepDraft, ...], selected: int) -> None:
        self._filling = True
        try:
            lines = [step_line(i + 1, s) for i, s in enumerate(steps)]
            if [self.item(r).text() for r in range(self.count())] != lines:
                self.clear()
                for index, line in enumerate(lines):
                    item = QListWidgetItem(line)
                    item.setToolTip(line)
                    item.setData(Qt.ItemDataRole.UserRole, index)
                    self.addItem(item)
            for row in range(self.count()):
                self.item(row).setData(Qt.ItemDataRole.UserRole, row)
            if 0 <= selected < self.count():
                self.setCurrentRow(selected)
        finally:
            self._filling = False

    def _moved(self, _parent: QModelIndex, _start: int, _end: int, _dest: QModelIndex, _row: int) -> None:
        if self._filling:
            return
        order = [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]
        # After the drop has finished: the list is rebuilt from the new draft.
        QTimer.singleShot(0, lambda: self.reordered.emit(order))
