"""Records <-> rows for the diary: how each record is read from and written to its table.

Times are stored as ISO text to the second and tuples of words as comma-joined
text. A row that no longer converts (bytes changed on disk inside a record)
raises :class:`DamagedEntry`, which the diary reports as a storage fault.
The functions that write take the connection of the caller's transaction.
"""

from __future__ import annotations

import functools
import sqlite3
from datetime import date, datetime

from coach.core.errors import InputError
from coach.core.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.storage import DamagedEntry

SESSION_COLUMNS = "id, routine_id, routine_hash, focus, started, ended, status, steps_done, steps_total, position"
RUN_SELECT = "SELECT r.id, r.at, r.distance_km, r.minutes, s.name FROM runs r LEFT JOIN shoes s ON s.id = r.shoe_id"
PAIN_COLUMNS = "id, at, moment, left_nrs, right_nrs, locations, characters, flags, note"


# -- values <-> columns ------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def since_text(since: date | datetime | None) -> str:
    """The lower bound of a "since" query as stored text ("" when there is none)."""
    if since is None:
        return ""
    if not isinstance(since, datetime):
        since = datetime(since.year, since.month, since.day)
    return since.isoformat(timespec="seconds")


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


# -- rows -> records ---------------------------------------------------------


def _readable(convert):
    """Row converters raise DamagedEntry, not ValueError/TypeError, on a damaged row."""

    @functools.wraps(convert)
    def read(row: tuple, *args):
        try:
            return convert(row, *args)
        except (ValueError, TypeError, AttributeError) as error:
            raise DamagedEntry(f"entry {row[0]!r}: {error}") from error

    return read


@_readable
def session_from_row(row: tuple) -> SessionRecord:
    id_, routine_id, routine_hash, focus, started, ended, status, done, total, position = row
    return SessionRecord(
        routine_id, focus, datetime.fromisoformat(started), status, done, total, _dt(ended), routine_hash, position, id_
    )


@_readable
def run_from_row(row: tuple) -> Run:
    return Run(datetime.fromisoformat(row[1]), row[2], row[3], row[4], row[0])


@_readable
def pain_from_row(row: tuple) -> PainEntry:
    id_, at, moment, left, right, locations, characters, flags, note = row
    return PainEntry(
        datetime.fromisoformat(at), moment, left, right, _split(locations), _split(characters), _split(flags), note, id_
    )


@_readable
def shoe_from_row(row: tuple, include_runs: bool) -> Shoe:
    id_, name, started, start_km, retired, run_km = row
    return Shoe(name, date.fromisoformat(started), start_km + (run_km if include_runs else 0.0), bool(retired), id_)


def record_key(record: object) -> tuple:
    """What makes two records "the same entry" for import de-duplication."""
    if isinstance(record, SessionRecord):
        return ("session", record.routine_id, record.focus, record.routine_hash, record.status,
                iso(record.started), iso(record.ended), record.steps_done, record.steps_total)  # fmt: skip
    if isinstance(record, Run):
        shoes = record.shoes.casefold() if record.shoes else None
        return ("run", iso(record.at), record.distance_km, record.minutes, shoes)
    if isinstance(record, PainEntry):
        return ("pain", iso(record.at), record.moment, record.left, record.right,
                record.locations, record.characters, record.flags, record.note)  # fmt: skip
    if isinstance(record, Shoe):
        return ("shoe", record.name.casefold())
    raise TypeError(f"not a diary record: {record!r}")


# -- records -> rows ---------------------------------------------------------


def insert_session(conn: sqlite3.Connection, record: SessionRecord, keep_id: bool = False) -> int:
    cursor = conn.execute(
        f"INSERT INTO sessions ({SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id if keep_id else None, record.routine_id, record.routine_hash, record.focus,
         iso(record.started), iso(record.ended), record.status, record.steps_done, record.steps_total,
         record.position),  # fmt: skip
    )
    return cursor.lastrowid


def save_session(conn: sqlite3.Connection, record: SessionRecord) -> None:
    """Write what changes while a session runs and when it ends."""
    conn.execute(
        "UPDATE sessions SET status = ?, ended = ?, steps_done = ?, position = ? WHERE id = ?",
        (record.status, iso(record.ended), record.steps_done, record.position, record.id),
    )


def shoe_id(conn: sqlite3.Connection, name: str | None, at: datetime) -> int | None:
    """The shoes a run was made in, registered on first use."""
    if name is None:
        return None
    row = conn.execute("SELECT id FROM shoes WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return row[0]
    cursor = conn.execute("INSERT INTO shoes (name, started) VALUES (?, ?)", (name, at.date().isoformat()))
    return cursor.lastrowid


def insert_run(conn: sqlite3.Connection, run: Run, keep_id: bool = False) -> int:
    cursor = conn.execute(
        "INSERT INTO runs (id, at, distance_km, minutes, shoe_id) VALUES (?, ?, ?, ?, ?)",
        (run.id if keep_id else None, iso(run.at), float(run.distance_km),
         None if run.minutes is None else float(run.minutes), shoe_id(conn, run.shoes, run.at)),  # fmt: skip
    )
    return cursor.lastrowid


def insert_shoe(conn: sqlite3.Connection, shoe: Shoe) -> int:
    """Register ``shoe``; a second pair with the same name is the user's mistake, not a bug."""
    if conn.execute("SELECT 1 FROM shoes WHERE name = ?", (shoe.name,)).fetchone():
        raise InputError(f"there are already shoes named {shoe.name!r}", "name")
    cursor = conn.execute(
        "INSERT INTO shoes (name, started, start_km, retired) VALUES (?, ?, ?, ?)",
        (shoe.name, shoe.started.isoformat(), float(shoe.distance_km), int(shoe.retired)),
    )
    return cursor.lastrowid


def insert_pain(conn: sqlite3.Connection, entry: PainEntry, keep_id: bool = False) -> int:
    cursor = conn.execute(
        f"INSERT INTO pain ({PAIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.id if keep_id else None, iso(entry.at), entry.moment, entry.left, entry.right,
         ",".join(entry.locations), ",".join(entry.characters), ",".join(entry.flags), entry.note),  # fmt: skip
    )
    return cursor.lastrowid


def insert(conn: sqlite3.Connection, record: object, keep_id: bool = False) -> int:
    """Insert any kind of record (shoes always get a new id)."""
    if isinstance(record, PainEntry):
        return insert_pain(conn, record, keep_id)
    if isinstance(record, Run):
        return insert_run(conn, record, keep_id)
    if isinstance(record, SessionRecord):
        return insert_session(conn, record, keep_id)
    return insert_shoe(conn, record)
