"""All the routines the user can play: the built-in ones, overridden by their own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coach.core.errors import Problem, RoutineError
from coach.core.i18n import _
from coach.core.paths import LIBRARY_FILE, assets_dir, builtin_routines_dir
from coach.core.routines.cache import RoutineCache
from coach.core.routines.routine import Routine
from coach.core.routines.translation import language_code
from coach.core.vocabulary import FOCUSES

ROUTINE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class BrokenRoutine:
    """A file that could not be loaded, kept so the app can show why."""

    path: Path
    problems: tuple[Problem, ...]

    @property
    def message(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass
class Catalog:
    routines: dict[str, Routine] = field(default_factory=dict)
    broken: list[BrokenRoutine] = field(default_factory=list)
    overridden: set[str] = field(default_factory=set)

    def get(self, routine_id: str) -> Routine | None:
        return self.routines.get(routine_id)

    def __iter__(self) -> Iterator[Routine]:
        return iter(self.routines.values())

    def __len__(self) -> int:
        return len(self.routines)


def routine_files(folder: Path) -> list[Path]:
    """The routine files in ``folder``; none if it is missing or cannot be read.

    Anything named like a routine that is not a folder is listed, a FIFO or a
    link to a device too: the loader refuses it without reading it, and the
    user sees why instead of a file that silently does not appear."""
    try:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in ROUTINE_SUFFIXES and not p.is_dir())
    except OSError:  # permission denied, a stale mount: the app starts without them
        return []


def builtin_routine_files(folder: Path) -> list[Path]:
    """The built-in routine files: every routine file in ``folder`` but the exercise library."""
    return [p for p in routine_files(folder) if p.name != LIBRARY_FILE]


def load_catalog(
    user_dir: Path | None, builtin_dir: Path | None = None, assets: Path | None = None, cache_file: Path | None = None,
    language: str = "en",
) -> Catalog:
    """Load every routine file; a bad file is listed as broken and never stops the rest.

    With ``cache_file``, files unchanged since the last load are taken from it
    instead of being parsed again (see ``routine_cache``). With ``language``
    ("de", "de_DE"...), the built-in routines the user has not replaced show
    their translated texts (``routine_text``); the user's own are shown as written."""
    builtin_dir = builtin_dir or builtin_routines_dir()
    assets = assets or assets_dir()
    catalog = Catalog()
    cache = RoutineCache(cache_file, assets) if cache_file else None
    for path in builtin_routine_files(builtin_dir):
        routine = _load(catalog, path, assets, cache)
        if routine is not None:
            catalog.routines[routine.id] = routine
    builtin_ids = set(catalog.routines)
    ranked = sorted(catalog.routines.values(), key=_order)  # before a user's file can replace one
    builtin_order = {routine.id: number for number, routine in enumerate(ranked)}
    user_ids: set[str] = set()
    for path in routine_files(user_dir) if user_dir else []:
        routine = _load(catalog, path, assets, cache)
        if routine is None:
            continue
        if routine.id in user_ids:
            first = catalog.routines[routine.id].source
            catalog.broken.append(
                BrokenRoutine(path, (Problem(str(path), 1, None, _("id '{id}' is already used by {first}").format(
                                                                   id=routine.id, first=first)),))
            )
            continue
        if routine.id in builtin_ids:
            catalog.overridden.add(routine.id)
        user_ids.add(routine.id)
        catalog.routines[routine.id] = routine
    catalog.routines = dict(sorted(catalog.routines.items(), key=lambda item: _place(item[1], builtin_order)))
    code = language_code(language)
    if code != "en":  # after the order was fixed on the English titles: the keys are the same in every language
        from coach.core.routines.routine_text import in_language

        for routine_id in builtin_ids - catalog.overridden:
            catalog.routines[routine_id] = in_language(catalog.routines[routine_id], builtin_dir, code)
    if cache is not None:
        cache.save()
    return catalog


def _order(routine: Routine) -> tuple[int, str]:
    return (FOCUSES.index(routine.focus) if routine.focus in FOCUSES else 9, routine.title.lower())  # Focus order


def _place(routine: Routine, builtin_order: dict[str, int]) -> tuple[int, int, str, str]:
    """Built-ins first, in their fixed order (one the user replaced keeps its place),
    then the user's own by title: adding a routine never renumbers the built-ins' keys."""
    if routine.id in builtin_order:
        return (0, builtin_order[routine.id], "", "")
    return (1, 0, routine.title.lower(), routine.id)


def _load(catalog: Catalog, path: Path, assets: Path, cache: RoutineCache | None) -> Routine | None:
    try:
        if cache is not None:
            return cache.routine(path)
        from coach.core.routines.file import load_routine

        return load_routine(path, assets)
    except RoutineError as error:
        catalog.broken.append(BrokenRoutine(path, tuple(error.problems)))
        return None

