"""The diary's entry points in the main window: log an entry, history, shoes,
export, import and the clinician report, plus the morning check on home.

``install`` builds one :class:`DiaryActions` owned by the window. It uses only
the window's public parts (``services``, ``toolbar``, ``diary_changed``,
``home``, ``advice_panel``, ``refresh_advice``) and talks back through
``diary_changed``: every write emits it so the advice and History refresh.
History (and with it pyqtgraph), the entry form, shoes and the export and
import dialogs are imported only when first opened: start-up is measured.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from coach.core.diary.records import PainEntry, Run
from coach.core.errors import CoachError
from coach.ui.diary.morning_prompt import MorningBanner, MorningPrompt

if TYPE_CHECKING:
    from coach.ui.diary.entry_form import EntryForm
    from coach.ui.diary.shoes import ShoesDialog
    from coach.ui.diary.transfer_dialogs import Transfer
    from coach.ui.history.history import HistoryWindow
    from coach.ui.main_window import MainWindow


class DiaryActions(QObject):
    """Owns the diary's actions and the windows they open (one of each at a time)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("diary-actions")
        self.window = window
        self.services = window.services
        self.entry_form: EntryForm | None = None
        self.history: HistoryWindow | None = None
        self.shoes_dialog: ShoesDialog | None = None
        self._transfer: Transfer | None = None
        self.actions: dict[str, QAction] = {}
        self._shortcuts: dict[str, str] = {}
        window.first_frame_shown.connect(self._add_keys)
        self._add("log", "Log run / pain", "Log a run and knee pain", self.open_entry_form, "Ctrl+L")
        self._add("history", "History", "Pain chart, weekly routines and every entry", self.open_history, "Ctrl+H")
        self._add("shoes", "Shoes", "Your shoes and their distance", self.open_shoes, "Ctrl+Shift+S")
        self._add("export", "Export…", "Export the diary as CSV or JSON", lambda: self.transfer.export_interactive(), "Ctrl+E")
        self._add("import", "Import…", "Import a diary export (all or nothing)", lambda: self.transfer.import_interactive(),
                  "Ctrl+I")  # fmt: skip
        self._add("report", "Clinician report…", "Save a PDF report for a clinician", self.save_report_interactive,
                  "Ctrl+P")  # fmt: skip

        self.banner = MorningBanner()
        self.morning = MorningPrompt(self.banner, self.services.diary, self.services.clock)
        self.banner.rate_requested.connect(lambda: self.open_entry_form(moment="next-morning"))
        window.home.add_banner(self.banner)
        window.diary_changed.connect(self.morning.refresh)
        self.morning.refresh()
        window.advice_panel.set_location_source(self._recent_locations)

    def _add(self, key: str, text: str, tip: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action-{key}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.window.toolbar.addAction(action)
        button = self.window.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(text.rstrip("…"))
            button.setAccessibleDescription(tip)
        self.actions[key] = action
        self._shortcuts[key] = shortcut
        return action

    def _add_keys(self) -> None:
        """Shortcuts, named in each tool tip (after the first frame: see MainWindow)."""
        from PySide6.QtGui import QKeySequence

        for key, shortcut in self._shortcuts.items():
            action = self.actions[key]
            action.setShortcut(QKeySequence(shortcut))  # a window shortcut, Qt's default
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{action.toolTip()} ({native})"
            action.setToolTip(tip)
            action.setStatusTip(tip)
            button = self.window.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleDescription(tip)

    def _recent_locations(self) -> tuple[str, ...]:
        from coach.core.advice.report import RECENT_DAYS, recent_locations  # only with "see a clinician" advice

        today = self.services.clock.now().date()
        since = today - timedelta(days=RECENT_DAYS - 1)
        try:
            return recent_locations(self.services.diary.pain_entries(since=since), today)
        except CoachError:  # the advice panel reports the unreadable diary itself
            return ()

    def _changed(self) -> None:
        self.window.diary_changed.emit()

    @property
    def transfer(self) -> Transfer:
        """Export and import, built the first time either is used."""
        if self._transfer is None:
            from coach.ui.diary.transfer_dialogs import Transfer

            self._transfer = Transfer(self.services, self.window)
            self._transfer.imported.connect(lambda _: self.window.diary_changed.emit())
        return self._transfer

    # --- entry form --------------------------------------------------------------------------

    def open_entry_form(self, moment: str = "after-run", record: PainEntry | Run | None = None,
                        parent: QWidget | None = None) -> EntryForm:  # fmt: skip
        """Show the entry form (new, or editing ``record``); one at a time."""
        from PySide6.QtCore import Qt

        from coach.ui.diary.entry_form import EntryForm

        if self.entry_form is not None and self.entry_form.isVisible():
            self.entry_form.raise_()
            self.entry_form.activateWindow()
            return self.entry_form
        form = EntryForm(
            self.services, parent or self.window, moment=moment,
            pain=record if isinstance(record, PainEntry) else None, run=record if isinstance(record, Run) else None,
        )  # fmt: skip
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._changed)
        form.destroyed.connect(lambda: setattr(self, "entry_form", None))
        self.entry_form = form
        form.open()
        form.activateWindow()  # keys go to the form, not the window behind it
        return form

    # --- history -------------------------------------------------------------------------------

    def open_history(self) -> HistoryWindow:
        if self.history is None:
            from coach.ui.history.history import HistoryWindow  # imports pyqtgraph: only now

            self.history = HistoryWindow(self.services, self.window)
            self.history.diary_changed.connect(self._changed)
            self.history.edit_requested.connect(lambda record: self.open_entry_form(record=record, parent=self.history))
            self.window.diary_changed.connect(self.history.refresh)
        elif self.history.isVisible():
            self.history.raise_()  # already open: bring it forward
        else:
            self.history.refresh()
        self.history.show()
        self.history.activateWindow()
        return self.history

    # --- shoes ----------------------------------------------------------------------------------

    def open_shoes(self) -> ShoesDialog:
        from coach.ui.diary.shoes import ShoesDialog

        if self.shoes_dialog is None:
            self.shoes_dialog = ShoesDialog(self.services, self.window)
            self.shoes_dialog.changed.connect(self._changed)
        self.shoes_dialog.refresh()
        self.shoes_dialog.open()
        return self.shoes_dialog

    # --- settings ---------------------------------------------------------------------------

    def units_changed(self) -> None:
        """Distances are shown in the units read when a window is built: rebuild the ones that exist."""
        if self.shoes_dialog is not None and not self.shoes_dialog.isVisible():
            self.shoes_dialog.deleteLater()
            self.shoes_dialog = None
        history = self.history
        if history is None or history.units == self.services.settings.get("units"):
            return
        self.history = None
        was_open, geometry = history.isVisible(), history.geometry()
        history.close()
        history.deleteLater()
        if was_open:
            self.open_history().setGeometry(geometry)

    # --- report ---------------------------------------------------------------------------------

    def save_report_interactive(self) -> None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"knee-report-{self.services.clock.now():%Y-%m-%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, "Save the clinician report", suggested, "PDF (*.pdf)")
        if path:
            from coach.ui.shell.save_name import chosen_file

            target = Path(path) if path.lower().endswith(".pdf") else chosen_file(path, ".pdf", self.services.notifier)
            if target is not None:
                self.save_report(target)

    def save_report(self, path: Path, weeks: int | None = None) -> bool:
        """Write the clinician report to ``path``; False (and a message) on failure."""
        from coach.core.advice.report import DEFAULT_WEEKS, report_from_diary
        from coach.ui.history.report_pdf import write_report_pdf

        try:
            data = report_from_diary(self.services.diary, self.services.clock.now(), weeks or DEFAULT_WEEKS,
                                     self.services.settings.get("units"), self.services.catalog)  # fmt: skip
            write_report_pdf(data, path)
        except CoachError as error:
            self.services.notifier.error(f"The report could not be saved: {error}")
            return False
        self.services.notifier.confirm(f"Saved the clinician report to {path}.")
        return True


def install(window: MainWindow) -> DiaryActions:
    """Add the diary's actions to the window's tool bar, and the morning check to home."""
    return DiaryActions(window)
