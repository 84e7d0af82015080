"""Caps on what is read: a file's size (said before reading), a gzip's and a zip's
inflated size, a zip's entry count and compression ratio, and names that climb out."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

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
        raise RunFileError(f"is not a readable gzip file ({error})") from None
    if len(out) > limits.inflated_bytes or inflater.unconsumed_tail:
        raise RunFileError(f"inflates to more than {limits.inflated_bytes // 2**20} MB; not read")
    if not inflater.eof:
        raise RunFileError("is a truncated gzip file")
    return out


def is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def open_archive(path: Path, limits: Limits) -> zipfile.ZipFile:
    """A zip whose entry count, names and ratios are checked before any entry is read."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise RunFileError("is not a regular file")
        if size > limits.archive_bytes:
            raise RunFileError(f"is {size / 2**30:.1f} GB; an archive of at most {limits.archive_bytes // 2**30} GB is read")
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise RunFileError(f"is not a readable zip archive ({error})") from None
    infos = archive.infolist()
    if len(infos) > limits.zip_entries:
        archive.close()
        raise RunFileError(f"holds {len(infos):,} entries; at most {limits.zip_entries:,} are read (a zip bomb?)")
    total = 0
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts or (name.parts and ":" in name.parts[0]):
            archive.close()
            raise RunFileError(f"holds an entry named {info.filename!r} that points outside the archive; not read")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 4096 and ratio > limits.zip_ratio:
            archive.close()
            raise RunFileError(f"entry {info.filename!r} inflates {ratio:,.0f} times; at most {limits.zip_ratio:.0f} times"
                               " is read (a zip bomb?)")
        total += info.file_size
    if total > limits.archive_inflated:
        archive.close()
        raise RunFileError(f"inflates to {total / 2**30:.1f} GB; at most {limits.archive_inflated / 2**30:.0f} GB is read")
    return archive


def read_entry(archive: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """One entry's bytes, never more than the cap whatever its header claims; gunzipped if .gz."""
    try:
        with archive.open(name) as handle:
            data = handle.read(limits.inflated_bytes + 1)
    except (KeyError, OSError, zipfile.BadZipFile, zlib.error) as error:
        raise RunFileError(f"cannot be read from the archive ({error})") from None
    if len(data) > limits.inflated_bytes:
        raise RunFileError(f"inflates to more than {limits.inflated_bytes // 2**20} MB; not read")
    return gunzip(data, limits) if name.lower().endswith(".gz") else data
