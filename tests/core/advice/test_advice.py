"""Advice: the see-a-clinician rules at their edges, the fallbacks (start, no
recent entries, all-clear) and headline precedence. Load rules are in
test_advice_load.py, notes in test_advice_notes.py."""

from __future__ import annotations

import pytest

from coach.core.advice.advice import HEADLINE_LABELS, HEADLINES
from coach.core.diary.records import PainEntry
from coach.core.vocabulary import FLAGS
from tests.core.advice_builders import get, ids, pain, run, session

# --- fallbacks -----------------------------------------------------------------


def test_no_data_is_start():
    advice = get()
    assert advice.headline == "start"
    assert advice.reasons[0].text == "Log a run or a routine to get advice"
    assert advice.label == "Start"


def test_sessions_only_is_still_start():
    assert get(sessions=[session(0), session(1)]).headline == "start"


def test_only_future_entries_is_start():
    advice = get([pain(-1, left=8, flags=("swelling",))], [run(-2, 30)])
    assert advice.headline == "start"


def test_only_old_entries_is_hold_no_recent_entries():
    advice = get([pain(7, left=1), pain(30, left=6)])
    assert advice.headline == "hold"
    assert ids(advice) == ["no-recent-entries"]
    assert advice.reasons[0].text.startswith("No recent entries")


def test_runs_without_pain_entries_is_no_recent_entries():
    advice = get(runs=[run(0, 5)])
    assert (advice.headline, ids(advice)) == ("hold", ["no-recent-entries"])


def test_stopped_for_pain_beats_start():
    advice = get(sessions=[session(0, status="stopped-for-pain")])
    assert advice.headline == "back-off"


@pytest.mark.parametrize("worst", [0, 1, 2])
def test_all_clear_when_every_recent_entry_is_2_or_less(worst):
    advice = get([pain(0, "after-run", left=worst, right=0), pain(3, left=1)])
    assert (advice.headline, ids(advice)) == ("progress", ["all-clear"])
    assert advice.reasons[0].source == "Silbernagel et al. 2007"


def test_all_clear_needs_every_entry_at_most_2():
    advice = get([pain(0, left=1), pain(4, left=3)])  # an "other" entry: no rule names it
    assert advice.headline == "hold"
    assert "all-clear" not in ids(advice)


def test_all_clear_window_day_6_in_day_7_out():
    assert get([pain(6, left=1)]).headline == "progress"
    assert ids(get([pain(7, left=1)])) == ["no-recent-entries"]
    # a 5/10 seven days ago no longer blocks progress
    assert get([pain(0, left=1), pain(7, left=5)]).headline == "progress"
    assert get([pain(0, left=1), pain(6, left=5)]).headline == "hold"


def test_unrated_entries_do_not_count_as_recent_ratings():
    assert ids(get([pain(0, note="felt fine")])) == ["no-recent-entries"]


def test_all_clear_blocked_by_a_hold_rule():
    runs = [run(d, 10) for d in (10, 15, 20)] + [run(0, 15)]
    advice = get([pain(0, "after-run", left=1)], runs)
    assert advice.headline == "hold"
    assert "all-clear" not in ids(advice)


# --- red-flag --------------------------------------------------------------------


@pytest.mark.parametrize("flag", FLAGS)
def test_each_red_flag_sends_to_clinician(flag):
    advice = get([pain(2, left=1, flags=(flag,))])
    assert advice.headline == "see-clinician"
    assert ids(advice) == ["red-flag"]
    reason = advice.reasons[0]
    assert "clinician" in reason.text and "AAFP" in reason.source


def test_red_flag_names_flag_and_day():
    text = get([pain(1, left=2, flags=("giving-way",))]).reasons[0].text
    assert "Giving way" in text and "yesterday" in text


def test_red_flag_window_edges():
    assert "red-flag" in ids(get([pain(6, flags=("locking",))]))
    assert "red-flag" not in ids(get([pain(7, flags=("locking",))]))


def test_red_flag_on_an_unrated_entry_still_counts():
    assert get([pain(0, flags=("swelling",))]).headline == "see-clinician"


