"""Sharing routines: Export… one to a file for a physio or a friend, Import… one they sent.

Export writes the routine file's own bytes (comments and all) to one
``.routine.yaml``; a routine whose pictures are not the app's own (the user
added them) goes as a ``.zip`` holding the file and those pictures
(``archive.package_bytes``, deterministic).

Import checks first (``offer.inspect``) and writes only a routine that passed,
into the user's routines folder — the pictures beside the routine file, where
the loader looks for them (an ``image:`` is a plain name found in the routine's
own folder before ``assets/``). A picture whose name is taken there, or is the
name of one of the app's pictures (which it would hide from the user's other
routines), is written under a free name and the file's ``image:`` changed to
match. A routine with the id of one already there is a ``conflict`` unless the
caller says ``REPLACE`` or ``KEEP_BOTH`` (the new one as ``<id>-2``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from yaml import YAMLError

from coach.core.errors import CoachError, InputError, StorageError
from coach.core.i18n import _
from coach.core.paths import assets_dir
from coach.core.routines import archive, offer, rewrite
from coach.core.routines.catalog import ROUTINE_SUFFIXES, Catalog
from coach.core.routines.file import MAX_FILE_BYTES, parse_routine
from coach.core.routines.picture_check import picture_name_problem, picture_problem
from coach.core.routines.routine import Routine
from coach.core.routines.rules import MAX_IMAGE_BYTES, ROUTINE_FIELDS
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.safe_write import write_atomically, write_bytes_atomically, write_problem
from coach.core.values import printable

YAML_SUFFIX = ".routine.yaml"
ZIP_SUFFIX = ".routine.zip"


class ImportRefused(CoachError):
    """A file that cannot be imported; ``problems`` lists every reason (``FILE:LINE:COL: message``)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class OnClash(StrEnum):
    """What to do when the routines folder already has a routine with the imported one's id."""

    ASK = "ask"  # nothing is written: the result is a conflict, for the user to decide
    REPLACE = "replace"  # the imported one takes the id (a user file with it is overwritten)
    KEEP_BOTH = "keep-both"  # the imported one is added under a free id, ``<id>-2``


