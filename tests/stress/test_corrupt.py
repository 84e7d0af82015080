"""A corrupt diary never crashes the app (README, "Benchmarks").

Bytes flipped anywhere in a copy of a real diary: opening it either sets the
file aside (and offers the newest good backup) or reads it, and every read the
app makes at start-up either works or is a StorageError with a plain message —
never another exception. Then the real start-up (``coach`` in a child process)
on a damaged file: the window opens, the user is told where the file went and
which backup can be restored.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.advice.advice import advice_from_diary
from coach.core.clock import FakeClock, SystemClock
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run
from coach.core.diary.transfer import export_json
from coach.core.errors import StorageError
from coach.core.paths import DataPaths
from coach.core.settings import Settings
from tests.stress.harness import run_app

# Deeper runs: COACH_FUZZ_SCALE=20 .venv/bin/python -m pytest tests/stress -k fuzz
SCALE = int(os.environ.get("COACH_FUZZ_SCALE", "1"))

PAGE = 4096


def _fill(diary: Diary, clock, days: int = 60) -> None:
    for i in range(days):
        at = clock.now() - timedelta(days=i, hours=1)
        diary.add_pain(PainEntry(at, "after-run", left=i % 11, right=(3 * i) % 11, locations=("front",), note=f"note {i}"))
        diary.add_run(Run(at, 5.0 + i % 7, 30.0, shoes="Trail" if i % 2 else "Road"))
        session = diary.start_session("knee-strength", "strength", "abc", 6, at)
        diary.finish_session(session, "completed", at, 6)
    diary.set_setting("units", "km")


@pytest.fixture(scope="module")
def template() -> bytes:
    """A closed (checkpointed) diary with two months of everything."""
    with tempfile.TemporaryDirectory() as folder:
        paths, clock = DataPaths(Path(folder)), FakeClock()
        with Diary.open(paths, clock) as diary:
            _fill(diary, clock)
        return paths.diary.read_bytes()


def _read_everything(diary: Diary, clock) -> None:
    """What start-up and the first screens read."""
    diary.mark_interrupted()
    diary.sessions(), diary.runs(), diary.pain_entries(), diary.shoes()
    Settings(diary).get("units")
    advice_from_diary(diary, clock.now().date(), "km")
    export_json(diary)


@settings(max_examples=80 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=16))
def test_flipped_bytes_are_set_aside_or_read_or_a_storage_error_never_a_crash(template, flips):
    with tempfile.TemporaryDirectory() as folder:
        paths, clock = DataPaths(Path(folder)), FakeClock()
        damaged = bytearray(template)
        for where, value in flips:
            damaged[int(where * len(damaged))] = value
        paths.diary.write_bytes(bytes(damaged))
        try:
            diary = Diary.open(paths, clock)
        except StorageError as error:  # only a flipped version number: "from a newer app", untouched
            assert "newer version" in str(error)
            assert paths.diary.read_bytes() == bytes(damaged)
            return
        with diary:
            report = diary.opening_report
            if report.moved_aside is not None:
                assert report.moved_aside.read_bytes() == bytes(damaged)  # kept, never deleted
                assert report.messages()[0].startswith("The diary could not be read")
            try:
                _read_everything(diary, clock)
            except StorageError as error:
                assert "damaged" in str(error) or "disk I/O" in str(error)


def test_a_header_with_an_unknown_schema_format_is_set_aside(data_paths, fake_clock):
    """SQLite refuses such a file as "unsupported file format" (SQLITE_ERROR, not SQLITE_CORRUPT);
    it was a traceback at start. Found by the fuzz test (one flipped byte)."""
    with Diary.open(data_paths, fake_clock) as diary:
        _fill(diary, fake_clock, days=5)
    damaged = bytearray(data_paths.diary.read_bytes())
    damaged[47] = 5  # the schema format number (header bytes 44-47): 1 to 4 in every file SQLite writes
    data_paths.diary.write_bytes(bytes(damaged))
    with Diary.open(data_paths, fake_clock) as diary:
        report = diary.opening_report
        assert report.moved_aside is not None and report.moved_aside.read_bytes() == bytes(damaged)
        assert "unsupported file format" in report.damage
        assert diary.runs() == []  # a fresh diary, the damaged one kept beside it


def test_a_check_naming_a_column_that_is_not_there_is_set_aside_not_a_dead_end(data_paths, fake_clock):
    """Read-only, SQLite reads such a schema; read-write, every statement fails. Found by the fuzz test."""
    with Diary.open(data_paths, fake_clock) as diary:
        _fill(diary, fake_clock, days=5)
    conn = sqlite3.connect(data_paths.diary)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'elevation_m >= 0', 'elevation$m >= 0') WHERE name = 'runs'")
    conn.commit()
    conn.close()
    damaged = data_paths.diary.read_bytes()
    with Diary.open(data_paths, fake_clock) as diary:
        report = diary.opening_report
        assert report.moved_aside is not None and report.moved_aside.read_bytes() == damaged
        assert "elevation$m" in report.damage
        assert diary.runs() == []  # a fresh diary, the damaged one kept beside it


@pytest.mark.parametrize("where", ["schema", "record"])
def test_damage_quick_check_cannot_see_is_still_caught(data_paths, fake_clock, where):
    """quick_check checks structure: a flipped byte inside a column name or a date passes it."""
    with Diary.open(data_paths, fake_clock) as diary:
        _fill(diary, fake_clock, days=5)
    conn = sqlite3.connect(data_paths.diary)
    if where == "schema":  # the column "ended" is renamed inside sqlite_master's text
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'ended TEXT', 'enbed TEXT') WHERE name = 'sessions'")
    else:  # a date that is not a date, and text that is not UTF-8 (as bytes flipped on disk would leave them)
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE pain SET at = '2026-11-2\x0e T08:00:00' WHERE id = 2")
        conn.execute("UPDATE runs SET at = CAST(x'32303236ff' AS TEXT) WHERE id = 3")
    conn.commit()
    conn.close()

    with Diary.open(data_paths, fake_clock) as diary:
        if where == "schema":  # set aside at open, like any damaged file
            assert diary.opening_report.moved_aside is not None
            assert "lost column ended" in diary.opening_report.damage
            _read_everything(diary, fake_clock)
        else:  # unreadable rows are a StorageError that says what to do
            with pytest.raises(StorageError, match="damaged entry .*restore a backup"):
                diary.pain_entries()
            with pytest.raises(StorageError, match="damaged entry"):
                diary.runs()
            assert len(diary.sessions()) == 5  # the rest of the diary still reads


def test_a_schema_byte_that_is_not_utf8_is_damage_not_a_crash(data_paths, fake_clock):
    """SQLite's own error message then quotes a byte that is not UTF-8; reading it must not fail."""
    with Diary.open(data_paths, fake_clock) as diary:
        _fill(diary, fake_clock, days=5)
    data = data_paths.diary.read_bytes()
    sql = b"CREATE INDEX runs_shoe ON runs (shoe_id)"
    at = data.index(sql) + sql.index(b"(")  # the statement no longer parses, and the error quotes the byte
    damaged = data[:at] + b"\x84" + data[at + 1 :]
    data_paths.diary.write_bytes(damaged)

    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.moved_aside is not None
        assert diary.opening_report.moved_aside.read_bytes() == damaged
        _read_everything(diary, fake_clock)


