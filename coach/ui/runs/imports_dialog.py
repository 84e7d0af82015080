"""Past run imports, each undoable as a whole: opened from History (Imports…).

Undoing removes every run the import added (edited since or not) and the pairs
of shoes it made that no other run is in; the import stays listed as undone.
``undone`` carries the number of runs removed, after the write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import run_imports
from coach.core.errors import CoachError
from coach.ui.services import Services
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text
from coach.ui.shell.window_geometry import fit_on_first_show


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


class ImportsDialog(QDialog):
    """Every import of run files, newest first, with Undo for the selected one."""

    undone = Signal(int)
    COLUMNS = (QT_TRANSLATE_NOOP("ImportsDialog", "Import"), QT_TRANSLATE_NOOP("ImportsDialog", "When"),
               QT_TRANSLATE_NOOP("ImportsDialog", "Runs"), QT_TRANSLATE_NOOP("ImportsDialog", "From"),
               QT_TRANSLATE_NOOP("ImportsDialog", "State"))  # translated where shown

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("run-imports")
        self.setWindowTitle(self.tr("Run imports"))
        self.setAccessibleName(self.tr("Run imports"))
        self.resize(760, 420)
        self.records: list[run_imports.ImportRecord] = []
        self.empty = QLabel(self.tr("No runs have been imported yet: File → Import runs…, or drop files on the window."))
        self.empty.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Past imports"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setToolTip(self.tr("Remove every run the selected import added"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)
        self.table.setFocus()

    def refresh(self) -> None:
        try:
            self.records = list(reversed(run_imports.imports(self.services.diary)))
        except CoachError as error:
            self.services.notifier.error(self.tr("The imports could not be read: {error}").format(error=error))
            self.records = []
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            shape = self.tr("dd MMM yyyy HH:mm")  # the language's month names
            state = self.tr("In the diary") if record.undone is None else self.tr("Undone {when}").format(
                when=date_text(record.undone, shape))
            cells = (str(record.id), date_text(record.at, shape), str(record.runs), record.sources,
                     state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.records)
        self.table.setVisible(bool(self.records))
        if self.records and not self.table.selectionModel().selectedRows():
            self.table.selectRow(next((n for n, r in enumerate(self.records) if r.undone is None), 0))
        self._enable()

    def selected(self) -> run_imports.ImportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _enable(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and record.undone is None)

    def undo_selected(self) -> int | None:
        """Ask, then undo the selected import; the number of runs removed."""
        record = self.selected()
        if record is None or record.undone is not None or not self._confirmed(record):
            return None
        try:
            count = run_imports.undo_import(self.services.diary, record.id)
        except CoachError as error:
            self.services.notifier.error(self.tr("The import could not be undone: {error}").format(error=error))
            return None
        self.refresh()
        self.undone.emit(count)
        return count

    def _confirmed(self, record: run_imports.ImportRecord) -> bool:
        when = date_text(record.at, self.tr("dd MMM yyyy HH:mm"))
        question = self.tr("Remove the %n run(s) imported on {when} (import {id})? Pairs of shoes it added go too, "
                           "unless another run is in them.", "", record.runs).format(when=when, id=record.id)
        return bool(self.services.notifier.ask(question, self.tr("Undo run import"), yes=self.tr("Remove them"),
                                               no=self.tr("Keep them")))
