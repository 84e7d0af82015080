"""A write-ahead log left beside the diary is applied only if it belongs to it.

SQLite replays any ``-wal`` whose own checksums hold, whichever database wrote
it: a stale log copied in from another diary (a sync tool, files restored by
hand) would be written over this one. So before the diary is opened, a log that
no live connection is using is tried on a copy: the diary alone, and the diary
with the log. The log is kept only if the copy with it is still sound and is
still this diary (the ``diary_id`` every diary carries since schema 3, whose
page every write of the diary rewrites, so every log holds it); otherwise it is
moved aside, never deleted, and the user is told.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from datetime import datetime
from pathlib import Path

from coach.core.i18n import _

try:
    import fcntl
except ImportError:  # not on Windows: there the check is skipped
    fcntl = None  # type: ignore[assignment]

DIARY_ID_KEY = "diary_id"
_DMS_OFFSET = 128  # the "dead man switch" byte of the -shm: every live connection holds a read lock on it


def wal_in_use(path: Path) -> bool:
    """Does any connection have the diary open (then its log is live, never ours to judge)?

    An open-file-description lock (``F_OFD_SETLK``) is tried on the -shm's dead-man-switch
    byte: it conflicts with the read lock every SQLite connection holds there, even one of
    this process, and taking or dropping it never touches SQLite's own POSIX locks (a plain
    ``lockf`` here would silently release this process's lock when the descriptor closes).
    Where that lock does not exist, the log is assumed live and left alone."""
    shm = path.with_name(path.name + "-shm")
    ofd_setlk = getattr(fcntl, "F_OFD_SETLK", None) if fcntl is not None else None
    if ofd_setlk is None:
        return True
    try:
        fd = os.open(shm, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.fcntl(fd, ofd_setlk, struct.pack("hhqqii", fcntl.F_WRLCK, os.SEEK_SET, _DMS_OFFSET, 1, 0, 0))
    except OSError:
        return True
    else:
        fcntl.fcntl(fd, ofd_setlk, struct.pack("hhqqii", fcntl.F_UNLCK, os.SEEK_SET, _DMS_OFFSET, 1, 0, 0))
        return False
    finally:
        os.close(fd)


def _identity(database: Path) -> tuple[str | None, bool]:
    """(the diary_id, whether quick_check passes) of the database file at ``database``."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (DIARY_ID_KEY,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        return (row[0] if row else None), sound
    finally:
        conn.close()


def foreign_wal(path: Path) -> str:
    """Why the ``-wal`` beside ``path`` does not belong to it, or "" (no log, a live one, or ours)."""
    wal = path.with_name(path.name + "-wal")
    if not wal.is_file() or wal.stat().st_size == 0 or wal_in_use(path):
        return ""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="coach-wal-check-") as folder:
        alone, together = Path(folder) / "alone.sqlite3", Path(folder) / "together.sqlite3"
        shutil.copyfile(path, alone)
        shutil.copyfile(path, together)
        shutil.copyfile(wal, together.with_name(together.name + "-wal"))
        try:
            own_id, own_sound = _identity(alone)
        except sqlite3.DatabaseError:
            return ""  # the diary itself is not readable: judging it is the damage check's job
        if not own_sound or own_id is None:
            return ""  # an older diary without an id, or damaged: nothing to compare with
        try:
            replayed_id, replayed_sound = _identity(together)
        except sqlite3.DatabaseError as error:
            return _("applying it fails ({error})").format(error=error)
    if not replayed_sound:
        return _("applying it would damage the diary")
    if replayed_id != own_id:
        return _("it was written by another diary")
    return ""


def set_wal_aside(path: Path, now: datetime) -> Path:
    """Move the ``-wal`` (and ``-shm``) beside ``path`` out of the way; returns where the log went."""
    wal = path.with_name(path.name + "-wal")
    target = path.with_name(f"{path.name}-wal.foreign-{now:%Y%m%d-%H%M%S}")
    n = 2
    while target.exists():
        target, n = path.with_name(f"{path.name}-wal.foreign-{now:%Y%m%d-%H%M%S}-{n}"), n + 1
    os.replace(wal, target)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    return target
