"""During a reps step the player shows the two poses moving in step with the rep counter;
during a hold, the still picture."""

from __future__ import annotations

import pytest

from coach.core.paths import assets_dir


def test_reps_move_between_the_poses_in_step_with_the_counter(player, play):
    view = player.view
    play(player, 5.0)  # the wall sit (a hold) begins
    assert view.picture.isVisible() and not view.animation.isVisible()
    play(player, 150.0)  # calf raises: 10 reps of 2 s
    assert view.animation.isVisible() and not view.picture.isVisible()
    assert view.animation.moves
    assert view.digits.text() == "1 / 10" and view.animation.blend == pytest.approx(0.0)
    play(player, 1.0)  # half a rep: up on the toes, the end pose
    assert view.pace_bar.value() == 500
    assert view.animation.blend == pytest.approx(1.0)
    first = view.animation.grab().toImage()
    play(player, 0.5)
    assert view.animation.blend == pytest.approx(0.5)
    assert view.animation.grab().toImage() != first
    play(player, 0.5)  # the rep is done: back down, rep 2 begins
    assert view.digits.text() == "2 / 10" and view.animation.blend == pytest.approx(0.0)
    assert not view.animation.timer.isActive()  # painted from the engine, no timer of its own


def test_a_paused_session_holds_the_pose(player, play, fake_clock):
    view = player.view
    play(player, 155.5)
    blend = view.animation.blend
    player.toggle_pause()
    fake_clock.advance(0.7)
    player.timer.timeout.emit()
    assert view.animation.blend == blend


def test_a_reps_step_without_a_start_pose_shows_its_still_picture(make_player, services, play, tmp_path):
    from coach.core.routines.catalog import load_catalog

    images = assets_dir() / "images"
    (services.paths.routines / "lonely.svg").write_text((images / "squats.svg").read_text())
    text = (services.paths.routines / "tiny-test.yaml").read_text()
    (services.paths.routines / "tiny-test.yaml").write_text(text.replace("image: calf-raises.svg", "image: lonely.svg"))
    services.catalog = load_catalog(services.paths.routines)
    page = make_player()
    page.begin()
    play(page, 156.0)
    assert page.view.digits.text() == "1 / 10"
    assert page.view.picture.isVisible() and not page.view.animation.isVisible()
