"""Export the diary to CSV or JSON, and import an export back, all or nothing.

Export writes through ``QSaveFile``, so the target is either the old file or
the whole new one. Import runs on a worker thread behind a busy indicator
that appears only if it takes more than half a second; a file with any bad
row imports nothing and its ``line N: field: problem`` list is shown in a
dialog the user can read and copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSaveFile, QStandardPaths, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary.transfer import ImportSummary, export_csv, export_json, import_file
from coach.core.errors import CoachError, InputError
from coach.core.safe_write import write_target
from coach.ui.services import Services
from coach.ui.shell.save_name import chosen_file
from coach.ui.shell.translations import QT_TRANSLATE_NOOP
from coach.ui.shell.window_geometry import fit_on_first_show

FILTERS = {"csv": QT_TRANSLATE_NOOP("Transfer", "CSV table (*.csv)"),
           "json": QT_TRANSLATE_NOOP("Transfer", "JSON (*.json)")}  # translated where shown
BUSY_AFTER_MS = 500


class ProblemsDialog(QDialog):
    """Why nothing was imported: every ``line N: field: problem``."""

    def __init__(self, file_name: str, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import-problems")
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.heading = QLabel(self.tr("{file} has %n problem(s). Nothing was imported: fix these lines "
                                      "and import the file again.", "", len(problems)).format(file=file_name))
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(problems))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems, one per line"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)


class _ImportJob(QRunnable):
    def __init__(self, path: Path, diary, relay: _Relay):
        super().__init__()
        self.path, self.diary, self.relay = path, diary, relay

    def run(self) -> None:
        try:
            self.relay.done.emit(import_file(self.path, self.diary))
        except CoachError as error:
            self.relay.failed.emit(error)
        except Exception as error:  # a bug: hand it to the GUI thread, which shows it
            self.relay.crashed.emit(error)


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread (queued signals)."""

    done = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)


class Transfer(QObject):
    """Export and import for one window. ``imported(summary)`` after a successful import."""

    imported = Signal(object)
    finished = Signal()  # an import ended, well or not

    def __init__(self, services: Services, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.services = services
        self.parent_widget = parent_widget
        self.busy = False
        self.progress: QProgressDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self._path: Path | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.crashed.connect(self._crashed)

    # --- export -----------------------------------------------------------------------------

    def _default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"prehab-diary-{self.services.clock.now():%Y-%m-%d}.{suffix}")

    def export_interactive(self) -> None:
        filters = {fmt: self.tr(text) for fmt, text in FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export the diary"), self._default_path("csv"), ";;".join(filters.values())
        )
        if path:
            fmt = "json" if chosen == filters["json"] or path.lower().endswith(".json") else "csv"
            target = chosen_file(path, f".{fmt}", self.services.notifier)
            if target is not None:
                self.export_to(target, fmt)

    def export_to(self, path: Path, fmt: str = "csv") -> bool:
        """Write the whole diary to ``path`` as CSV or JSON; False (and a message) on failure."""
        try:
            path = write_target(path)  # never replace a device, a pipe or a folder with a regular file
        except InputError as error:
            self.services.notifier.error(self.tr("Cannot export: {error}").format(error=error))
            return False
        text = export_json(self.services.diary) if fmt == "json" else export_csv(self.services.diary)
        target = QSaveFile(str(path))
        if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
            self.services.notifier.error(self.tr("Cannot write {file}: {error}").format(file=path, error=target.errorString()))
            return False
        target.write(text.encode("utf-8"))
        if not target.commit():
            self.services.notifier.error(self.tr("Cannot write {file}: {error}").format(file=path, error=target.errorString()))
            return False
        self.services.notifier.confirm(self.tr("Exported the diary to {file}.").format(file=path))
        return True

    # --- import -------------------------------------------------------------------------------

    def import_interactive(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import a diary export"), start, self.tr("Diary exports (*.csv *.json);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Start importing ``path`` on a worker thread; False if one is already running."""
        if self.busy:
            self.services.notifier.info(self.tr("An import is already running."))
            return False
        self.busy = True
        self._path = path
        self.progress = QProgressDialog(self.tr("Importing {file}…").format(file=path.name), "", 0, 0, self.parent_widget)
        self.progress.setCancelButton(None)  # all or nothing: no half-way stop
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setMinimumDuration(BUSY_AFTER_MS)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        QThreadPool.globalInstance().start(_ImportJob(path, self.services.diary, self._relay))
        return True

    def _end(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    @Slot(object)
    def _done(self, summary: ImportSummary) -> None:
        self._end()
        self.services.notifier.confirm(str(summary))
        self.imported.emit(summary)
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: CoachError) -> None:
        self._end()
        problems = getattr(error, "problems", None)
        if problems:
            name = self._path.name if self._path else self.tr("The file")
            self.problems_dialog = ProblemsDialog(name, list(problems), self.parent_widget)
            self.problems_dialog.open()
        else:
            self.services.notifier.error(self.tr("Nothing was imported: {error}").format(error=error))
        self.finished.emit()

    @Slot(object)
    def _crashed(self, error: Exception) -> None:
        self._end()
        self.finished.emit()
        raise error
