"""Advice: the back-off and hold rules (pain during load, next morning, week
on week, single-run and weekly distance spikes) at their edges."""

from __future__ import annotations

import pytest

from coach.core.diary.records import KM_PER_MILE, PainEntry, SessionRecord
from tests.core.advice_builders import at, get, ids, pain, run


def stopped(days_ago: int, status: str = "stopped-for-pain") -> SessionRecord:
    return SessionRecord(routine_id="strength-basic", focus="strength", started=at(days_ago, 18), status=status)


def reason(advice, rule_id):
    return next(r for r in advice.reasons if r.id == rule_id)


# --- pain-over-5 -----------------------------------------------------------------


@pytest.mark.parametrize("moment", ["during-run", "after-run", "during-routine"])
def test_pain_over_5_fires_at_6_not_at_5(moment):
    advice = get([pain(0, moment, left=6)])
    assert (advice.headline, ids(advice)) == ("back-off", ["pain-over-5"])
    assert "pain-over-5" not in ids(get([pain(0, moment, left=5)]))


@pytest.mark.parametrize("moment", ["next-morning", "other"])
def test_pain_over_5_ignores_other_moments(moment):
    assert "pain-over-5" not in ids(get([pain(0, moment, left=8)]))


def test_pain_over_5_uses_the_worse_knee():
    assert "pain-over-5" in ids(get([pain(0, "after-run", left=0, right=7)]))


def test_pain_over_5_window_is_today_and_yesterday():
    assert "pain-over-5" in ids(get([pain(1, "after-run", left=6)]))
    assert "pain-over-5" not in ids(get([pain(2, "after-run", left=6)]))


def test_session_stopped_for_pain_fires():
    advice = get(sessions=[stopped(1)])
    assert (advice.headline, ids(advice)) == ("back-off", ["pain-over-5"])
    assert "stopped a routine" in advice.reasons[0].text


def test_session_stopped_for_pain_two_days_ago_does_not():
    assert "pain-over-5" not in ids(get([pain(0, left=1)], sessions=[stopped(2)]))


def test_session_stopped_otherwise_does_not():
    assert "pain-over-5" not in ids(get([pain(0, left=1)], sessions=[stopped(0, "stopped")]))


def test_pain_over_5_says_rest_and_cross_train():
    r = reason(get([pain(0, "during-run", left=7)]), "pain-over-5")
    assert "7/10 during a run today" in r.text
    assert "1-2 days" in r.text and "bike" in r.text
    assert r.source == "Silbernagel et al. 2007"


# --- morning-worse ---------------------------------------------------------------


def morning(days_ago: int, left=None, right=None, hour: int = 7) -> PainEntry:
    return pain(days_ago, "next-morning", left=left, right=right, hour=hour)


def test_morning_above_median_baseline_fires():
    history = [morning(2, left=2), morning(3, left=3), morning(4, left=3)]  # median 3
    assert "morning-worse" not in ids(get(history + [morning(0, left=3)]))
    advice = get(history + [morning(0, left=4)])
    assert advice.headline == "back-off" and "morning-worse" in ids(advice)


def test_morning_baseline_is_0_without_history():
    assert get([morning(0, left=1)]).headline == "back-off"
    assert get([morning(0, left=0)]).headline == "progress"


def test_morning_without_history_does_not_claim_a_usual_rating():
    first = reason(get([morning(0, left=6)]), "morning-worse").text
    assert "usual" not in first and "no morning ratings in the two weeks before" in first
    compared = reason(get([morning(3, left=2), morning(0, left=6)]), "morning-worse").text
    assert "above its usual 2/10" in compared


def test_morning_baseline_median_of_even_count():
    history = [morning(2, left=2), morning(3, left=3)]  # median 2.5
    assert "morning-worse" in ids(get(history + [morning(0, left=3)]))


def test_morning_latest_must_be_today_or_yesterday():
    assert "morning-worse" in ids(get([morning(1, left=2)]))
    assert "morning-worse" not in ids(get([morning(2, left=2)]))


