"""The programme's length and the routine it plays come from the programme routine's progression."""

from datetime import date, datetime, timedelta
from pathlib import Path

from coach.core.diary.records import SessionRecord
from coach.core.paths import assets_dir
from coach.core.plan.programme import PROGRAMME_WEEKS, ProgrammeState, programme_weeks, routine_to_play, step
from coach.core.plan.schedule import Schedule
from coach.core.routines.catalog import load_catalog
from coach.core.routines.file import parse_routine
from coach.core.settings import MemoryStore
from tests.core.routine_text import BLOCKS, TINY

MONDAY = date(2026, 11, 23)


def mine(routine_id: str = "knee-strength"):
    return parse_routine((TINY + BLOCKS).replace("id: tiny", f"id: {routine_id}").encode(), Path("m.yaml"), assets_dir())


def test_the_length_is_the_programme_routines_last_week():
    builtin = load_catalog(None).get("knee-strength")
    assert programme_weeks(builtin) == PROGRAMME_WEEKS == 8
    assert programme_weeks(mine()) == 4
    assert programme_weeks(None) == 8  # no programme routine at all: the built-in's length
    assert programme_weeks(mine("another")) == 8  # only the programme routine sets it


def test_the_programme_routine_plays_the_stored_week_and_others_play_as_written():
    store = MemoryStore()
    store.set_setting("plan.programme", '{"week": 3}')
    played = routine_to_play(mine(), store)
    assert played.week == 3 and played.steps[1].exercise == "raise-one"
    other = mine("another")
    assert routine_to_play(other, store) is other
    store.set_setting("plan.programme", '{"week": 9}')
    assert routine_to_play(mine(), store).week == 4  # capped at the programme's last week


def test_a_week_past_a_shorter_programme_is_its_last_week_and_never_advances_past_it():
    decision = step(ProgrammeState(week=7, since=MONDAY), Schedule(), [], [], "hold", MONDAY + timedelta(days=1), weeks=4)
    assert decision.state.week == 4

    def done(offset):
        at = datetime.combine(MONDAY + timedelta(days=offset), datetime.min.time()).replace(hour=18)
        return SessionRecord("knee-strength", "strength", at, "completed", ended=at + timedelta(minutes=30))

    decision = step(ProgrammeState(week=4, since=MONDAY), Schedule(), [done(0), done(3)], [], "progress",
                    MONDAY + timedelta(days=4), weeks=4)
    assert decision.state.week == 4 and "complete" in decision.reason
