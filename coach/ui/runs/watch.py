"""The watched folder in the app: a QFileSystemWatcher on it, and a banner on home
("3 new runs from your watch — Import") when files with new runs appear; never an
import without the user. Checked at start too, for what arrived while the app was closed.

The folder is first looked at once the window is usable (``MainWindow.after_start_up``):
start-up is measured, and reading run files is not on its path. Counting reads
every file in the folder, so it runs on a thread of its own: a big sync folder
never freezes the window. A change while counting is counted again after."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coach.core.settings import WATCH_FOLDER

if TYPE_CHECKING:
    from coach.core.runs.dedupe import Logged
    from coach.ui.services import Services


class _Counter(QThread):
    """``watched.new_runs`` off the GUI thread: it reads only the folder's files."""

    done = Signal(list, int)  # the files not declined, and how many new runs are among them

    def __init__(self, folder: Path, logged: list[Logged], now: datetime, skip: set[str], parent: QObject):
        super().__init__(parent)
        self.folder, self.logged, self.now, self.skip = folder, logged, now, skip

    def run(self) -> None:
        from coach.core.runs import watched

        try:
            files, rows = watched.new_runs(self.folder, self.logged, self.now, self.skip)
        except OSError:  # the folder went away while it was read: nothing to offer
            files, rows = [], []
        self.done.emit(files, len(rows))


class WatchBanner(QFrame):
    """The offer on home: how many new runs, Import, Not now."""

    import_requested = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("watch-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.import_button = QPushButton(self.tr("Import"))
        self.later_button = QPushButton(self.tr("Not now"))
        self.import_button.clicked.connect(self.import_requested)
        self.later_button.clicked.connect(self.declined)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.import_button)
        layout.addWidget(self.later_button)
        self.setVisible(False)

    def offer(self, count: int) -> None:
        self.text.setText(self.tr("%n new run(s) from your watch", "", count))
        self.setVisible(count > 0)


class FolderWatch(QObject):
    """Watches the folder in the ``runs.watch_folder`` setting; ``check()`` recounts (debounced on
    changes), and ``counted`` says how many new runs the banner now offers."""

    counted = Signal(int)

    def __init__(self, parent: QObject, services: Services, preview: Callable[[Sequence[Path]], None],
                 add_banner: Callable[[QWidget], None], after_start_up: Callable[[Callable[[], object]], None]):
        """``preview`` shows files as the import does; the banner goes where ``add_banner`` puts it."""
        super().__init__(parent)
        self.services = services
        self._preview = preview
        self.banner = WatchBanner()
        self.files: list[Path] = []
        self.counter: _Counter | None = None
        self._again = False  # a change arrived while counting
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(1500)  # a sync writes several files; count once they are there
        self.debounce.timeout.connect(self.check)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.debounce.start())
        self.banner.import_requested.connect(self._import)
        self.banner.declined.connect(self._decline)
        add_banner(self.banner)
        after_start_up(self.start)  # once the window is usable: start-up is measured

    def start(self) -> None:
        self.watch(self.folder())

    def folder(self) -> Path | None:
        text = self.services.settings.get(WATCH_FOLDER)
        return Path(text) if text else None

    def watch(self, folder: Path | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))
        self.check()

    def set_folder(self, folder: Path) -> None:
        self.services.settings.set(WATCH_FOLDER, str(folder))
        self.watch(folder)

    def check(self) -> None:
        """Recount the new runs in the folder, off the GUI thread; the banner shows them."""
        if self.counter is not None:
            self._again = True
            return
        folder = self.folder()
        if folder is None or not folder.is_dir():
            self._counted([], 0)
            return
        from coach.core.runs import importer, watched  # only with a folder to count: ~20 ms of imports
        skip = watched.declined(self.services.diary.get_setting(watched.DECLINED_KEY))
        self.counter = _Counter(folder, importer.logged(self.services.diary), self.services.clock.now(), skip, self)
        self.counter.done.connect(self._counted)
        self.counter.start()

    def _counted(self, files: list[Path], count: int) -> None:
        if self.counter is not None:
            self.counter.wait()
            self.counter = None
        if self._again:
            self._again = False
            self.check()
            return
        self.files = files
        self.banner.offer(count)
        self.counted.emit(count)

    def shutdown(self) -> None:
        """The window is closing: let a count in progress finish (each file is capped in size)."""
        self.debounce.stop()
        if self.counter is not None:
            self.counter.done.disconnect()
            self.counter.wait()
            self.counter = None

    def _import(self) -> None:
        self.banner.setVisible(False)
        self._preview(self.files)

    def _decline(self) -> None:
        from coach.core.runs import watched

        skip = watched.declined(self.services.diary.get_setting(watched.DECLINED_KEY))
        skip |= {watched.signature(path) for path in self.files if path.exists()}
        self.services.diary.set_setting(watched.DECLINED_KEY, watched.declined_text(skip))
        self.banner.setVisible(False)
