from pathlib import Path

from coach.core.routines.file import parse_routine
from coach.core.session.plan import build_plan, format_duration
from coach.core.vocabulary import SegmentKind
from tests.core.routine_text import TINY

GET_READY, HOLD, REPS, SWITCH, REST = SegmentKind


def tiny_plan():
    return build_plan(parse_routine(TINY.encode(), Path("tiny.yaml")))


def test_each_side_hold_with_sets_expands_into_switches_and_rests():
    plan = tiny_plan()
    first_step = [(s.kind, s.side, s.set_no, s.duration_s) for s in plan.segments if s.step_index == 0]
    assert first_step == [
        (GET_READY, "left", 1, 5.0),
        (HOLD, "left", 1, 30.0),
        (SWITCH, "right", 1, 5.0),
        (HOLD, "right", 1, 30.0),
        (REST, "left", 2, 15.0),
        (HOLD, "left", 2, 30.0),
        (SWITCH, "right", 2, 5.0),
        (HOLD, "right", 2, 30.0),
    ]


def test_reps_step_lasts_reps_times_tempo_and_total_adds_up():
    plan = tiny_plan()
    reps = [s for s in plan.segments if s.step_index == 1]
    assert [(s.kind, s.duration_s, s.pace and s.pace.reps) for s in reps] == [(GET_READY, 5.0, None), (REPS, 20.0, 10)]
    assert plan.total_s == 5 + 30 + 5 + 30 + 15 + 30 + 5 + 30 + 5 + 20
    assert [s.start_s for s in plan.segments[:3]] == [0.0, 5.0, 35.0]


def test_only_the_last_segment_of_each_step_ends_it():
    plan = tiny_plan()
    assert [s.index for s in plan.segments if s.ends_step] == [7, 9]
    assert plan.steps_done_before(8) == 1
    assert plan.step_start(9) == 8


def test_alternate_reps_count_both_sides_and_no_rest_after_last_set():
    text = TINY.replace("    reps: 10\n", "    reps: 10\n    sides: alternate\n    sets: 2\n    rest_s: 30\n")
    plan = build_plan(parse_routine(text.encode(), Path("t.yaml")))
    second = [(s.kind, s.duration_s, s.pace and s.pace.reps, s.side) for s in plan.segments if s.step_index == 1]
    assert second == [
        (GET_READY, 5.0, None, "alternate"),
        (REPS, 40.0, 20, "alternate"),
        (REST, 30.0, None, "alternate"),
        (REPS, 40.0, 20, "alternate"),
    ]


def test_zero_get_ready_leaves_no_empty_segment():
    plan = build_plan(parse_routine(TINY.replace("get_ready_s: 5", "get_ready_s: 0").encode(), Path("t.yaml")))
    assert all(s.duration_s > 0 for s in plan.segments)
    assert plan.segments[0].kind == HOLD


def test_next_work_skips_rests_and_switches():
    plan = tiny_plan()
    assert plan.next_work(1).index == 3
    assert plan.next_work(3).index == 5
    assert plan.next_work(9) is None


def test_format_duration():
    assert format_duration(95) == "1:35"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(0) == "0:00"