def test_morning_baseline_covers_14_days_before():
    assert "morning-worse" not in ids(get([morning(14, left=5), morning(0, left=2)]))
    assert "morning-worse" in ids(get([morning(15, left=5), morning(0, left=2)]))


def test_morning_baseline_ignores_other_moments():
    assert "morning-worse" in ids(get([pain(3, "after-run", left=5), morning(0, left=2)]))


def test_morning_baseline_is_per_knee():
    advice = get([morning(3, left=5), morning(0, left=3, right=1)])
    r = reason(advice, "morning-worse")
    assert "right knee" in r.text and "left" not in r.text


def test_only_the_latest_morning_entry_counts():
    entries = [morning(0, left=4, hour=6), morning(0, left=0, hour=8)]
    assert "morning-worse" not in ids(get(entries))


# --- week-worse --------------------------------------------------------------------


def test_week_worse_at_exactly_1_point_fires():
    entries = [pain(0, left=3), pain(3, left=3), pain(8, left=2), pain(12, left=2)]
    advice = get(entries)
    assert (advice.headline, ids(advice)) == ("hold", ["week-worse"])


def test_week_worse_under_1_point_does_not():
    entries = [pain(0, left=3), pain(3, left=2), pain(8, left=2), pain(12, left=2)]
    assert "week-worse" not in ids(get(entries))


def test_week_worse_needs_2_entries_in_each_week():
    assert "week-worse" not in ids(get([pain(0, left=5), pain(8, left=1), pain(9, left=1)]))
    assert "week-worse" not in ids(get([pain(0, left=5), pain(1, left=5), pain(9, left=1)]))


def test_week_worse_window_edges():
    before = [pain(7, left=1), pain(13, left=1)]
    assert "week-worse" in ids(get(before + [pain(0, left=4), pain(6, left=4)]))
    # the entry 7 days ago belongs to the week before: this week then has only one
    assert "week-worse" not in ids(get([pain(8, left=1), pain(13, left=1), pain(0, left=4), pain(7, left=4)]))
    # the week before ends 13 days back
    assert "week-worse" not in ids(get([pain(7, left=1), pain(14, left=1), pain(0, left=4), pain(6, left=4)]))


# --- pain-3-to-5 -------------------------------------------------------------------


@pytest.mark.parametrize("worst,fires", [(2, False), (3, True), (5, True), (6, False)])
def test_pain_3_to_5_inclusive(worst, fires):
    advice = get([pain(0, "after-run", right=worst)])
    assert ("pain-3-to-5" in ids(advice)) is fires


def test_pain_3_to_5_is_hold():
    advice = get([pain(1, "during-run", left=4)])
    assert (advice.headline, ids(advice)) == ("hold", ["pain-3-to-5"])
    assert "not a day to add distance" in advice.reasons[0].text


def test_pain_3_to_5_window():
    assert "pain-3-to-5" not in ids(get([pain(2, "after-run", left=4)]))


def test_pain_3_to_5_uses_the_latest_run_entry_only():
    assert "pain-3-to-5" not in ids(get([pain(1, "after-run", left=4), pain(0, "during-run", left=1)]))


def test_pain_3_to_5_ignores_routine_and_other_moments():
    assert "pain-3-to-5" not in ids(get([pain(0, "during-routine", left=4)]))
    assert "pain-3-to-5" not in ids(get([pain(0, "other", left=4)]))


# --- long-run-spike ----------------------------------------------------------------


BASE_RUNS = [run(5, 10), run(12, 8), run(20, 8)]


def test_exactly_10_percent_longer_does_not_fire():
    assert "long-run-spike" not in ids(get(runs=BASE_RUNS + [run(0, 11)]))


def test_more_than_10_percent_longer_fires():
    advice = get([pain(0, "after-run", left=1)], BASE_RUNS + [run(0, 11.01)])
    assert (advice.headline, ids(advice)) == ("hold", ["long-run-spike"])
    assert advice.reasons[0].source == "Frandsen et al. 2025"


