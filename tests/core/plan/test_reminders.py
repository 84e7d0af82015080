"""Reminders at the chosen times, once, never late by more than the grace, never with scores."""

from datetime import datetime, time

from coach.core.plan.reminders import due_reminders
from coach.core.plan.schedule import Schedule

SCHEDULE = Schedule(run_days=(1,), strength_days=(0, 3), strength_time=time(18, 0), morning_time=time(8, 0),
                    run_time=time(7, 0))


def keys(now, ran_yesterday=False):
    return [r.key.split("-")[-1] for r in due_reminders(SCHEDULE, now, 3, 8, ran_yesterday)]


def test_strength_reminder_from_its_minute_for_two_hours():
    assert keys(datetime(2026, 11, 23, 17, 59)) == []
    assert keys(datetime(2026, 11, 23, 18, 0)) == ["strength"]
    assert keys(datetime(2026, 11, 23, 19, 59)) == ["strength"]
    assert keys(datetime(2026, 11, 23, 20, 0)) == []


def test_morning_check_the_day_after_a_run_day_or_a_run():
    assert keys(datetime(2026, 11, 25, 8, 0)) == ["morning"]  # Wednesday, after Tuesday's run day
    assert keys(datetime(2026, 11, 27, 8, 0)) == []
    assert keys(datetime(2026, 11, 27, 8, 0), ran_yesterday=True) == ["morning"]


def test_texts_carry_no_scores():
    reminders = due_reminders(SCHEDULE, datetime(2026, 11, 23, 18, 0), 3, 8, False)
    assert reminders[0].text == "Strength day: knee strength, week 3 of 8"
    assert all("/10" not in r.text and "pain" not in r.text.lower() for r in reminders)
