"""Run import in the main window: File → Import runs…, files dropped on the window,
and the preview before anything is written. Uses only the window's public parts
(``services``, ``diary_changed``) and talks back through ``diary_changed``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QThread, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from coach.core.diary import changes as kinds
from coach.core.errors import CoachError
from coach.core.settings import DEFAULT_SHOE
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text

if TYPE_CHECKING:  # the dialogs are imported when they are needed
    from coach.ui.runs.imports_dialog import ImportsDialog
    from coach.ui.runs.preview_dialog import ImportPreviewDialog

FILE_FILTER = QT_TRANSLATE_NOOP("RunImport", "Runs (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip);;All files (*)")


def _importable(path: Path) -> bool:
    from coach.core.runs.preview import parser_for

    return path.is_dir() or path.suffix.lower() == ".zip" or parser_for(path.name) is not None


class _Reader(QThread):
    """build_preview off the GUI thread: it touches only the files and the list of logged runs."""

    done = Signal(list, str)

    def __init__(self, paths: list[Path], logged: list, now: datetime, parent: QObject):  # type: ignore[type-arg]
        super().__init__(parent)
        self.paths, self.logged, self.now = paths, logged, now

    def run(self) -> None:
        from coach.core.runs.preview import build_preview

        try:
            rows = build_preview(self.paths, self.logged, self.now)
        except (CoachError, OSError) as error:
            self.done.emit([], str(error) or type(error).__name__)
            return
        self.done.emit(rows, "")


class RunImport(QObject):
    """Owns the import action and the drop handling on the window."""

    def __init__(self, window: QMainWindow):
        """``window`` is the main window: its ``services``, ``home``, ``diary_changed`` and
        ``first_frame_shown`` are used (not imported by type: that would be a cycle)."""
        super().__init__(window)
        self.setObjectName("run-import")
        self.window: Any = window
        self.dialog: ImportPreviewDialog | None = None
        self.reader: _Reader | None = None
        self.imports_dialog: ImportsDialog | None = None
        self.action = QAction(self.tr("Import runs…"), window)
        self.action.setObjectName("action-import-runs")
        self.action.setToolTip(self.tr("Runs from your watch or phone: FIT, GPX, TCX files, a folder or a Strava export"))
        self.action.triggered.connect(lambda _=False: self.choose())
        self.watch_action = QAction(self.tr("Watch a folder for runs…"), window)
        self.watch_action.setObjectName("action-watch-runs")
        self.watch_action.setToolTip(self.tr("The folder your watch or phone syncs to: new runs there are offered on home"))
        self.watch_action.triggered.connect(lambda _=False: self.choose_folder())
        menu = window.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.action)
        menu.addAction(self.watch_action)
        self.undo_action = QAction(self.tr("Undo the last run import…"), window)
        self.undo_action.setObjectName("action-undo-run-import")
        self.undo_action.triggered.connect(lambda _=False: self.undo_last())
        menu.addAction(self.undo_action)
        self.imports_action = QAction(self.tr("Past run imports…"), window)
        self.imports_action.setObjectName("action-run-imports")
        self.imports_action.setToolTip(self.tr("Every import of run files, each one undoable"))
        self.imports_action.triggered.connect(lambda _=False: self.show_imports())
        menu.addAction(self.imports_action)
        from coach.ui.runs.watch import FolderWatch

        host: Any = window  # the main window (its type would be an import cycle)
        self.folder_watch = FolderWatch(self, host.services, self.preview, host.home.add_banner, host.after_start_up)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if self._dropped(event):
                event.acceptProposedAction()
                return True
        if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = self._dropped(event)
            if paths:
                event.acceptProposedAction()
                self.preview(paths)
                return True
        return False

    @staticmethod
    def _dropped(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and _importable(Path(url.toLocalFile()))]

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import runs"), str(Path.home()), self.tr(FILE_FILTER))
        if names:
            self.preview([Path(name) for name in names])

    def undo_last(self) -> int | None:
        """Ask, then remove every run the newest import (not yet undone) added; the import's id."""
        from coach.core.diary import run_imports

        diary = self.window.services.diary
        pending = [record for record in run_imports.imports(diary) if record.undone is None]
        notifier = self.window.services.notifier
        if not pending:
            notifier.info(self.tr("There is no run import to undo."))
            return None
        last = pending[-1]
        when = date_text(last.at, self.tr("dd MMM yyyy HH:mm"))
        question = self.tr("Remove the %n run(s) imported on {when} (import {id})?", "", last.runs).format(
            when=when, id=last.id)
        if not notifier.ask(question, self.tr("Undo run import"), yes=self.tr("Remove them"), no=self.tr("Keep them")):
            return None
        count = run_imports.undo_import(diary, last.id)
        self._undone(count)
        return last.id

    def show_imports(self, parent: QWidget | None = None) -> ImportsDialog:
        """Every past import, each undoable (History's Imports…)."""
        from coach.ui.runs.imports_dialog import ImportsDialog

        if self.imports_dialog is None or self.imports_dialog.parent() is not (parent or self.window):
            self.imports_dialog = ImportsDialog(self.window.services, parent or self.window)
            self.imports_dialog.undone.connect(self._undone)
        elif self.imports_dialog.isVisible():
            self.imports_dialog.refresh()
            self.imports_dialog.raise_()  # already open: bring it forward
        else:
            self.imports_dialog.refresh()
        self.imports_dialog.show()
        self.imports_dialog.activateWindow()
        return self.imports_dialog

    def _undone(self, count: int) -> None:
        self.window.diary_changed.emit(kinds.RUNS)  # runs and shoes (a pair the import made)
        self.folder_watch.check()  # its files are new again
        self.window.services.notifier.confirm(self.tr("Removed %n imported run(s)", "", count))

    def choose_folder(self) -> None:
        current = self.folder_watch.folder()
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Watch a folder for runs"), str(current or Path.home()))
        if name:
            self.folder_watch.set_folder(Path(name))

    def preview(self, paths: Sequence[Path]) -> None:
        """Read ``paths`` on a thread of their own (a year of files takes seconds), then show
        the preview; on Import, write the new runs as one import."""
        from coach.core.runs import importer

        if self.reader is not None:
            self.window.services.notifier.info(self.tr("Still reading the last runs you chose…"))
            return
        self.dialog = None
        self.reader = _Reader(list(paths), importer.logged(self.window.services.diary), self.window.services.clock.now(), self)
        self.reader.done.connect(self._show)
        self.reader.start()

    def shutdown(self) -> None:
        """The window is closing: no thread may outlive it (one still reading files is waited for)."""
        self.folder_watch.shutdown()
        if self.reader is not None:
            self.reader.done.disconnect()
            self.reader.wait()
            self.reader = None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()  # nothing was written: closing mid-preview imports nothing

    def _show(self, rows: list, error: str) -> None:  # type: ignore[type-arg]
        from coach.core.diary import run_imports
        from coach.core.runs import importer
        from coach.ui.runs.preview_dialog import ImportPreviewDialog

        if self.reader is not None:
            self.reader.wait()
            self.reader = None
        if error:
            QMessageBox.warning(self.window, "Import runs", f"The runs could not be read: {error}")
            return
        diary = self.window.services.diary
        shoes = run_imports.shoe_names(diary)
        default = self.window.services.settings.get(DEFAULT_SHOE) or None  # the default pair (Shoes), as last chosen
        dialog = ImportPreviewDialog(rows, importer.unknown_gear(rows, shoes), self.window, shoes, default)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._write(rows, dialog.accepted_gear(), dialog.chosen_default_shoe()))
        dialog.open()

    def _write(self, rows: list, new_shoes: list[str], default_shoe: str | None = None) -> None:  # type: ignore[type-arg]
        from coach.core.runs import importer

        diary = self.window.services.diary
        try:
            self.window.services.settings.set(DEFAULT_SHOE, default_shoe or "")
            import_id, count = importer.import_rows(diary, rows, new_shoes, default_shoe)
        except CoachError as error:
            QMessageBox.warning(self.window, self.tr("Import runs"), self.tr("Nothing was imported: {error}").format(error=error))
            return
        self.window.diary_changed.emit(kinds.RUNS)  # runs and shoes (a new pair)
        self.folder_watch.check()
        self.window.services.notifier.confirm(
            self.tr("Imported %n run(s) (import {id}; undo with `coach diary undo-import {id}`)", "", count).format(id=import_id)
        )


def install(window: QMainWindow) -> RunImport:
    return RunImport(window)
