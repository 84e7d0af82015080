"""The plan's settings as one widget: run days, strength days, reminder times and
whether closing the window keeps the app in the tray.

Settings shows it as its Plan tab (the Home panel's "Plan…" opens Settings
there). Strength days that follow each other are refused as the core rule says
(``coach.core.plan.schedule.consecutive``): the form says why and reports
itself invalid, so the dialog holding it can keep Save disabled.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from typing import cast

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QTimeEdit, QWidget

from coach.core.i18n import _
from coach.core.plan.schedule import DAY_NAMES, Schedule, consecutive, load_schedule, save_schedule
from coach.core.settings import KeyValueStore
from coach.ui.plan.tray import CLOSE_KEY
from coach.ui.shell import theme


@dataclass(frozen=True)
class PlanSettings:
    """What the form edits. ``tray_asked``: the close-to-tray question was answered
    already (or set here); until then saving leaves it unasked."""

    schedule: Schedule = Schedule()
    keep_in_tray: bool = False
    tray_asked: bool = False

    @classmethod
    def load(cls, store: KeyValueStore) -> PlanSettings:
        stored = store.get_setting(CLOSE_KEY)
        return cls(load_schedule(store), stored == "1", stored is not None)

    def save(self, store: KeyValueStore) -> None:
        """Keep the schedule (CoachError for consecutive strength days) and the tray
        choice, the latter only once it was asked or changed: an untouched box
        leaves the question for the first close."""
        save_schedule(store, self.schedule)
        if self.tray_asked:
            store.set_setting(CLOSE_KEY, "1" if self.keep_in_tray else "0")


class PlanForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, values: PlanSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan-form")
        self._values = values
        schedule = values.schedule
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.run_boxes = self._days(schedule.run_days, "run", self.tr("Run day: {day}"))
        self.strength_boxes = self._days(schedule.strength_days, "strength", self.tr("Strength day: {day}"))
        form.addRow(self._week_grid())
        note = QLabel(self.tr("Twice a week is the programme's rhythm; leave a day between strength days."))
        note.setWordWrap(True)
        form.addRow(note)
        self.problem = QLabel()
        self.problem.setObjectName("plan-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.ERROR_INK['dark' if theme.is_dark(self) else 'light']};")
        form.addRow(self.problem)
        self.strength_time = self._time(schedule.strength_time, "strength-time", self.tr("Strength-day reminder time"))
        self.run_time = self._time(schedule.run_time, "run-time", self.tr("Run-day reminder time"))
        self.morning_time = self._time(schedule.morning_time, "morning-time",
                                       self.tr("Morning knee check time, the day after a run"))  # fmt: skip
        form.addRow(self._label(self.tr("Strength r&eminder"), self.strength_time), self.strength_time)
        form.addRow(self._label(self.tr("R&un reminder"), self.run_time), self.run_time)
        form.addRow(self._label(self.tr("Morning &knee check"), self.morning_time), self.morning_time)
        self.tray_box = QCheckBox(self.tr("Closing the window keeps the app in the tray (for reminders)"))
        self.tray_box.setObjectName("plan-tray")
        self.tray_box.setAccessibleName(self.tr("Keep the app in the tray when the window closes"))
        self.tray_box.setChecked(values.keep_in_tray)
        form.addRow(self.tray_box)
        for box in self.strength_boxes:
            box.toggled.connect(self._check)
        self._valid = True
        self._check()

    def _week_grid(self) -> QWidget:
        """Mon … Sun across, a row of boxes for run days and one for strength days: narrow
        enough for Settings on a 1024×600 screen."""
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        for column, day in enumerate(DAY_NAMES, start=1):
            grid.addWidget(QLabel(_(day)), 0, column, Qt.AlignmentFlag.AlignHCenter)
        rows = ((self.tr("&Run days"), self.run_boxes), (self.tr("Strength d&ays"), self.strength_boxes))
        for row, (text, boxes) in enumerate(rows, start=1):
            grid.addWidget(self._label(text, boxes[0]), row, 0)
            for column, box in enumerate(boxes, start=1):
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignHCenter)
        grid.setColumnStretch(len(DAY_NAMES) + 1, 1)
        return grid_box

    def _days(self, chosen: tuple[int, ...], kind: str, name: str) -> list[QCheckBox]:
        boxes = []
        for index in range(7):
            day = QLocale().dayName(index + 1, QLocale.FormatType.LongFormat)  # "Monday", "Montag"
            box = QCheckBox()  # the day is the column's heading; the box's name says it
            box.setStyleSheet("QCheckBox { padding: 3px; }")  # room inside the focus ring around a bare box
            box.setObjectName(f"{kind}-{index}")
            box.setAccessibleName(name.format(day=day))
            box.setChecked(index in chosen)
            boxes.append(box)
        return boxes

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _time(at: time, name: str, spoken: str) -> QTimeEdit:
        edit = QTimeEdit(QTime(at.hour, at.minute))
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(spoken)
        return edit

    def _check(self) -> None:
        bad = consecutive(self._picked(self.strength_boxes))
        self.problem.setText(self.tr("Strength days must not follow each other: leave a day between.") if bad else "")
        if self._valid == bad:
            self._valid = not bad
            self.validity_changed.emit(self._valid)

    def is_valid(self) -> bool:
        return self._valid

    @staticmethod
    def _picked(boxes: list[QCheckBox]) -> tuple[int, ...]:
        return tuple(i for i, b in enumerate(boxes) if b.isChecked())

    def schedule(self) -> Schedule:
        def chosen(edit: QTimeEdit) -> time:
            return cast(time, edit.time().toPython())  # a QTime's toPython() is a time; the stubs say object

        return replace(self._values.schedule, run_days=self._picked(self.run_boxes),
                       strength_days=self._picked(self.strength_boxes), strength_time=chosen(self.strength_time),
                       morning_time=chosen(self.morning_time), run_time=chosen(self.run_time))  # fmt: skip

    def values(self) -> PlanSettings:
        keep = self.tray_box.isChecked()
        asked = self._values.tray_asked or keep != self._values.keep_in_tray
        return PlanSettings(self.schedule(), keep, asked)
