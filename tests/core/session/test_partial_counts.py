"""Partial sessions (skipped through) never count toward the strength goal or the advice."""

from __future__ import annotations

from coach.core.advice.advice import advise
from coach.core.advice.report import week_start, week_summaries
from coach.core.diary import validate
from coach.core.vocabulary import SESSION_STATUSES
from tests.core.advice_builders import TODAY, run, session


def advice_notes(sessions, runs=()):
    return {n.id: n for n in advise([], list(runs), list(sessions), [], TODAY, "km").notes}


def test_partial_is_a_session_status_the_diary_accepts():
    assert "partial" in SESSION_STATUSES
    validate.check_status("partial")  # raises if not


def test_two_partial_strength_sessions_leave_the_strength_gap():
    assert "strength-gap" in advice_notes([session(0, status="partial"), session(1, status="partial")])
    assert "strength-gap" not in advice_notes([session(0), session(1)])  # the same two, completed, fill it


def test_a_partial_warm_up_is_no_warm_up():
    assert "no-warm-up" in advice_notes([session(0, focus="warm-up", status="partial", hour=6)], [run(0)])
    assert "no-warm-up" not in advice_notes([session(0, focus="warm-up", hour=6)], [run(0)])


def test_partial_sessions_do_not_meet_the_weekly_goal_and_show_as_cut_short():
    sessions = [session(0, status="partial"), session(0, status="partial"), session(0)]
    (week,) = week_summaries([], sessions, TODAY, 1)
    assert week.start == week_start(TODAY)
    assert (week.strength, week.stopped, week.goal_met) == (1, 2, False)
