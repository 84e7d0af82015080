"""Watches the user's routines folder: a routine file dropped in shows up on home without a restart.

``QFileSystemWatcher`` reports the folder (files added, removed, renamed: what
saving from most editors does) and each routine file in it (edited in place).
Changes come in bursts (an editor writes, renames, touches), so the reload
waits for :data:`DEBOUNCE_MS` of quiet, then reads the folder again through the
routine cache (only changed files are parsed) and emits the new catalog. A bad
file comes back as a broken routine in that catalog; nothing here raises.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from coach.core.routines.catalog import Catalog, load_catalog, routine_files

DEBOUNCE_MS = 300


class RoutineWatcher(QObject):
    """Emits ``changed(catalog)`` after the routines folder settled; only when something changed."""

    changed = Signal(object)  # a Catalog

    def __init__(self, folder: Path, load: Callable[[], Catalog], parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self._load = load
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self._watcher.directoryChanged.connect(self._soon)
        self._watcher.fileChanged.connect(self._soon)
        self._last: tuple | None = None
        self._watch()

    @classmethod
    def for_paths(cls, routines: Path, cache_file: Path | None, parent: QObject | None = None,
                  language: str = "en") -> RoutineWatcher:  # fmt: skip
        """Reloads in ``language``, so a routine dropped in does not turn the built-ins back to English."""
        return cls(routines, lambda: load_catalog(routines, cache_file=cache_file, language=language), parent)

    def _watch(self) -> None:
        """Watch the folder (made if missing, so the first file dropped in is seen) and each file in it."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # a read-only data folder: nothing can be dropped in either
        wanted = {str(self.folder)} | {str(p) for p in routine_files(self.folder)}
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        if gone := watched - wanted:
            self._watcher.removePaths(sorted(gone))
        if new := wanted - watched:
            self._watcher.addPaths(sorted(new))

    def _soon(self, _path: str = "") -> None:
        self._timer.start()  # restarts: waits for DEBOUNCE_MS of quiet

    def reload(self) -> None:
        """Read the folder again now; emit the catalog if what it holds changed."""
        self._timer.stop()
        self._watch()
        catalog = self._load()
        state = _state(catalog)
        if state != self._last:
            self._last = state
            self.changed.emit(catalog)

    def note_shown(self, catalog: Catalog) -> None:
        """The catalog already on screen, so an unrelated touch of the folder rebuilds nothing."""
        self._last = _state(catalog)


def _state(catalog: Catalog) -> tuple:
    routines = tuple((r.id, r.content_hash, str(r.source)) for r in catalog)
    broken = tuple((str(b.path), b.message) for b in catalog.broken)
    return routines, broken
