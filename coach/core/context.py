"""What the app, the CLI, tests, benches and tools are all handed: built once.

The data folder's paths, the clock, the open diary, its settings and the
routine catalog. Nothing here is a module-level singleton; ``open`` is the one
way to build it, so a test's window and the real one are made the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.clock import Clock
from coach.core.diary.diary import Diary
from coach.core.paths import DataPaths
from coach.core.routines.catalog import Catalog, load_catalog
from coach.core.settings import Settings


@dataclass
class CoachContext:
    """One data folder, opened. ``catalog`` is replaced when the routines folder changes."""

    paths: DataPaths
    clock: Clock
    diary: Diary
    settings: Settings
    catalog: Catalog

    @classmethod
    def open(cls, paths: DataPaths, clock: Clock, diary: Diary | None = None,
             catalog: Catalog | None = None, cache: bool = False) -> CoachContext:  # fmt: skip
        """Open the diary (unless given) and load the data folder's routines (unless
        given), through the routine cache when ``cache`` (the app does; tests need not)."""
        if diary is None:
            diary = Diary.open(paths, clock)
        if catalog is None:
            catalog = load_catalog(paths.routines, cache_file=paths.routine_cache if cache else None)
        return cls(paths, clock, diary, Settings(diary), catalog)

    def close(self) -> None:
        self.diary.close()
