"""Effort (0-10) on runs and sessions: stored, checked, exported, imported, and the load it gives."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from coach.core.diary import transfer, validate
from coach.core.diary.load import run_load, session_load, weekly_load
from coach.core.diary.records import Run, SessionRecord
from coach.core.errors import InputError

T0 = datetime(2026, 11, 2, 7, 30)  # a Monday


def test_effort_is_stored_and_read_back(diary):
    diary.add_run(Run(T0, 8.0, 40.0, effort=6))
    diary.add_session(SessionRecord("knee-strength", "strength", T0, "completed", 5, 5, T0 + timedelta(minutes=20), effort=4))
    assert diary.runs()[0].effort == 6 and diary.sessions()[0].effort == 4


def test_effort_out_of_range_is_refused_with_its_name():
    with pytest.raises(InputError, match="effort must be from 0 to 10, not 11"):
        validate.check_run(Run(T0, 8.0, 40.0, effort=11), T0)


def test_effort_round_trips_through_json_and_csv_and_is_left_out_when_unrated(diary):
    diary.add_run(Run(T0, 8.0, 40.0, effort=6))
    diary.add_run(Run(T0 + timedelta(days=1), 5.0))
    data = json.loads(transfer.export_json(diary))
    assert data["runs"][0]["effort"] == 6 and "effort" not in data["runs"][1]
    for text in (transfer.export_json(diary), transfer.export_csv(diary)):
        runs = [r for r in transfer.parse_text(text, T0 + timedelta(days=2)) if isinstance(r, Run)]
        assert [r.effort for r in runs] == [6, None]


def test_import_names_a_bad_effort():
    text = json.dumps({"runs": [{"at": "2026-11-02T07:30:00", "distance_km": 5, "effort": 12}]})
    with pytest.raises(InputError, match="effort: effort must be from 0 to 10"):
        transfer.parse_text(text, T0)


def test_load_is_minutes_times_effort_and_weeks_include_strength():
    run = Run(T0, 8.0, 40.0, effort=6)
    strength = SessionRecord("knee-strength", "strength", T0, "completed", 5, 5, T0 + timedelta(minutes=20), effort=5)
    assert run_load(run) == 240 and session_load(strength) == 100
    assert run_load(Run(T0, 8.0, None, effort=6)) is None
    weeks = weekly_load([run], [strength], date(2026, 11, 8), 2)
    assert [w.start for w in weeks] == [date(2026, 10, 26), date(2026, 11, 2)]
    assert (weeks[1].running, weeks[1].routines, weeks[1].total) == (240, 100, 340) and weeks[0].total == 0
