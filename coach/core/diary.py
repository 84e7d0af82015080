"""The diary: one SQLite file with sessions, runs, pain entries, shoes and settings.

Opening is where the safety lives: WAL and foreign keys on, a busy timeout so
the command line works while the app is open, ``quick_check``, a refusal to
touch a file from a newer app, a damaged file moved aside (never deleted) in
favour of a fresh one, a daily backup, and forward migrations.

Every write is one ``BEGIN IMMEDIATE`` transaction and every record is
validated before anything is written. SQLite failures caused by the
environment (disk full, read-only folder, I/O error) become
:class:`StorageError`; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from coach.core import validate
from coach.core.clock import Clock
from coach.core.errors import InputError, StorageError
from coach.core.migrations import CURRENT_VERSION, migrate, user_version
from coach.core.paths import DataPaths
from coach.core.records import IN_PROGRESS, PainEntry, Run, SessionRecord, Shoe

log = logging.getLogger(__name__)

BACKUPS_KEPT = 7
BUSY_TIMEOUT_S = 5.0
_SIDE_FILES = ("-wal", "-journal", "-shm")  # moved before the main file, see _move_aside

# Primary SQLite result codes that mean "the environment", not "a bug".
_ENVIRONMENT_MESSAGES = {
    sqlite3.SQLITE_PERM: "permission denied for the diary {path}",
    sqlite3.SQLITE_BUSY: "the diary {path} is busy in another program; try again",
    sqlite3.SQLITE_LOCKED: "the diary {path} is locked; try again",
    sqlite3.SQLITE_NOMEM: "out of memory while using the diary",
    sqlite3.SQLITE_READONLY: "the diary {path} cannot be written: the file or its folder is read-only",
    sqlite3.SQLITE_IOERR: "disk I/O error while using the diary {path}",
    sqlite3.SQLITE_CORRUPT: "the diary {path} is damaged; restart the app to set it aside and restore a backup",
    sqlite3.SQLITE_FULL: "the disk is full: the diary {path} could not be saved",
    sqlite3.SQLITE_CANTOPEN: "cannot open the diary {path}: check that its folder exists and is writable",
    sqlite3.SQLITE_PROTOCOL: "the diary {path} is in use by another program; try again",
    sqlite3.SQLITE_NOTADB: "{path} is not a diary database",
}
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


class DamagedEntry(sqlite3.DatabaseError):
    """A row whose stored values are not what the app wrote: bytes changed on disk
    inside a record, which ``quick_check`` (it checks structure, not content) does not see."""


def _readable(convert):
    """Row converters raise DamagedEntry, not ValueError/TypeError, on a damaged row."""

    @functools.wraps(convert)
    def read(row: tuple, *args):
        try:
            return convert(row, *args)
        except (ValueError, TypeError, AttributeError) as error:
            raise DamagedEntry(f"entry {row[0]!r}: {error}") from error

    return read


def storage_error(error: sqlite3.Error, path: Path) -> StorageError | None:
    """The user-facing form of an environment fault, or None for a bug."""
    undecodable = _primary_code(error) is None and str(error).startswith("Could not decode to UTF-8")
    if isinstance(error, DamagedEntry) or undecodable:
        return StorageError(f"the diary {path} has a damaged entry that cannot be read ({error}); "
                            f"restore a backup from {path.parent / 'backups'}")  # fmt: skip
    template = _ENVIRONMENT_MESSAGES.get(_primary_code(error))  # type: ignore[arg-type]
    return None if template is None else StorageError(template.format(path=path))


def _guarded(method):
    """Serialise access (the UI may read from a worker thread) and turn
    environment faults into StorageError."""

    @functools.wraps(method)
    def wrapper(self: "Diary", *args, **kwargs):
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as error:
                translated = storage_error(error, self.paths.diary)
                if translated is None:
                    raise
                raise translated from error

    return wrapper


@dataclass(frozen=True)
class OpeningReport:
    """What happened while opening, for the app to tell the user."""

    moved_aside: Path | None = None  # where a damaged diary was moved
    damage: str = ""  # why it was judged damaged
    newest_backup: Path | None = None  # the newest good backup, offered for restore
    backup: Path | None = None  # the daily backup made by this open, if any
    backup_error: str = ""  # why the daily backup could not be made
    migrated_from: int | None = None  # schema version before migrating, if migrations ran

    def messages(self) -> list[str]:
        """Plain sentences for a dialog or stderr; empty when all went well."""
        lines = []
        if self.moved_aside is not None:
            lines.append(f"The diary could not be read ({self.damage}); it was moved to {self.moved_aside}.")
            if self.newest_backup is not None:
                lines.append(f"The newest backup is {self.newest_backup}; it can be restored.")
            else:
                lines.append("No backup was found; a new, empty diary was started.")
        if self.backup_error:
            lines.append(f"Today's backup could not be made: {self.backup_error}")
        return lines


# -- values <-> columns ------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _since(since: date | datetime | None) -> str:
    if since is None:
        return ""
    if not isinstance(since, datetime):
        since = datetime(since.year, since.month, since.day)
    return since.isoformat(timespec="seconds")


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


_SESSION_COLUMNS = "id, routine_id, routine_hash, focus, started, ended, status, steps_done, steps_total, position"
_RUN_SELECT = "SELECT r.id, r.at, r.distance_km, r.minutes, s.name FROM runs r LEFT JOIN shoes s ON s.id = r.shoe_id"
_PAIN_COLUMNS = "id, at, moment, left_nrs, right_nrs, locations, characters, flags, note"


@_readable
def _session(row: tuple) -> SessionRecord:
    id_, routine_id, routine_hash, focus, started, ended, status, done, total, position = row
    return SessionRecord(
        routine_id, focus, datetime.fromisoformat(started), status, done, total, _dt(ended), routine_hash, position, id_
    )


@_readable
def _run(row: tuple) -> Run:
    return Run(datetime.fromisoformat(row[1]), row[2], row[3], row[4], row[0])


@_readable
def _pain(row: tuple) -> PainEntry:
    id_, at, moment, left, right, locations, characters, flags, note = row
    return PainEntry(
        datetime.fromisoformat(at), moment, left, right, _split(locations), _split(characters), _split(flags), note, id_
    )


@_readable
def _shoe(row: tuple, include_runs: bool) -> Shoe:
    id_, name, started, start_km, retired, run_km = row
    return Shoe(name, date.fromisoformat(started), start_km + (run_km if include_runs else 0.0), bool(retired), id_)


def _key(record: object) -> tuple:
    """What makes two records "the same entry" for import de-duplication."""
    if isinstance(record, SessionRecord):
        return ("session", record.routine_id, record.focus, record.routine_hash, record.status,
                _iso(record.started), _iso(record.ended), record.steps_done, record.steps_total)  # fmt: skip
    if isinstance(record, Run):
        shoes = record.shoes.casefold() if record.shoes else None
        return ("run", _iso(record.at), record.distance_km, record.minutes, shoes)
    if isinstance(record, PainEntry):
        return ("pain", _iso(record.at), record.moment, record.left, record.right,
                record.locations, record.characters, record.flags, record.note)  # fmt: skip
    if isinstance(record, Shoe):
        return ("shoe", record.name.casefold())
    raise TypeError(f"not a diary record: {record!r}")


# -- opening -----------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return conn


@functools.lru_cache(maxsize=None)
def _expected_columns(version: int) -> dict[str, frozenset[str]]:
    """The tables and columns migrations create up to ``version`` (built in memory once)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, version)
        return {table: frozenset(_columns(conn, table)) for table in _tables(conn)}
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]


