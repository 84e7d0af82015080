"""The diary: one SQLite file with sessions, runs, pain entries, shoes and settings.

Opening is where the safety lives: WAL and foreign keys on, a busy timeout so
the command line works while the app is open, ``quick_check``, a refusal to
touch a file from a newer app, a damaged file moved aside (never deleted) in
favour of a fresh one, a daily backup, and forward migrations. The file-level
steps live in :mod:`coach.core.diary.storage`, the mapping of records to rows in
:mod:`coach.core.diary.rows`; this module is the record API over them.

Every write is one ``BEGIN IMMEDIATE`` transaction and every record is
validated before anything is written. SQLite failures caused by the
environment (disk full, read-only folder, I/O error) become
:class:`StorageError`; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from coach.core.clock import Clock
from coach.core.diary import backups, storage, validate, wal_check
from coach.core.diary.fields import record_key, spec, with_ratings
from coach.core.diary.migrations import immediate
from coach.core.diary.opening import open_diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.diary.rows import (
    insert,
    insert_pain,
    insert_run,
    insert_session,
    insert_shoe,
    pain_from_row,
    run_from_row,
    save_session,
    select_sql,
    session_from_row,
    shoe_from_row,
    shoes_sql,
    since_text,
    update,
)
from coach.core.diary.storage import (  # noqa: F401 (re-exported: callers import them from here)
    BACKUPS_KEPT,
    BUSY_TIMEOUT_S,
    DamagedEntry,
    OpeningReport,
    storage_error,
)
from coach.core.errors import InputError, StorageError
from coach.core.i18n import _
from coach.core.paths import DataPaths
from coach.core.vocabulary import IN_PROGRESS

P = ParamSpec("P")
R = TypeVar("R")


def _guarded(method: Callable[Concatenate[Diary, P], R]) -> Callable[Concatenate[Diary, P], R]:
    """Serialise access (the UI may read from a worker thread) and turn
    environment faults into StorageError."""

    @functools.wraps(method)
    def wrapper(self: Diary, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as error:
                translated = storage_error(error, self.paths.diary)
                if translated is None:
                    raise
                raise translated from error

    return wrapper


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
    def open(cls, paths: DataPaths, clock: Clock) -> Diary:
        """Open (creating, migrating, repairing as needed) the diary in ``paths``; see :mod:`opening`."""
        return open_diary(cls, paths, clock)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def twin(self) -> Diary:
        """A second connection to the same, already opened file, for a writer thread.

        WAL lets this diary's connection keep reading while the twin writes, so a
        slow write on the twin never holds up whoever uses this one. Same class,
        same paths and clock; no backup, migration or check (``open`` did them)."""
        conn = None
        try:
            conn = storage.connect(self.paths.diary)
            storage.configure(conn)
        except sqlite3.Error as error:
            if conn is not None:
                conn.close()
            translated = storage_error(error, self.paths.diary)
            if translated is None:
                raise
            raise translated from error
        return type(self)(conn, self.paths, self.clock)

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taking the write lock up front (safe with WAL)."""
        with immediate(self._conn) as conn:
            yield conn
            # Rewrite the page that holds this diary's id in every transaction, so each
            # write-ahead log names the diary it belongs to (see wal_check).
            conn.execute("UPDATE settings SET value = value WHERE key = ?", (wal_check.DIARY_ID_KEY,))

    # -- backups ---------------------------------------------------------------

    def newest_backup(self) -> Path | None:
        """The newest daily backup that is a sound diary this app can read."""
        return backups.newest_backup(self.paths.backups)

    @_guarded
    def replace_with(self, backup: Path, keep_as: Path) -> None:
        """Replace the diary's content with ``backup``, the replaced content kept at ``keep_as``.
        :func:`coach.core.diary.restore.restore_backup` reads the backup whole first."""
        backups.restore_into(self._conn, backup, keep_as)

    # -- sessions --------------------------------------------------------------

    def _now(self) -> datetime:
        return self.clock.now()

    def _stored_now(self, record: SessionRecord) -> datetime:
        """"Now" for checking a session already in the diary: a wall clock that stepped
        back since it started must not make its own start (or end) "in the future"."""
        return max(self._now(), record.started, record.ended or record.started)

    def _session_or_fail(self, session_id: int) -> SessionRecord:
        row = self._conn.execute(f"{select_sql('sessions')} WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise InputError(_("there is no session {session_id} in the diary").format(session_id=session_id), "id")
        return session_from_row(row)

    @_guarded
    def start_session(
        self, routine_id: str, focus: str, routine_hash: str, steps_total: int, started: datetime
    ) -> int:
        """Record a session as it starts (status in-progress); returns its id.

        ``started`` is the player's "now" when it queued this write: checked like the session's
        later writes, so a wall clock set back before the write lands (NTP, a time zone change,
        a slow disk) does not turn the start "in the future" and lose the whole row."""
        record = SessionRecord(routine_id, focus, started, IN_PROGRESS, 0, steps_total, None, routine_hash)
        validate.check_session(record, self._stored_now(record), allow_in_progress=True)
        with self._write() as conn:
            return insert_session(conn, record)

    @_guarded
    def update_session_progress(self, session_id: int, steps_done: int, position: int) -> None:
        """Called as each step completes, so a crash loses at most the step in progress."""
        with self._write() as conn:
            record = replace(self._session_or_fail(session_id), steps_done=steps_done, position=position)
            validate.check_session(record, self._stored_now(record), allow_in_progress=True)
            save_session(conn, record)

    @_guarded
    def rate_session(self, session_id: int, key: str, value: int | None) -> SessionRecord:
        """One declared rating of a played session (``fields.asked``), asked at the done screen."""
        name = spec("sessions", key).name  # KeyError for a key sessions do not declare
        with self._write() as conn:
            record = with_ratings(self._session_or_fail(session_id), {name: value})
            validate.check_session(record, self._stored_now(record), allow_in_progress=True)
            save_session(conn, record)
        return record

    @_guarded
    def finish_session(
        self, session_id: int, status: str, ended: datetime, steps_done: int | None = None
    ) -> SessionRecord:
        """Close a session as completed, partial, stopped, stopped-for-pain or interrupted."""
        validate.check_status(status)
        with self._write() as conn:
            record = self._session_or_fail(session_id)
            record = replace(record, status=status, ended=ended,
                             steps_done=record.steps_done if steps_done is None else steps_done)  # fmt: skip
            validate.check_session(record, self._stored_now(record))
            save_session(conn, record)
        return record

    @_guarded
    def mark_interrupted(self) -> list[SessionRecord]:
        """Turn sessions left in progress by a crash into "interrupted"; returns them."""
        with self._write() as conn:
            rows = conn.execute(
                f"{select_sql('sessions')} WHERE status = ? ORDER BY started, id", (IN_PROGRESS,)
            ).fetchall()
            conn.execute("UPDATE sessions SET status = 'interrupted' WHERE status = ?", (IN_PROGRESS,))
        return [replace(session_from_row(row), status="interrupted") for row in rows]

    @_guarded
    def resume_session(self, session_id: int) -> SessionRecord:
        """Put an interrupted session back in progress; ``position`` says where it was."""
        with self._write() as conn:
            record = self._session_or_fail(session_id)
            if record.status not in ("interrupted", IN_PROGRESS):
                raise InputError(_("session {session_id} is {status}, not interrupted").format(
                                   session_id=session_id, status=record.status), "status")
            record = replace(record, status=IN_PROGRESS, ended=None)
            save_session(conn, record)
        return record

    @_guarded
    def add_session(self, record: SessionRecord) -> int:
        """Log a session by hand (or keep one the player finished); returns its id."""
        validate.check_session(record, self._now())
        with self._write() as conn:
            return insert_session(conn, record)

    @_guarded
    def session(self, session_id: int) -> SessionRecord | None:
        row = self._conn.execute(f"{select_sql('sessions')} WHERE id = ?", (session_id,)).fetchone()
        return None if row is None else session_from_row(row)

    @_guarded
    def sessions(self, since: date | datetime | None = None) -> list[SessionRecord]:
        """Sessions started on or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(
            f"{select_sql('sessions')} WHERE started >= ? ORDER BY started, id", (since_text(since),)
        )
        return [session_from_row(row) for row in rows]

    @_guarded
    def delete_session(self, session_id: int) -> SessionRecord:
        """Delete a session; returns it so the caller can undo with :meth:`restore`."""
        with self._write() as conn:
            record = self._session_or_fail(session_id)
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    # -- runs and shoes ------------------------------------------------------------

    def _run_or_fail(self, run_id: int | None) -> Run:
        row = self._conn.execute(f"{select_sql('runs')} WHERE r.id = ?", (run_id,)).fetchone()
        if row is None:
            raise InputError(_("there is no run {run_id} in the diary").format(run_id=run_id), "id")
        return run_from_row(row)

    @_guarded
    def add_run(self, run: Run) -> int:
        """Log a run (its id is ignored); unknown shoes are registered. Returns the new id."""
        validate.check_run(run, self._now())
        with self._write() as conn:
            return insert_run(conn, run)

    @_guarded
    def runs(self, since: date | datetime | None = None) -> list[Run]:
        """Runs on or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(f"{select_sql('runs')} WHERE r.at >= ? ORDER BY r.at, r.id", (since_text(since),))
        return [run_from_row(row) for row in rows]

    @_guarded
    def update_run(self, run: Run) -> None:
        """Replace the run with ``run.id`` by ``run``."""
        validate.check_run(run, self._now())
        with self._write() as conn:
            self._run_or_fail(run.id)
            update(conn, run)

    @_guarded
    def delete_run(self, run_id: int) -> Run:
        """Delete a run; returns it so the caller can undo with :meth:`restore`."""
        with self._write() as conn:
            run = self._run_or_fail(run_id)
            conn.execute("DELETE FROM runs WHERE id = ?", (run_id,))
        return run

    @_guarded
    def add_shoe(self, shoe: Shoe) -> int:
        """Register a pair of shoes; ``shoe.distance_km`` is what they had run before."""
        validate.check_shoe(shoe, self._now())
        with self._write() as conn:
            return insert_shoe(conn, shoe)

    @_guarded
    def shoes(self, include_runs: bool = True) -> list[Shoe]:
        """Every pair, oldest first. ``distance_km`` is the starting distance plus
        the runs logged in them (the starting distance alone with ``include_runs=False``)."""
        rows = self._conn.execute(shoes_sql())
        return [shoe_from_row(row, include_runs) for row in rows]

    @_guarded
    def set_shoe_limit(self, shoe_id: int, limit_km: float) -> None:
        """How far this pair may go before it is time to replace it."""
        validate.check_shoe_limit(limit_km)
        with self._write() as conn:
            if conn.execute("UPDATE shoes SET limit_km = ? WHERE id = ?", (float(limit_km), shoe_id)).rowcount == 0:
                raise InputError(_("there are no shoes {shoe_id} in the diary").format(shoe_id=shoe_id), "id")

    @_guarded
    def retire_shoe(self, shoe_id: int, retired: bool = True) -> None:
        with self._write() as conn:
            if conn.execute("UPDATE shoes SET retired = ? WHERE id = ?", (int(retired), shoe_id)).rowcount == 0:
                raise InputError(_("there are no shoes {shoe_id} in the diary").format(shoe_id=shoe_id), "id")

    # -- pain ----------------------------------------------------------------------

    def _pain_or_fail(self, entry_id: int | None) -> PainEntry:
        row = self._conn.execute(f"{select_sql('pain')} WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise InputError(_("there is no pain entry {entry_id} in the diary").format(entry_id=entry_id), "id")
        return pain_from_row(row)

    @_guarded
    def add_pain(self, entry: PainEntry) -> int:
        """Log a pain entry (its id is ignored); returns the new id."""
        validate.check_pain(entry, self._now())
        with self._write() as conn:
            return insert_pain(conn, entry)

    @_guarded
    def pain_entries(self, since: date | datetime | None = None) -> list[PainEntry]:
        """Pain entries on or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(f"{select_sql('pain')} WHERE at >= ? ORDER BY at, id", (since_text(since),))
        return [pain_from_row(row) for row in rows]

    @_guarded
    def advice_facts(self, today: date) -> tuple[date | None, bool]:
        """(day of the first rated pain entry, whether any pain entry or run exists), up to
        ``today``: what advice needs from before its window, from the ``at`` indexes."""
        tomorrow = since_text(date.fromordinal(today.toordinal() + 1))
        first = self._conn.execute(
            "SELECT at FROM pain WHERE at < ? AND (left_nrs IS NOT NULL OR right_nrs IS NOT NULL) ORDER BY at LIMIT 1",
            (tomorrow,),
        ).fetchone()
        logged = self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM pain WHERE at < ?) OR EXISTS (SELECT 1 FROM runs WHERE at < ?)",
            (tomorrow, tomorrow),
        ).fetchone()[0]
        try:
            first_day = None if first is None else datetime.fromisoformat(first[0]).date()
        except (TypeError, ValueError) as error:
            raise StorageError(_("the diary {diary} holds a damaged pain entry: {error}").format(
                                 diary=self.paths.diary, error=error)) from error
        return first_day, bool(logged)

    @_guarded
    def update_pain(self, entry: PainEntry) -> None:
        """Replace the entry with ``entry.id`` by ``entry``."""
        validate.check_pain(entry, self._now())
        with self._write() as conn:
            self._pain_or_fail(entry.id)
            conn.execute("DELETE FROM pain WHERE id = ?", (entry.id,))
            insert_pain(conn, entry, keep_id=True)

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

    @_guarded
    def restore(self, record: PainEntry | Run | SessionRecord) -> int:
        """Put back a record returned by a ``delete_*`` (undo), with its old id."""
        if record.id is None:
            raise ValueError("restore() needs a record that was deleted, with its id")
        self._check(record, self._now(), imported=isinstance(record, SessionRecord))
        with self._write() as conn:
            return insert(conn, record, keep_id=True)

    @_guarded
    def data_version(self) -> int:
        """Changes whenever another connection (the command line) commits to the diary."""
        version: int = self._conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    @_guarded
    def add_many(self, records: Iterable[object], skip_existing: bool = False) -> tuple[Counter[str], int]:
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
        added: Counter[str] = Counter()
        skipped = 0
        kinds = {Shoe: "shoes", Run: "runs", PainEntry: "pain", SessionRecord: "sessions"}
        with self._write() as conn:
            existing: Counter[tuple[Any, ...]] = Counter()
            if skip_existing:
                existing.update(record_key(r) for r in self.shoes(include_runs=False))
                existing.update(record_key(r) for r in self.sessions())
                existing.update(record_key(r) for r in self.runs())
                existing.update(record_key(r) for r in self.pain_entries())
            for record in records:
                key = record_key(record)
                if existing[key] > 0:
                    existing[key] -= 1
                    skipped += 1
                    continue
                insert(conn, record)
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

