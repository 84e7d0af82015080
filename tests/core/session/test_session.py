"""The engine, driven by a fake clock: no real waiting anywhere."""

import random
from pathlib import Path

import pytest

from coach.core.routines.file import parse_routine
from coach.core.session.plan import build_plan
from coach.core.session.session import CueKind, Session, State
from tests.core.routine_text import TINY


@pytest.fixture
def plan():
    return build_plan(parse_routine(TINY.encode(), Path("tiny.yaml")))


def run_for(session, clock, seconds, step=0.125):  # a binary fraction: exact sums
    cues = []
    end = clock.monotonic() + seconds
    while clock.monotonic() < end - 1e-9:
        clock.advance(min(step, end - clock.monotonic()))
        cues += session.tick()
    return cues


def kinds(cues, kind):
    return [c for c in cues if c.kind == kind]


def test_plays_every_segment_in_order_and_finishes_completed(plan, fake_clock):
    session = Session(plan, fake_clock)
    cues = session.start() + run_for(session, fake_clock, plan.total_s + 1)
    assert [c.segment.index for c in kinds(cues, CueKind.SEGMENT)] == list(range(len(plan.segments)))
    assert session.state == State.FINISHED and session.outcome == "completed"
    assert session.steps_done == 2
    assert len(kinds(cues, CueKind.STEP_DONE)) == 2 and len(kinds(cues, CueKind.DONE)) == 1


