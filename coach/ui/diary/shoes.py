"""Shoes: every pair with the distance it has run and its own limit, and the default pair.

The distance is the starting distance plus every run logged in the pair. The
status says what :mod:`shoe_wear` says (replace past the pair's limit, 800 km
unless set; check the cushioning past 60% of it), so this list and the home
screen's shoe note agree word for word. The default pair is the one a run
counts toward when no shoes are named (imports, and the entry form's first choice).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import text_input
from coach.core.diary.records import SHOE_LIMIT_KM, Shoe, in_units, to_km
from coach.core.diary.shoe_wear import CHECK, REPLACE, limits, wear
from coach.core.diary.text_input import NUMBER_MAX_CHARS
from coach.core.diary.validate import NAME_MAX_CHARS
from coach.core.errors import InputError, StorageError
from coach.core.settings import DEFAULT_SHOE
from coach.ui.services import Services
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text
from coach.ui.shell.window_geometry import fit_on_first_show
from coach.ui.widgets.field_errors import FieldErrors, caution_colour, error_colour, make_error_label


class ShoesDialog(QDialog):
    """List, add and retire shoes. ``changed`` after every write."""

    changed = Signal()
    COLUMNS = (QT_TRANSLATE_NOOP("ShoesDialog", "Shoes"), QT_TRANSLATE_NOOP("ShoesDialog", "Since"),
               QT_TRANSLATE_NOOP("ShoesDialog", "Distance"), QT_TRANSLATE_NOOP("ShoesDialog", "Replace at"),
               QT_TRANSLATE_NOOP("ShoesDialog", "Status"))  # translated where shown
    STATUS = 4

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.units = services.settings.get("units")
        self.setObjectName("shoes")
        self.setWindowTitle(self.tr("Shoes"))
        self.setAccessibleName(self.tr("Shoes"))
        self.resize(720, 520)
        self.shoes: list[Shoe] = []

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Shoe warnings"))
        theme.set_font(self.warning, 1.1, bold=True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ShoesDialog", c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Your shoes"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.setToolTip(self.tr("Mark the selected pair as retired (or back in use)"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.limit_button = QPushButton(self.tr("Set &limit…"))
        self.limit_button.setToolTip(self.tr("How far the selected pair may go before it is time to replace it"))
        self.limit_button.clicked.connect(self.ask_limit)
        self.default_button = QPushButton(self.tr("Make &default"))
        self.default_button.setToolTip(self.tr("Runs without shoes named (imports, new entries) count toward the selected pair"))
        self.default_button.clicked.connect(self.toggle_default)
        self.limit_dialog: QInputDialog | None = None
        pair_buttons = QHBoxLayout()
        pair_buttons.addStretch(1)
        for button in (self.default_button, self.limit_button, self.retire_button):
            pair_buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(pair_buttons)
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
        box = QGroupBox(self.tr("Add a pair"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX_CHARS)  # a paste is cut before it is laid out
        self.name.setPlaceholderText(self.tr("e.g. Pegasus 41 (blue)"))
        self.name.setAccessibleName(self.tr("Name of the shoes"))
        today = self.services.clock.now().date()
        self.started = QDateEdit(QDate(today.year, today.month, today.day))
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat(self.tr("d MMM yyyy"))
        self.started.setAccessibleName(self.tr("In use since"))
        self.start_distance = QLineEdit()
        self.start_distance.setMaxLength(NUMBER_MAX_CHARS)
        self.start_distance.setPlaceholderText("0")
        self.start_distance.setAccessibleName(self.tr("Distance already run, in {units}").format(units=self.units))
        self.limit = QLineEdit()
        self.limit.setMaxLength(NUMBER_MAX_CHARS)
        self.limit.setPlaceholderText(f"{limits(Shoe('', date.min), self.units)[1]:g}")
        self.limit.setAccessibleName(self.tr("Replace them past this distance, in {units}").format(units=self.units))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.general_error = make_error_label("shoes")
        self.errors = FieldErrors(self.general_error)
        grid = QGridLayout(box)
        for column, (text, widget, field) in enumerate(
            ((self.tr("&Name"), self.name, "name"), (self.tr("&Since"), self.started, "started"),
             (self.tr("Already &run ({units})").format(units=self.units), self.start_distance, "start_km"),
             (self.tr("Replace &at ({units})").format(units=self.units), self.limit, "limit_km"))  # fmt: skip
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            grid.addWidget(self.errors.add(field, widget), 2, column)
        grid.addWidget(self.add_button, 1, 4)
        grid.addWidget(self.general_error, 3, 0, 1, 5)
        grid.setColumnStretch(0, 2)
        return box

    # --- list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.shoes = self.services.diary.shoes()
        except (InputError, StorageError) as error:
            self.services.notifier.error(self.tr("The shoes could not be read: {error}").format(error=error))
            self.shoes = []
        self.table.setRowCount(len(self.shoes))
        default = self.default_pair()
        warnings = []
        for row, shoe in enumerate(self.shoes):
            worn = wear(shoe, self.units)
            name = f"{shoe.name}  (default)" if shoe.name == default else shoe.name
            cells = (name, date_text(shoe.started, "d MMM yyyy"), f"{in_units(shoe.distance_km, self.units):,.0f} {self.units}",
                     f"{worn.limit:,.0f} {self.units}", worn.status)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if worn.level in (CHECK, REPLACE) and column == self.STATUS:
                    item.setForeground(error_colour(self) if worn.level == REPLACE else caution_colour(self))
                self.table.setItem(row, column, item)
            if worn.advice:
                warnings.append(f"⚠ “{shoe.name}” {worn.distance:,.0f} {self.units}: {worn.advice}.")
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._selection_changed()

    def selected_shoe(self) -> Shoe | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shoes[rows[0].row()] if rows else None

    def default_pair(self) -> str:
        try:
            return str(self.services.settings.get(DEFAULT_SHOE))
        except (InputError, StorageError):
            return ""

    def _selection_changed(self) -> None:
        shoe = self.selected_shoe()
        for button in (self.retire_button, self.limit_button, self.default_button):
            button.setEnabled(shoe is not None)
        self.retire_button.setText(self.tr("Back in &use") if shoe is not None and shoe.retired else self.tr("&Retire"))
        is_default = shoe is not None and shoe.name == self.default_pair()
        self.default_button.setText(self.tr("No &default") if is_default else self.tr("Make &default"))
        self.default_button.setEnabled(shoe is not None and (is_default or not shoe.retired))  # a retired pair runs no more

    # --- writes --------------------------------------------------------------------------------

    def toggle_retired(self) -> None:
        shoe = self.selected_shoe()
        if shoe is None or shoe.id is None:
            return
        shoe_id = shoe.id
        self._write(lambda: self.services.diary.retire_shoe(shoe_id, not shoe.retired),
                    self.tr("Could not change {shoes}: {error}").format(shoes=shoe.name, error="{error}"))

    def toggle_default(self) -> None:
        """The selected pair becomes the default (or, if it was, there is none)."""
        shoe = self.selected_shoe()
        if shoe is None:
            return
        self._write(lambda: self.services.settings.set(DEFAULT_SHOE, "" if shoe.name == self.default_pair() else shoe.name),
                    self.tr("Could not change the default pair: {error}"))  # fmt: skip

    def ask_limit(self) -> None:
        """Ask, without blocking, how far the selected pair may go."""
        shoe = self.selected_shoe()
        if shoe is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("shoe-limit")
        dialog.setWindowTitle(self.tr("Limit for these shoes"))
        dialog.setLabelText(self.tr("Replace “{shoes}” past this many {units}\n(check their cushioning past 60% of it; "
                                    "{usual} is the usual rule of thumb):").format(
            shoes=shoe.name, units=self.units, usual=f"{limits(Shoe('', date.min), self.units)[1]:g}"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        low, high = (round(in_units(km, self.units)) for km in (50, 5000))
        dialog.setIntRange(low, high)
        dialog.setIntValue(round(limits(shoe, self.units)[1]))
        dialog.intValueSelected.connect(lambda value: self.set_limit(shoe, value))
        self.limit_dialog = dialog
        dialog.open()

    def set_limit(self, shoe: Shoe, value: float) -> None:
        """Store ``value`` (in the user's units) as the pair's limit."""
        km = to_km(float(value), self.units)
        if self.units == "mi" and round(value) == round(in_units(SHOE_LIMIT_KM, "mi")):
            km = SHOE_LIMIT_KM  # 497 mi is the usual 800 km: keep it the default, shown as 500 mi
        if shoe.id is not None:
            shoe_id = shoe.id
            self._write(lambda: self.services.diary.set_shoe_limit(shoe_id, round(km, 1)),
                        self.tr("Could not change {shoes}: {error}").format(shoes=shoe.name, error="{error}"))

    def _write(self, change: Callable[[], object], failure: str) -> None:
        """Make one change to the diary; the list follows it, a failure is said."""
        row = self.table.currentRow()
        try:
            change()
        except (InputError, StorageError) as error:
            self.services.notifier.error(failure.replace("{error}", str(error)))  # a shoe name may hold braces
            return
        self.refresh()
        self.table.selectRow(row)
        self.changed.emit()

    def add(self) -> bool:
        """Add the pair described in the form; messages go beside the fields."""
        self.errors.clear()
        try:
            text = self.start_distance.text().strip()
            start = text_input.parse_number(text, "start_km", "starting distance") if text else 0.0
            km = to_km(start, self.units)
            started: date = text_input.check_date(cast(date, self.started.date().toPython()),  # the stubs say object
                                                 "started", "the date first worn")
            text = self.limit.text().strip()
            limit = text_input.parse_number(text, "limit_km", "limit") if text else None
            limit_km = SHOE_LIMIT_KM if limit is None else to_km(limit, self.units)
            self.services.diary.add_shoe(Shoe(self.name.text().strip(), started, round(km, 3), limit_km=round(limit_km, 1)))
        except InputError as error:
            self.errors.show([error])
            return False
        except StorageError as error:
            self.services.notifier.error(self.tr("The shoes could not be saved: {error}").format(error=error))
            return False
        self.name.clear()
        self.start_distance.clear()
        self.limit.clear()
        self.refresh()
        self.changed.emit()
        return True
