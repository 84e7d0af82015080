"""Advice notes (strength sessions, warm-ups, shoes), the clinician questions
per knee location, and that the advice module stays free of Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coach.core.advice.advice import DISCLAIMER, advise, location_questions
from coach.core.diary.records import KM_PER_MILE, PainEntry, Shoe
from coach.core.vocabulary import LOCATIONS
from tests.core.advice_builders import TODAY, at, run, session


def shoe(km: float, retired: bool = False) -> Shoe:
    return Shoe(name="Pegasus", started=date(2026, 1, 1), distance_km=km, retired=retired)


def notes(runs=(), sessions=(), shoes=(), units="km", pain_entries=()):
    advice = advise(list(pain_entries), list(runs), list(sessions), list(shoes), TODAY, units)
    return {n.id: n for n in advice.notes}, advice


# --- strength-gap --------------------------------------------------------------------


def test_two_completed_strength_sessions_fill_the_week():
    found, _ = notes(sessions=[session(0), session(6)])
    assert "strength-gap" not in found


def test_one_strength_session_is_a_gap():
    found, _ = notes(sessions=[session(0)])
    assert found["strength-gap"].text.startswith("1 strength session")
    assert "Lauersen et al. 2014" in found["strength-gap"].source


def test_no_strength_sessions_is_a_gap():
    assert notes()[0]["strength-gap"].text.startswith("No strength sessions")


@pytest.mark.parametrize(
    "second",
    [
        session(7),  # outside the 7 days
        session(0, status="stopped"),
        session(0, status="interrupted"),
        session(0, focus="warm-up"),
        session(0, focus="care"),
        session(-1),  # tomorrow
    ],
)
def test_only_completed_strength_sessions_in_7_days_count(second):
    assert "strength-gap" in notes(sessions=[session(2), second])[0]


# --- no-warm-up ------------------------------------------------------------------------


def test_run_with_warm_up_the_same_day_is_fine():
    found, _ = notes(runs=[run(0)], sessions=[session(0, "warm-up")])
    assert "no-warm-up" not in found


def test_warm_up_later_the_same_day_still_counts():
    found, _ = notes(runs=[run(3)], sessions=[session(3, "warm-up", hour=20)])
    assert "no-warm-up" not in found


def test_run_with_warm_up_the_day_before_is_not():
    found, _ = notes(runs=[run(0)], sessions=[session(1, "warm-up")])
    assert "today" in found["no-warm-up"].text


def test_stopped_warm_up_does_not_count():
    found, _ = notes(runs=[run(2)], sessions=[session(2, "warm-up", status="stopped")])
    assert "no-warm-up" in found


def test_warm_up_note_window_is_7_days():
    assert "no-warm-up" in notes(runs=[run(6)])[0]
    assert "no-warm-up" not in notes(runs=[run(7)])[0]
    assert "no-warm-up" not in notes()[0]


def test_warm_up_note_names_each_day_once():
    found, _ = notes(runs=[run(1), run(1), run(5)], sessions=[session(3, "warm-up")])
    assert "(Wed 18 Nov, yesterday)" in found["no-warm-up"].text


# --- shoes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "km,expected",
    [
        (479.9, None),
        (480, None),
        (480.5, "check their cushioning"),
        (800, "check their cushioning"),
        (800.5, "time to replace them"),
    ],
)
def test_shoe_thresholds_in_km(km, expected):
    found = [n for n in notes(shoes=[shoe(km)])[1].notes if n.id == "shoes"]
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0].text and '"Pegasus"' in found[0].text


@pytest.mark.parametrize(
    "miles,expected",
    [
        (300, None),
        (301, "past 300 mi, check their cushioning"),
        (500, "past 300 mi, check their cushioning"),
        (501, "past 500 mi, time to replace them"),
    ],
)
def test_shoe_thresholds_in_miles(miles, expected):
    found = [n for n in notes(shoes=[shoe(miles * KM_PER_MILE)], units="mi")[1].notes if n.id == "shoes"]
    if expected is None:
        assert found == []
    else:
        assert expected in found[0].text and f"{miles} mi" in found[0].text


def test_shoe_480_km_is_not_yet_300_miles():
    assert "shoes" not in notes(shoes=[shoe(481)], units="mi")[0]
    assert "shoes" in notes(shoes=[shoe(481)])[0]


def test_retired_shoes_are_quiet():
    assert "shoes" not in notes(shoes=[shoe(900, retired=True)])[0]


def test_each_pair_gets_its_own_note():
    pairs = [Shoe("A", date(2025, 1, 1), 900), Shoe("B", date(2025, 6, 1), 500), Shoe("C", date(2026, 1, 1), 100)]
    shoe_notes = [n.text for n in notes(shoes=pairs)[1].notes if n.id == "shoes"]
    assert len(shoe_notes) == 2 and '"A"' in shoe_notes[0] and '"B"' in shoe_notes[1]


# --- notes never change the headline --------------------------------------------------


def test_notes_do_not_change_headline():
    entries = [PainEntry(at(0), "after-run", left=1)]
    quiet, advice_quiet = notes(
        runs=[run(0)], sessions=[session(0), session(1), session(0, "warm-up")], pain_entries=entries
    )
    loud, advice_loud = notes(runs=[run(0)], shoes=[shoe(900)], pain_entries=entries)
    assert quiet == {}
    assert set(loud) == {"strength-gap", "no-warm-up", "shoes"}
    assert advice_quiet.headline == advice_loud.headline == "progress"
    assert advice_quiet.reasons == advice_loud.reasons


# --- clinician questions and the disclaimer -----------------------------------------


@pytest.mark.parametrize("location", LOCATIONS)
def test_each_location_has_2_or_3_questions(location):
    questions = location_questions(location)
    assert 2 <= len(questions) <= 3
    for question in questions:
        assert question.endswith("?")
        assert not question.lower().startswith(("you have", "this is"))


def test_front_asks_about_kneecap_tracking():
    assert any("kneecap tracks" in q for q in location_questions("front"))


def test_unknown_location_has_no_questions():
    assert location_questions("elbow") == ()


def test_disclaimer_is_one_line_and_says_not_a_diagnosis():
    assert "\n" not in DISCLAIMER and DISCLAIMER.startswith("Training advice, not a diagnosis")


def test_advice_never_imports_qt():
    code = "import sys, coach.core.advice.advice, coach.commands.advice; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])


def test_see_a_clinician_advice_carries_questions_for_this_weeks_painful_places():
    pain = [PainEntry(at(0), "after-run", left=3, locations=("back",)),
            PainEntry(at(3), "after-run", left=1, locations=("front",)),
            PainEntry(at(9), "after-run", left=1, locations=("outside",))]  # fmt: skip
    advice = advise(pain, [], [], [], TODAY)
    assert advice.headline == "see-clinician"
    assert [group.location for group in advice.questions] == ["front", "back"]  # the map's order; 9 days ago is out
    assert advice.questions[1].phrase == "behind the knee"
    assert advice.questions[1].questions == location_questions("back")


def test_other_advice_carries_no_questions():
    advice = advise([PainEntry(at(0), "after-run", left=1, locations=("front",))], [], [], [], TODAY)
    assert advice.headline != "see-clinician" and advice.questions == ()
