"""A date before 1900 is refused with the same clear message wherever it is typed."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from coach.core.diary import text_input, transfer
from coach.core.errors import InputError
from tests.commands.cli_fixtures import clock, coach  # noqa: F401 (fixtures)

NOW = datetime(2026, 11, 23, 18, 0)


@pytest.mark.parametrize(
    "text, shown",
    [("1899-12-31", "1899-12-31"), ("1899-12-31T23:59", "1899-12-31"), ("0001-01-01T00:00", "0001-01-01"),
     ("0026-11-23", "0026-11-23")],  # fmt: skip
)
def test_the_shared_parser_refuses_dates_before_1900(text, shown):
    with pytest.raises(InputError) as error:
        text_input.parse_datetime(text, "at")
    assert str(error.value) == f"the date must be 1 January 1900 or later, not {shown}"
    assert error.value.field == "at"


def test_1900_itself_and_dates_alone_pass():
    assert text_input.parse_datetime("1900-01-01T00:00") == datetime(1900, 1, 1)
    assert text_input.parse_date("1900-01-01") == date(1900, 1, 1)
    with pytest.raises(InputError, match="started must be 1 January 1900 or later, not 1899-06-01"):
        text_input.parse_date("1899-06-01")
    assert text_input.date_problem(date(1899, 1, 1), "started", "the date first worn").args[0].startswith(
        "the date first worn must be")  # fmt: skip


@pytest.mark.parametrize("kind", ["pain", "run", "session"])
def test_the_command_line_refuses_at_before_1900_and_writes_nothing(coach, kind):  # noqa: F811
    extra = {"pain": ["--moment", "other", "--left", "2"], "run": ["--km", "5"],
             "session": ["--routine", "knee-strength", "--status", "completed"]}[kind]  # fmt: skip
    code, _, err = coach("diary", "add", kind, *extra, "--at", "1899-12-31T08:00")
    assert code == 1
    assert err.strip() == "coach: the date must be 1 January 1900 or later, not 1899-12-31"
    code, out, _ = coach("diary", "list")
    assert "The diary is empty" in out


def test_a_json_import_names_the_old_date_and_imports_nothing(diary, tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({
        "runs": [{"at": "2026-11-20T08:00:00", "distance_km": 5}],
        "pain": [{"at": "1899-11-20T09:00:00", "moment": "other", "left": 2}],
        "shoes": [{"name": "Old", "started": "1850-01-01"}],
    }), encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError) as error:
        transfer.import_file(path, diary)
    problems = "\n".join(error.value.problems)
    assert "at: the date must be 1 January 1900 or later, not 1899-11-20" in problems
    assert "started must be 1 January 1900 or later, not 1850-01-01" in problems
    assert diary.runs() == [] and diary.pain_entries() == [] and diary.shoes() == []


def test_a_csv_import_refuses_the_old_date(diary, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("type,at,distance_km\nrun,1899-12-31T08:00:00,5\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        transfer.import_file(path, diary)
    assert any("the date must be 1 January 1900 or later, not 1899-12-31" in p for p in error.value.problems)
    assert diary.runs() == []
