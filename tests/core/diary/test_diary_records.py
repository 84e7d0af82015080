"""What the diary stores: sessions, runs, pain, shoes, settings; undo; refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.errors import InputError
from coach.core.vocabulary import IN_PROGRESS

NOW = datetime(2026, 11, 23, 8, 0)
EARLIER = NOW - timedelta(hours=2)


def counts(diary: Diary) -> tuple[int, int, int, int]:
    conn = diary._conn
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sessions", "runs", "pain", "shoes"))


# -- sessions ------------------------------------------------------------------


def test_session_lifecycle(diary, fake_clock):
    sid = diary.start_session("knee-strength", "strength", "abc123", 12, fake_clock.now())
    assert diary.session(sid).status == IN_PROGRESS
    for done in range(1, 6):
        fake_clock.advance(60)
        diary.update_session_progress(sid, done, position=done * 3)
    fake_clock.advance(60)
    finished = diary.finish_session(sid, "stopped-for-pain", fake_clock.now())

    [record] = diary.sessions()
    assert record == finished
    assert (record.routine_id, record.focus, record.routine_hash) == ("knee-strength", "strength", "abc123")
    assert (record.status, record.steps_done, record.steps_total, record.position) == ("stopped-for-pain", 5, 12, 15)
    assert record.started == NOW and record.ended == NOW + timedelta(minutes=6)


def test_finish_can_set_steps_done(diary, fake_clock):
    sid = diary.start_session("pre-run-warm-up", "warm-up", "h", 5, fake_clock.now())
    fake_clock.advance(600)
    diary.finish_session(sid, "completed", fake_clock.now(), steps_done=5)
    assert diary.session(sid).steps_done == 5


def test_mark_interrupted_and_resume(diary, fake_clock):
    crashed = diary.start_session("knee-strength", "strength", "h", 12, fake_clock.now())
    diary.update_session_progress(crashed, 4, 9)
    done = diary.start_session("pre-run-warm-up", "warm-up", "h", 5, fake_clock.now())
    diary.finish_session(done, "completed", fake_clock.now(), 5)

    [interrupted] = diary.mark_interrupted()
    assert (interrupted.id, interrupted.status, interrupted.position) == (crashed, "interrupted", 9)
    assert diary.session(crashed).status == "interrupted"
    assert diary.mark_interrupted() == []

    resumed = diary.resume_session(crashed)
    assert (resumed.status, resumed.steps_done, resumed.position) == (IN_PROGRESS, 4, 9)
    with pytest.raises(InputError, match="completed, not interrupted"):
        diary.resume_session(done)


def test_a_start_queued_before_the_wall_clock_stepped_back_still_lands(diary, fake_clock):
    """The player queues the start with its "now"; the write may land after NTP or a time zone
    change set the clock back (a slow disk widens that window). The row must not be lost as
    "in the future": the session's later writes are checked the same way."""
    started = fake_clock.now()
    fake_clock.wall -= timedelta(hours=1)
    sid = diary.start_session("knee-strength", "strength", "h", 3, started)
    diary.update_session_progress(sid, 1, 1)
    assert (diary.session(sid).started, diary.session(sid).steps_done) == (started, 1)


def test_session_refusals(diary, fake_clock):
    with pytest.raises(InputError) as error:
        diary.start_session("", "strength", "h", 3, fake_clock.now())
    assert error.value.field == "routine"
    sid = diary.start_session("x", "strength", "h", 3, fake_clock.now())
    with pytest.raises(InputError, match="steps_total"):
        diary.update_session_progress(sid, 4, 0)
    with pytest.raises(InputError, match="unknown status 'done'"):
        diary.finish_session(sid, "done", fake_clock.now())
    with pytest.raises(InputError, match="before started"):
        diary.finish_session(sid, "completed", fake_clock.now() - timedelta(minutes=5))
    with pytest.raises(InputError, match="no session 99"):
        diary.finish_session(99, "completed", fake_clock.now())
    with pytest.raises(InputError, match="unknown status"):
        diary.add_session(SessionRecord("x", "strength", EARLIER, IN_PROGRESS))
    assert diary.session(sid).status == IN_PROGRESS and diary.session(sid).steps_done == 0
    assert counts(diary) == (1, 0, 0, 0)


