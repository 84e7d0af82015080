"""The plan rules (ADVICE.md "Plan") at their edges, with built diaries and fixed days."""

from datetime import date, datetime, timedelta

import pytest

from coach.core.diary.records import PainEntry, SessionRecord
from coach.core.plan import programme
from coach.core.plan.programme import ProgrammeState, load_history, load_state, step
from coach.core.plan.schedule import Schedule
from coach.core.settings import MemoryStore

MONDAY = date(2026, 11, 23)
SCHEDULE = Schedule()  # strength Mon and Thu
START = ProgrammeState(week=3, since=MONDAY)


def day(offset: int, hour: int = 18) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=offset), datetime.min.time()).replace(hour=hour)


def strength(offset: int, status: str = "completed") -> SessionRecord:
    return SessionRecord("knee-strength", "strength", day(offset), status, ended=day(offset) + timedelta(minutes=30))


TWO = [strength(0), strength(3)]


def advance_on(pain=(), sessions=TWO, headline="progress", today=MONDAY + timedelta(days=4), state=START):
    return step(state, SCHEDULE, sessions, list(pain), headline, today)


def test_exactly_two_sessions_with_low_pain_and_progress_advances():
    decision = advance_on()
    assert decision.rule == "plan-advance"
    assert decision.state.week == 4
    assert decision.change is not None and decision.change.action == "advance"
    assert decision.state.since == MONDAY + timedelta(days=7)  # week 4 is next calendar week


def test_one_session_is_not_a_complete_week():
    decision = advance_on(sessions=[strength(0), strength(3, "partial")])
    assert decision.rule == "plan-hold" and decision.state.week == 3
    assert "1 of 2" in decision.reason


def test_a_week_with_no_strength_sessions_holds_and_restarts_next_week():
    during = advance_on(sessions=[])
    assert during.rule == "plan-hold" and during.change is None
    after = advance_on(sessions=[], today=MONDAY + timedelta(days=7))
    assert after.state.week == 3 and after.change is not None and after.change.action == "restart"
    assert after.state.since == MONDAY + timedelta(days=7)


def test_sessions_of_the_previous_calendar_week_do_not_count():
    decision = advance_on(sessions=[strength(-1), strength(-4), strength(0)])
    assert decision.rule == "plan-hold"


def test_three_planned_days_need_three_sessions():
    three = Schedule(strength_days=(0, 2, 4))
    assert step(START, three, TWO, [], "progress", MONDAY + timedelta(days=5)).rule == "plan-hold"
    assert step(START, three, [*TWO, strength(4)], [], "progress", MONDAY + timedelta(days=5)).state.week == 4


@pytest.mark.parametrize("moment", ["during-routine", "other"])
def test_pain_exactly_2_after_a_session_advances_and_3_holds(moment):
    two = PainEntry(at=day(3, 20), moment=moment, left=2)
    three = PainEntry(at=day(3, 20), moment=moment, left=3)
    assert advance_on([two]).rule == "plan-advance"
    held = advance_on([three])
    assert held.rule == "plan-hold" and "above 2" in held.reason


def test_the_24_hour_window_after_a_session_edges():
    inside = PainEntry(at=day(3, 18) + timedelta(minutes=30, hours=24), moment="other", right=4)
    outside = PainEntry(at=day(3, 18) + timedelta(minutes=31, hours=24), moment="other", right=4)
    assert advance_on([inside], today=MONDAY + timedelta(days=5)).rule == "plan-hold"
    assert advance_on([outside], today=MONDAY + timedelta(days=5)).rule == "plan-advance"


def test_next_morning_equal_to_baseline_advances_and_one_above_holds():
    history = [PainEntry(at=day(-d, 8), moment="next-morning", left=1) for d in (2, 5, 9)]
    equal = PainEntry(at=day(4, 8), moment="next-morning", left=1)
    above = PainEntry(at=day(4, 8), moment="next-morning", left=2)
    assert advance_on([*history, equal]).rule == "plan-advance"
    held = advance_on([*history, above])
    assert held.rule == "plan-hold" and "left knee" in held.reason


