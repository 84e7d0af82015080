"""Plan settings: which days are run and strength days, and the reminder times."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import cast

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from coach.core.plan.schedule import DAY_NAMES, Schedule, consecutive


class PlanDialog(QDialog):
    def __init__(self, schedule: Schedule, close_to_tray: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan"))
        self.setObjectName("plan-dialog")
        self._schedule = schedule
        form = QFormLayout(self)
        self.run_boxes = self._days(schedule.run_days, "run")
        self.strength_boxes = self._days(schedule.strength_days, "strength")
        form.addRow(self.tr("Run days"), self._row(self.run_boxes))
        form.addRow(self.tr("Strength days"), self._row(self.strength_boxes))
        self.strength_time = self._time(schedule.strength_time.hour, schedule.strength_time.minute)
        self.morning_time = self._time(schedule.morning_time.hour, schedule.morning_time.minute)
        self.run_time = self._time(schedule.run_time.hour, schedule.run_time.minute)
        form.addRow(self.tr("Strength reminder"), self.strength_time)
        form.addRow(self.tr("Run reminder"), self.run_time)
        form.addRow(self.tr("Morning knee check"), self.morning_time)
        self.tray_box = QCheckBox(self.tr("Closing the window keeps the app in the tray (for reminders)"))
        self.tray_box.setChecked(close_to_tray)
        form.addRow(self.tray_box)
        self.problem = QLabel()
        self.problem.setObjectName("plan-problem")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for box in self.strength_boxes:
            box.toggled.connect(self._check)
        self._check()

    def _days(self, chosen: tuple[int, ...], kind: str) -> list[QCheckBox]:
        boxes = []
        for index, _name in enumerate(DAY_NAMES):
            box = QCheckBox(QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat))  # in the app's language
            box.setObjectName(f"{kind}-{index}")
            box.setChecked(index in chosen)
            boxes.append(box)
        return boxes

    @staticmethod
    def _row(boxes: list[QCheckBox]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in boxes:
            layout.addWidget(box)
        return row

    @staticmethod
    def _time(hour: int, minute: int) -> QTimeEdit:
        edit = QTimeEdit(QTime(hour, minute))
        edit.setDisplayFormat("HH:mm")
        return edit

    def _check(self) -> None:
        days = tuple(i for i, b in enumerate(self.strength_boxes) if b.isChecked())
        bad = consecutive(days)
        self.problem.setText(self.tr("Strength days must not follow each other: leave a day between.") if bad else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)

    def schedule(self) -> Schedule:
        def picked(boxes: list[QCheckBox]) -> tuple[int, ...]:
            return tuple(i for i, b in enumerate(boxes) if b.isChecked())

        def chosen(edit: QTimeEdit) -> time:
            return cast(time, edit.time().toPython())  # a QTime's toPython() is a time; the stubs say object

        return replace(self._schedule, run_days=picked(self.run_boxes), strength_days=picked(self.strength_boxes),
                       strength_time=chosen(self.strength_time), morning_time=chosen(self.morning_time),
                       run_time=chosen(self.run_time))
