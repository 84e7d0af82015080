"""The schedule: defaults, parsing, the never-consecutive strength rule, the store."""

from datetime import date, time

import pytest

from coach.core.errors import CoachError
from coach.core.plan.schedule import Schedule, consecutive, load_schedule, parse_days, parse_time, save_schedule
from coach.core.settings import MemoryStore


def test_default_is_strength_twice_a_week_not_consecutive():
    schedule = Schedule()
    assert len(schedule.strength_days) == 2
    assert not consecutive(schedule.strength_days)
    assert schedule.planned_strength == 2


def test_sunday_then_monday_is_consecutive():
    assert consecutive((0, 6))
    assert not consecutive((0, 2, 4))


def test_consecutive_strength_days_are_refused():
    with pytest.raises(CoachError, match="consecutive"):
        save_schedule(MemoryStore(), Schedule(strength_days=(1, 2)))


def test_parse_days_and_times():
    assert parse_days("mon, Thu,6") == (0, 3, 6)
    assert parse_days("") == ()
    assert parse_time("18:30") == time(18, 30)
    with pytest.raises(CoachError):
        parse_days("funday")
    with pytest.raises(CoachError):
        parse_time("25:00")


def test_round_trip_through_the_diary_settings(diary):
    save_schedule(diary, Schedule(run_days=(0, 2), strength_days=(1, 4), strength_time=time(19, 15)))
    loaded = load_schedule(diary)
    assert loaded.run_days == (0, 2) and loaded.strength_days == (1, 4)
    assert loaded.strength_time == time(19, 15)
    assert loaded.is_strength_day(date(2026, 11, 24))  # a Tuesday


def test_unreadable_values_fall_back_to_defaults():
    store = MemoryStore()
    store.set_setting("plan.run_days", "blursday")
    store.set_setting("plan.strength_time", "later")
    assert load_schedule(store) == Schedule()
