"""What the app, the CLI, tests, benches and tools are all handed: built once.

The data folder's paths, the clock, the open diary, its settings and the
routine catalog. Nothing here is a module-level singleton; ``open`` is the one
way to build it, so a test's window and the real one are made the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.core.clock import Clock
from coach.core.diary.diary import Diary
from coach.core.paths import DataPaths
from coach.core.routines.catalog import Catalog, load_catalog
from coach.core.settings import Settings


@dataclass
class CoachContext:
    """One data folder, opened. ``catalog`` is replaced when the routines folder changes.

    ``language`` is the code the app speaks ("en", "de"): the built-in routines'
    texts and the player's cue sentences are in it."""

    paths: DataPaths
    clock: Clock
    diary: Diary
    settings: Settings
    catalog: Catalog
    language: str = "en"

    @classmethod
    def open(cls, paths: DataPaths, clock: Clock, diary: Diary | None = None,
             catalog: Catalog | None = None, cache: bool = False,
             language: str | Callable[[Settings], str] = "en") -> CoachContext:  # fmt: skip
        """Open the diary (unless given) and load the data folder's routines (unless
        given), through the routine cache when ``cache`` (the app does; tests need not).

        ``language`` is a code, or a function of the settings just opened that
        returns one (the app's: the "language" setting, resolved by the i18n
        helper); the routines are loaded in it."""
        if diary is None:
            diary = Diary.open(paths, clock)
        settings = Settings(diary)
        code = language(settings) if callable(language) else language
        if catalog is None:
            catalog = load_catalog(paths.routines, cache_file=paths.routine_cache if cache else None, language=code)
        return cls(paths, clock, diary, settings, catalog, code)

    def close(self) -> None:
        self.diary.close()