def test_a_next_morning_before_the_sessions_does_not_count():
    early = PainEntry(at=day(0, 8), moment="next-morning", left=2)
    assert advance_on([early]).rule == "plan-advance"


@pytest.mark.parametrize("headline", ["hold", "start"])
def test_other_headlines_hold(headline):
    decision = advance_on(headline=headline)
    assert decision.rule == "plan-hold" and decision.state.week == 3


def test_back_off_steps_back_once_per_episode():
    first = advance_on(headline="back-off")
    assert first.rule == "plan-step-back" and first.state.week == 2
    second = step(first.state, SCHEDULE, TWO, [], "back-off", MONDAY + timedelta(days=5))
    assert second.state.week == 2 and second.change is None
    later = step(ProgrammeState(2, MONDAY, False, "hold"), SCHEDULE, TWO, [], "back-off", MONDAY + timedelta(days=6))
    assert later.state.week == 1


def test_a_back_off_at_week_1_stays_at_week_1():
    decision = advance_on(headline="back-off", state=ProgrammeState(week=1, since=MONDAY))
    assert decision.state.week == 1
    assert decision.change is not None and decision.change.to_week == 1
    assert "lowest" in decision.reason


def test_see_clinician_pauses_and_resumes_at_the_same_week():
    paused = advance_on(headline="see-clinician")
    assert paused.state.paused and paused.state.week == 3 and paused.change is not None
    still = step(paused.state, SCHEDULE, TWO, [], "back-off", MONDAY + timedelta(days=5))
    assert still.state.paused and still.state.week == 3 and still.rule == "plan-pause"
    resumed = step(still.state, SCHEDULE, TWO, [], "hold", MONDAY + timedelta(days=6))
    assert not resumed.state.paused and resumed.state.week == 3
    assert resumed.change is not None and resumed.change.action == "resume"


def test_week_8_is_the_end():
    decision = advance_on(state=ProgrammeState(week=8, since=MONDAY))
    assert decision.state.week == 8 and "complete" in decision.reason


def test_advancing_late_starts_the_next_week_now():
    decision = advance_on(today=MONDAY + timedelta(days=9))
    assert decision.state.week == 4 and decision.state.since == MONDAY + timedelta(days=9)


def test_stepping_twice_a_day_changes_nothing_more():
    first = advance_on()
    again = step(first.state, SCHEDULE, TWO, [], "progress", MONDAY + timedelta(days=4))
    assert again.state.week == 4 and again.change is None


def test_the_week_boundary_across_dst():
    # Mon 19 Oct 2026 to Sun 25 Oct 2026, when European clocks go back: still one programme week.
    monday = date(2026, 10, 19)
    sessions = [SessionRecord("knee-strength", "strength", datetime(2026, 10, 19, 18), "completed"),
                SessionRecord("knee-strength", "strength", datetime(2026, 10, 25, 23, 30), "completed")]
    decision = step(ProgrammeState(1, monday), SCHEDULE, sessions, [], "progress", date(2026, 10, 26))
    assert decision.state.week == 2


def test_changes_are_stored_with_their_reasons():
    store = MemoryStore()
    programme.save(store, advance_on())
    programme.save(store, step(load_state(store), SCHEDULE, TWO, [], "see-clinician", MONDAY + timedelta(days=8)))
    history = load_history(store)
    assert [c.action for c in history] == ["advance", "pause"]
    assert history[0].reason.startswith("week 3 complete") and history[1].source
    assert load_state(store).paused and load_state(store).week == 4


def test_a_damaged_store_starts_at_week_1():
    store = MemoryStore()
    store.set_setting("plan.programme", "{not json")
    assert load_state(store) == ProgrammeState()
