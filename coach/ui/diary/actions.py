"""The diary's entry points in the main window: log an entry, history, shoes,
export, import and the clinician report, plus the morning check on home.

:class:`DiaryActions` is handed only what it uses (a :class:`DiaryHost`: the
services, a parent for its dialogs, the tool bar, the change signal, the
first-frame signal and a place for the morning banner), never the window.
Every write is announced on ``changed`` as a :class:`DiaryChanges` saying what
it touched, and each view here refreshes only when that is what it shows.
History (and with it pyqtgraph), the entry form, shoes and the export and
import dialogs are imported only when first opened: start-up is measured.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from coach.core.diary import changes as kinds
from coach.core.diary.changes import DiaryChanges
from coach.core.diary.records import PainEntry, Run
from coach.core.errors import CoachError
from coach.ui.diary.morning_prompt import MorningBanner, MorningPrompt
from coach.ui.services import Services

if TYPE_CHECKING:
    from coach.ui.diary.entry_form import EntryForm
    from coach.ui.diary.shoes import ShoesDialog
    from coach.ui.diary.transfer_dialogs import Transfer
    from coach.ui.history.history import HistoryWindow

# What each view shows, as DiaryChanges field names: it reloads only when one of these changed.
MORNING_SHOWS = ("pain", "runs", "day")
HISTORY_SHOWS = ("pain", "runs", "sessions", "day")


@dataclass
class DiaryHost:
    """What the diary's actions need from the window they live in, and nothing more."""

    services: Services
    parent: QWidget  # owns the actions and parents the dialogs
    toolbar: QToolBar
    changed: SignalInstance  # carries a DiaryChanges: emitted after each write, listened to for refreshes
    first_frame_shown: SignalInstance  # the keys are added then
    add_banner: Callable[[QWidget], None]  # where the morning check goes on home
    show_imports: Callable[[QWidget], object]  # the past run imports, each undoable (History's Imports…)


class DiaryActions(QObject):
    """Owns the diary's actions and the windows they open (one of each at a time)."""

    def __init__(self, host: DiaryHost):
        super().__init__(host.parent)
        self.setObjectName("diary-actions")
        self.owner = host.parent
        self.toolbar = host.toolbar
        self.changed = host.changed
        self.services = host.services
        self.show_imports = host.show_imports
        self.entry_form: EntryForm | None = None
        self.history: HistoryWindow | None = None
        self.shoes_dialog: ShoesDialog | None = None
        self._transfer: Transfer | None = None
        self.actions: dict[str, QAction] = {}
        self._shortcuts: dict[str, str] = {}
        host.first_frame_shown.connect(self._add_keys)
        self._add("log", self.tr("Log run / pain"), self.tr("Log a run and knee pain"), self.open_entry_form, "Ctrl+L")
        self._add("history", self.tr("History"), self.tr("Pain chart, weekly routines and every entry"),
                  self.open_history, "Ctrl+H")
        self._add("shoes", self.tr("Shoes"), self.tr("Your shoes and their distance"), self.open_shoes, "Ctrl+Shift+S")
        self._add("export", self.tr("Export…"), self.tr("Export the diary as CSV or JSON"),
                  lambda: self.transfer.export_interactive(), "Ctrl+E")
        self._add("import", self.tr("Import…"), self.tr("Import a diary export (all or nothing)"),
                  lambda: self.transfer.import_interactive(),
                  "Ctrl+I")  # fmt: skip
        self._add("report", self.tr("Clinician report…"), self.tr("Save a PDF report for a clinician"),
                  self.save_report_interactive,
                  "Ctrl+P")  # fmt: skip

        self.banner = MorningBanner()
        self.morning = MorningPrompt(self.banner, self.services.diary, self.services.clock)
        self.banner.rate_requested.connect(lambda: self.open_entry_form(moment="next-morning"))
        host.add_banner(self.banner)
        self.changed.connect(self._diary_changed)
        self.morning.refresh()

    def _diary_changed(self, changes: DiaryChanges) -> None:
        """Each view reloads only if the change touched what it shows."""
        if changes.touches(*MORNING_SHOWS):
            self.morning.refresh()
        if self.history is not None and changes.touches(*HISTORY_SHOWS):
            self.history.refresh()
        if changes.settings:
            self.units_changed()

    def _add(self, key: str, text: str, tip: str, slot: Callable[[], object], shortcut: str) -> QAction:
        action = QAction(text, self.owner)
        action.setObjectName(f"action-{key}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
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
            tip = self.tr("{tip} ({keys})").format(tip=action.toolTip(), keys=native)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleDescription(tip)

    def _changed(self, changes: DiaryChanges) -> None:
        self.changed.emit(changes)

    @property
    def transfer(self) -> Transfer:
        """Export and import, built the first time either is used."""
        if self._transfer is None:
            from coach.ui.diary.transfer_dialogs import Transfer

            self._transfer = Transfer(self.services, self.owner)
            self._transfer.imported.connect(lambda _: self._changed(DiaryChanges.everything()))
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
            self.services, parent or self.owner, moment=moment,
            pain=record if isinstance(record, PainEntry) else None, run=record if isinstance(record, Run) else None,
        )  # fmt: skip
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda: self._changed(kinds.ENTRY))
        form.destroyed.connect(lambda: setattr(self, "entry_form", None))
        self.entry_form = form
        form.open()
        form.activateWindow()  # keys go to the form, not the window behind it
        return form

    # --- history -------------------------------------------------------------------------------

    def open_history(self) -> HistoryWindow:
        if self.history is None:
            from coach.ui.history.history import HistoryWindow  # imports pyqtgraph: only now

            self.history = HistoryWindow(self.services, self.owner)
            self.history.diary_changed.connect(lambda: self._changed(kinds.ENTRY | kinds.SESSIONS))  # deleted or put back
            self.history.edit_requested.connect(lambda record: self.open_entry_form(record=record, parent=self.history))
            self.history.imports_requested.connect(lambda: self.show_imports(self.history))
        elif self.history.isVisible():
            self.history.raise_()  # already open: bring it forward
        self.history.show()  # a re-opened History reloads only if the diary or the day moved on
        self.history.activateWindow()
        return self.history

    # --- shoes ----------------------------------------------------------------------------------

    def open_shoes(self) -> ShoesDialog:
        from coach.ui.diary.shoes import ShoesDialog

        if self.shoes_dialog is None:
            self.shoes_dialog = ShoesDialog(self.services, self.owner)
            self.shoes_dialog.changed.connect(lambda: self._changed(kinds.SHOES))
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
        path, _ = QFileDialog.getSaveFileName(self.owner, self.tr("Save the clinician report"), suggested,
                                              self.tr("PDF (*.pdf)"))
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
            self.services.notifier.error(self.tr("The report could not be saved: {error}").format(error=error))
            return False
        self.services.notifier.confirm(self.tr("Saved the clinician report to {path}.").format(path=path))
        return True

