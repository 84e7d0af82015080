"""A routine file someone sent (``coach open FILE``, a double click): checked as
``routines check`` checks it, then offered for the user's routines folder.

Adding copies the file's bytes unchanged (its pictures, if any, must be found
again from the new place: a file that names one not in ``assets/`` is refused
before it is offered). A routine with the id of a built-in or of one of the
user's own replaces it there, and the offer says so first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach.core.errors import RoutineError, StorageError
from coach.core.i18n import _
from coach.core.paths import assets_dir
from coach.core.routines.catalog import Catalog
from coach.core.routines.file import MAX_FILE_BYTES, load_routine, parse_routine
from coach.core.routines.routine import Routine
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.safe_write import write_atomically


@dataclass(frozen=True)
class RoutineOffer:
    path: Path  # the file as sent
    routine: Routine | None  # None: it cannot be used, see ``problems``
    problems: tuple[str, ...] = ()
    replaces: str = ""  # "a built-in routine" or "your routine <file>" with the same id

    @property
    def usable(self) -> bool:
        return self.routine is not None


def inspect(path: Path, routines_dir: Path, catalog: Catalog) -> RoutineOffer:
    """What adding ``path`` would do; every problem it has, as ``routines check`` lists them."""
    try:
        routine = load_routine(path, assets_dir())
        # Checked again as it would be read from the routines folder: pictures beside the
        # sent file are not copied with it, so a step that needs one is refused here.
        parse_routine(read_regular(path, MAX_FILE_BYTES), routines_dir / path.name, assets_dir())
    except RoutineError as error:
        return RoutineOffer(path, None, tuple(str(problem) for problem in error.problems))
    except UnreadableFile as error:
        return RoutineOffer(path, None, (f"{path}: {error}",))
    existing = catalog.get(routine.id)
    replaces = ""
    if existing is not None and existing.source is not None:
        inside = existing.source.parent == routines_dir
        replaces = _("your routine {name}").format(name=existing.source.name) if inside else _("a built-in routine")
    return RoutineOffer(path, routine, (), replaces)


def add(offer: RoutineOffer, routines_dir: Path, catalog: Catalog) -> Path:
    """Copy the offered file into the user's routines folder; where it went.

    It is named after its id, so a later version from the same physio replaces the
    earlier one instead of sitting beside it under another name."""
    if offer.routine is None:
        raise ValueError(_("only a usable routine can be added"))
    existing = catalog.get(offer.routine.id)
    target = routines_dir / f"{offer.routine.id}.yaml"
    if existing is not None and existing.source is not None and existing.source.parent == routines_dir:
        target = existing.source  # the user's own file with this id is the one replaced
    try:
        data = read_regular(offer.path, MAX_FILE_BYTES)
        routines_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data.decode("utf-8"))
    except (UnreadableFile, OSError, UnicodeDecodeError) as error:
        raise StorageError(_("the routine could not be added to {routines_dir}: {error}").format(
                             routines_dir=routines_dir, error=error)) from error
    return target
