"""Rep pacing: which rep a moment falls in, how far through it, and a hold at the top."""

from pathlib import Path

import pytest

from coach.core.routines.file import parse_routine
from coach.core.session.pace import RepPace
from coach.core.session.plan import build_plan
from coach.core.session.session import CueKind, Session
from coach.core.vocabulary import SegmentKind
from tests.core.routine_text import TINY

HELD = TINY.replace("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 3\n")  # calf raises: 10 reps, 1 s up, 3 s hold, 1 s down


def test_a_rep_with_a_hold_goes_up_holds_and_comes_down():
    pace = RepPace(reps=10, tempo_s=2.0, hold_s=3.0)
    assert (pace.rep_s, pace.duration_s) == (5.0, 50.0)
    going_up, holding, coming_down = pace.at(15.5), pace.at(17.5), pace.at(19.5)
    assert (going_up.rep, going_up.hold_left_s) == (4, None)
    assert (holding.rep, holding.hold_left_s) == (4, pytest.approx(1.5))
    assert (coming_down.rep, coming_down.hold_left_s, coming_down.progress) == (4, None, pytest.approx(0.9))
    assert pace.at(60).rep == 10  # over: the last rep


def test_a_hold_counts_its_seconds_down_from_the_top():
    pace = RepPace(reps=2, tempo_s=2.0, hold_s=3.0)
    assert pace.hold_counts(0.0, 1.0) == [3]  # the top of rep 1
    assert pace.hold_counts(1.0, 10.0) == [2, 1, 3, 2, 1]
    assert RepPace(reps=10, tempo_s=2.0).hold_counts(0.0, 20.0) == []  # no hold, no ticks


def test_the_plan_makes_a_held_rep_segment_as_long_as_its_reps():
    plan = build_plan(parse_routine(HELD.encode(), Path("t.yaml")))
    reps = plan.segments[-1]
    assert (reps.kind, reps.duration_s, reps.pace.hold_s) == (SegmentKind.REPS, 50.0, 3.0)


def test_the_engine_ticks_each_hold_and_leaves_the_end_to_its_own_countdown(fake_clock):
    plan = build_plan(parse_routine(HELD.encode(), Path("t.yaml")))
    session = Session(plan, fake_clock, start_position=len(plan.segments) - 1)
    session.start()
    counts = []
    while not session.is_over:
        fake_clock.advance(0.25)
        counts += [(round(fake_clock.mono - 1000, 2), c.count) for c in session.tick() if c.kind == CueKind.COUNTDOWN]
    assert counts[:3] == [(1.0, 3), (2.0, 2), (3.0, 1)]  # rep 1: up in 1 s, then the hold's 3, 2, 1
    assert len(counts) == 9 * 3 + 1 + 3  # nine reps' holds, the top of the last, then the segment's 3, 2, 1
    assert counts[-4:] == [(46.0, 3), (47.0, 3), (48.0, 2), (49.0, 1)]  # no tick twice in a second


def test_a_hold_on_a_timed_step_is_refused_where_it_is_written():
    from coach.core.errors import RoutineError

    text = TINY.replace("    sides: each\n", "    sides: each\n    hold_s: 3\n")
    with pytest.raises(RoutineError) as raised:
        parse_routine(text.encode(), Path("bad.yaml"))
    assert "bad.yaml:13:13: 'hold_s' only goes with 'reps'" in str(raised.value)
