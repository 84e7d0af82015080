"""`coach plan show | set | export` through ``coach.cli.main`` with a fake clock."""

from __future__ import annotations

from datetime import datetime

import icalendar
import pytest

from coach.core.clock import FakeClock


@pytest.fixture
def clock():
    """The shared ``coach`` fixture runs on this clock: a Monday morning."""
    return FakeClock(wall=datetime(2026, 11, 23, 7, 0))


def test_show_on_a_fresh_diary(coach):
    code, out, err = coach("plan", "show")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Strength day: knee strength, week 1 of 8"
    assert "Next run: No ceiling yet" in out
    assert "Strength programme: week 1 of 8" in out
    assert "This week: Mon ·" in out


def test_set_changes_the_days_and_refuses_consecutive_strength_days(coach):
    code, out, _ = coach("plan", "set", "--run-days", "mon,wed", "--strength-days", "tue,fri", "--strength-time", "19:30")
    assert code == 0 and "strength days: Tue, Fri" in out
    assert coach("plan", "show")[1].splitlines()[0] == "Run day: warm-up first · no ceiling yet"
    code, _, err = coach("plan", "set", "--strength-days", "tue,wed")
    assert code == 1 and "consecutive" in err
    code, _, err = coach("plan", "set", "--strength-time", "7pm")
    assert code == 1 and "HH:MM" in err
    assert coach("plan", "set", "--bogus")[0] == 2


def test_export_writes_a_calendar_that_parses(coach, tmp_path):
    target = tmp_path / "plan.ics"
    code, out, err = coach("plan", "export", "-o", str(target))
    assert code == 0, err
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert events and all(e.walk("VALARM") for e in events)
    assert f"Wrote {len(events)} events" in out


def test_export_refuses_other_suffixes_and_folders(coach, tmp_path):
    assert coach("plan", "export", "-o", str(tmp_path / "plan.txt"))[0] == 1
    assert coach("plan", "export", "-o", str(tmp_path))[0] == 1
    assert coach("plan", "export", "-o", str(tmp_path / "p.ics"), "--weeks", "0")[0] == 1
