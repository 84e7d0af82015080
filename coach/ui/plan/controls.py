"""The plan's part of the main window, kept here so main_window.py needs only
a few lines: the panel on Home, the tray, the export, and the plan settings
(Settings' Plan tab, whose values are loaded and saved here)."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from coach.core.advice.advice import Advice
from coach.core.errors import CoachError
from coach.core.plan import ics
from coach.core.plan.programme import PROGRAMME_ROUTINE, load_history, programme_weeks
from coach.core.plan.schedule import load_schedule
from coach.core.plan.today import PlanToday, plan_today
from coach.ui.plan.plan_panel import PlanPanel
from coach.ui.plan.tray import PlanTray, keep_in_tray

if TYPE_CHECKING:  # the form's module imports Qt's namespace: loaded when Settings opens, not at start-up
    from coach.ui.plan.plan_form import PlanSettings


class PlanControls(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.panel = PlanPanel()
        self.panel.settings_requested.connect(self.open_settings)
        self.panel.export_requested.connect(self.export)
        self.tray = PlanTray(self.services.clock, self)
        self.tray.open_requested.connect(self.show_window)
        self.tray.export_requested.connect(self.export)
        self.tray.quit_requested.connect(self.quit)
        self.quitting = False
        self.plan: PlanToday | None = None

    def refresh(self, advice: Advice | None = None) -> None:
        try:
            weeks = programme_weeks(self.services.catalog.get(PROGRAMME_ROUTINE))
            self.plan = plan_today(self.services.diary, self.services.clock.now(), advice=advice, weeks=weeks)
            history = load_history(self.services.diary)  # today's change, if any, is stored by now
        except CoachError as error:
            self.services.notifier.info(self.tr("Plan unavailable: {error}").format(error=error))
            return
        self.panel.show_plan(self.plan, history[-1] if history else None)
        self.tray.show_plan(self.plan)

    def export(self, path: str | None = None) -> Path | None:
        """Ask for a file (unless given one) and write the next 8 weeks to it."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the plan to a calendar"), "prehab-plan.ics",
                                                  self.tr("Calendar (*.ics)"))
            if not path:
                return None
        target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
        from coach.core.safe_write import write_atomically, write_problem

        now = self.services.clock.now()
        events = [e for e in ics.plan_events(load_schedule(self.services.diary), now.date())
                  if e.start >= now - timedelta(minutes=1)]
        try:
            write_atomically(target, ics.to_ics(events, now.astimezone(UTC).replace(tzinfo=None)))
        except (OSError, CoachError) as error:
            reason = write_problem(error) if isinstance(error, OSError) else str(error)
            self.services.notifier.error(self.tr("Could not write {file}: {reason}").format(file=target, reason=reason))
            return None
        self.services.notifier.confirm(self.tr("Wrote %n plan event(s) to {file}", "", len(events)).format(file=target))
        return target

    def open_settings(self) -> None:
        """Home's "Plan…": Settings, on its Plan tab."""
        self.window.open_settings("plan")

    def settings_values(self) -> PlanSettings | None:
        """What the Plan tab shows; None (no tab) when the diary cannot be read."""
        from coach.ui.plan.plan_form import PlanSettings

        try:
            return PlanSettings.load(self.services.diary)
        except CoachError as error:
            self.services.notifier.info(f"Plan settings unavailable: {error}")
            return None

    def save_settings(self, values: PlanSettings | None) -> bool:
        """Settings was saved: keep the Plan tab's values (the caller shows the new plan)."""
        if values is None:
            return False
        try:
            values.save(self.services.diary)
        except CoachError as error:
            self.services.notifier.error(str(error))
            return False
        return True

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        QApplication.quit()

    def hide_instead_of_close(self, event: QCloseEvent) -> bool:
        """On close: keep running in the tray if the user chose so (asked the first time)."""
        if self.quitting or self.window.player is not None or not self.tray.available:
            return False

        def ask() -> bool:
            choice = self.services.notifier.choose(
                self.tr("Keep Prehab Coach in the tray when the window closes, so today's reminders still come?"),
                [self.tr("Keep in the tray"), self.tr("Quit")])
            return bool(choice == 0)

        if not keep_in_tray(self.services.diary, ask):
            return False
        QApplication.setQuitOnLastWindowClosed(False)
        event.ignore()
        self.window.hide()
        return True


def install(window: Any) -> PlanControls:
    controls = PlanControls(window)
    window.home.add_plan(controls.panel)
    window.after_start_up(controls.tray.start)  # not before the window is usable: start-up is measured
    return controls
