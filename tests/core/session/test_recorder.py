"""The session recorder, without Qt: which diary writes a played session calls for, run in line."""

from datetime import timedelta
from pathlib import Path

import pytest

from coach.core.routines.file import parse_routine
from coach.core.session.plan import build_plan
from coach.core.session.recorder import SessionRecorder
from coach.core.session.session import Session
from tests.core.routine_text import TINY


@pytest.fixture
def plan():
    return build_plan(parse_routine(TINY.encode(), Path("tiny.yaml")))


def play(session, recorder, diary, clock, seconds, step=0.25):
    """Tick the engine for ``seconds``, writing what the recorder asks for as each cue falls due."""
    end = clock.monotonic() + seconds
    while clock.monotonic() < end - 1e-9 and not session.is_over:
        clock.advance(step)
        for cue in session.tick():
            if (write := recorder.heard(cue, session)) is not None:
                write(diary)


def test_a_played_session_opens_moves_on_per_step_and_closes_once(plan, fake_clock, diary):
    recorder = SessionRecorder(plan, fake_clock)
    session = Session(plan, fake_clock)
    recorder.opening()(diary)
    assert recorder.opening() is None  # one row per session
    session.start()
    play(session, recorder, diary, fake_clock, plan.segments[7].end_s + 0.5)  # the first step is done
    (row,) = diary.sessions()
    assert (row.status, row.steps_done, row.position) == ("in-progress", 1, 8)
    play(session, recorder, diary, fake_clock, plan.total_s)
    (row,) = diary.sessions()
    assert (row.status, row.steps_done) == ("completed", 2)
    assert recorder.closed and recorder.closing("stopped", 0) is None and recorder.leaving(session) is None


def test_stopping_records_the_steps_done_so_far(plan, fake_clock, diary):
    recorder = SessionRecorder(plan, fake_clock)
    session = Session(plan, fake_clock)
    recorder.opening()(diary)
    session.start()
    play(session, recorder, diary, fake_clock, 20)
    for cue in session.stop("stopped-for-pain"):
        recorder.heard(cue, session)(diary)
    (row,) = diary.sessions()
    assert (row.status, row.steps_done) == ("stopped-for-pain", 0)


def test_the_end_is_never_before_the_start_when_the_wall_clock_steps_back(plan, fake_clock, diary):
    recorder = SessionRecorder(plan, fake_clock)
    recorder.opening()(diary)
    fake_clock.advance(90)
    fake_clock.wall -= timedelta(hours=1)  # NTP, a time zone change
    recorder.closing("stopped", 0)(diary)
    (row,) = diary.sessions()
    assert row.ended - row.started == timedelta(seconds=90)


def test_without_a_row_nothing_is_moved_on_or_closed(plan, fake_clock, diary):
    recorder = SessionRecorder(plan, fake_clock)
    assert recorder.progress(1, 8) is None and recorder.closing("stopped", 0) is None
    failed_open = recorder.opening()  # on its way, and it never lands (a full disk)
    assert failed_open is not None
    write = recorder.closing("stopped", 0)
    assert write is not None and write(diary) is None and diary.sessions() == []


def test_a_resumed_session_keeps_its_row(plan, fake_clock, diary):
    first = SessionRecorder(plan, fake_clock)
    first.opening()(diary)
    again = SessionRecorder(plan, fake_clock, session_id=first.session_id)
    assert again.opening() is None
    again.closing("completed", 2)(diary)
    assert [r.status for r in diary.sessions()] == ["completed"]
