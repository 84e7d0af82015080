"""The diary's SQLite file: opening it safely and judging it (its backups: :mod:`backups`).

Opening is where the safety lives: WAL and foreign keys on, a busy timeout so
the command line works while the app is open, ``quick_check`` and a schema
check, a hot journal rolled back, a damaged file moved aside (never deleted) in
favour of a fresh one. SQLite failures caused
by the environment (disk full, read-only folder, I/O error) map to
:class:`StorageError`; anything else is a bug. :mod:`coach.core.diary.diary` builds
the record API on top of these helpers.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coach.core.diary import schema_memo
from coach.core.diary.migrations import APPLICATION_ID, CURRENT_VERSION, immediate, user_version
from coach.core.errors import StorageError
from coach.core.i18n import N_, _, ngettext


def warn(message: str, *args: object) -> None:
    """Log a warning; ``logging`` is imported only when there is one (every command opens the diary)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)

BACKUPS_KEPT = 7
BUSY_TIMEOUT_S = 5.0
_SIDE_FILES = ("-wal", "-journal", "-shm")  # moved before the main file, see move_aside

# Primary SQLite result codes that mean "the environment", not "a bug".
_ENVIRONMENT_MESSAGES = {
    sqlite3.SQLITE_PERM: N_("permission denied for the diary {path}"),
    sqlite3.SQLITE_BUSY: N_("the diary {path} is busy in another program; try again"),
    sqlite3.SQLITE_LOCKED: N_("the diary {path} is locked; try again"),
    sqlite3.SQLITE_NOMEM: N_("out of memory while using the diary"),
    sqlite3.SQLITE_READONLY: N_("the diary {path} cannot be written: the file or its folder is read-only"),
    sqlite3.SQLITE_IOERR: N_("disk I/O error while using the diary {path}"),
    sqlite3.SQLITE_CORRUPT: N_("the diary {path} is damaged; restart the app to set it aside and restore a backup"),
    sqlite3.SQLITE_FULL: N_("the disk is full: the diary {path} could not be saved"),
    sqlite3.SQLITE_CANTOPEN: N_("cannot open the diary {path}: check that its folder exists and is writable"),
    sqlite3.SQLITE_PROTOCOL: N_("the diary {path} is in use by another program; try again"),
    sqlite3.SQLITE_NOTADB: N_("{path} is not a diary database"),
}
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
# A flipped byte in the header's format numbers (offsets 18, 19, 44) makes SQLite refuse the file
# with a plain SQLITE_ERROR and these words, not SQLITE_CORRUPT: the file is damaged all the same.
_DAMAGED_FORMAT = "unsupported file format"


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _damaged(error: sqlite3.Error) -> bool:
    """The file's bytes are damaged (not the environment, not a bug of ours)."""
    return _primary_code(error) in _DAMAGED or str(error) == _DAMAGED_FORMAT


class DamagedEntry(sqlite3.DatabaseError):
    """A row whose stored values are not what the app wrote: bytes changed on disk
    inside a record, which ``quick_check`` (it checks structure, not content) does not see."""


def storage_error(error: sqlite3.Error, path: Path) -> StorageError | None:
    """The user-facing form of an environment fault, or None for a bug."""
    undecodable = _primary_code(error) is None and str(error).startswith("Could not decode to UTF-8")
    if isinstance(error, DamagedEntry) or undecodable:
        return StorageError(_("the diary {path} has a damaged entry that cannot be read ({error}); restore a backup from "
                              "{parent}").format(path=path, error=error, parent=path.parent / 'backups'))  # fmt: skip
    template = _ENVIRONMENT_MESSAGES.get(_primary_code(error))  # type: ignore[arg-type]
    return None if template is None else StorageError(_(template).format(path=path))


