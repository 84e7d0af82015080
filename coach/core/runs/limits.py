"""Caps on what is read: a file's size (said before reading), a gzip's and a zip's
inflated size, a zip's entry count and compression ratio, and names that climb out."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from coach.core.i18n import _
from coach.core.runs.model import RunFileError
from coach.core.safe_read import UnreadableFile, read_regular


@dataclass(frozen=True)
class Limits:
    """Every cap in one place, so the tests and the bench can lower or raise them."""

    file_bytes: int = 64 * 2**20  # one activity file, as stored
    inflated_bytes: int = 64 * 2**20  # one activity, after gunzip
    archive_bytes: int = 4 * 2**30  # a Strava archive, as stored (read entry by entry)
    archive_inflated: int = 2 * 2**30  # all entries of an archive, inflated
    zip_entries: int = 20_000
    zip_ratio: float = 100.0  # inflated / stored, per entry


def read_file(path: Path, limits: Limits) -> bytes:
    """The bytes of a run file: a regular file within the size cap (checked before reading), gunzipped."""
    try:
        data = read_regular(path, limits.file_bytes)
    except UnreadableFile as error:
        raise RunFileError(str(error)) from None
    return gunzip(data, limits) if path.name.lower().endswith(".gz") else data


def gunzip(data: bytes, limits: Limits) -> bytes:
    """Inflate a .gz member, stopping at the cap instead of filling memory."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limits.inflated_bytes + 1)
    except zlib.error as error:
        raise RunFileError(_("is not a readable gzip file ({error})").format(error=error)) from None
    if len(out) > limits.inflated_bytes or inflater.unconsumed_tail:
        raise RunFileError(_("inflates to more than {inflated_bytes} MB; not read").format(
                             inflated_bytes=limits.inflated_bytes // 2 ** 20))
    if not inflater.eof:
        raise RunFileError(_("is a truncated gzip file"))
    return out


def is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def open_archive(path: Path, limits: Limits) -> zipfile.ZipFile:
    """A zip whose entry count, names and ratios are checked before any entry is read."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise RunFileError(_("is not a regular file"))
        if size > limits.archive_bytes:
            raise RunFileError(_("is {size:.1f} GB; an archive of at most {archive_bytes} GB is read").format(
                                 size=size / 2 ** 30, archive_bytes=limits.archive_bytes // 2 ** 30))
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise RunFileError(_("is not a readable zip archive ({error})").format(error=error)) from None
    infos = archive.infolist()
    if len(infos) > limits.zip_entries:
        archive.close()
        raise RunFileError(_("holds {infos_count:,} entries; at most {zip_entries:,} are read (a zip bomb?)").format(
                             infos_count=len(infos), zip_entries=limits.zip_entries))
    total = 0
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts or (name.parts and ":" in name.parts[0]):
            archive.close()
            raise RunFileError(_("holds an entry named {filename!r} that points outside the archive; not read").format(
                                 filename=info.filename))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 4096 and ratio > limits.zip_ratio:
            archive.close()
            raise RunFileError(_("entry {filename!r} inflates {ratio:,.0f} times; at most {zip_ratio:.0f} times is read "
                                 "(a zip bomb?)").format(filename=info.filename, ratio=ratio, zip_ratio=limits.zip_ratio))
        total += info.file_size
    if total > limits.archive_inflated:
        archive.close()
        raise RunFileError(_("inflates to {total:.1f} GB; at most {archive_inflated:.0f} GB is read").format(
                             total=total / 2 ** 30, archive_inflated=limits.archive_inflated / 2 ** 30))
    return archive


def read_entry(archive: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """One entry's bytes, never more than the cap whatever its header claims; gunzipped if .gz."""
    try:
        with archive.open(name) as handle:
            data = handle.read(limits.inflated_bytes + 1)
    except (KeyError, OSError, zipfile.BadZipFile, zlib.error) as error:
        raise RunFileError(_("cannot be read from the archive ({error})").format(error=error)) from None
    if len(data) > limits.inflated_bytes:
        raise RunFileError(_("inflates to more than {inflated_bytes} MB; not read").format(
                             inflated_bytes=limits.inflated_bytes // 2 ** 20))
    return gunzip(data, limits) if name.lower().endswith(".gz") else data