# -- the real start-up ------------------------------------------------------------------------


def _backups(paths: DataPaths, clock) -> list[Path]:
    """Three dated backups of a real diary, oldest first (named the way the app names them)."""
    with Diary.open(paths, clock) as diary:
        _fill(diary, clock, days=10)
    paths.backups.mkdir(parents=True, exist_ok=True)
    made = []
    today = datetime.now().date()
    for days_ago in (3, 2, 1):
        target = paths.backups / f"diary-{today - timedelta(days=days_ago):%Y-%m-%d}.sqlite3"
        shutil.copyfile(paths.diary, target)
        made.append(target)
    return made


def _flip_pages(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    for offset in range(PAGE, len(data), PAGE):  # every b-tree page header
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    return bytes(data)


def test_the_app_starts_on_a_corrupt_diary_sets_it_aside_and_offers_the_newest_good_backup(data_paths):
    clock = SystemClock()
    older, middle, newest = _backups(data_paths, clock)
    _flip_pages(newest)  # the newest backup is damaged too: the one offered must be the newest *good* one
    damaged = _flip_pages(data_paths.diary)

    result = run_app("--data-dir", str(data_paths.root))

    assert result.exit == 0 and result.shown, result
    assert result.tracebacks == []
    said = "\n".join(result.texts())
    assert "The diary could not be read" in said
    moved = sorted(data_paths.root.glob("diary.sqlite3.corrupt-*"))
    assert [p.read_bytes() for p in moved if not p.name.endswith(("-wal", "-shm"))] == [damaged]
    assert f"moved to {moved[0]}" in said
    assert f"The newest backup is {middle}; it can be restored." in said
    with Diary.open(data_paths, FakeClock(wall=datetime.now())) as diary:  # a fresh, working diary
        assert diary.runs() == [] and diary.opening_report.moved_aside is None


def test_the_app_starts_on_a_diary_with_an_unreadable_entry(data_paths):
    with Diary.open(data_paths, SystemClock()) as diary:
        _fill(diary, SystemClock(), days=10)
    conn = sqlite3.connect(data_paths.diary)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as bytes changed on disk would leave it
    conn.execute("UPDATE pain SET at = 'not a date', moment = CAST(x'6166ff' AS TEXT) WHERE id = 1")
    conn.commit()
    conn.close()

    result = run_app("--data-dir", str(data_paths.root))

    assert result.exit == 0 and result.shown, (result.dialogs, result.stderr[-2000:])
    assert result.tracebacks == []