@dataclass(frozen=True)
class OpeningReport:
    """What happened while opening, for the app to tell the user."""

    moved_aside: Path | None = None  # where a damaged diary was moved
    damage: str = ""  # why it was judged damaged
    newest_backup: Path | None = None  # the newest good backup, offered for restore
    backup: Path | None = None  # the daily backup made by this open, if any
    backup_error: str = ""  # why the daily backup could not be made
    migrated_from: int | None = None  # schema version before migrating, if migrations ran
    removed: tuple[str, ...] = ()  # triggers, views… another program had added, now dropped
    read_only: bool = False  # the diary or its folder cannot be written: opened for reading only
    wal_aside: Path | None = None  # where a write-ahead log that was not this diary's was moved
    wal_reason: str = ""  # why it was not this diary's
    set_aside: int = 0  # entries the stricter schema refused while migrating (kept in table set_aside)

    def messages(self) -> list[str]:
        """Plain sentences for a dialog or stderr; empty when all went well."""
        lines = []
        if self.moved_aside is not None:
            lines.append(_("The diary could not be read ({damage}); it was moved to {moved_aside}.").format(
                           damage=self.damage, moved_aside=self.moved_aside))
            if self.newest_backup is not None:
                lines.append(_("The newest backup is {newest_backup}; it can be restored.").format(
                               newest_backup=self.newest_backup))
            else:
                lines.append(_("No backup was found; a new, empty diary was started."))
        if self.wal_aside is not None:
            lines.append(_("A leftover write-ahead log beside the diary did not belong to it ({wal_reason}); it was not "
                           "applied and was moved to {wal_aside}.").format(
                           wal_reason=self.wal_reason, wal_aside=self.wal_aside))  # fmt: skip
        if self.read_only:
            lines.append(_("The diary's folder is read-only: you can read the diary, see the advice, export it and make "
                           "a report, but nothing new can be saved."))  # fmt: skip
        if self.removed:
            lines.append(_("The diary held {items} that Prehab Coach did not create (another program added it; it could "
                           "rewrite or hide entries). It was removed; your entries are kept.").format(
                           items=', '.join(self.removed)))
        if self.set_aside:
            lines.append(ngettext(
                "{count} entry held values the app never writes (a rating above 10, a date that is not a date) and was "
                "set aside in the diary's set_aside table instead of being read.",
                "{count} entries held values the app never writes (a rating above 10, a date that is not a date) and were "
                "set aside in the diary's set_aside table instead of being read.", self.set_aside).format(count=self.set_aside))
        if self.backup_error:
            lines.append(_("Today's backup could not be made: {backup_error}").format(backup_error=self.backup_error))
        return lines


# -- opening -----------------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """The diary's read-write connection: autocommit (transactions are explicit),
    shared with a worker thread under the Diary's lock, waiting when busy."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return conn


def _expected(version: int) -> tuple[dict[str, frozenset[str]], frozenset[tuple[str, str]]]:
    """What migrations create up to ``version``: each table's columns, and (type, name) of every
    table and index. Worked out once per version of the app's code (see ``schema_memo``)."""
    return schema_memo.expected(version)


def _expected_columns(version: int) -> dict[str, frozenset[str]]:
    return _expected(version)[0]


def _expected_objects(version: int) -> frozenset[tuple[str, str]]:
    return _expected(version)[1]


def _every_table_we_make() -> frozenset[str]:
    return frozenset(name for kind, name in _expected_objects(CURRENT_VERSION) if kind == "table")


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]


def _objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Tables, indexes, views and triggers, without SQLite's own (autoindexes, sqlite_sequence)."""
    return [(kind, name) for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
            if not name.startswith("sqlite_")]  # fmt: skip


def foreign_objects(conn: sqlite3.Connection, version: int) -> list[tuple[str, str]]:
    """Triggers, views, tables and indexes in the file that this app's migrations did not create.

    A trigger can rewrite every pain entry as it is written ("9/10 + swelling"
    stored as 0/0), a view can hide one: none may come along into the diary."""
    expected = _expected_objects(min(max(version, 0), CURRENT_VERSION))
    return sorted(set(_objects(conn)) - expected)


def foreign_file(conn: sqlite3.Connection, version: int) -> str:
    """Why the file is another program's database (never ours to change), or ""."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id not in (0, APPLICATION_ID):
        return _("its header names another program (application id {application_id:#x})").format(application_id=application_id)
    tables = set(_tables(conn))
    if version == 0 and tables and not tables & _every_table_we_make():
        return _("it holds another program's tables ({items})").format(items=', '.join(sorted(tables)[:4]))
    return ""


def _schema_problem(conn: sqlite3.Connection, version: int) -> str:
    """A schema that is not the one its version number says: a table or column
    missing (bytes flipped in the schema text pass quick_check), or a table a later
    version adds (a user_version that was reset or damaged)."""
    tables = set(_tables(conn))
    expected = _expected_columns(version)
    for table, columns in expected.items():
        if table not in tables:
            return _("table {table} is missing").format(table=table)
        missing = columns - set(_columns(conn, table))
        if missing:
            return _("table {table} has lost column {sorted}").format(table=table, sorted=sorted(missing)[0])
    if (unparsable := _unparsable_schema(conn, tables & _every_table_we_make())):
        return unparsable
    later = sorted((tables & _every_table_we_make()) - set(expected))
    if later:
        return _("its schema version reads {version} but it holds the table {later} of a later version").format(
                 version=version, later=later[0])
    if version >= 3 and conn.execute("PRAGMA application_id").fetchone()[0] == 0:
        return _("its header lost the mark of a Prehab Coach diary")
    return ""


def _unparsable_schema(conn: sqlite3.Connection, ours: set[str]) -> str:
    """A flipped byte in a CHECK's column name passes a read-only look (SQLite parses such
    a schema leniently there) but stops every read-write statement: parse our tables'
    own text again in memory, where it is checked as strictly, without touching the file."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL").fetchall()
    scratch = sqlite3.connect(":memory:")
    try:
        for name, sql in rows:
            if name in ours:
                try:
                    scratch.execute(sql)
                except sqlite3.Error as error:
                    return _("the schema of table {table} does not read: {error}").format(table=name, error=error)
    finally:
        scratch.close()
    return ""


