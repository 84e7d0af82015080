"""Playing the programme routine plays the programme's current week: the swapped
variant with its own name, cues and picture, and "Week n of 8" on the player."""

from __future__ import annotations

import json

import pytest

from coach.core.paths import assets_dir
from coach.core.plan.programme import PROGRAMME_ROUTINE, load_state
from coach.core.vocabulary import SegmentKind
from coach.ui.player import cue_player as cue_player_module
from coach.ui.player import player as player_module


@pytest.fixture(autouse=True)
def recording_devices(monkeypatch, cue_output, inhibitor):
    """MainWindow builds its own players: give them the recording cue output and inhibitor."""
    monkeypatch.setattr(cue_player_module, "QtCueOutput", lambda *args, **kwargs: cue_output)
    monkeypatch.setattr(player_module, "ScreenSaverInhibitor", lambda *args, **kwargs: inhibitor)


def at_week(diary, clock, week: int) -> None:
    state = {"week": week, "since": clock.now().date().isoformat(), "paused": False, "last_headline": "hold"}
    diary.set_setting("plan.programme", json.dumps(state))


def test_the_programme_routine_plays_this_weeks_load(qtbot, make_window, diary, fake_clock, play):
    at_week(diary, fake_clock, 5)
    window = make_window()
    window.resize(1280, 800)
    assert load_state(diary).week == 5  # Home's plan refresh kept the week
    window.play(PROGRAMME_ROUTINE)
    player = window.player
    assert player is not None and player.routine.week == 5
    first = player.routine.steps[0]
    assert (first.exercise, first.sides, first.reps) == ("single-leg-chair-squat", "each", 6)
    view = player.view
    assert view.step_label.text() == "Week 5 of 8 · Exercise 1 of 5"
    assert view.name_label.text() == "Single-leg squat to a chair"
    play(player, player.plan.segments[0].duration_s + 0.5)  # past the get-ready: the first rep, left leg
    segment = player.session.readout().segment
    assert segment.kind is SegmentKind.REPS and segment.side == "left"
    assert view.cue_label.text() in first.cues and first.cues[0] == "Stand in front of a chair, one foot up"
    assert view._image == assets_dir() / "images" / "single-leg-chair-squat.svg"
    qtbot.waitUntil(view.picture_card.isVisible)
    assert view.picture.renderer().isValid()
    player.shutdown()


def test_week_one_plays_the_steps_as_written_and_other_routines_show_no_week(make_window, diary, fake_clock):
    window = make_window()
    window.play(PROGRAMME_ROUTINE)
    player = window.player
    assert player.routine.week == 1 and player.routine.steps == window.services.catalog.get(PROGRAMME_ROUTINE).steps
    assert player.view.step_label.text() == "Week 1 of 8 · Exercise 1 of 5"
    assert player.view.name_label.text() == "Squats"
    player.shutdown()
    window._player_closed()
    window.play("tiny-test")
    assert window.player.routine.week == 0
    assert window.player.view.step_label.text() == "Exercise 1 of 2"
    window.player.shutdown()


def test_home_says_the_programmes_length_from_the_routine(make_window, diary, fake_clock):
    at_week(diary, fake_clock, 3)
    window = make_window()
    assert "Strength programme: week 3 of 8" in window.plan.panel.why_label.text()
