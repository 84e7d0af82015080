"""Records <-> rows for the diary: how each record is read from and written to its table.

Times are stored as ISO text to the second and tuples of words as comma-joined
text. A row that no longer converts (bytes changed on disk inside a record)
raises :class:`DamagedEntry`, which the diary reports as a storage fault.
The functions that write take the connection of the caller's transaction.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from coach.core.diary.records import NRS_MAX, PainEntry, Run, SessionRecord, Shoe
from coach.core.diary.storage import DamagedEntry
from coach.core.diary.validate import MAX_COUNT, MAX_DISTANCE_KM, MAX_MINUTES, MAX_SHOE_LIMIT_KM, MAX_SHOE_START_KM
from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.vocabulary import CHARACTERS, FLAGS, IN_PROGRESS, LOCATIONS, MOMENTS, SESSION_STATUSES

SESSION_COLUMNS = "id, routine_id, routine_hash, focus, started, ended, status, steps_done, steps_total, position, effort"
RUN_SELECT = "SELECT r.id, r.at, r.distance_km, r.minutes, s.name, r.effort FROM runs r LEFT JOIN shoes s ON s.id = r.shoe_id"
PAIN_COLUMNS = "id, at, moment, left_nrs, right_nrs, locations, characters, flags, note"


# -- values <-> columns ------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    return None if text is None else _time(text)


# -- values read back: the shape the app wrote, or the row is damaged ---------------------
# Cheap checks, once per row read: what a damaged or hand-edited file could hold that
# would break arithmetic or formatting further on (text where a number belongs, a time
# with a UTC offset, a rating of 99). SQLite's STRICT tables and CHECKs hold the same line
# for anything written through SQLite; these catch what bytes changed on disk can still do.


def _time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"a time stored as {type(value).__name__}")
    at = datetime.fromisoformat(value)
    if at.tzinfo is not None:
        raise ValueError(f"a time with a UTC offset ({value})")
    return at


def _whole(value: object, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} stored as {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{what} {value} is not from {low} to {high}")
    return value


def _rating(value: object, what: str) -> int | None:
    return None if value is None else _whole(value, 0, NRS_MAX, what)


def _amount(value: object, high: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= high:
        raise ValueError(f"{what} {value!r} is not a number from 0 to {high:g}")
    return float(value)


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} stored as {type(value).__name__}")
    return value


def _words(value: object, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    words = _split(_text(value, what))
    if not set(words) <= set(allowed):
        raise ValueError(f"{what} holds a word the app does not know")
    return words


def _one_of(value: object, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{what} {value!r} is not one the app knows")
    return str(value)


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


Row = tuple[Any, ...]
P = ParamSpec("P")
R = TypeVar("R")


def _readable(convert: Callable[Concatenate[Row, P], R]) -> Callable[Concatenate[Row, P], R]:
    """Row converters raise DamagedEntry, not ValueError/TypeError, on a damaged row."""

    @functools.wraps(convert)
    def read(row: Row, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return convert(row, *args, **kwargs)
        except (ValueError, TypeError, AttributeError) as error:
            raise DamagedEntry(f"entry {row[0]!r}: {error}") from error

    return read


@_readable
def session_from_row(row: Row) -> SessionRecord:
    id_, routine_id, routine_hash, focus, started, ended, status, done, total, position, effort = row
    return SessionRecord(
        _text(routine_id, "routine"), _text(focus, "focus"), _time(started),
        _one_of(status, (*SESSION_STATUSES, IN_PROGRESS), "status"), _whole(done, 0, MAX_COUNT, "steps done"),
        _whole(total, 0, MAX_COUNT, "steps"), _dt(ended), _text(routine_hash, "routine hash"),
        _whole(position, 0, MAX_COUNT, "position"), id_, _rating(effort, "effort"),
    )  # fmt: skip


@_readable
def run_from_row(row: Row) -> Run:
    id_, at, distance, minutes, shoes, effort = row
    return Run(_time(at), _amount(distance, MAX_DISTANCE_KM, "distance"),
               None if minutes is None else _amount(minutes, MAX_MINUTES, "minutes"),
               None if shoes is None else _text(shoes, "shoes"), id_, _rating(effort, "effort"))  # fmt: skip


@_readable
def pain_from_row(row: Row) -> PainEntry:
    id_, at, moment, left, right, locations, characters, flags, note = row
    return PainEntry(
        _time(at), _one_of(moment, MOMENTS, "moment"), _rating(left, "left knee"), _rating(right, "right knee"),
        _words(locations, LOCATIONS, "locations"), _words(characters, CHARACTERS, "characters"),
        _words(flags, FLAGS, "warning signs"), _text(note, "note"), id_,
    )  # fmt: skip


@_readable
def shoe_from_row(row: Row, include_runs: bool) -> Shoe:
    id_, name, started, start_km, retired, limit_km, run_km = row
    start = _amount(start_km, MAX_SHOE_START_KM, "starting distance")
    runs = _amount(run_km, float("inf"), "distance run") if include_runs else 0.0
    return Shoe(_text(name, "name"), date.fromisoformat(_text(started, "first worn")), start + runs,
                bool(_whole(retired, 0, 1, "retired")), id_, _amount(limit_km, MAX_SHOE_LIMIT_KM, "limit"))  # fmt: skip


# -- records -> rows ---------------------------------------------------------


def insert_session(conn: sqlite3.Connection, record: SessionRecord, keep_id: bool = False) -> int:
    cursor = conn.execute(
        f"INSERT INTO sessions ({SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id if keep_id else None, record.routine_id, record.routine_hash, record.focus,
         iso(record.started), iso(record.ended), record.status, record.steps_done, record.steps_total,
         record.position, record.effort),  # fmt: skip
    )
    return _new_id(cursor)


def save_session(conn: sqlite3.Connection, record: SessionRecord) -> None:
    """Write what changes while a session runs and when it ends."""
    conn.execute(
        "UPDATE sessions SET status = ?, ended = ?, steps_done = ?, position = ?, effort = ? WHERE id = ?",
        (record.status, iso(record.ended), record.steps_done, record.position, record.effort, record.id),
    )


def shoe_id(conn: sqlite3.Connection, name: str | None, at: datetime) -> int | None:
    """The shoes a run was made in, registered on first use."""
    if name is None:
        return None
    row = conn.execute("SELECT id FROM shoes WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = conn.execute("INSERT INTO shoes (name, started) VALUES (?, ?)", (name, at.date().isoformat()))
    return _new_id(cursor)


def insert_run(conn: sqlite3.Connection, run: Run, keep_id: bool = False) -> int:
    cursor = conn.execute(
        "INSERT INTO runs (id, at, distance_km, minutes, shoe_id, effort) VALUES (?, ?, ?, ?, ?, ?)",
        (run.id if keep_id else None, iso(run.at), float(run.distance_km),
         None if run.minutes is None else float(run.minutes), shoe_id(conn, run.shoes, run.at), run.effort),  # fmt: skip
    )
    return _new_id(cursor)


def insert_shoe(conn: sqlite3.Connection, shoe: Shoe) -> int:
    """Register ``shoe``; a second pair with the same name is the user's mistake, not a bug."""
    if conn.execute("SELECT 1 FROM shoes WHERE name = ?", (shoe.name,)).fetchone():
        raise InputError(_("there are already shoes named {name!r}").format(name=shoe.name), "name")
    cursor = conn.execute(
        "INSERT INTO shoes (name, started, start_km, retired, limit_km) VALUES (?, ?, ?, ?, ?)",
        (shoe.name, shoe.started.isoformat(), float(shoe.distance_km), int(shoe.retired), float(shoe.limit_km)),
    )
    return _new_id(cursor)


def insert_pain(conn: sqlite3.Connection, entry: PainEntry, keep_id: bool = False) -> int:
    cursor = conn.execute(
        f"INSERT INTO pain ({PAIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.id if keep_id else None, iso(entry.at), entry.moment, entry.left, entry.right,
         ",".join(entry.locations), ",".join(entry.characters), ",".join(entry.flags), entry.note),  # fmt: skip
    )
    return _new_id(cursor)


def insert(conn: sqlite3.Connection, record: object, keep_id: bool = False) -> int:
    """Insert any kind of record (shoes always get a new id)."""
    if isinstance(record, PainEntry):
        return insert_pain(conn, record, keep_id)
    if isinstance(record, Run):
        return insert_run(conn, record, keep_id)
    if isinstance(record, SessionRecord):
        return insert_session(conn, record, keep_id)
    if isinstance(record, Shoe):
        return insert_shoe(conn, record)
    raise TypeError(f"not a diary record: {type(record).__name__}")


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just wrote (always set after one)."""
    if cursor.lastrowid is None:
        raise sqlite3.OperationalError(_("the insert gave no row id"))
    return cursor.lastrowid
