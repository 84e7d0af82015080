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
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from coach.core.diary.fields import BOOL, COUNT, DATE, DATETIME, MINUTES, NUMBER, RATING, TEXT, WORDS, Field, Kind, kind, kind_of
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.diary.storage import DamagedEntry
from coach.core.errors import InputError
from coach.core.i18n import _

# The one value stored through another table: a run's shoes are a link to their row in
# ``shoes`` (``runs.shoe_id``), read back as the pair's name and registered on first use.
_JOINED = ("runs", "shoes")


# -- values <-> columns ------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


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


def _whole(value: object, low: float, high: float, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} stored as {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{what} {value} is not from {low:g} to {high:g}")
    return value


def _amount(value: object, low: float, high: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"{what} {value!r} is not a number from {low:g} to {high:g}")
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


def _reader(f: Field) -> Callable[[object], object]:
    """How one stored value is read back and checked, from the field's kind, range and words."""
    what = f.key.replace("_", " ")
    low = 0.0 if f.low is None else f.low
    high = float("inf") if f.high is None else f.high
    read: Callable[[object], object]
    if f.kind == DATETIME:
        read = _time
    elif f.kind == DATE:
        read = lambda value: date.fromisoformat(_text(value, what))  # noqa: E731
    elif f.kind == TEXT:
        read = (lambda value: _one_of(value, f.choices, what)) if f.choices else (lambda value: _text(value, what))
    elif f.kind == WORDS:
        read = lambda value: _words(value, f.choices, what)  # noqa: E731
    elif f.kind == BOOL:
        read = lambda value: bool(_whole(value, 0, 1, what))  # noqa: E731
    elif f.kind in (RATING, COUNT):
        read = lambda value: _whole(value, low, high, what)  # noqa: E731
    else:  # NUMBER, MINUTES
        read = lambda value: _amount(value, low, high, what)  # noqa: E731
    if not f.nullable:
        return read
    return lambda value: None if value is None else read(value)


def _writer(f: Field) -> Callable[[object], object]:
    """How one value is stored: times as ISO text to the second, words comma-joined, numbers as REAL."""
    if f.kind == DATETIME:
        return lambda value: iso(value) if isinstance(value, datetime) else value
    if f.kind == DATE:
        return lambda value: value.isoformat() if isinstance(value, date) else value
    if f.kind == WORDS:
        return lambda value: ",".join(value) if isinstance(value, tuple) else value
    if f.kind == BOOL:
        return lambda value: int(value) if isinstance(value, bool) else value
    if f.kind in (NUMBER, MINUTES):
        return lambda value: float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
    return lambda value: value


@functools.cache
def _readers(plural: str) -> tuple[tuple[str, Callable[[object], object]], ...]:
    return tuple((f.name, _reader(f)) for f in kind(plural).stored)


@functools.cache
def _writers(plural: str) -> tuple[tuple[Field, Callable[[object], object]], ...]:
    return tuple((f, _writer(f)) for f in kind(plural).stored)


@functools.cache
def select_sql(plural: str) -> str:
    """``SELECT id, <every stored column> FROM <table>`` in the order :func:`from_row` reads
    (runs as ``r`` with their shoes' name joined in, so a WHERE names ``r.at``)."""
    declared = kind(plural)
    if plural == _JOINED[0]:
        names = ", ".join("s.name" if f.key == _JOINED[1] else f"r.{f.sql}" for f in declared.stored)
        return f"SELECT r.id, {names} FROM runs r LEFT JOIN shoes s ON s.id = r.shoe_id"
    return f"SELECT id, {', '.join(f.sql for f in declared.stored)} FROM {declared.table}"


def shoes_sql() -> str:
    """Every pair with the km of the runs made in them (the row's last value)."""
    names = ", ".join(f"s.{f.sql}" for f in kind("shoes").stored)
    return (f"SELECT s.id, {names}, COALESCE(SUM(r.distance_km), 0) "
            "FROM shoes s LEFT JOIN runs r ON r.shoe_id = s.id GROUP BY s.id ORDER BY s.started, s.id")  # fmt: skip


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


def from_row(plural: str, row: Row) -> object:
    """The record a row of :func:`select_sql` holds; DamagedEntry when it no longer converts."""
    try:
        values = {name: read(value) for (name, read), value in zip(_readers(plural), row[1:], strict=True)}
        return kind(plural).record(**values, id=row[0])
    except (ValueError, TypeError, AttributeError) as error:
        raise DamagedEntry(f"entry {row[0]!r}: {error}") from error


def session_from_row(row: Row) -> SessionRecord:
    record = from_row("sessions", row)
    assert isinstance(record, SessionRecord)
    return record


def run_from_row(row: Row) -> Run:
    record = from_row("runs", row)
    assert isinstance(record, Run)
    return record


def pain_from_row(row: Row) -> PainEntry:
    record = from_row("pain", row)
    assert isinstance(record, PainEntry)
    return record


def shoe_from_row(row: Row, include_runs: bool) -> Shoe:
    """A pair from a row of :func:`shoes_sql`: ``distance_km`` is the starting distance,
    plus the runs made in them with ``include_runs``."""
    shoe = from_row("shoes", row[:-1])
    assert isinstance(shoe, Shoe)
    if not include_runs:
        return shoe
    try:
        runs = _amount(row[-1], 0, float("inf"), "distance run")
    except ValueError as error:
        raise DamagedEntry(f"entry {row[0]!r}: {error}") from error
    return replace(shoe, distance_km=shoe.distance_km + runs)


# -- records -> rows ---------------------------------------------------------


def _values(conn: sqlite3.Connection, declared: Kind, record: Any, edit: bool = False) -> dict[str, object]:
    """Column -> stored value for ``record`` (an edit leaves what is ``kept`` as it was)."""
    values: dict[str, object] = {}
    for f, write in _writers(declared.plural):
        if edit and f.kept:
            continue
        value = getattr(record, f.name)
        if (declared.plural, f.key) == _JOINED:
            values[f.sql] = shoe_id(conn, value, record.at)
        else:
            values[f.sql] = write(value)
    return values


def insert(conn: sqlite3.Connection, record: object, keep_id: bool = False) -> int:
    """Insert any kind of record (shoes always get a new id: they are known by name)."""
    declared = kind_of(record)
    if isinstance(record, Shoe):
        if conn.execute("SELECT 1 FROM shoes WHERE name = ?", (record.name,)).fetchone():
            raise InputError(_("there are already shoes named {name!r}").format(name=record.name), "name")
        keep_id = False
    values = _values(conn, declared, record)
    if keep_id:
        values = {"id": getattr(record, "id", None), **values}
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    return _new_id(conn.execute(f"INSERT INTO {declared.table} ({names}) VALUES ({marks})", tuple(values.values())))


def update(conn: sqlite3.Connection, record: object) -> int:
    """Write ``record`` over the row with its id (what is ``kept``, such as a run's import,
    stays); how many rows changed (0: no such row)."""
    declared = kind_of(record)
    values = _values(conn, declared, record, edit=True)
    assignments = ", ".join(f"{name} = ?" for name in values)
    cursor = conn.execute(f"UPDATE {declared.table} SET {assignments} WHERE id = ?",
                          (*values.values(), getattr(record, "id", None)))  # fmt: skip
    return cursor.rowcount


def insert_session(conn: sqlite3.Connection, record: SessionRecord, keep_id: bool = False) -> int:
    return insert(conn, record, keep_id)


def save_session(conn: sqlite3.Connection, record: SessionRecord) -> None:
    """Write what changes while a session runs and when it ends (the whole row: the record
    is the stored one with those changes)."""
    update(conn, record)


def shoe_id(conn: sqlite3.Connection, name: object, at: datetime) -> int | None:
    """The shoes a run was made in, registered on first use."""
    if name is None:
        return None
    row = conn.execute("SELECT id FROM shoes WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = conn.execute("INSERT INTO shoes (name, started) VALUES (?, ?)", (name, at.date().isoformat()))
    return _new_id(cursor)


def insert_run(conn: sqlite3.Connection, run: Run, keep_id: bool = False) -> int:
    return insert(conn, run, keep_id)


def insert_shoe(conn: sqlite3.Connection, shoe: Shoe) -> int:
    """Register ``shoe``; a second pair with the same name is the user's mistake, not a bug."""
    return insert(conn, shoe)


def insert_pain(conn: sqlite3.Connection, entry: PainEntry, keep_id: bool = False) -> int:
    return insert(conn, entry, keep_id)


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just wrote (always set after one)."""
    if cursor.lastrowid is None:
        raise sqlite3.OperationalError(_("the insert gave no row id"))
    return cursor.lastrowid
