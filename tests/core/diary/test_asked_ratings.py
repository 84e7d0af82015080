"""Ratings asked beside a record's own fields (effort) come from the declaration alone:
the drafts, the command line, a record's line and the done screen read ``fields.asked``."""

from __future__ import annotations

from datetime import datetime

import pytest

from coach.core.diary import fields
from coach.core.diary.draft import RunDraft
from coach.core.diary.records import Run, SessionRecord
from coach.core.errors import InputError

NOW = datetime(2026, 11, 23, 8, 0)


def test_the_asked_ratings_are_the_declared_ones():
    assert [f.key for f in fields.asked("runs")] == ["effort"]
    assert [(f.key, bool(f.at_done)) for f in fields.asked("sessions")] == [("effort", True)]
    assert fields.asked("pain") == ()  # the knees have their own rows


def test_a_rating_is_said_with_its_word_and_in_a_records_line():
    effort = fields.spec("runs", "effort")
    assert (effort.value_text(7), effort.value_text(11)) == ("7 · very hard", "11")  # 11: a newer version's value
    assert fields.said(Run(NOW, 8.0, effort=6)) == ", effort 6/10"
    assert fields.said(Run(NOW, 8.0)) == ""
    assert fields.said(SessionRecord("knee-strength", "strength", NOW, "completed", effort=0)) == ", effort 0/10"


def test_a_run_draft_reads_its_ratings_by_key_picked_or_typed():
    assert RunDraft(NOW, "8", ratings={"effort": 6}).checked(NOW).effort == 6
    assert RunDraft(NOW, "8", ratings={"effort": " 7 "}).checked(NOW).effort == 7
    assert RunDraft(NOW, "8").checked(NOW).effort is None
    run, problems = RunDraft(NOW, "", ratings={"effort": "hard"}).parsed()
    assert run is None and [p.field for p in problems] == ["distance_km", "effort"]  # every problem, at once
    with pytest.raises(InputError, match="effort"):
        RunDraft(NOW, "8", ratings={"effort": 11}).checked(NOW)


def test_a_session_is_rated_by_key_and_an_undeclared_key_is_refused(diary):
    started = datetime(2026, 11, 23, 7, 0)
    session_id = diary.add_session(SessionRecord("knee-strength", "strength", started, "completed", 5, 5, NOW))
    assert diary.rate_session(session_id, "effort", 8).effort == 8
    assert diary.sessions()[0].effort == 8
    assert diary.rate_session(session_id, "effort", None).effort is None  # cleared: "not rated"
    with pytest.raises(KeyError):
        diary.rate_session(session_id, "soreness", 3)
