"""Opening the diary's file: judged before it is trusted, repaired, migrated, backed up.

:meth:`Diary.open <coach.core.diary.diary.Diary.open>` lands here. In order: a foreign
write-ahead log set aside, the file inspected read-only (damage moved aside,
another program's file refused), then opened read-write, backed up for the day,
cleared of schema objects the app did not create, and migrated. A file this
process cannot write is opened for reading only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Protocol, TypeVar

from coach.core.clock import Clock
from coach.core.diary import backups, schema_memo, storage, wal_check
from coach.core.diary.migrations import CURRENT_VERSION, migrate, user_version
from coach.core.diary.storage import OpeningReport, storage_error
from coach.core.errors import StorageError
from coach.core.i18n import _
from coach.core.paths import DataPaths


class Opened(Protocol):
    """What is opened here: a diary that says how its opening went."""

    opening_report: OpeningReport


D = TypeVar("D", bound=Opened)


def open_diary(make: Callable[[sqlite3.Connection, DataPaths, Clock], D], paths: DataPaths, clock: Clock) -> D:
    """Open (creating, migrating, repairing as needed) the diary in ``paths``; ``make`` builds
    it on the connection (``Diary`` itself: the diary calls in here, nothing imports it back)."""
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        problem = _("it is a file, not a folder") if paths.root.exists() else error.strerror
        raise StorageError(_("cannot use {root} as the data folder: {problem}").format(
                             root=paths.root, problem=problem)) from error
    path = paths.diary
    if path.is_file() and not storage.writable(path):
        return open_read_only(make, paths, clock)
    schema_memo.recall(paths.diary_schema_memo)  # what the checks compare the file with (~15 ms to work out)
    conn = None
    try:
        wal_reason = wal_check.foreign_wal(path) if path.is_file() else ""
        wal_aside = wal_check.set_wal_aside(path, clock.now()) if wal_reason else None
        version, damage = storage.inspect_file(path)
        moved_aside = storage.move_aside(path, clock.now()) if damage else None
        if version > CURRENT_VERSION:
            raise StorageError(
                _("the diary {path} comes from a newer version of Prehab Coach (schema {version}, this app knows up to "
                  "{current_version}); update the app. The file was not changed.").format(
                  path=path, version=version, current_version=CURRENT_VERSION)
            )
        conn = storage.connect(path)
        version = user_version(conn)
        storage.configure(conn)
        diary = make(conn, paths, clock)
        backup, backup_error = (None, "") if version == 0 else backups.daily_backup(conn, paths.backups, clock.now())
        removed = storage.drop_foreign_objects(conn) if version > 0 else []
        found = migrate(conn)
        set_aside = storage.count_set_aside(conn) if found < CURRENT_VERSION else 0
        schema_memo.remember(paths.diary_schema_memo)
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        translated = storage_error(error, path)
        if translated is None:
            raise
        raise translated from error
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    diary.opening_report = OpeningReport(
        moved_aside=moved_aside,
        damage=damage,
        newest_backup=backups.newest_backup(paths.backups) if moved_aside else None,
        backup=backup,
        backup_error=backup_error,
        migrated_from=found if found != CURRENT_VERSION else None,
        removed=tuple(removed),
        set_aside=set_aside,
        wal_aside=wal_aside,
        wal_reason=wal_reason,
    )
    return diary


def open_read_only(make: Callable[[sqlite3.Connection, DataPaths, Clock], D], paths: DataPaths, clock: Clock) -> D:
    """A diary this process cannot write (a read-only folder or file): readable as it is,
    every write a StorageError that says so. Nothing is repaired, migrated or backed up."""
    path = paths.diary
    schema_memo.recall(paths.diary_schema_memo)
    read_only_error = StorageError(_("the diary {path} cannot be written: the file or its folder is read-only").format(path=path))
    try:
        version, damage = storage.inspect_file(path)
        if damage or version < 2:  # damaged, or too old to read without migrating: nothing to offer
            raise read_only_error
        if version > CURRENT_VERSION:
            raise StorageError(_("the diary {path} comes from a newer version of Prehab Coach (schema {version}, this "
                                 "app knows up to {current_version}); update the app. The file was not changed.").format(
                                 path=path, version=version, current_version=CURRENT_VERSION))  # fmt: skip
        conn = storage.read_only(path)
    except sqlite3.Error as error:
        raise read_only_error from error
    diary = make(conn, paths, clock)
    diary.opening_report = OpeningReport(read_only=True)
    return diary