def _schema_problem(conn: sqlite3.Connection, version: int) -> str:
    """A table or column missing from the schema text (bytes flipped in it pass quick_check)."""
    tables = set(_tables(conn))
    for table, columns in _expected_columns(version).items():
        if table not in tables:
            return f"table {table} is missing"
        missing = columns - set(_columns(conn, table))
        if missing:
            return f"table {table} has lost column {sorted(missing)[0]}"
    return ""


def _damage(conn: sqlite3.Connection) -> tuple[int, str]:
    """(schema version, why the file is damaged or "")."""
    try:
        version = user_version(conn)
        if version > CURRENT_VERSION:
            return version, ""  # refused by the caller; not even checked
        problems = [row[0] for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
        if not problems and version > 0:
            problems = [problem] if (problem := _schema_problem(conn, version)) else []
    except sqlite3.DatabaseError as error:
        if _primary_code(error) in _DAMAGED:
            return -1, str(error)
        raise
    except UnicodeDecodeError:  # SQLite's own error message quoted damaged bytes of the schema
        return -1, "the schema is not readable"
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
        log.warning("could not roll back the journal of %s: %s", path, error)


def _inspect(path: Path) -> tuple[int, str]:
    """(schema version, damage) of the file at ``path``, read-only.

    Read-only matters: a read-write connection would checkpoint the -wal into a
    damaged file, or delete it, on close; and a file from a newer app must not
    be written at all.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0, ""
    if path.with_name(path.name + "-journal").exists():
        _roll_back(path)
    conn = _read_only(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return _damage(conn)
    finally:
        conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        log.warning("diary journal mode is %s, not WAL", mode)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")


def _move_aside(path: Path, now: datetime) -> Path:
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
        raise StorageError(f"the diary {path} is damaged and could not be moved aside: {error.strerror}") from error
    log.warning("damaged diary moved to %s", target)
    return target


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    # quick_check quotes damaged text in its report: never fail on reading the verdict.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return conn


def backup_problem(path: Path) -> str:
    """Why ``path`` cannot be restored, or "" when it is a sound diary."""
    if not path.is_file():
        return "no such file"
    try:
        conn = _read_only(path)
        try:
            version, damage = _damage(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    if damage:
        return damage
    if version > CURRENT_VERSION:
        return "it was written by a newer version of the app"
    if version == 0:
        return "it is not a diary"
    return ""


# -- the store -----------------------------------------------------------------


class Diary:
    """The user's diary. Build it with :meth:`open`; close it with :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, paths: DataPaths, clock: Clock) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.paths = paths
        self.clock = clock
        self.opening_report = OpeningReport()

    @classmethod
    def open(cls, paths: DataPaths, clock: Clock) -> "Diary":
        """Open (creating, migrating, repairing as needed) the diary in ``paths``."""
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(f"cannot create the data folder {paths.root}: {error.strerror}") from error
        path = paths.diary
        conn = None
        try:
            version, damage = _inspect(path)
            moved_aside = _move_aside(path, clock.now()) if damage else None
            if version > CURRENT_VERSION:
                raise StorageError(
                    f"the diary {path} comes from a newer version of Prehab Coach (schema {version}, this app "
                    f"knows up to {CURRENT_VERSION}); update the app. The file was not changed."
                )
            conn = _connect(path)
            version = user_version(conn)
            _configure(conn)
            diary = cls(conn, paths, clock)
            backup, backup_error = (None, "") if version == 0 else diary._daily_backup()
            found = migrate(conn)
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
            newest_backup=diary.newest_backup() if moved_aside else None,
            backup=backup,
            backup_error=backup_error,
            migrated_from=found if found != CURRENT_VERSION else None,
        )
        return diary

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Diary":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taking the write lock up front (safe with WAL)."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # -- backups ---------------------------------------------------------------

    def _backups(self) -> list[Path]:
        """Daily backups, oldest first (the date in the name sorts)."""
        folder = self.paths.backups
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.glob("diary-????-??-??.sqlite3") if p.is_file())

    def _copy_to(self, target: Path) -> None:
        """A consistent, standalone copy through SQLite's backup API, written atomically."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            dest = sqlite3.connect(partial, isolation_level=None)
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)

    def _daily_backup(self) -> tuple[Path | None, str]:
        target = self.paths.backups / f"diary-{self.clock.now():%Y-%m-%d}.sqlite3"
        if target.exists():
            return None, ""
        try:
            self._copy_to(target)
            for old in self._backups()[:-BACKUPS_KEPT]:
                old.unlink()
        except (OSError, sqlite3.DatabaseError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            log.warning("daily backup %s failed: %s", target, reason)
            return None, f"{target}: {reason}"
        return target, ""

    def newest_backup(self) -> Path | None:
        """The newest daily backup that is a sound diary this app can read."""
        for path in reversed(self._backups()):
            if not backup_problem(path):
                return path
        return None

    @_guarded
    def restore_backup(self, path: Path) -> Path:
        """Replace the diary's content with ``path``; returns where the replaced
        content was saved (in ``backups/``), since nothing is ever thrown away."""
        path = Path(path)
        problem = backup_problem(path)
        if problem:
            raise StorageError(f"cannot restore {path}: {problem}")
        saved = self.paths.backups / f"diary-before-restore-{self.clock.now():%Y%m%d-%H%M%S}.sqlite3"
        self._copy_to(saved)
        source = _read_only(path)
        try:
            source.backup(self._conn)
        finally:
            source.close()
        _configure(self._conn)
        migrate(self._conn)
        return saved

    # -- sessions --------------------------------------------------------------

    def _now(self) -> datetime:
        return self.clock.now()

    def _insert_session(self, conn: sqlite3.Connection, record: SessionRecord, keep_id: bool = False) -> int:
        cursor = conn.execute(
            f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id if keep_id else None, record.routine_id, record.routine_hash, record.focus,
             _iso(record.started), _iso(record.ended), record.status, record.steps_done, record.steps_total,
             record.position),  # fmt: skip
        )
        return cursor.lastrowid

    def _session_or_fail(self, session_id: int) -> SessionRecord:
        row = self._conn.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise InputError(f"there is no session {session_id} in the diary", "id")
        return _session(row)

    def _save_session(self, conn: sqlite3.Connection, record: SessionRecord) -> None:
        conn.execute(
            "UPDATE sessions SET status = ?, ended = ?, steps_done = ?, position = ? WHERE id = ?",
            (record.status, _iso(record.ended), record.steps_done, record.position, record.id),
        )

    @_guarded
    def start_session(
        self, routine_id: str, focus: str, routine_hash: str, steps_total: int, started: datetime
    ) -> int:
        """Record a session as it starts (status in-progress); returns its id."""
        record = SessionRecord(routine_id, focus, started, IN_PROGRESS, 0, steps_total, None, routine_hash)
        validate.check_session(record, self._now(), allow_in_progress=True)
        with self._write() as conn:
            return self._insert_session(conn, record)

    @_guarded
    def update_session_progress(self, session_id: int, steps_done: int, position: int) -> None:
        """Called as each step completes, so a crash loses at most the step in progress."""
        with self._write() as conn:
            record = replace(self._session_or_fail(session_id), steps_done=steps_done, position=position)
            validate.check_session(record, self._now(), allow_in_progress=True)
            self._save_session(conn, record)

    @_guarded
    def finish_session(
        self, session_id: int, status: str, ended: datetime, steps_done: int | None = None
    ) -> SessionRecord:
        """Close a session as completed, stopped, stopped-for-pain or interrupted."""
        validate.check_status(status)
        with self._write() as conn:
            record = self._session_or_fail(session_id)
            record = replace(record, status=status, ended=ended,
                             steps_done=record.steps_done if steps_done is None else steps_done)  # fmt: skip
            validate.check_session(record, self._now())
            self._save_session(conn, record)
        return record

    @_guarded
    def mark_interrupted(self) -> list[SessionRecord]:
        """Turn sessions left in progress by a crash into "interrupted"; returns them."""
        with self._write() as conn:
            rows = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE status = ? ORDER BY started, id", (IN_PROGRESS,)
            ).fetchall()
            conn.execute("UPDATE sessions SET status = 'interrupted' WHERE status = ?", (IN_PROGRESS,))
        return [replace(_session(row), status="interrupted") for row in rows]

    @_guarded
    def resume_session(self, session_id: int) -> SessionRecord:
        """Put an interrupted session back in progress; ``position`` says where it was."""
        with self._write() as conn:
            record = self._session_or_fail(session_id)
            if record.status not in ("interrupted", IN_PROGRESS):
                raise InputError(f"session {session_id} is {record.status}, not interrupted", "status")
            record = replace(record, status=IN_PROGRESS, ended=None)
            self._save_session(conn, record)
        return record

    @_guarded
    def add_session(self, record: SessionRecord) -> int:
        """Log a session by hand (or keep one the player finished); returns its id."""
        validate.check_session(record, self._now())
        with self._write() as conn:
            return self._insert_session(conn, record)

    @_guarded
    def session(self, session_id: int) -> SessionRecord | None:
        row = self._conn.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return None if row is None else _session(row)

    @_guarded
    def sessions(self, since: date | datetime | None = None) -> list[SessionRecord]:
        """Sessions started on or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE started >= ? ORDER BY started, id", (_since(since),)
        )
        return [_session(row) for row in rows]

    @_guarded
    def delete_session(self, session_id: int) -> SessionRecord:
        """Delete a session; returns it so the caller can undo with :meth:`restore`."""
        with self._write() as conn:
            record = self._session_or_fail(session_id)
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    # -- runs and shoes ------------------------------------------------------------

    def _shoe_id(self, conn: sqlite3.Connection, name: str | None, at: datetime) -> int | None:
        """The shoes a run was made in, registered on first use."""
        if name is None:
            return None
        row = conn.execute("SELECT id FROM shoes WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return row[0]
        cursor = conn.execute("INSERT INTO shoes (name, started) VALUES (?, ?)", (name, at.date().isoformat()))
        return cursor.lastrowid

    def _insert_run(self, conn: sqlite3.Connection, run: Run, keep_id: bool = False) -> int:
        cursor = conn.execute(
            "INSERT INTO runs (id, at, distance_km, minutes, shoe_id) VALUES (?, ?, ?, ?, ?)",
            (run.id if keep_id else None, _iso(run.at), float(run.distance_km),
             None if run.minutes is None else float(run.minutes), self._shoe_id(conn, run.shoes, run.at)),  # fmt: skip
        )
        return cursor.lastrowid

    def _run_or_fail(self, run_id: int | None) -> Run:
        row = self._conn.execute(f"{_RUN_SELECT} WHERE r.id = ?", (run_id,)).fetchone()
        if row is None:
            raise InputError(f"there is no run {run_id} in the diary", "id")
        return _run(row)

    @_guarded
    def add_run(self, run: Run) -> int:
        """Log a run (its id is ignored); unknown shoes are registered. Returns the new id."""
        validate.check_run(run, self._now())
        with self._write() as conn:
            return self._insert_run(conn, run)

    @_guarded
    def runs(self, since: date | datetime | None = None) -> list[Run]:
        """Runs on or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(f"{_RUN_SELECT} WHERE r.at >= ? ORDER BY r.at, r.id", (_since(since),))
        return [_run(row) for row in rows]

    @_guarded
    def update_run(self, run: Run) -> None:
        """Replace the run with ``run.id`` by ``run``."""
        validate.check_run(run, self._now())
        with self._write() as conn:
            self._run_or_fail(run.id)
            conn.execute(
                "UPDATE runs SET at = ?, distance_km = ?, minutes = ?, shoe_id = ? WHERE id = ?",
                (_iso(run.at), float(run.distance_km), None if run.minutes is None else float(run.minutes),
                 self._shoe_id(conn, run.shoes, run.at), run.id),  # fmt: skip
            )

    @_guarded
    def delete_run(self, run_id: int) -> Run:
        """Delete a run; returns it so the caller can undo with :meth:`restore`."""
        with self._write() as conn:
            run = self._run_or_fail(run_id)
            conn.execute("DELETE FROM runs WHERE id = ?", (run_id,))
        return run

    def _insert_shoe(self, conn: sqlite3.Connection, shoe: Shoe) -> int:
        if conn.execute("SELECT 1 FROM shoes WHERE name = ?", (shoe.name,)).fetchone():
            raise InputError(f"there are already shoes named {shoe.name!r}", "name")
        cursor = conn.execute(
            "INSERT INTO shoes (name, started, start_km, retired) VALUES (?, ?, ?, ?)",
            (shoe.name, shoe.started.isoformat(), float(shoe.distance_km), int(shoe.retired)),
        )
        return cursor.lastrowid

    @_guarded
    def add_shoe(self, shoe: Shoe) -> int:
        """Register a pair of shoes; ``shoe.distance_km`` is what they had run before."""
        validate.check_shoe(shoe, self._now())
        with self._write() as conn:
            return self._insert_shoe(conn, shoe)

    @_guarded
    def shoes(self, include_runs: bool = True) -> list[Shoe]:
        """Every pair, oldest first. ``distance_km`` is the starting distance plus
        the runs logged in them (the starting distance alone with ``include_runs=False``)."""
        rows = self._conn.execute(
            "SELECT s.id, s.name, s.started, s.start_km, s.retired, COALESCE(SUM(r.distance_km), 0) "
            "FROM shoes s LEFT JOIN runs r ON r.shoe_id = s.id GROUP BY s.id ORDER BY s.started, s.id"
        )
        return [_shoe(row, include_runs) for row in rows]

    @_guarded
    def retire_shoe(self, shoe_id: int, retired: bool = True) -> None:
        with self._write() as conn:
            if conn.execute("UPDATE shoes SET retired = ? WHERE id = ?", (int(retired), shoe_id)).rowcount == 0:
                raise InputError(f"there are no shoes {shoe_id} in the diary", "id")

    # -- pain ----------------------------------------------------------------------

    def _insert_pain(self, conn: sqlite3.Connection, entry: PainEntry, keep_id: bool = False) -> int:
        cursor = conn.execute(
            f"INSERT INTO pain ({_PAIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.id if keep_id else None, _iso(entry.at), entry.moment, entry.left, entry.right,
             ",".join(entry.locations), ",".join(entry.characters), ",".join(entry.flags), entry.note),  # fmt: skip
        )
        return cursor.lastrowid

    def _pain_or_fail(self, entry_id: int | None) -> PainEntry:
        row = self._conn.execute(f"SELECT {_PAIN_COLUMNS} FROM pain WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise InputError(f"there is no pain entry {entry_id} in the diary", "id")
        return _pain(row)

    @_guarded
    def add_pain(self, entry: PainEntry) -> int:
        """Log a pain entry (its id is ignored); returns the new id."""
        validate.check_pain(entry, self._now())
        with self._write() as conn:
            return self._insert_pain(conn, entry)

    @_guarded
    def pain_entries(self, since: date | datetime | None = None) -> list[PainEntry]:
        """Pain entries on or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(f"SELECT {_PAIN_COLUMNS} FROM pain WHERE at >= ? ORDER BY at, id", (_since(since),))
        return [_pain(row) for row in rows]

    @_guarded
    def update_pain(self, entry: PainEntry) -> None:
        """Replace the entry with ``entry.id`` by ``entry``."""
        validate.check_pain(entry, self._now())
        with self._write() as conn:
            self._pain_or_fail(entry.id)
            conn.execute("DELETE FROM pain WHERE id = ?", (entry.id,))
            self._insert_pain(conn, entry, keep_id=True)

    @_guarded
    def delete_pain(self, entry_id: int) -> PainEntry:
        """Delete a pain entry; returns it so the caller can undo with :meth:`restore`."""
        with self._write() as conn:
            entry = self._pain_or_fail(entry_id)
            conn.execute("DELETE FROM pain WHERE id = ?", (entry_id,))
        return entry

    # -- undo and bulk ---------------------------------------------------------------

    def _check(self, record: object, now: datetime, imported: bool = False) -> None:
        if isinstance(record, PainEntry):
            validate.check_pain(record, now)
        elif isinstance(record, Run):
            validate.check_run(record, now)
        elif isinstance(record, SessionRecord):
            validate.check_session(record, now, allow_in_progress=imported)
        elif isinstance(record, Shoe):
            validate.check_shoe(record, now)
        else:
            raise TypeError(f"not a diary record: {record!r}")

    def _insert(self, conn: sqlite3.Connection, record: object, keep_id: bool = False) -> int:
        if isinstance(record, PainEntry):
            return self._insert_pain(conn, record, keep_id)
        if isinstance(record, Run):
            return self._insert_run(conn, record, keep_id)
        if isinstance(record, SessionRecord):
            return self._insert_session(conn, record, keep_id)
        return self._insert_shoe(conn, record)

    @_guarded
    def restore(self, record: PainEntry | Run | SessionRecord) -> int:
        """Put back a record returned by a ``delete_*`` (undo), with its old id."""
        if record.id is None:
            raise ValueError("restore() needs a record that was deleted, with its id")
        self._check(record, self._now(), imported=isinstance(record, SessionRecord))
        with self._write() as conn:
            return self._insert(conn, record, keep_id=True)

    @_guarded
    def add_many(self, records: Iterable[object], skip_existing: bool = False) -> tuple[Counter, int]:
        """Write many records in one transaction, all or nothing (an import).

        Shoes go first so runs find them. With ``skip_existing``, a record equal
        to one already in the diary is skipped, as many times as it is there, so
        importing a file twice adds nothing the second time. Returns the count
        added per kind ("sessions", "runs", "pain", "shoes") and the count skipped.
        """
        records = list(records)
        now = self._now()
        for record in records:
            self._check(record, now, imported=True)
        records.sort(key=lambda r: not isinstance(r, Shoe))
        added: Counter = Counter()
        skipped = 0
        kinds = {Shoe: "shoes", Run: "runs", PainEntry: "pain", SessionRecord: "sessions"}
        with self._write() as conn:
            existing: Counter = Counter()
            if skip_existing:
                existing.update(_key(r) for r in self.shoes(include_runs=False))
                existing.update(_key(r) for r in self.sessions())
                existing.update(_key(r) for r in self.runs())
                existing.update(_key(r) for r in self.pain_entries())
            for record in records:
                key = _key(record)
                if existing[key] > 0:
                    existing[key] -= 1
                    skipped += 1
                    continue
                self._insert(conn, record)
                added[kinds[type(record)]] += 1
        return added, skipped

    # -- settings --------------------------------------------------------------------

    @_guarded
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    @_guarded
    def set_setting(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"settings are stored as text, not {type(value).__name__}")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