def test_spike_needs_3_earlier_runs():
    assert "long-run-spike" not in ids(get(runs=BASE_RUNS[:2] + [run(0, 20)]))


def test_spike_earlier_window_is_30_days():
    # a 20 km run exactly 30 days before the spike run still counts as the longest
    assert "long-run-spike" not in ids(get(runs=BASE_RUNS + [run(30, 20), run(0, 12)]))
    assert "long-run-spike" in ids(get(runs=BASE_RUNS + [run(31, 20), run(0, 12)]))


def test_spike_earlier_runs_needed_inside_the_30_days():
    assert "long-run-spike" not in ids(get(runs=[run(5, 10), run(12, 8), run(31, 8), run(0, 15)]))


def test_spike_window_is_relative_to_the_spike_run():
    runs = [run(d + 6, km) for d, km in ((5, 10), (12, 8), (20, 8))]
    assert "long-run-spike" in ids(get(runs=runs + [run(6, 15)]))
    runs = [run(d + 7, km) for d, km in ((5, 10), (12, 8), (20, 8))]
    assert "long-run-spike" not in ids(get(runs=runs + [run(7, 15)]))


def test_same_day_runs_are_not_before_it():
    # counting the morning's 5 km would make 3 earlier runs and a spike
    runs = [run(3, 10), run(10, 10), run(0, 5, hour=7), run(0, 12, hour=18)]
    assert "long-run-spike" not in ids(get(runs=runs))
    assert "long-run-spike" in ids(get(runs=runs + [run(20, 10)]))


def test_spike_text_in_miles():
    advice = get(runs=[run(d, 10 * KM_PER_MILE) for d in (5, 12, 20)] + [run(0, 12 * KM_PER_MILE)], units="mi")
    text = reason(advice, "long-run-spike").text
    assert "12.0 mi" in text and "10.0 mi" in text and "20%" in text


# --- weekly-jump -------------------------------------------------------------------


WEEKS_BEFORE = [run(9, 10), run(16, 10), run(23, 10)]  # one run in each of the 3 weeks before


def test_exactly_30_percent_more_does_not_fire():
    assert "weekly-jump" not in ids(get(runs=WEEKS_BEFORE + [run(0, 6.5), run(2, 6.5)]))


def test_more_than_30_percent_fires():
    advice = get([pain(0, left=1)], WEEKS_BEFORE + [run(0, 6.5), run(2, 6.51)])
    assert (advice.headline, ids(advice)) == ("hold", ["weekly-jump"])
    assert "Nielsen" in advice.reasons[0].source and "13.0 km" in advice.reasons[0].text


def test_weekly_jump_needs_runs_in_each_of_3_weeks():
    assert "weekly-jump" not in ids(get(runs=[run(9, 10), run(16, 10), run(0, 6), run(1, 10)]))
    # the third week is days 21..27: a run 27 days ago counts, 28 days ago does not
    assert "weekly-jump" in ids(get(runs=[run(9, 10), run(16, 10), run(27, 10), run(0, 6), run(1, 10)]))
    assert "weekly-jump" not in ids(get(runs=[run(9, 10), run(16, 10), run(28, 10), run(0, 6), run(1, 10)]))


def test_weekly_jump_last_week_edge():
    # day 6 is this week; day 7 is the week before
    assert "weekly-jump" in ids(get(runs=WEEKS_BEFORE + [run(6, 7), run(0, 7)]))
    assert "weekly-jump" not in ids(get(runs=WEEKS_BEFORE + [run(7, 7), run(0, 7)]))


def test_percent_near_a_threshold_keeps_a_decimal():
    from coach.core.advice.rules import _percent_over

    assert _percent_over(1.303, 30) == "30.3%"
    assert _percent_over(1.43, 30) == "43%"
    assert _percent_over(1.104, 10) == "10.4%"
