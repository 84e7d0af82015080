"""Advice over random diaries: never raises, always one of the six headlines,
and the headline is always the strongest among the reasons it gives."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.advice.advice import HEADLINE_LABELS, HEADLINES, RULES_BY_ID, advise
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.vocabulary import CHARACTERS, FLAGS, LOCATIONS, MOMENTS

TODAY = date(2026, 11, 23)
KNOWN_IDS = set(RULES_BY_ID)

moments_in_range = st.builds(
    lambda days, minutes: datetime.combine(TODAY, datetime.min.time()) - timedelta(days=days, minutes=minutes),
    st.integers(min_value=-5, max_value=70),
    st.integers(min_value=0, max_value=24 * 60 - 1),
)
nrs = st.one_of(st.none(), st.integers(min_value=0, max_value=10))


def subset(options):
    return st.lists(st.sampled_from(options), unique=True, max_size=len(options)).map(tuple)


pain_entries = st.builds(
    PainEntry,
    at=moments_in_range,
    moment=st.sampled_from(MOMENTS),
    left=nrs,
    right=nrs,
    locations=subset(LOCATIONS),
    characters=subset(CHARACTERS),
    flags=st.one_of(st.just(()), subset(FLAGS)),
)
runs = st.builds(Run, at=moments_in_range, distance_km=st.floats(min_value=0, max_value=60, allow_nan=False))
sessions = st.builds(
    SessionRecord,
    routine_id=st.just("r"),
    focus=st.sampled_from(("warm-up", "cool-down", "strength", "care")),
    started=moments_in_range,
    status=st.sampled_from(("completed", "stopped", "stopped-for-pain", "interrupted", "in-progress")),
)
shoes = st.builds(
    Shoe,
    name=st.text(max_size=10),
    started=st.just(date(2026, 1, 1)),
    distance_km=st.floats(min_value=0, max_value=2000, allow_nan=False),
    retired=st.booleans(),
)
diaries = st.tuples(
    st.lists(pain_entries, max_size=40),
    st.lists(runs, max_size=25),
    st.lists(sessions, max_size=15),
    st.lists(shoes, max_size=3),
    st.sampled_from(("km", "mi")),
)


@settings(max_examples=300, deadline=None)
@given(diaries)
def test_random_diaries_give_a_valid_headline(diary):
    pain, run_list, session_list, shoe_list, units = diary
    advice = advise(pain, run_list, session_list, shoe_list, TODAY, units)
    assert advice.headline in HEADLINE_LABELS
    assert advice.reasons, "every headline comes with at least one reason"
    assert advice.headline == advice.reasons[0].headline
    ranks = [HEADLINES.index(r.headline) for r in advice.reasons]
    assert ranks == sorted(ranks)
    assert {r.id for r in advice.reasons} <= KNOWN_IDS
    assert all(r.text for r in advice.reasons) and all(n.text for n in advice.notes)
    if advice.headline == "start":
        assert not [e for e in pain if e.at.date() <= TODAY] and not [r for r in run_list if r.at.date() <= TODAY]


@settings(max_examples=150, deadline=None)
@given(diaries, st.lists(pain_entries, max_size=5), st.lists(runs, max_size=5))
def test_future_records_change_nothing(diary, more_pain, more_runs):
    pain, run_list, session_list, shoe_list, units = diary
    past = [e for e in pain if e.at.date() <= TODAY]
    future_pain = [e for e in more_pain if e.at.date() > TODAY]
    future_runs = [r for r in more_runs if r.at.date() > TODAY]
    plain = advise(past, run_list, session_list, shoe_list, TODAY, units)
    padded = advise(past + future_pain, run_list + future_runs, session_list, shoe_list, TODAY, units)
    assert plain == padded


@given(st.lists(st.integers(0, 10), min_size=1, max_size=40))
def test_the_baseline_median_is_the_statistics_median(values):
    import statistics

    from coach.core.advice.rules import _median

    assert _median(values) == statistics.median(values)