@dataclass(frozen=True)
class ImportResult:
    outcome: str  # "added", "replaced", "kept-both" or "conflict" (nothing written)
    routine_id: str  # the id it has in the routines folder (or would have)
    path: Path | None = None  # the routine file written
    pictures: tuple[Path, ...] = ()  # the pictures written with it
    clash: str = ""  # what it clashed with: "a built-in routine", "your routine x.yaml"
    removed: tuple[Path, ...] = ()  # a replaced routine's own pictures that the new one no longer uses

    @property
    def written(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pictures: tuple[str, ...] = ()  # the user's own pictures packed with it (then ``path`` is a zip)


# --- import ------------------------------------------------------------------------


def _taken(folder: Path, name: str) -> bool:
    return os.path.lexists(folder / name)  # a dangling link counts: it is never written through


def keep_both_id(routine_id: str, routines_dir: Path, catalog: Catalog) -> str:
    """The first free ``<id>-N`` (N from 2): no routine has it and no file in the folder is named for it."""
    number = 2
    while f"{routine_id}-{number}" in catalog.routines or _taken(routines_dir, f"{routine_id}-{number}.yaml"):
        number += 1
    return f"{routine_id}-{number}"


def _free_file(routines_dir: Path, stem: str) -> Path:
    """``<stem>.yaml`` in the folder, or ``<stem>-2.yaml``...: never another file's name."""
    name, number = f"{stem}.yaml", 2
    while _taken(routines_dir, name):
        name, number = f"{stem}-{number}.yaml", number + 1
    return routines_dir / name


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return read_regular(path, MAX_IMAGE_BYTES) == data
    except UnreadableFile:
        return False


def _picture_names(pictures: tuple[tuple[str, bytes], ...], ids: tuple[str, ...], routines_dir: Path,
                   assets: Path) -> dict[str, str]:  # fmt: skip
    """Where each picture goes in the routines folder: its own name if free (or the same
    picture is there already), else ``<id>-<name>``, ``<id>-<stem>-2.svg``... (with the
    sent id first, so a routine imported twice, kept both, shares the pictures written the first time)."""
    chosen: dict[str, str] = {}
    used: set[str] = set()

    def free(name: str, data: bytes) -> bool:
        if name in used or any(_taken(folder, name) for folder in (assets / "images", assets)):
            return False
        return not _taken(routines_dir, name) or _same_bytes(routines_dir / name, data)

    for name, data in pictures:
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        candidates = [name, *(f"{routine_id}-{name}" for routine_id in ids)]
        candidates += [f"{ids[-1]}-{stem}-{n}{suffix}" for n in range(2, 100)]
        found = next((candidate for candidate in candidates if free(candidate, data)), None)
        if found is None:
            raise StorageError(_("no free name for the picture {name} in {folder}").format(
                name=printable(name), folder=printable(str(routines_dir))))
        chosen[name] = found
        used.add(found)
    return chosen


def _kept_both_title(title: str, number: str) -> str:
    longer = f"{title} ({number})"
    limit = ROUTINE_FIELDS["title"].check
    return longer if limit is None or limit(longer) is None else title


def install(sent: offer.RoutineOffer, routines_dir: Path, catalog: Catalog,
            on_clash: OnClash = OnClash.ASK, assets: Path | None = None) -> ImportResult:  # fmt: skip
    """Write the offered routine (and its pictures) into ``routines_dir``, checked once more as
    it will be read from there; a ``conflict`` result, with nothing written, for an id already
    used unless ``on_clash`` says what to do. StorageError if the folder cannot be written
    (the pictures already written for it are removed again)."""
    if sent.routine is None:
        raise ValueError(_("only a usable routine can be added"))
    assets = assets or assets_dir()
    routine_id, clash = sent.routine.id, offer.clash_with(sent.routine.id, routines_dir, catalog)
    if clash and on_clash == OnClash.ASK:
        return ImportResult("conflict", routine_id, clash=clash)
    new_id = keep_both_id(routine_id, routines_dir, catalog) if clash and on_clash == OnClash.KEEP_BOTH else None
    existing = catalog.get(routine_id)
    if clash and new_id is None and existing is not None and existing.source is not None \
            and existing.source.parent == routines_dir:  # fmt: skip
        target = existing.source  # Replace: the user's own file with this id is the one replaced
    else:
        target = _free_file(routines_dir, new_id or routine_id)
    text = sent.data.decode("utf-8")
    used = set(rewrite.image_names(text))
    pictures = tuple((name, data) for name, data in sent.pictures if name in used)  # an unused picture stays out
    names = _picture_names(pictures, (routine_id, new_id) if new_id else (routine_id,), routines_dir, assets)
    title = _kept_both_title(sent.routine.title, new_id.rsplit("-", 1)[1]) if new_id else None
    if new_id or any(old != new for old, new in names.items()):
        text = rewrite.rewritten(text, new_id, title, {old: new for old, new in names.items() if old != new})
    data = text.encode("utf-8")
    final = tuple((names[name], body) for name, body in pictures)
    if final:
        try:
            offer.check_with_pictures(data, target.name, final, str(routines_dir))
        except OSError as error:
            raise StorageError(_("the routine could not be checked before it is added: {error}").format(
                error=write_problem(error))) from error
    else:
        parse_routine(data, target, assets)  # the routine as the loader will read it there
    old_text = _text_of(target) if clash and new_id is None else ""
    written = _write(routines_dir, target, data, final)
    removed = _remove(stale_pictures(old_text, text, routines_dir, target)) if old_text else ()
    outcome = "kept-both" if new_id else "replaced" if clash else "added"
    return ImportResult(outcome, new_id or routine_id, target, written, clash, removed)


def _text_of(path: Path) -> str:
    try:
        return read_regular(path, MAX_FILE_BYTES).decode("utf-8")
    except (UnreadableFile, UnicodeDecodeError):
        return ""


def stale_pictures(old_text: str, new_text: str, routines_dir: Path, target: Path) -> list[Path]:
    """The pictures a replaced routine had beside it in the routines folder that nothing names any more:
    not the new routine, not any other file in the folder (a kept-both copy shares them). A picture
    whose name appears anywhere in those files' text is kept: better one stray file than a lost one."""
    try:
        old_names = set(rewrite.image_names(old_text))
    except (ValueError, YAMLError, RecursionError):
        return []
    others = [_text_of(path) for path in sorted(routines_dir.iterdir())
              if path != target and path.suffix.lower() in ROUTINE_SUFFIXES]  # fmt: skip
    stale: list[Path] = []
    for name in sorted(old_names):
        path = routines_dir / name
        if picture_name_problem(name) is not None or path.is_symlink() or not path.is_file():
            continue  # only a plain picture file of the folder's own (the app's pictures are in assets/)
        if any(_mentions(text, name) for text in (new_text, *others)):
            continue
        stale.append(path)
    return stale


def _mentions(text: str, name: str) -> bool:
    """``name`` as a whole file name in ``text`` (``anna.svg`` is not in ``x-anna.svg``)."""
    return re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w.-])", text) is not None


def _remove(paths: list[Path]) -> tuple[Path, ...]:
    """Delete what can be deleted; a picture left behind harms nothing."""
    removed: list[Path] = []
    for path in paths:
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return tuple(removed)


