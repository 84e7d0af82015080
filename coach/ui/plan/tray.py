"""The tray icon: today's plan in its menu and reminders at the chosen times.

Notifications carry only the plan's words (``coach.core.plan.reminders``),
never a pain score. Whether closing the window keeps the app in the tray is
asked once and kept as the ``plan.close_to_tray`` setting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach.core.clock import Clock
from coach.core.plan.reminders import Reminder, due_reminders
from coach.core.plan.today import PlanToday
from coach.core.settings import KeyValueStore
from coach.ui.shell import theme

CLOSE_KEY = "plan.close_to_tray"
CHECK_MS = 30_000


def tray_icon() -> QIcon:
    """A small drawn icon (a knee-blue dot with a tick), so no file is needed."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(theme.WEEK_DAY_COLOURS["planned"]))
    painter.setPen(QColor(theme.WEEK_DAY_COLOURS["planned"]))
    painter.drawEllipse(4, 4, 56, 56)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(40)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), 0x84, "P")  # AlignCenter
    painter.end()
    return QIcon(pixmap)


class PlanTray(QObject):
    open_requested = Signal()
    export_requested = Signal()
    quit_requested = Signal()
    notified = Signal(str, str)  # title, text: what was shown, for tests and the status bar

    def __init__(self, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self.icon: QSystemTrayIcon | None = None  # made in start(): drawing it is not for the first frame
        self.menu: QMenu | None = None
        self._plan: PlanToday | None = None
        self._shown: set[str] = set()
        self.timer: QTimer | None = None

    def start(self) -> None:
        if self.icon is not None:
            return
        self.icon = QSystemTrayIcon(tray_icon(), self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self._build_menu()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()

    @property
    def available(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def show_plan(self, plan: PlanToday) -> None:
        self._plan = plan
        self._build_menu()

    def _build_menu(self) -> None:
        if self.icon is None or self.menu is None:
            return
        lines = self._plan.lines() if self._plan else []
        self.icon.setToolTip(self.tr("Prehab Coach — {plan}").format(plan="; ".join(lines)) if lines else "Prehab Coach")
        menu = self.menu
        menu.clear()
        for line in self._plan.lines() if self._plan else [self.tr("Today's plan is loading")]:
            action = menu.addAction(line)
            action.setEnabled(False)
        menu.addSeparator()
        self._add(menu, self.tr("Open Prehab Coach"), self.open_requested)
        self._add(menu, self.tr("Export to calendar…"), self.export_requested)
        menu.addSeparator()
        self._add(menu, self.tr("Quit"), self.quit_requested)

    @staticmethod
    def _add(menu: QMenu, text: str, signal: SignalInstance) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: signal.emit())
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def check(self) -> list[Reminder]:
        """Show every reminder that is due and not shown yet today."""
        if self._plan is None or self.icon is None:
            return []
        now = self._clock.now()
        ran_yesterday = any(c.day == now.date().fromordinal(now.date().toordinal() - 1) and "run" in c.done
                            for c in self._plan.cells)
        due = [r for r in due_reminders(self._plan.schedule, now, self._plan.week, self._plan.weeks, ran_yesterday)
               if r.key not in self._shown]
        for reminder in due:
            self._shown.add(reminder.key)
            self.icon.showMessage(reminder.title, reminder.text, QSystemTrayIcon.MessageIcon.Information)
            self.notified.emit(reminder.title, reminder.text)
        return due


def keep_in_tray(store: KeyValueStore, ask: Callable[[], bool]) -> bool:
    """Should closing the window keep the app in the tray? Asked once, then the setting says."""
    value = store.get_setting(CLOSE_KEY)
    if value is None:
        value = "1" if ask() else "0"
        store.set_setting(CLOSE_KEY, value)
    return value == "1"
