"""The entry drafts the form and the command line both fill: the same checks, the same words."""

from datetime import datetime

import pytest

from coach.core.diary.draft import PainDraft, SessionDraft
from coach.core.errors import InputError
from coach.core.routines.catalog import load_catalog

NOW = datetime(2026, 11, 23, 8, 0)


def test_a_pain_draft_left_alone_is_empty_and_one_rating_is_not():
    assert PainDraft(NOW, "morning").empty
    assert not PainDraft(NOW, "morning", left=0).empty  # 0 is a rating: "no pain" is worth logging
    assert not PainDraft(NOW, "morning", note="stairs").empty


def test_a_session_draft_is_checked_as_the_diary_checks_it(diary):
    routine = load_catalog(None).get("knee-strength")
    record = SessionDraft(NOW, routine, " Completed ", {"effort": "7"}).submit(diary, NOW)
    assert (record.status, record.steps_done, record.steps_total, record.effort) == ("completed", 5, 5, 7)
    assert diary.sessions()[0].routine_id == "knee-strength"
    with pytest.raises(InputError, match="interrupted"):
        SessionDraft(NOW, routine, "interrupted").checked(NOW)  # the player's word, not one to type
    with pytest.raises(InputError, match="effort"):
        SessionDraft(NOW, routine, "partial", {"effort": "11"}).checked(NOW)