def test_add_and_delete_session_with_undo(diary):
    sid = diary.add_session(SessionRecord("knee-strength", "strength", EARLIER, "completed", 6, 6))
    deleted = diary.delete_session(sid)
    assert diary.sessions() == []
    assert diary.restore(deleted) == sid
    assert diary.sessions() == [deleted]


# -- runs and shoes -------------------------------------------------------------


def test_runs_update_delete_undo(diary):
    first = diary.add_run(Run(EARLIER, 8.2, 45.0, "Pegasus"))
    second = diary.add_run(Run(EARLIER - timedelta(days=3), 5.0))
    assert [r.id for r in diary.runs()] == [second, first]  # oldest first
    assert diary.runs(since=date(2026, 11, 21)) == [Run(EARLIER, 8.2, 45.0, "Pegasus", first)]

    diary.update_run(Run(EARLIER, 10.0, 50.0, None, first))
    assert diary.runs()[1] == Run(EARLIER, 10.0, 50.0, None, first)

    deleted = diary.delete_run(first)
    assert [r.id for r in diary.runs()] == [second]
    diary.restore(deleted)
    assert diary.runs()[1] == deleted
    with pytest.raises(InputError, match="no run 42"):
        diary.delete_run(42)


def test_shoes_add_up_runs(diary):
    diary.add_shoe(Shoe("Clifton", date(2026, 9, 1), distance_km=120.0))
    diary.add_run(Run(EARLIER, 10.0, shoes="Clifton"))
    diary.add_run(Run(EARLIER, 5.5, shoes="clifton"))  # names match whatever the case
    diary.add_run(Run(EARLIER, 7.0, shoes="Pegasus"))  # unknown shoes are registered on first use
    diary.add_run(Run(EARLIER, 3.0))
    shoes = {s.name: s for s in diary.shoes()}
    assert shoes["Clifton"].distance_km == pytest.approx(135.5)
    assert shoes["Pegasus"].distance_km == 7.0 and shoes["Pegasus"].started == EARLIER.date()
    assert {s.name: s.distance_km for s in diary.shoes(include_runs=False)} == {"Clifton": 120.0, "Pegasus": 0.0}
    assert {r.shoes for r in diary.runs()} == {"Clifton", "Pegasus", None}

    diary.retire_shoe(shoes["Clifton"].id)
    assert [s.retired for s in diary.shoes()] == [True, False]
    with pytest.raises(InputError, match="already shoes named"):
        diary.add_shoe(Shoe("CLIFTON", date(2026, 10, 1)))
    with pytest.raises(InputError):
        diary.add_shoe(Shoe("Future", date(2026, 12, 1)))


def test_run_refusals_write_nothing(diary):
    bad_runs = [
        Run(EARLIER, 0.0),
        Run(EARLIER, -5.0),
        Run(EARLIER, 501.0),
        Run(EARLIER, float("nan")),
        Run(EARLIER, 5.0, minutes=-1.0),
        Run(NOW + timedelta(minutes=2), 5.0),
        Run(EARLIER, 5.0, shoes=""),
    ]
    for run in bad_runs:
        with pytest.raises(InputError):
            diary.add_run(run)
    assert counts(diary) == (0, 0, 0, 0)


def test_one_minute_of_clock_skew_is_allowed(diary):
    diary.add_run(Run(NOW + timedelta(seconds=60), 5.0))
    assert len(diary.runs()) == 1


# -- pain ----------------------------------------------------------------------


def test_pain_round_trip_update_delete_undo(diary):
    entry = PainEntry(EARLIER, "after-run", 4, 2, ("front", "below"), ("aching", "sharp"), ("swelling",), "stairs")
    pid = diary.add_pain(entry)
    assert diary.pain_entries() == [replace(entry, id=pid)]

    diary.update_pain(replace(entry, id=pid, left=1, flags=()))
    assert diary.pain_entries()[0].left == 1 and diary.pain_entries()[0].flags == ()

    deleted = diary.delete_pain(pid)
    assert diary.pain_entries() == []
    diary.restore(deleted)
    assert diary.pain_entries() == [deleted]


