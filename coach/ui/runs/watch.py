"""The watched folder in the app: a QFileSystemWatcher on it, and a banner on home
("3 new runs from your watch — Import") when files with new runs appear; never an
import without the user. Checked at start too, for what arrived while the app was closed.

The folder is first looked at once home is on screen (``first_frame_shown``):
start-up is measured, and reading run files is not on its path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from coach.ui.runs.actions import RunImport


class WatchBanner(QFrame):
    """The offer on home: how many new runs, Import, Not now."""

    import_requested = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("watch-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.import_button = QPushButton("Import")
        self.later_button = QPushButton("Not now")
        self.import_button.clicked.connect(self.import_requested)
        self.later_button.clicked.connect(self.declined)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.import_button)
        layout.addWidget(self.later_button)
        self.setVisible(False)

    def offer(self, count: int) -> None:
        self.text.setText(f"{count} new run{'s' * (count != 1)} from your watch")
        self.setVisible(count > 0)


class FolderWatch(QObject):
    """Watches the folder in the ``runs.watch_folder`` setting; ``check()`` recounts (debounced on changes)."""

    def __init__(self, run_import: RunImport):
        super().__init__(run_import)
        self.run_import = run_import
        self.services = run_import.window.services
        self.banner = WatchBanner()
        self.files: list[Path] = []
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(1500)  # a sync writes several files; count once they are there
        self.debounce.timeout.connect(self.check)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.debounce.start())
        self.banner.import_requested.connect(self._import)
        self.banner.declined.connect(self._decline)
        run_import.window.home.add_banner(self.banner)
        run_import.window.first_frame_shown.connect(self.start)

    def start(self) -> None:
        self.watch(self.folder())

    def folder(self) -> Path | None:
        from coach.core.runs import watched

        text = self.services.diary.get_setting(watched.FOLDER_KEY)
        return Path(text) if text else None

    def watch(self, folder: Path | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))
        self.check()

    def set_folder(self, folder: Path) -> None:
        from coach.core.runs import watched

        self.services.diary.set_setting(watched.FOLDER_KEY, str(folder))
        self.watch(folder)

    def check(self) -> int:
        """Recount the new runs in the folder; the banner shows them. Returns the count."""
        from coach.core.runs import importer, watched

        folder = self.folder()
        if folder is None or not folder.is_dir():
            self.banner.offer(0)
            return 0
        skip = watched.declined(self.services.diary.get_setting(watched.DECLINED_KEY))
        self.files, rows = watched.new_runs(folder, importer.logged(self.services.diary), self.services.clock.now(), skip)
        self.banner.offer(len(rows))
        return len(rows)

    def _import(self) -> None:
        self.banner.setVisible(False)
        self.run_import.preview(self.files)

    def _decline(self) -> None:
        from coach.core.runs import watched

        skip = watched.declined(self.services.diary.get_setting(watched.DECLINED_KEY))
        skip |= {watched.signature(path) for path in self.files if path.exists()}
        self.services.diary.set_setting(watched.DECLINED_KEY, watched.declined_text(skip))
        self.banner.setVisible(False)
