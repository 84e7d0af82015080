"""Today's plan from a real diary: the lines Home and the tray show, and the stored step."""

from datetime import datetime, timedelta

from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.plan.programme import load_history, load_state
from coach.core.plan.today import plan_today


def test_run_day_line_carries_the_ceiling(diary, fake_clock):
    fake_clock.wall = datetime(2026, 11, 24, 8, 0)  # a Tuesday: a default run day
    for days, km in ((2, 5.0), (5, 10.5), (9, 8.0)):
        diary.add_run(Run(at=fake_clock.wall - timedelta(days=days), distance_km=km))
    today = plan_today(diary, fake_clock.now())
    assert today.lines() == ["Run day: warm-up first · keep it under 11.6 km"]


def test_strength_day_line_names_the_programme_week(diary, fake_clock):
    fake_clock.wall = datetime(2026, 11, 23, 8, 0)  # a Monday: a default strength day
    assert plan_today(diary, fake_clock.now()).lines() == ["Strength day: knee strength, week 1 of 8"]


def test_no_scores_in_the_lines_on_a_back_off_day(diary, fake_clock):
    fake_clock.wall = datetime(2026, 11, 24, 10, 0)
    diary.add_pain(PainEntry(at=datetime(2026, 11, 24, 9, 0), moment="after-run", left=7))
    today = plan_today(diary, fake_clock.now())
    assert today.advice.headline == "back-off"
    assert today.lines() == ["Run day: warm-up first · no run today"]
    assert "7" not in " ".join(today.lines())


def test_a_complete_week_is_stored_as_an_advance(diary, fake_clock):
    fake_clock.wall = datetime(2026, 11, 23, 7, 0)
    plan_today(diary, fake_clock.now())  # starts week 1 this calendar week
    fake_clock.wall = datetime(2026, 11, 27, 9, 0)
    for day in (23, 26):
        diary.add_session(SessionRecord("knee-strength", "strength", datetime(2026, 11, day, 7), "completed",
                                        ended=datetime(2026, 11, day, 7, 30)))
        diary.add_pain(PainEntry(at=datetime(2026, 11, day, 7, 20), moment="during-routine", left=1))
    today = plan_today(diary, fake_clock.now())
    assert today.advice.headline == "progress"
    assert load_state(diary).week == 2
    assert [c.action for c in load_history(diary)] == ["advance"]
