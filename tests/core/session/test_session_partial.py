"""Skipping is not training: a session is completed only when 80% of its work time was played."""

from pathlib import Path

import pytest

from coach.core.routines.file import parse_routine
from coach.core.session.plan import build_plan
from coach.core.session.session import COMPLETED_WORK_SHARE, CueKind, Session, State
from coach.core.vocabulary import SegmentKind
from tests.core.routine_text import TINY


@pytest.fixture
def plan():
    return build_plan(parse_routine(TINY.encode(), Path("tiny.yaml")))


def play_until(session, clock, predicate, step=0.125):
    cues = []
    for _ in range(100_000):
        if predicate():
            return cues
        clock.advance(step)
        cues += session.tick()
    raise AssertionError("never got there")


def test_the_threshold_is_80_percent_as_the_help_says():
    assert COMPLETED_WORK_SHARE == 0.8
    help_page = (Path(__file__).parents[3] / "assets" / "help" / "help.md").read_text(encoding="utf-8")
    assert "at least 80% of its work\n  time" in help_page or "at least 80% of its work time" in help_page


def test_skipping_through_every_step_is_partial(plan, fake_clock):
    session = Session(plan, fake_clock)
    cues = session.start()
    while not session.is_over:
        fake_clock.advance(0.25)
        cues += session.skip()
    assert session.state == State.FINISHED and session.outcome == "partial"
    assert session.work_played_s() < 0.8 * session.work_planned_s()
    assert session.skipped_steps() == ["Wall sit", "Calf raises"]
    assert session.steps_trained == 0
    done = [c for c in cues if c.kind == CueKind.DONE]
    assert len(done) == 1 and done[0].reason == "partial"


def test_playing_everything_is_completed(plan, fake_clock):
    session = Session(plan, fake_clock)
    cues = session.start()
    cues += play_until(session, fake_clock, lambda: session.is_over)
    assert session.outcome == "completed" and session.work_share() == pytest.approx(1.0)
    assert session.skipped_steps() == [] and session.steps_trained == 2
    assert [c.reason for c in cues if c.kind == CueKind.DONE] == ["completed"]


def test_playing_85_percent_of_the_work_is_completed(plan, fake_clock):
    """Work: 4 × 30 s holds + 20 s of reps = 140 s; skipping the last 21 s of the reps leaves 85%."""
    session = Session(plan, fake_clock)
    session.start()
    assert session.work_planned_s() == 140
    last = plan.segments[-1]
    play_until(session, fake_clock, lambda: session.position == last.index and session.elapsed_in_segment_s() >= 0)
    session.skip()  # the reps (20 s) get nothing: 120 / 140 = 85.7%
    assert session.outcome == "completed"
    assert session.work_played_s() == pytest.approx(120)
    assert session.skipped_steps() == ["Calf raises"]  # said even though the session counts
    assert session.steps_trained == 1


def test_playing_less_than_80_percent_is_partial(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    second_hold = next(s for s in plan.segments if s.kind == SegmentKind.HOLD and s.index > 1)
    play_until(session, fake_clock, lambda: session.position == second_hold.index)
    session.skip()  # one 30 s hold skipped ...
    play_until(session, fake_clock, lambda: session.position == plan.segments[-1].index)
    fake_clock.advance(2)
    session.skip()  # ... and 18 s of the reps: 92 / 140 = 66%
    assert session.outcome == "partial"
    assert session.work_played_s() == pytest.approx(92)


def test_back_does_not_count_the_same_seconds_twice(plan, fake_clock):
    session = Session(plan, fake_clock, start_position=1)
    session.start()
    play_until(session, fake_clock, lambda: session.elapsed_in_segment_s() >= 10)
    session.back()  # restart the hold: 10 s played so far ...
    play_until(session, fake_clock, lambda: session.elapsed_in_segment_s() >= 12)
    assert session.work_played_s() == pytest.approx(12)  # ... and 12 s at most after, not 22


def test_rest_and_get_ready_are_not_work(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    play_until(session, fake_clock, lambda: session.elapsed_in_segment_s() >= 4)  # in the get-ready
    assert session.segment.kind == "get-ready"
    assert session.work_played_s() == 0


def test_a_resumed_session_counts_what_the_first_run_played(plan, fake_clock):
    session = Session(plan, fake_clock, start_position=8)  # the holds were done before the crash
    session.start()
    play_until(session, fake_clock, lambda: session.is_over)
    assert session.outcome == "completed" and session.steps_trained == 2