def test_several_flags_give_several_reasons():
    advice = get([pain(0, left=2, flags=("swelling", "redness")), pain(3, flags=("swelling",))])
    assert ids(advice) == ["red-flag", "red-flag"]
    assert "Swelling" in advice.reasons[0].text and "today" in advice.reasons[0].text
    assert "Redness" in advice.reasons[1].text


def test_future_flag_is_ignored():
    advice = get([pain(0, left=1), pain(-1, left=1, flags=("swelling",))])
    assert advice.headline == "progress"


# --- pain-behind-knee -------------------------------------------------------------


def test_pain_behind_knee_at_3_fires_at_2_does_not():
    assert ids(get([pain(0, left=3, locations=("back",))]))[0] == "pain-behind-knee"
    assert "pain-behind-knee" not in ids(get([pain(0, left=2, locations=("back",))]))


def test_pain_behind_knee_uses_worst_knee():
    assert "pain-behind-knee" in ids(get([pain(2, left=0, right=4, locations=("front", "back"))]))


def test_pain_behind_knee_only_for_back():
    assert "pain-behind-knee" not in ids(get([pain(0, left=5, locations=("front", "below"))]))


def test_pain_behind_knee_window_edges():
    assert get([pain(6, left=3, locations=("back",))]).headline == "see-clinician"
    assert "pain-behind-knee" not in ids(get([pain(7, left=3, locations=("back",))]))


def test_pain_behind_knee_says_why():
    reason = get([pain(0, left=4, locations=("back",))]).reasons[0]
    assert "checked" in reason.text and reason.source == "AAFP 2018 (Bunt et al.)"


# --- persisting-pain --------------------------------------------------------------


def test_three_consecutive_days_ending_today_fire():
    advice = get([pain(d, left=3) for d in (2, 1, 0)])
    assert "persisting-pain" in ids(advice) and advice.headline == "see-clinician"
    assert "left knee" in advice.reasons[0].text and "2-3 days" in advice.reasons[0].text


def test_three_consecutive_days_ending_yesterday_fire():
    assert "persisting-pain" in ids(get([pain(d, right=5) for d in (3, 2, 1)]))


def test_three_consecutive_days_ending_two_days_ago_do_not():
    assert "persisting-pain" not in ids(get([pain(d, right=5) for d in (4, 3, 2)]))


def test_two_days_are_not_enough():
    assert "persisting-pain" not in ids(get([pain(d, left=4) for d in (1, 0)]))


def test_a_gap_breaks_the_run():
    assert "persisting-pain" not in ids(get([pain(d, left=4) for d in (3, 1, 0)]))


def test_a_day_at_2_breaks_the_run():
    assert "persisting-pain" not in ids(get([pain(2, left=2), pain(1, left=4), pain(0, left=4)]))


def test_must_be_the_same_knee():
    entries = [pain(2, left=4, right=0), pain(1, left=0, right=4), pain(0, left=4, right=0)]
    assert "persisting-pain" not in ids(get(entries))


def test_highest_rating_of_the_day_counts():
    entries = [pain(2, left=1, hour=8), pain(2, left=3, hour=20), pain(1, left=3), pain(0, left=3, hour=7)]
    assert "persisting-pain" in ids(get(entries))


def test_both_knees_give_two_reasons():
    advice = get([pain(d, left=3, right=6) for d in (2, 1, 0)])
    texts = [r.text for r in advice.reasons if r.id == "persisting-pain"]
    assert len(texts) == 2 and "left" in texts[0] and "right" in texts[1]


def test_future_day_does_not_complete_a_run():
    assert "persisting-pain" not in ids(get([pain(1, left=4), pain(0, left=4), pain(-1, left=4)]))


# --- not-improving -----------------------------------------------------------------