def test_remaining_is_deadline_minus_now(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    fake_clock.advance(2.25)  # no tick: remaining must still be right
    assert session.remaining_s() == pytest.approx(2.75)
    session.tick()
    fake_clock.advance(3.0)
    session.tick()
    assert session.segment.kind == "hold"
    assert session.remaining_s() == pytest.approx(30 - 0.25)


def test_countdown_3_2_1_before_each_change_and_halfway_on_long_holds(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    cues = run_for(session, fake_clock, 35.0)  # get-ready (5 s) and the first 30 s hold
    counts = [(c.segment.index, c.count) for c in kinds(cues, CueKind.COUNTDOWN)]
    assert counts == [(0, 3), (0, 2), (0, 1), (1, 3), (1, 2), (1, 1)]
    assert [c.segment.index for c in kinds(cues, CueKind.HALFWAY)] == [1]


def test_sixty_minute_session_ends_on_the_second_with_jittery_ticks(fake_clock):
    text = TINY.replace("duration_s: 30", "duration_s: 600").replace("sets: 2", "sets: 3")
    plan = build_plan(parse_routine(text.encode(), Path("long.yaml")))
    assert plan.total_s > 3600
    session = Session(plan, fake_clock)
    started = fake_clock.monotonic()
    session.start()
    boundaries = {}
    rng = random.Random(7)
    for _ in range(200_000):
        if session.is_over:
            break
        fake_clock.advance(rng.uniform(0.005, 0.25))
        for cue in session.tick():
            if cue.kind == CueKind.SEGMENT:
                boundaries[cue.segment.index] = session._deadline - cue.segment.duration_s - started
            if cue.kind == CueKind.DONE:
                finished_at = fake_clock.monotonic() - started
    # every segment begins exactly where the plan says: no cumulative drift
    for index, began in boundaries.items():
        assert began == pytest.approx(plan.segments[index].start_s, abs=1e-6)
    assert plan.total_s <= finished_at < plan.total_s + 0.25


def test_a_stall_of_two_and_a_half_seconds_loses_no_time(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    run_for(session, fake_clock, 3.0)
    fake_clock.advance(2.5)  # the app froze across the get-ready -> work boundary
    cues = session.tick()
    assert session.state == State.RUNNING
    assert [c.kind for c in cues if c.kind == CueKind.SEGMENT] == [CueKind.SEGMENT]
    assert session.segment.index == 1
    assert session.remaining_s() == pytest.approx(30 - 0.5)
    rest = run_for(session, fake_clock, plan.total_s - 5.5)
    assert kinds(rest, CueKind.DONE)


def test_a_sleep_pauses_where_the_last_tick_saw_it(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    run_for(session, fake_clock, 12.0)  # 7 s into the first hold
    fake_clock.advance(3600)  # lid closed for an hour
    cues = session.tick()
    assert session.state == State.PAUSED and session.pause_reason == "suspend"
    assert kinds(cues, CueKind.PAUSED)[0].reason == "suspend"
    assert session.segment.index == 1
    assert session.remaining_s() == pytest.approx(23.0)


def test_resume_counts_down_three_seconds_then_continues(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    run_for(session, fake_clock, 10.0)
    session.pause()
    fake_clock.advance(100)  # paused: time does not count, and no suspend either
    assert session.tick() == []
    cues = session.resume()
    assert session.state == State.RESUMING
    cues += run_for(session, fake_clock, 3.0)
    assert [c.count for c in kinds(cues, CueKind.COUNTDOWN)] == [3, 2, 1]
    assert kinds(cues, CueKind.RESUMED) and session.state == State.RUNNING
    assert session.remaining_s() == pytest.approx(25.0)


def test_skip_and_back(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    session.skip()
    assert session.segment.index == 1 and session.remaining_s() == pytest.approx(30)
    fake_clock.advance(5)
    session.back()  # 5 s in: restart this segment
    assert session.segment.index == 1 and session.remaining_s() == pytest.approx(30)
    session.back()  # at its start: previous segment
    assert session.segment.index == 0
    for _ in range(len(plan.segments)):
        session.skip()
    assert session.state == State.FINISHED and session.steps_done == 2


def test_skip_while_paused_stays_paused_on_the_new_segment(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    session.pause()
    session.skip()
    assert session.state == State.PAUSED and session.segment.index == 1
    assert session.remaining_s() == 30


def test_stop_records_the_outcome_and_ignores_later_ticks(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    run_for(session, fake_clock, 40)
    cues = session.stop("stopped-for-pain")
    assert cues[0].kind == CueKind.STOPPED and session.outcome == "stopped-for-pain"
    fake_clock.advance(100)
    assert session.tick() == [] and session.state == State.STOPPED


def test_resume_from_a_saved_position(plan, fake_clock):
    session = Session(plan, fake_clock, start_position=8)
    assert session.steps_done == 1
    session.start()
    cues = run_for(session, fake_clock, 25)
    assert session.state == State.FINISHED and session.steps_done == 2
    assert len(kinds(cues, CueKind.STEP_DONE)) == 1


def test_reps_are_paced_by_tempo_and_alternate_sides(fake_clock):
    text = TINY.replace("    reps: 10\n", "    reps: 10\n    sides: alternate\n")
    plan = build_plan(parse_routine(text.encode(), Path("t.yaml")))
    session = Session(plan, fake_clock, start_position=9)
    session.start()
    frame = session.readout()
    assert frame.rep is not None and (frame.rep.rep, frame.side, frame.rep.progress) == (1, "left", 0.0)
    fake_clock.advance(3.0)
    frame = session.readout()
    assert frame.rep is not None and (frame.rep.rep, frame.side, frame.rep.progress) == (2, "right", 0.5)
    fake_clock.advance(100)
    frame = session.readout()
    assert frame.rep is not None and (frame.rep.rep, frame.rep.reps) == (20, 20)


def test_cues_rotate_during_work_and_progress_is_monotonic(plan, fake_clock):
    session = Session(plan, fake_clock, start_position=1)
    session.start()
    assert session.readout().cue == "Back flat on the wall"
    run_for(session, fake_clock, 8.5)
    assert session.readout().cue == "Knees over ankles"
    seen = []
    for _ in range(1000):
        fake_clock.advance(0.5)
        session.tick()
        seen.append(session.readout().routine_progress)
        if session.is_over:
            break
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_next_up_skips_the_work_a_lead_in_is_already_showing(plan, fake_clock):
    session = Session(plan, fake_clock)
    session.start()
    assert session.segment.kind == "get-ready" and session.next_up().index == 3  # not the hold it leads to
    session.skip()
    assert session.segment.index == 1 and session.next_up().index == 3
    session.skip()
    assert session.segment.kind == "switch" and session.next_up().index == 3  # "Switch sides" names no exercise
