"""The expected schema is remembered per app version, and the memo never changes a verdict."""

import sqlite3

import pytest

from coach.core.clock import FakeClock
from coach.core.diary import schema_memo
from coach.core.diary.diary import Diary
from coach.core.diary.migrations import CURRENT_VERSION
from coach.core.paths import DataPaths


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """Each test starts as a new process would: nothing worked out yet."""
    monkeypatch.setattr(schema_memo, "_known", {})
    monkeypatch.setattr(schema_memo, "_unsaved", set())


def _forget(monkeypatch):
    monkeypatch.setattr(schema_memo, "_known", {})
    monkeypatch.setattr(schema_memo, "_unsaved", set())


def _worked_out(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = schema_memo._work_out
    monkeypatch.setattr(schema_memo, "_work_out", lambda version: calls.append(version) or real(version))
    return calls


def test_the_second_open_recalls_what_the_first_worked_out(tmp_path, monkeypatch):
    paths = DataPaths(tmp_path)
    Diary.open(paths, FakeClock()).close()  # created: nothing to compare yet
    Diary.open(paths, FakeClock()).close()  # checked against the migrations: worked out, remembered
    assert paths.diary_schema_memo.read_text().startswith(schema_memo.FORMAT)
    remembered = schema_memo.expected(CURRENT_VERSION)
    _forget(monkeypatch)
    calls = _worked_out(monkeypatch)
    Diary.open(paths, FakeClock()).close()
    assert calls == []
    assert schema_memo.expected(CURRENT_VERSION) == remembered


@pytest.mark.parametrize("damage", ["stamp", "body", "binary"])
def test_a_stale_or_damaged_memo_is_worked_out_again_and_rewritten(tmp_path, monkeypatch, damage):
    paths = DataPaths(tmp_path)
    Diary.open(paths, FakeClock()).close()
    Diary.open(paths, FakeClock()).close()
    memo = paths.diary_schema_memo
    text = memo.read_text()
    if damage == "stamp":  # another version of the app (or of SQLite) wrote it
        memo.write_text(text.replace(schema_memo.FORMAT, schema_memo.FORMAT + "0", 1))
    elif damage == "body":
        memo.write_text(text.splitlines()[0] + "\nversion seven\n")
    else:
        memo.write_bytes(b"\xff\xfe\x00")
    _forget(monkeypatch)
    calls = _worked_out(monkeypatch)
    Diary.open(paths, FakeClock()).close()
    assert calls == [CURRENT_VERSION]
    assert memo.read_text() == text


def test_with_the_memo_a_lost_column_is_still_found(tmp_path, monkeypatch):
    paths = DataPaths(tmp_path)
    Diary.open(paths, FakeClock()).close()
    Diary.open(paths, FakeClock()).close()
    _forget(monkeypatch)
    conn = sqlite3.connect(paths.diary)
    conn.execute("ALTER TABLE pain DROP COLUMN note")
    conn.commit()
    conn.close()
    calls = _worked_out(monkeypatch)
    diary = Diary.open(paths, FakeClock())
    try:
        assert calls == []
        assert "lost column note" in diary.opening_report.damage
        assert diary.opening_report.moved_aside is not None
    finally:
        diary.close()


def test_a_folder_that_cannot_hold_the_memo_only_costs_the_work(tmp_path, monkeypatch):
    paths = DataPaths(tmp_path)
    Diary.open(paths, FakeClock()).close()
    (tmp_path / "cache").mkdir(exist_ok=True)
    paths.diary_schema_memo.mkdir()  # a folder where the file would go: cannot be written
    Diary.open(paths, FakeClock()).close()
    _forget(monkeypatch)
    calls = _worked_out(monkeypatch)
    Diary.open(paths, FakeClock()).close()
    assert calls == [CURRENT_VERSION]
