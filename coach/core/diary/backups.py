"""The diary's backups: a daily copy with rotation, which backup is the newest sound
one, whether a file may be restored, and putting one back.

Every copy goes through SQLite's backup API and is written atomically, so a crash
mid-copy leaves no half backup; each carries its own sequence number, so a wrong
clock cannot make one "the newest" for ever. Nothing is ever thrown away: a
restore first keeps what it replaces.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from coach.core.diary.migrations import CURRENT_VERSION, migrate, user_version
from coach.core.diary.storage import BACKUPS_KEPT, configure, damage_of, foreign_file, foreign_objects, read_only, warn
from coach.core.errors import StorageError
from coach.core.i18n import _


def backup_problem(path: Path) -> str:
    """Why ``path`` cannot be restored, or "" when it is a sound diary of this app's."""
    if not path.is_file():
        return _("no such file")
    try:
        conn = read_only(path)
        try:
            version, damage = damage_of(conn)
            foreign = "" if damage or not 0 <= version <= CURRENT_VERSION else foreign_file(conn, version)
            extra = foreign_objects(conn, version) if not damage and 0 < version <= CURRENT_VERSION else []
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    if damage:
        return damage
    if version > CURRENT_VERSION:
        return _("it was written by a newer version of the app")
    if foreign:
        return _("it is not a Prehab Coach diary: {foreign}").format(foreign=foreign)
    if version == 0:
        return _("it is not a diary")
    if extra:
        kind, name = extra[0]
        return (_("it holds a {kind} {name!r} that Prehab Coach did not create (another program changed it; it could "
                  "rewrite or hide entries)").format(kind=kind, name=name))  # fmt: skip
    return ""



BACKUP_SEQUENCE_KEY = "backup_sequence"  # in a backup's own settings: its place among the backups


def backups(folder: Path) -> list[Path]:
    """Daily backups in ``folder``, oldest first.

    Oldest by what is inside (the sequence number each backup was given when it was
    made), not by the date in its name or its mtime: a backup named 2099 by a wrong
    clock must not stay "the newest" for ever. Backups from before sequence numbers
    sort first, by name."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("diary-????-??-??.sqlite3") if p.is_file()]
    return sorted(found, key=lambda path: (backup_sequence(path), path.name))


def backup_sequence(path: Path) -> int:
    """The sequence number inside the backup at ``path`` (0 when it has none or cannot be read)."""
    try:
        conn = read_only(path)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_SEQUENCE_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    try:
        return int(row[0]) if row is not None else 0
    except (TypeError, ValueError):
        return 0


def copy_to(conn: sqlite3.Connection, target: Path, sequence: int | None = None) -> None:
    """A consistent, standalone copy through SQLite's backup API, written atomically;
    ``sequence`` is written into the copy, so it knows its own place among the backups."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if sequence is not None and user_version(dest) > 0:
                dest.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                             (BACKUP_SEQUENCE_KEY, str(sequence)))  # fmt: skip
        finally:
            dest.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def daily_backup(conn: sqlite3.Connection, folder: Path, now: datetime) -> tuple[Path | None, str]:
    """Today's backup of ``conn`` unless there is one, keeping the newest
    :data:`BACKUPS_KEPT`: (the backup made or None, why it failed or "").
    A failed backup is reported, not raised: the diary itself is still fine."""
    target = folder / f"diary-{now:%Y-%m-%d}.sqlite3"
    if target.exists():
        return None, ""
    try:
        existing = backups(folder)
        copy_to(conn, target, sequence=max((backup_sequence(p) for p in existing), default=0) + 1)
        for old in backups(folder)[:-BACKUPS_KEPT]:
            old.unlink()
    except (OSError, sqlite3.DatabaseError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        warn("daily backup %s failed: %s", target, reason)
        return None, f"{target}: {reason}"
    return target, ""


def newest_backup(folder: Path) -> Path | None:
    """The newest daily backup in ``folder`` that is a sound diary this app can read."""
    for path in reversed(backups(folder)):
        if not backup_problem(path):
            return path
    return None


def restore_into(conn: sqlite3.Connection, path: Path, saved: Path) -> None:
    """Replace the content of ``conn`` with the diary at ``path``, first copying
    the replaced content to ``saved``, since nothing is ever thrown away."""
    problem = backup_problem(path)
    if problem:
        raise StorageError(_("cannot restore {path}: {problem}").format(path=path, problem=problem))
    copy_to(conn, saved)
    source = read_only(path)
    try:
        source.backup(conn)
    finally:
        source.close()
    configure(conn)
    migrate(conn)
