"""Pictures the user picks for a step in the editor: read, judged, named, and written on save.

A chosen file is read once (capped, a regular file only) and judged as an
imported picture is (``picture_check``: a real SVG or PNG, no scripts, no links,
not huge), so what the editor lets into the routines folder is what an import
would. It is held in memory under a plain file name that is free in the user's
routines folder — never the name of one of the app's pictures, which it would
hide from every routine there — until the routine is saved: then it is written
atomically beside the routine file, which names it by that plain name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from coach.core.errors import CoachError, StorageError
from coach.core.i18n import _
from coach.core.routines.picture_check import PICTURE_SUFFIXES, picture_name_problem, picture_problem
from coach.core.routines.rules import MAX_IMAGE_BYTES
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.safe_write import write_bytes_atomically, write_problem
from coach.core.values import printable

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_STEM = 60


class PictureRefused(CoachError):
    """A file that cannot be a step's picture; the message says why, for beside the field."""


@dataclass(frozen=True)
class ChosenPicture:
    name: str  # the plain name the routine will use for it
    data: bytes


def _same(path: Path, data: bytes) -> bool:
    try:
        return read_regular(path, MAX_IMAGE_BYTES) == data
    except UnreadableFile:
        return False


def _plain(name: str) -> str:
    """``My Squat (2).PNG`` → ``My-Squat-2-.png``: a name every file system and the loader take."""
    path = PurePosixPath(name)
    stem = _UNSAFE.sub("-", path.stem).strip(".-")[:MAX_STEM] or "picture"
    return f"{stem}{path.suffix.lower()}"


def free_name(name: str, data: bytes, routines_dir: Path, assets: Path, pending: Mapping[str, bytes]) -> str:
    """A plain name for this picture: ``name`` itself when free (or the same picture is there), else ``stem-2``..."""
    plain = _plain(name)
    stem, suffix = PurePosixPath(plain).stem, PurePosixPath(plain).suffix

    def free(candidate: str) -> bool:
        if any((folder / candidate).exists() for folder in (assets / "images", assets)):
            return False
        if candidate in pending:
            return pending[candidate] == data
        target = routines_dir / candidate
        return not target.exists() and not target.is_symlink() or _same(target, data)

    for candidate in (plain, *(f"{stem}-{number}{suffix}" for number in range(2, 1000))):
        if free(candidate):
            return candidate
    raise PictureRefused(_("no free name for the picture {name} in {folder}").format(
        name=printable(name), folder=printable(str(routines_dir))))  # fmt: skip


def choose_picture(path: Path, routines_dir: Path, assets: Path, pending: Mapping[str, bytes]) -> ChosenPicture:
    """The picture file the user picked, checked and named; PictureRefused says why it cannot be used."""
    if path.suffix.lower() not in PICTURE_SUFFIXES:
        raise PictureRefused(_("{name} is not a picture: choose an SVG or PNG file").format(name=printable(path.name)))
    try:
        data = read_regular(path, MAX_IMAGE_BYTES)
    except UnreadableFile as error:
        raise PictureRefused(_("{name}: {problem}").format(name=printable(path.name), problem=error)) from None
    name = free_name(path.name, data, routines_dir, assets, pending)
    if (problem := picture_name_problem(name)) or (problem := picture_problem(name, data)):
        raise PictureRefused(_("{name} {problem}").format(name=printable(path.name), problem=problem))
    return ChosenPicture(name, data)


def save_pictures(pictures: Mapping[str, bytes], names: set[str], routines_dir: Path) -> list[Path]:
    """Write the chosen pictures the routine names into ``routines_dir`` (each atomically), before the
    routine file; one already there with the same bytes is left as it is. StorageError when one cannot be."""
    written: list[Path] = []
    for name in sorted(names & set(pictures)):
        target = routines_dir / name
        if target.exists() and _same(target, pictures[name]):
            continue
        if target.exists() or target.is_symlink():
            raise StorageError(_("another picture is already called {name} in {folder}; choose the picture again").format(
                name=printable(name), folder=printable(str(routines_dir))))  # fmt: skip
        try:
            routines_dir.mkdir(parents=True, exist_ok=True)
            write_bytes_atomically(target, pictures[name])
        except OSError as error:
            for path in written:
                path.unlink(missing_ok=True)
            raise StorageError(_("the picture {name} could not be saved: {problem}").format(
                name=printable(name), problem=write_problem(error))) from error  # fmt: skip
        written.append(target)
    return written
