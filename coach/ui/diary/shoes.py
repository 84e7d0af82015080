"""Shoes: every pair with the distance it has run, warnings past 480 and 800 km.

The distance is the starting distance plus every run logged in the pair.
Warnings use the advice's limits (480/800 km, or 300/500 mi when the user
counts in miles), so this list and the home screen's shoe note agree.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.advice.advice import SHOE_LIMITS
from coach.core.diary import text_input
from coach.core.diary.records import KM_PER_MILE, Shoe, in_units
from coach.core.diary.text_input import NUMBER_MAX_CHARS
from coach.core.diary.validate import NAME_MAX_CHARS
from coach.core.errors import InputError, StorageError
from coach.ui.record_ids import saved_id
from coach.ui.services import Services
from coach.ui.shell import theme
from coach.ui.shell.window_geometry import fit_on_first_show
from coach.ui.widgets.field_errors import FieldErrors, caution_colour, error_colour, make_error_label

OK, CHECK, REPLACE, RETIRED = "ok", "check", "replace", "retired"


def shoe_status(shoe: Shoe, units: str) -> tuple[str, str]:
    """(level, words) for one pair: ok, check (past 480 km), replace (past 800 km), retired."""
    check, replace = SHOE_LIMITS["mi" if units == "mi" else "km"]
    distance = round(in_units(shoe.distance_km, units), 2)
    if shoe.retired:
        return RETIRED, "Retired"
    if distance > replace:
        return REPLACE, f"Past {replace} {units}: time to replace them"
    if distance > check:
        return CHECK, f"Past {check} {units}: check their cushioning"
    return OK, "In use"


class ShoesDialog(QDialog):
    """List, add and retire shoes. ``changed`` after every write."""

    changed = Signal()
    COLUMNS = ("Shoes", "Since", "Distance", "Status")

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.units = services.settings.get("units")
        self.setObjectName("shoes")
        self.setWindowTitle("Shoes")
        self.setAccessibleName("Shoes")
        self.resize(720, 520)
        self.shoes: list[Shoe] = []

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Shoe warnings")
        theme.set_font(self.warning, 1.1, bold=True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setAccessibleName("Your shoes")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retire_button = QPushButton("&Retire")
        self.retire_button.setToolTip("Mark the selected pair as retired (or back in use)")
        self.retire_button.clicked.connect(self.toggle_retired)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.retire_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._add_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.add_button.setDefault(True)  # Enter in the form adds the pair
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.property("coach-fitted"):
            self.name.setFocus()  # the dialog opens to add a pair: typing goes into its name
        fit_on_first_show(self)

    def _add_box(self) -> QGroupBox:
        box = QGroupBox("Add a pair")
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX_CHARS)  # a paste is cut before it is laid out
        self.name.setPlaceholderText("e.g. Pegasus 41 (blue)")
        self.name.setAccessibleName("Name of the shoes")
        today = self.services.clock.now().date()
        self.started = QDateEdit(QDate(today.year, today.month, today.day))
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat("d MMM yyyy")
        self.started.setAccessibleName("In use since")
        self.start_distance = QLineEdit()
        self.start_distance.setMaxLength(NUMBER_MAX_CHARS)
        self.start_distance.setPlaceholderText("0")
        self.start_distance.setAccessibleName(f"Distance already run, in {self.units}")
        self.add_button = QPushButton("&Add")
        self.add_button.clicked.connect(self.add)
        self.general_error = make_error_label("shoes")
        self.errors = FieldErrors(self.general_error)
        grid = QGridLayout(box)
        for column, (text, widget, field) in enumerate(
            (("&Name", self.name, "name"), ("&Since", self.started, "started"),
             (f"Already &run ({self.units})", self.start_distance, "start_km"))  # fmt: skip
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            grid.addWidget(self.errors.add(field, widget), 2, column)
        grid.addWidget(self.add_button, 1, 3)
        grid.addWidget(self.general_error, 3, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        return box

    # --- list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.shoes = self.services.diary.shoes()
        except (InputError, StorageError) as error:
            self.services.notifier.error(f"The shoes could not be read: {error}")
            self.shoes = []
        self.table.setRowCount(len(self.shoes))
        warnings = []
        for row, shoe in enumerate(self.shoes):
            level, words = shoe_status(shoe, self.units)
            distance = in_units(shoe.distance_km, self.units)
            cells = (shoe.name, shoe.started.strftime("%d %b %Y"), f"{distance:,.0f} {self.units}", words)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if level in (CHECK, REPLACE) and column == 3:
                    item.setForeground(error_colour(self) if level == REPLACE else caution_colour(self))
                self.table.setItem(row, column, item)
            if level in (CHECK, REPLACE):
                warnings.append(f"⚠ “{shoe.name}” {distance:,.0f} {self.units}: {words.split(': ', 1)[1]}.")
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._selection_changed()

    def selected_shoe(self) -> Shoe | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shoes[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        shoe = self.selected_shoe()
        self.retire_button.setEnabled(shoe is not None)
        self.retire_button.setText("Back in &use" if shoe is not None and shoe.retired else "&Retire")

    # --- writes --------------------------------------------------------------------------------

    def toggle_retired(self) -> None:
        shoe = self.selected_shoe()
        if shoe is None:
            return
        try:
            self.services.diary.retire_shoe(saved_id(shoe), not shoe.retired)
        except (InputError, StorageError) as error:
            self.services.notifier.error(f"Could not change {shoe.name}: {error}")
            return
        row = self.table.currentRow()
        self.refresh()
        self.table.selectRow(row)
        self.changed.emit()

    def add(self) -> bool:
        """Add the pair described in the form; messages go beside the fields."""
        self.errors.clear()
        try:
            text = self.start_distance.text().strip()
            start = text_input.parse_number(text, "start_km", "starting distance") if text else 0.0
            km = start * KM_PER_MILE if self.units == "mi" else start
            started: date = text_input.check_date(cast(date, self.started.date().toPython()),  # the stubs say object
                                                 "started", "the date first worn")
            self.services.diary.add_shoe(Shoe(self.name.text().strip(), started, round(km, 3)))
        except InputError as error:
            self.errors.show([error])
            return False
        except StorageError as error:
            self.services.notifier.error(f"The shoes could not be saved: {error}")
            return False
        self.name.clear()
        self.start_distance.clear()
        self.refresh()
        self.changed.emit()
        return True
