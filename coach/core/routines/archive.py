"""A shared routine with pictures of its own: one ``.zip`` holding the routine file and them.

The archive is someone else's file, so it is judged whole before anything in it
is used: the zip itself is read once into memory (a regular file, capped), then
every member's header is checked — a plain name at the top (no folders, no
absolute or ``..`` names: no zip slip), a regular file (no links), not
encrypted, not another archive, the routine file or a picture, within the
count and size caps — and only then are members read, each never past its
cap whatever its header claims. The routine inside is checked by the loader,
like any routine file (see ``offer.inspect``).

Writing is deterministic: the routine file first, then the pictures by name,
each with the same date and permissions, so exporting twice gives the same bytes.
"""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from coach.core.errors import CoachError
from coach.core.i18n import _
from coach.core.routines.catalog import ROUTINE_SUFFIXES
from coach.core.routines.file import MAX_FILE_BYTES
from coach.core.routines.picture_check import is_picture_name, picture_name_problem, picture_problem
from coach.core.routines.rules import MAX_IMAGE_BYTES, MAX_STEPS
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.values import printable, quote

ARCHIVE_SUFFIX = ".zip"
MAX_MEMBERS = MAX_STEPS + 1  # the routine and at most one picture per step
MAX_TOTAL_BYTES = MAX_FILE_BYTES + 16 * MAX_IMAGE_BYTES  # all members, uncompressed
MAX_ARCHIVE_BYTES = MAX_TOTAL_BYTES + 2**20  # the zip itself (stored members plus headers)
_NESTED_SUFFIXES = (".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar", ".jar", ".zst")
_NESTED_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"BZh", b"\xfd7zXZ")
_STAMP = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no export carries the time it was made


class ArchiveError(CoachError):
    """A routine archive that is refused; ``problems`` says every reason, each naming the file."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Package:
    """What a routine archive holds: the routine file (name, bytes) and its pictures (name, bytes) by name."""

    routine_name: str
    routine_data: bytes
    pictures: tuple[tuple[str, bytes], ...] = ()


def is_archive(path: Path) -> bool:
    return path.suffix.lower() == ARCHIVE_SUFFIX


def _is_routine_name(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in ROUTINE_SUFFIXES


def _name_problem(name: str) -> str | None:
    """Why a member's name is refused, or None (the member is then the routine or a picture)."""
    if not name or name != printable(name):
        return _("the name {name} holds characters a file name should not have").format(name=quote(name))
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or "\\" in name:
        return _("{name} is an absolute or Windows path; members must be plain names (nothing is written outside)").format(
            name=quote(name))
    parts = name.split("/")
    if ".." in parts:
        return _("{name} climbs out of the archive with '..' (a zip slip); refused").format(name=quote(name))
    if name.endswith("/"):
        return _("{name} is a folder; the routine and its pictures go at the top of the archive").format(name=quote(name))
    if len(parts) > 1:
        return _("{name} is inside a folder; the routine and its pictures go at the top of the archive").format(
            name=quote(name))
    if name.lower().endswith(_NESTED_SUFFIXES):
        return _("{name} is an archive inside the archive; refused").format(name=quote(name))
    if _is_routine_name(name):
        return None if not name.startswith(".") else _("{name} is a hidden file").format(name=quote(name))
    if is_picture_name(name):
        return picture_name_problem(name)
    return _("{name} is neither the routine file (.yaml) nor a picture (.svg or .png)").format(name=quote(name))


def _header_problems(infos: list[zipfile.ZipInfo]) -> list[str]:
    found: list[str] = []
    if not infos:
        return [_("the archive is empty; it should hold a routine file")]
    if len(infos) > MAX_MEMBERS:
        return [_("the archive holds {count} files; a routine archive holds at most {limit}").format(
            count=len(infos), limit=MAX_MEMBERS)]
    names = [info.filename for info in infos]
    for name in sorted({n for n in names if names.count(n) > 1}):
        found.append(_("{name} is in the archive more than once").format(name=quote(name)))
    for info in infos:
        name = info.filename
        if problem := _name_problem(name):
            found.append(problem)
            continue
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            if stat.S_ISLNK(mode):
                found.append(_("{name} is a symbolic link; refused").format(name=quote(name)))
            else:
                found.append(_("{name} is not a regular file; refused").format(name=quote(name)))
        if info.flag_bits & 0x1:
            found.append(_("{name} is encrypted; a routine archive cannot be").format(name=quote(name)))
        cap = MAX_FILE_BYTES if _is_routine_name(name) else MAX_IMAGE_BYTES
        if info.file_size > cap:
            found.append(_("{name} is {size:.1f} MB unpacked; at most {limit:g} MB").format(
                name=quote(name), size=info.file_size / 2**20, limit=cap / 2**20))
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        found.append(_("the archive unpacks to {size:.1f} MB; at most {limit:.0f} MB").format(
            size=total / 2**20, limit=MAX_TOTAL_BYTES / 2**20))
    routines = [name for name in names if _is_routine_name(name)]
    if len(routines) != 1:
        found.append(_("the archive holds {count} routine files (.yaml); it must hold exactly one").format(count=len(routines)))
    return found


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's bytes, never more than ``cap + 1`` read; its CRC is checked at its end."""
    with archive.open(info) as member:
        data = member.read(cap + 1)
        if len(data) <= cap:
            member.read(1)  # reaches the end, where zipfile checks the CRC
    return data


def read_package(path: Path) -> Package:
    """The routine file and pictures in the archive at ``path``; ArchiveError lists every reason it is refused."""
    where = printable(str(path))
    try:
        data = read_regular(path, MAX_ARCHIVE_BYTES)
    except UnreadableFile as error:
        raise ArchiveError([f"{where}: {_('file ') if str(error).startswith('is ') else ''}{error}"]) from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ArchiveError([_("{file}: is not a readable zip archive ({error})").format(file=where, error=error)]) from None
    with archive:
        infos = archive.infolist()
        if found := _header_problems(infos):
            raise ArchiveError([f"{where}: {problem}" for problem in found])
        routine: tuple[str, bytes] | None = None
        pictures: list[tuple[str, bytes]] = []
        problems: list[str] = []
        total = 0
        for info in infos:
            cap = MAX_FILE_BYTES if _is_routine_name(info.filename) else MAX_IMAGE_BYTES
            try:
                body = _read_member(archive, info, cap)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
                problems.append(_("{name} cannot be unpacked ({error})").format(name=quote(info.filename), error=error))
                continue
            total += len(body)
            if len(body) > cap or total > MAX_TOTAL_BYTES:
                problems.append(_("{name} unpacks to more than its header says (a zip bomb?); refused").format(
                    name=quote(info.filename)))
                break
            if body.startswith(_NESTED_MAGIC):
                problems.append(_("{name} is an archive inside the archive; refused").format(name=quote(info.filename)))
            elif _is_routine_name(info.filename):
                routine = (info.filename, body)
            elif problem := picture_problem(info.filename, body):
                problems.append(f"{quote(info.filename)} {problem}")
            else:
                pictures.append((info.filename, body))
    if problems or routine is None:
        raise ArchiveError([f"{where}: {problem}" for problem in problems or [_("it holds no routine file")]])
    return Package(routine[0], routine[1], tuple(sorted(pictures)))


def package_bytes(package: Package) -> bytes:
    """The zip for ``package``: the routine file first, then the pictures by name; the same bytes every time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in ((package.routine_name, package.routine_data), *sorted(package.pictures)):
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, body, compresslevel=9)
    return buffer.getvalue()
