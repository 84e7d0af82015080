"""Home's routines kept as they are in the routines folder: watched once start-up is
done (a file copied in, an editor's save), and read again at once when this app saved
one, rather than when the watcher notices. A running session keeps its own routine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coach.core.routines.catalog import Catalog
from coach.ui.home.home import HomePage
from coach.ui.services import Services

if TYPE_CHECKING:
    from coach.ui.player.routine_watcher import RoutineWatcher


class RoutineFolder(QObject):
    """The folder's routines into ``services.catalog`` and onto home."""

    def __init__(self, services: Services, home: HomePage, parent: QObject):
        super().__init__(parent)
        self.services = services
        self.home = home
        self.watcher: RoutineWatcher | None = None  # from the end of start-up on

    def watch(self) -> None:
        from coach.ui.player.routine_watcher import RoutineWatcher

        paths = self.services.paths
        self.watcher = RoutineWatcher.for_paths(paths.routines, paths.routine_cache, self.parent(),
                                                language=self.services.context.language)
        self.watcher.note_shown(self.services.catalog)
        self.watcher.changed.connect(self.show)

    def reload(self) -> None:
        """Read the routines folder again now (an editor saved), rather than when the watcher notices."""
        if self.watcher is not None:
            self.watcher.reload()
            return
        from coach.core.routines.catalog import load_catalog

        paths = self.services.paths
        self.show(load_catalog(paths.routines, cache_file=paths.routine_cache))

    def show(self, catalog: Catalog) -> None:
        """The routines folder changed: home shows the routines as they are now (a running session keeps its own)."""
        self.services.catalog = catalog
        self.home.show_catalog(catalog)