@pytest.mark.parametrize(
    "entry, field",
    [
        (PainEntry(EARLIER, "after-run", left=11), "left"),
        (PainEntry(EARLIER, "after-run", right=-1), "right"),
        (PainEntry(EARLIER, "after-run", left=4.5), "left"),  # type: ignore[arg-type]
        (PainEntry(EARLIER, "after-run"), "left"),
        (PainEntry(EARLIER, "mid-run", left=3), "moment"),
        (PainEntry(EARLIER, "after-run", left=3, locations=("knee",)), "locations"),
        (PainEntry(EARLIER, "after-run", left=3, characters=("dull",)), "characters"),
        (PainEntry(EARLIER, "after-run", left=3, flags=("limping",)), "flags"),
        (PainEntry(EARLIER, "after-run", left=3, note="x" * 2001), "note"),
        (PainEntry(NOW + timedelta(days=1), "after-run", left=3), "at"),
    ],
)
def test_pain_refusals_write_nothing(diary, entry, field):
    with pytest.raises(InputError) as error:
        diary.add_pain(entry)
    assert error.value.field == field
    assert "\n" not in str(error.value)
    assert counts(diary) == (0, 0, 0, 0)


def test_refused_update_keeps_the_old_entry(diary):
    pid = diary.add_pain(PainEntry(EARLIER, "after-run", left=3))
    with pytest.raises(InputError):
        diary.update_pain(PainEntry(EARLIER, "after-run", left=12, id=pid))
    assert diary.pain_entries()[0].left == 3


def test_add_many_is_all_or_nothing(diary):
    records = [Run(EARLIER, 5.0), PainEntry(EARLIER, "after-run", left=2), Run(EARLIER, -1.0)]
    with pytest.raises(InputError):
        diary.add_many(records)
    assert counts(diary) == (0, 0, 0, 0)


def test_add_many_skips_what_is_already_there(diary):
    records = [Run(EARLIER, 5.0), Run(EARLIER, 5.0), PainEntry(EARLIER, "after-run", left=2)]
    assert diary.add_many(records, skip_existing=True) == ({"runs": 2, "pain": 1}, 0)
    added, skipped = diary.add_many(records + [Run(EARLIER, 6.0)], skip_existing=True)
    assert (dict(added), skipped) == ({"runs": 1}, 3)
    assert len(diary.runs()) == 3


# -- settings and speed ----------------------------------------------------------


def test_settings(diary, data_paths, fake_clock):
    assert diary.get_setting("units") is None
    assert diary.get_setting("units", "km") == "km"
    diary.set_setting("units", "mi")
    diary.set_setting("units", "km")
    diary.set_setting("volume", "70")
    diary.close()
    with Diary.open(data_paths, fake_clock) as again:
        assert (again.get_setting("units"), again.get_setting("volume")) == ("km", "70")


def test_ten_years_of_history_read_back_whole(diary):
    """How fast is bench/history.py's to say (timing targets live in benchmarks); here: all of it comes back."""
    start = datetime(2016, 11, 24, 7, 0)
    records: list[object] = []
    for day in range(3650):
        at = start + timedelta(days=day)
        records.append(PainEntry(at, "next-morning", left=day % 4, right=day % 3, locations=("front",)))
        if day % 9 < 5:  # about 2,000 runs
            records.append(Run(at + timedelta(hours=10), 5.0 + day % 7, 30.0 + day % 20, "Pegasus"))
        if day % 6 < 5:  # about 3,000 sessions
            records.append(SessionRecord("knee-strength", "strength", at + timedelta(hours=12), "completed", 6, 6))
    diary.add_many(records)

    pain, runs, sessions = diary.pain_entries(), diary.runs(), diary.sessions()
    shoes = diary.shoes()
    assert (len(pain), len(runs), len(sessions)) == (3650, 2030, 3042)
    assert shoes[0].distance_km > 10_000
