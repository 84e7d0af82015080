"""Ratings asked beside a record's own fields (effort) come from the declaration alone:
the drafts, the command line, a record's line and the done screen read ``fields.asked``."""

from __future__ import annotations

from datetime import datetime

import pytest

from coach.core.diary import fields
from coach.core.diary.records import Run, SessionRecord

NOW = datetime(2026, 11, 23, 8, 0)


def test_the_asked_ratings_are_the_declared_ones():
    assert fields.asked("runs") == () and fields.asked("sessions") == ()
    assert fields.asked("pain") == ()  # the knees have their own rows


def test_a_record_without_asked_ratings_says_none():
    assert fields.said(Run(NOW, 8.0)) == ""


def test_an_undeclared_rating_key_is_refused(diary):
    started = datetime(2026, 11, 23, 7, 0)
    session_id = diary.add_session(SessionRecord("knee-strength", "strength", started, "completed", 5, 5, NOW))
    with pytest.raises(KeyError):
        diary.rate_session(session_id, "soreness", 3)
