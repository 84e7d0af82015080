"""The run import preview: one row per file, what it would become, and the gear
to add as new pairs (unticked: never created silently). Nothing is written until
"Import" is pressed, and then in one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.runs.preview import LOGGED, NEW, SKIPPED, PreviewRow, summary
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text

COLUMNS = (QT_TRANSLATE_NOOP("ImportPreviewDialog", "File"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Date"), "km",
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "Time"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Pace"),
           QT_TRANSLATE_NOOP("ImportPreviewDialog", "Status"))  # translated where shown
_TINTS = {NEW: "new", LOGGED: "logged", SKIPPED: "skipped"}  # the status's tint in theme.import_tints


def _time(minutes: float | None) -> str:
    if not minutes:
        return ""
    seconds = round(minutes * 60)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _file_name(source: str) -> str:
    """The file's name; inside an archive, "export.zip › 1234.fit.gz"."""
    parts = source.replace("\\", "/").split("/")
    archive = next((part for part in parts if part.lower().endswith(".zip")), None)
    return f"{archive} › {parts[-1]}" if archive and archive != parts[-1] else parts[-1]


class ImportPreviewDialog(QDialog):
    """Shows ``rows``; ``accepted_gear()`` names the pairs the user ticked to create."""

    def __init__(self, rows: Sequence[PreviewRow], unknown_gear: Sequence[str], parent: QWidget | None = None,
                 shoes: Sequence[str] = (), default_shoe: str | None = None):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import runs"))
        self.setObjectName("import-preview")
        self.rows = list(rows)
        layout = QVBoxLayout(self)
        new = sum(row.status == NEW for row in rows)
        heading = QLabel("<b>" + self.tr("%n new run(s)", "", new) + "</b> — "
                         + self.tr("{summary}. Nothing is written until you import.").format(summary=summary(self.rows)))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(self.rows), len(COLUMNS))
        self.table.setObjectName("import-preview-table")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        shape = self.tr("ddd dd MMM yyyy HH:mm")  # the language's day and month names
        tints = theme.import_tints(self)  # readable on the palette's ground, light or dark
        for index, row in enumerate(self.rows):
            cells = (_file_name(row.source), date_text(row.at, shape) if row.at else "",
                     f"{row.km:.2f}" if row.km is not None else "",
                     _time(row.minutes), row.pace if row.status != "unreadable" or row.run else "",
                     f"{row.status}: {row.why}" if row.why else row.status)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.source if column == 0 else text)
                if column in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 5:
                    item.setForeground(QColor(tints[_TINTS.get(row.status, "unreadable")]))
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.gear_boxes: list[QCheckBox] = []
        if unknown_gear:
            layout.addWidget(QLabel(self.tr("Gear in these files that is not one of your pairs of shoes:")))
            for gear in unknown_gear:
                box = QCheckBox(self.tr("Add “{gear}” as a new pair (its runs count toward it)").format(gear=gear))
                box.setProperty("gear", gear)
                self.gear_boxes.append(box)
                layout.addWidget(box)
        self.default_shoe = QComboBox()
        self.default_shoe.setObjectName("import-default-shoe")
        self.default_shoe.addItem(self.tr("no pair"), None)
        for name in shoes:
            self.default_shoe.addItem(name, name)
        if default_shoe is not None and default_shoe in shoes:
            self.default_shoe.setCurrentIndex(list(shoes).index(default_shoe) + 1)
        if shoes and any(row.status == NEW and row.run and not row.run.gear for row in self.rows):
            form = QFormLayout()
            form.addRow(self.tr("Runs whose file names no shoes count toward:"), self.default_shoe)
            layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import %n run(s)", "", new), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import-runs-button")
        self.import_button.setEnabled(new > 0)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.import_button if new else buttons.button(QDialogButtonBox.StandardButton.Cancel)).setFocus()
        self.resize(900, 480)

    def chosen_default_shoe(self) -> str | None:
        value = self.default_shoe.currentData()
        return str(value) if value else None

    def accepted_gear(self) -> list[str]:
        return [str(box.property("gear")) for box in self.gear_boxes if box.isChecked()]
