"""Home's plan block: today's line ("Run day: warm-up first · keep it under
11.5 km"), the week strip, and the buttons for plan settings and the calendar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.core.plan.changes_view import action_words, weeks_text
from coach.core.plan.programme import Change
from coach.core.plan.today import PlanToday
from coach.ui.plan.week_strip import WeekStrip
from coach.ui.shell import theme
from coach.ui.shell.translations import date_text


class PlanPanel(QFrame):
    settings_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.today_label = QLabel()
        self.today_label.setObjectName("plan-today")
        self.today_label.setWordWrap(True)
        theme.set_font(self.today_label, 1.3, bold=True)
        self.why_label = QLabel()
        self.why_label.setObjectName("plan-why")
        self.why_label.setWordWrap(True)
        self.strip = WeekStrip()
        settings = QPushButton(self.tr("Plan…"))
        settings.setObjectName("plan-settings")
        settings.setToolTip(self.tr("Run days, strength days and reminder times"))
        settings.clicked.connect(self.settings_requested)
        export = QPushButton(self.tr("Export to calendar…"))
        export.setObjectName("plan-export")
        export.setToolTip(self.tr("Write the next 8 weeks as calendar events with reminders (.ics)"))
        export.clicked.connect(self.export_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.today_label)
        layout.addWidget(self.why_label)
        row = QHBoxLayout()
        row.addWidget(self.strip, 1)
        row.addWidget(settings)
        row.addWidget(export)
        layout.addLayout(row)

    def show_plan(self, plan: PlanToday, last_change: Change | None = None) -> None:
        """Today's plan; ``last_change``, the programme's latest move, is said with its reason."""
        self.today_label.setText("\n".join(plan.lines()))
        state = plan.decision.state
        programme = self.tr("Strength programme: week {week} of {weeks}").format(week=state.week, weeks=plan.weeks)
        if state.paused:
            programme = self.tr("{programme} (paused)").format(programme=programme)
        why = self.tr("{programme} — {reason}. Next run: {ceiling}.").format(
            programme=programme, reason=plan.decision.reason, ceiling=plan.ceiling.text(plan.units))
        if last_change is not None and last_change != plan.decision.change:  # today's change: said already
            why += " " + self.tr("Last change {day}: {change}, {weeks} — {reason}.").format(
                day=date_text(last_change.on, self.tr("ddd dd MMM")), change=action_words(last_change),
                weeks=weeks_text(last_change), reason=last_change.reason)  # fmt: skip
        self.why_label.setText(why)
        self.strip.show_cells(plan.cells)