def history(first_day_ago: int, earlier: list[int], recent: list[int]) -> list[PainEntry]:
    """A first entry, then ratings spread over days 28..41 and 0..13 before today."""
    entries = [pain(first_day_ago, left=0, hour=6)]
    entries += [pain(28 + (i % 14), left=v, hour=10 + i // 14) for i, v in enumerate(earlier)]
    entries += [pain(i % 14, left=v, hour=10 + i // 14) for i, v in enumerate(recent)]
    return entries


def test_not_improving_needs_42_days_of_history():
    assert "not-improving" in ids(get(history(42, [4, 4], [4, 4])))
    assert get(history(42, [4, 4], [4, 4])).headline == "see-clinician"
    assert "not-improving" not in ids(get(history(41, [4, 4], [4, 4])))


def test_improvement_of_exactly_1_point_is_enough():
    assert "not-improving" not in ids(get(history(50, [5, 5], [4, 4])))


def test_improvement_under_1_point_is_not():
    assert "not-improving" in ids(get(history(50, [5, 4], [4, 4])))  # 4.5 -> 4


def test_exactly_1_point_with_tenths_is_exact():
    earlier = [5] + [4] * 9  # 4.1
    recent = [4] + [3] * 9  # 3.1
    assert "not-improving" not in ids(get(history(50, earlier, recent)))


def test_recent_mean_below_3_does_not_fire():
    assert "not-improving" not in ids(get(history(50, [3, 2], [3, 2])))  # 2.5, worse than nothing
    assert "not-improving" in ids(get(history(50, [3, 3], [3, 3])))


def test_rising_pain_fires():
    reason = next(r for r in get(history(60, [3, 3], [5, 5])).reasons if r.id == "not-improving")
    assert "Piva" in reason.source and "clinician" in reason.text


def test_earlier_window_is_days_28_to_41():
    base = [pain(50, left=0), pain(35, left=4), pain(3, left=4), pain(10, left=4)]
    assert "not-improving" not in ids(get(base + [pain(28, left=8)]))  # earlier mean 6
    assert "not-improving" in ids(get(base + [pain(27, left=8)]))  # outside: earlier mean 4
    assert "not-improving" not in ids(get(base + [pain(41, left=8)]))
    assert "not-improving" in ids(get(base + [pain(42, left=8)]))


def test_recent_window_is_days_0_to_13():
    base = [pain(50, left=0), pain(35, left=4), pain(0, left=2)]
    assert "not-improving" in ids(get(base + [pain(13, left=6)]))  # recent mean 4
    assert "not-improving" not in ids(get(base + [pain(14, left=6)]))  # recent mean 2


def test_no_entries_four_weeks_ago_means_no_comparison():
    entries = [pain(60, left=4)] + [pain(d, left=5) for d in (0, 5, 10)]
    assert "not-improving" not in ids(get(entries))


# --- precedence ---------------------------------------------------------------------


def test_strongest_headline_wins_and_all_reasons_are_kept_strongest_first():
    entries = [
        pain(0, "after-run", left=7),  # pain-over-5 (back-off)
        pain(1, "after-run", left=4, flags=("swelling",)),  # red-flag (see-clinician)
        pain(8, left=1),
        pain(9, left=1),
        pain(3, left=4),  # week-worse (hold)
    ]
    advice = get(entries)
    assert advice.headline == "see-clinician"
    assert ids(advice)[0] == "red-flag"
    assert {"pain-over-5", "week-worse"} <= set(ids(advice))
    ranks = [HEADLINES.index(r.headline) for r in advice.reasons]
    assert ranks == sorted(ranks)


def test_back_off_beats_hold():
    runs = [run(d, 10) for d in (10, 15, 20)] + [run(0, 15)]
    advice = get([pain(0, "during-run", right=6)], runs)
    assert advice.headline == "back-off"
    assert ids(advice) == ["pain-over-5", "long-run-spike"]


def test_every_see_clinician_reason_says_why():
    entries = [pain(d, left=5, locations=("back",), flags=FLAGS) for d in (2, 1, 0)] + history(50, [5], [5])
    advice = get(entries)
    clinician = [r for r in advice.reasons if r.headline == "see-clinician"]
    assert {r.id for r in clinician} == {"red-flag", "pain-behind-knee", "persisting-pain", "not-improving"}
    for reason in clinician:
        assert len(reason.text) > 60 and reason.source
        assert "diagnos" not in reason.text.lower()


def test_labels_cover_every_headline():
    assert set(HEADLINE_LABELS) == set(HEADLINES)