def damage_of(conn: sqlite3.Connection) -> tuple[int, str]:
    """(schema version, why the file is damaged or "")."""
    try:
        version = user_version(conn)
        if version > CURRENT_VERSION:
            return version, ""  # refused by the caller; not even checked
        problems = [row[0] for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
        if not problems and version < 0:
            problems = [_("its schema version reads {version}").format(version=version)]
        elif not problems and version == 0 and set(_tables(conn)) & _every_table_we_make():
            problems = [_("its schema version reads 0 but it holds diary tables")]
        elif not problems and version > 0:
            problems = [problem] if (problem := _schema_problem(conn, version)) else []
    except sqlite3.DatabaseError as error:
        if _damaged(error):
            return -1, str(error)
        raise
    except UnicodeDecodeError:  # SQLite's own error message quoted damaged bytes of the schema
        return -1, _("the schema is not readable")
    return version, "; ".join(problems[:3])


def _roll_back(path: Path) -> None:
    """Let SQLite roll back the hot journal of a write that a crash cut short.

    Only a read-write connection may do that; a read-only one answers "read-only"
    for as long as the journal is there, and the diary would never open again
    (a kill while the very first start switches the file to WAL leaves one).
    Anything that goes wrong is left for the read-only inspection to judge.
    """
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        warn("could not roll back the journal of %s: %s", path, error)


def inspect_file(path: Path) -> tuple[int, str]:
    """(schema version, damage) of the file at ``path``, read-only.

    Read-only matters: a read-write connection would checkpoint the -wal into a
    damaged file, or delete it, on close; and a file from a newer app or another
    program must not be written at all (StorageError for the latter).
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0, ""
    if path.with_name(path.name + "-journal").exists():
        _roll_back(path)
    conn = read_only(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        version, damage = damage_of(conn)
        if not damage and 0 <= version <= CURRENT_VERSION and (reason := foreign_file(conn, version)):
            raise StorageError(_("{path} is not a Prehab Coach diary: {reason}. It was not changed; move it elsewhere, "
                                 "or give another folder with --data-dir").format(path=path, reason=reason))  # fmt: skip
        return version, damage
    except sqlite3.DatabaseError as error:
        if _damaged(error):
            return -1, str(error)
        raise
    finally:
        conn.close()


def count_set_aside(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM set_aside").fetchone()[0])


def drop_foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Remove from the live diary what the app did not create; says what went, for the user."""
    found = foreign_objects(conn, user_version(conn))
    if not found:
        return []
    with immediate(conn):
        for kind, name in found:
            quoted = name.replace('"', '""')
            conn.execute(f'DROP {kind.upper()} IF EXISTS "{quoted}"')
    warn("removed from the diary what the app did not create: %s", found)
    return [f"{kind} {name!r}" for kind, name in found]


def configure(conn: sqlite3.Connection) -> None:
    """WAL, foreign keys and full sync on ``conn`` (again after a restore replaced the content)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        warn("diary journal mode is %s, not WAL", mode)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged diary (and its -wal/-shm) out of the way; never delete."""
    base = f"{path.name}.corrupt-{now:%Y%m%d-%H%M%S}"
    target, n = path.with_name(base), 2
    while any(path.with_name(target.name + s).exists() for s in ("", *_SIDE_FILES)):
        target, n = path.with_name(f"{base}-{n}"), n + 1
    try:
        # The -wal goes first: a stale WAL beside a fresh database would be replayed into it.
        for suffix in (*_SIDE_FILES, ""):
            source = path.with_name(path.name + suffix)
            if source.exists():
                os.replace(source, target.with_name(target.name + suffix))
    except OSError as error:
        raise StorageError(_("the diary {path} is damaged and could not be moved aside: {strerror}").format(
                             path=path, strerror=error.strerror)) from error
    warn("damaged diary moved to %s", target)
    return target


def writable(path: Path) -> bool:
    """Can this process write the diary at ``path`` (the file, and its folder for the -wal and -shm)?"""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never change ``path``, for judging a file or restoring from it.

    In a folder this process cannot write, SQLite cannot make the -shm a WAL
    database needs even for reading; nobody else can write there either
    (short of root), so the file is opened as immutable."""
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True, isolation_level=None)
    # quick_check quotes damaged text in its report: never fail on reading the verdict.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return conn
