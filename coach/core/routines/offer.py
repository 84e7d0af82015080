"""A routine file someone sent (``coach open FILE``, a double click, Import…): checked as
``routines check`` checks it, then offered for the user's routines folder.

A ``.routine.yaml`` is checked as it will be read from the routines folder: its
pictures, if any, must be built-in ones (a picture left beside the sent file is
not copied with it, so a file that names one is refused before it is offered).
A ``.zip`` (see ``archive``) brings its pictures along: the archive is checked
member by member, then its routine is checked by the loader with its pictures
beside it, in a folder of its own outside the user's. Nothing reaches the
user's folder here; ``sharing.install`` writes, and never over a routine with
the same id unless told to.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from coach.core.errors import RoutineError
from coach.core.i18n import _
from coach.core.paths import assets_dir
from coach.core.routines import archive
from coach.core.routines.catalog import Catalog
from coach.core.routines.file import MAX_FILE_BYTES, load_routine, parse_routine
from coach.core.routines.routine import Routine
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.safe_write import write_problem
from coach.core.values import printable


@dataclass(frozen=True)
class RoutineOffer:
    path: Path  # the file as sent
    routine: Routine | None  # None: it cannot be used, see ``problems``
    problems: tuple[str, ...] = ()
    replaces: str = ""  # "a built-in routine" or "your routine <file>" with the same id: a clash
    data: bytes = b""  # the routine file's bytes as checked (what is written, not the file read again)
    pictures: tuple[tuple[str, bytes], ...] = ()  # from a .zip: its pictures (name, bytes), checked

    @property
    def usable(self) -> bool:
        return self.routine is not None

    @property
    def clashes(self) -> bool:
        """A routine with this id is there already: adding it needs the user's word (Replace / Keep both)."""
        return bool(self.replaces)


def clash_with(routine_id: str, routines_dir: Path, catalog: Catalog) -> str:
    """What a routine with ``routine_id`` would clash with: "" for nothing."""
    existing = catalog.get(routine_id)
    if existing is None:
        return ""
    if existing.source is not None and existing.source.parent == routines_dir:
        return _("your routine {name}").format(name=existing.source.name)
    return _("a built-in routine")


def inspect(path: Path, routines_dir: Path, catalog: Catalog) -> RoutineOffer:
    """What adding ``path`` would do; every problem it has, as ``routines check`` lists them."""
    if archive.is_archive(path):
        return _inspect_archive(path, routines_dir, catalog)
    try:
        routine = load_routine(path, assets_dir())
        data = read_regular(path, MAX_FILE_BYTES)
        # Checked again as it would be read from the routines folder: pictures beside the
        # sent file are not copied with it, so a step that needs one is refused here.
        parse_routine(data, routines_dir / path.name, assets_dir())
    except RoutineError as error:
        return RoutineOffer(path, None, tuple(str(problem) for problem in error.problems))
    except UnreadableFile as error:
        return RoutineOffer(path, None, (f"{printable(str(path))}: {error}",))
    return RoutineOffer(path, routine, (), clash_with(routine.id, routines_dir, catalog), data)


def check_with_pictures(data: bytes, name: str, pictures: tuple[tuple[str, bytes], ...], shown_as: str) -> Routine:
    """The routine in ``data`` as the loader reads it with ``pictures`` beside it (in a
    temporary folder, never the user's); its problems name ``shown_as`` instead of that folder.

    The routine's pictures point into the temporary folder, gone on return: it is
    for reading (title, steps, id), not for playing."""
    with tempfile.TemporaryDirectory(prefix="coach-routine-") as staging:
        folder = Path(staging)
        for picture, body in pictures:
            (folder / picture).write_bytes(body)  # names checked by archive: plain, no folders
        try:
            return parse_routine(data, folder / name, assets_dir())
        except RecursionError:
            raise RoutineError.single(f"{shown_as}/{name}", 1, _("too deeply nested to be a routine")) from None
        except RoutineError as error:
            raise RoutineError([type(p)(p.path.replace(str(folder), shown_as), p.line, p.column,
                                        p.message.replace(str(folder), shown_as)) for p in error.problems]) from None  # fmt: skip


def _inspect_archive(path: Path, routines_dir: Path, catalog: Catalog) -> RoutineOffer:
    try:
        package = archive.read_package(path)
        routine = check_with_pictures(package.routine_data, package.routine_name, package.pictures, str(path))
    except archive.ArchiveError as error:
        return RoutineOffer(path, None, tuple(error.problems))
    except RoutineError as error:
        return RoutineOffer(path, None, tuple(str(problem) for problem in error.problems))
    except OSError as error:  # the temporary folder it is checked in: a full /tmp
        problem = _("{file}: cannot be checked here: {problem}").format(file=printable(str(path)), problem=write_problem(error))
        return RoutineOffer(path, None, (problem,))
    return RoutineOffer(path, routine, (), clash_with(routine.id, routines_dir, catalog), package.routine_data,
                        package.pictures)  # fmt: skip
