"""A diary someone else wrote into: values are checked when read, not only when written.

Every value a hand-edited or damaged file can hold in any column either reads
back as what the app wrote, or ends in the one "damaged entry" StorageError that
says to restore a backup, in every read the app makes (advice, lists, export) —
never a TypeError further on, and never a rating of 99/10 taken at its word.
Where SQLite itself refuses the value (STRICT tables, CHECK constraints), the
database held the line and that is fine too.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.advice.advice import advice_from_diary
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run
from coach.core.diary.transfer import export_json
from coach.core.errors import StorageError
from coach.core.settings import Settings


def _fill(diary: Diary, clock) -> None:
    at = clock.now() - timedelta(hours=3)
    diary.add_pain(PainEntry(at, "after-run", left=2, right=1, locations=("front",), flags=("swelling",), note="ok"))
    diary.add_run(Run(at - timedelta(hours=1), 8.0, 45.0, shoes="Road"))
    session = diary.start_session("knee-strength", "strength", "abc", 6, at)
    diary.finish_session(session, "completed", at + timedelta(minutes=20), 6)


def _read_everything(diary: Diary, clock) -> None:
    diary.sessions(), diary.runs(), diary.pain_entries(), diary.shoes()
    Settings(diary).get("units")
    advice_from_diary(diary, clock.now().date(), "km")
    export_json(diary)


def _tamper(paths, sql: str, value) -> bool:
    """Write ``value`` behind the app's back; False when SQLite itself refuses it."""
    conn = sqlite3.connect(paths.diary)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")  # a careless tool; STRICT types still hold
        conn.execute(sql, (value,))
        conn.commit()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


CASES = [
    ("UPDATE pain SET left_nrs = ?", "seven"),
    ("UPDATE pain SET left_nrs = ?", b"\x07"),
    ("UPDATE pain SET right_nrs = ?", 99),
    ("UPDATE pain SET right_nrs = ?", -1),
    ("UPDATE pain SET at = ?", "2026-11-22T08:00:00+02:00"),
    ("UPDATE pain SET moment = ?", "after-lunch"),
    ("UPDATE pain SET flags = ?", "swelling,aliens"),
    ("UPDATE pain SET note = ?", b"\x00\x01"),
    ("UPDATE runs SET distance_km = ?", "eight"),
    ("UPDATE runs SET distance_km = ?", float("nan")),
    ("UPDATE runs SET distance_km = ?", 1e308),
    ("UPDATE runs SET minutes = ?", -5.0),
    ("UPDATE runs SET at = ?", 2026.5),
    ("UPDATE sessions SET status = ?", "won"),
    ("UPDATE sessions SET steps_done = ?", "six"),
    ("UPDATE sessions SET started = ?", "2026-11-22T08:00:00Z"),
    ("UPDATE shoes SET start_km = ?", "far"),
    ("UPDATE shoes SET retired = ?", 7),
]


@pytest.mark.parametrize("sql, value", CASES, ids=[f"{sql.split()[1]}.{sql.split()[3]}={value!r}" for sql, value in CASES])
def test_a_value_the_app_never_wrote_is_refused_by_sqlite_or_a_damaged_entry(data_paths, fake_clock, sql, value):
    with Diary.open(data_paths, fake_clock) as diary:
        _fill(diary, fake_clock)
    if not _tamper(data_paths, sql, value):
        return  # the database held the line
    with Diary.open(data_paths, fake_clock) as diary:
        with pytest.raises(StorageError, match="damaged entry .*restore a backup"):
            _read_everything(diary, fake_clock)


COLUMNS = [
    ("pain", "at"), ("pain", "moment"), ("pain", "left_nrs"), ("pain", "right_nrs"), ("pain", "locations"),
    ("pain", "characters"), ("pain", "flags"), ("pain", "note"), ("runs", "at"), ("runs", "distance_km"),
    ("runs", "minutes"), ("sessions", "started"), ("sessions", "ended"), ("sessions", "status"),
    ("sessions", "steps_done"), ("sessions", "steps_total"), ("sessions", "position"), ("sessions", "focus"),
    ("shoes", "name"), ("shoes", "started"), ("shoes", "start_km"), ("shoes", "retired"),
]  # fmt: skip
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.floats(allow_nan=True),
    st.text(max_size=40), st.binary(max_size=16),
    st.sampled_from(["2026-11-22T08:00:00+00:00", "2026-02-30T08:00:00", "10", "after-run", "front,front", ""]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(COLUMNS), value=VALUES)
def test_any_value_in_any_column_reads_or_is_a_storage_error_never_a_crash(tmp_path_factory, fake_clock, column, value):
    from coach.core.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("diary"))
    with Diary.open(paths, fake_clock) as diary:
        _fill(diary, fake_clock)
    table, name = column
    if not _tamper(paths, f"UPDATE {table} SET {name} = ?", value):
        return
    with Diary.open(paths, fake_clock) as diary:
        try:
            _read_everything(diary, fake_clock)
        except StorageError as error:
            assert "damaged entry" in str(error)
            return
        for entry in diary.pain_entries():  # what was read is what the app could have written
            assert all(v is None or (type(v) is int and 0 <= v <= 10) for v in (entry.left, entry.right))
            assert entry.at.tzinfo is None