def _write(routines_dir: Path, target: Path, data: bytes, pictures: tuple[tuple[str, bytes], ...]) -> tuple[Path, ...]:
    """The pictures first, the routine file last (the folder's watcher then finds it whole)."""
    written: list[Path] = []
    try:
        routines_dir.mkdir(parents=True, exist_ok=True)
        for name, body in pictures:
            path = routines_dir / name
            if not _taken(routines_dir, name):  # else the same picture is there already
                write_bytes_atomically(path, body)
                written.append(path)
        write_atomically(target, data.decode("utf-8"))
    except (OSError, CoachError) as error:
        for path in written:
            path.unlink(missing_ok=True)
        why = write_problem(error) if isinstance(error, OSError) else str(error)
        raise StorageError(_("the routine could not be added to {routines_dir}: {error}").format(
            routines_dir=printable(str(routines_dir)), error=why)) from error
    return tuple(written)


def import_file(path: Path, routines_dir: Path, catalog: Catalog, on_clash: OnClash = OnClash.ASK) -> ImportResult:
    """``inspect`` then ``install``; ImportRefused listing every problem of a file that cannot be used."""
    sent = offer.inspect(path, routines_dir, catalog)
    if sent.routine is None:
        raise ImportRefused(list(sent.problems))
    return install(sent, routines_dir, catalog, on_clash)


# --- export ------------------------------------------------------------------------


def _own_pictures(text: str, source: Path, assets: Path) -> list[tuple[str, Path]]:
    """The pictures the routine names that the loader finds beside its file rather than in ``assets/``."""
    found: list[tuple[str, Path]] = []
    for name in dict.fromkeys(rewrite.image_names(text)):
        for root in (source.parent, assets / "images", assets):
            candidate = (root / name).resolve()
            if candidate.is_relative_to(root.resolve()) and candidate.exists():
                if root == source.parent and not candidate.is_relative_to(assets.resolve()):
                    found.append((name, candidate))
                break
    return found


def own_pictures(routine: Routine, assets: Path | None = None) -> tuple[str, ...]:
    """The names of the routine's pictures that are not the app's: an export of it is a zip."""
    if routine.source is None:
        return ()
    try:
        text = read_regular(routine.source, MAX_FILE_BYTES).decode("utf-8")
        return tuple(name for name, _ in _own_pictures(text, routine.source, assets or assets_dir()))
    except (UnreadableFile, UnicodeDecodeError, ValueError, OSError, RecursionError):
        return ()


def suggested_name(routine: Routine, assets: Path | None = None) -> str:
    """The file name an export of ``routine`` is offered under."""
    return routine.id + (ZIP_SUFFIX if own_pictures(routine, assets) else YAML_SUFFIX)


def export_routine(routine: Routine, target: Path, assets: Path | None = None) -> ExportResult:
    """Write ``routine``'s file (as it is on disk now, checked again) to ``target``; with the
    user's own pictures a zip, so ``target`` must then end in ``.zip``."""
    assets = assets or assets_dir()
    source = routine.source
    if source is None:
        raise InputError(_("the routine '{routine_id}' has no file to export").format(routine_id=routine.id))
    try:
        data = read_regular(source, MAX_FILE_BYTES)
    except UnreadableFile as error:
        raise InputError(f"{printable(str(source))}: {error}") from None
    fresh = parse_routine(data, source, assets)  # edited since it was loaded? the file as it is now
    pictures: list[tuple[str, bytes]] = []
    for name, path in _own_pictures(data.decode("utf-8"), source, assets):
        try:
            body = read_regular(path, MAX_IMAGE_BYTES)
        except UnreadableFile as error:
            raise InputError(_("the picture {name}: {error}").format(name=printable(name), error=error)) from None
        if problem := picture_problem(name, body):
            raise InputError(_("the picture {name} {problem}; it cannot be shared").format(name=printable(name), problem=problem))
        pictures.append((name, body))
    zipped = archive.is_archive(target)
    if pictures and not zipped:
        names = ", ".join(name for name, _ in pictures)
        raise InputError(_("'{routine_id}' has pictures of your own ({names}): export it to a .zip file, such as {file}")
                         .format(routine_id=fresh.id, names=names, file=f"{fresh.id}{ZIP_SUFFIX}"), "output")  # fmt: skip
    if zipped:
        output = archive.package_bytes(archive.Package(f"{fresh.id}{YAML_SUFFIX}", data, tuple(pictures)))
    else:
        output = data
    try:
        write_bytes_atomically(target, output)
    except OSError as error:
        raise InputError(_("cannot write {file}: {error}").format(file=printable(str(target)), error=write_problem(error)),
                         "output") from None
    return ExportResult(target, tuple(name for name, _ in pictures))

