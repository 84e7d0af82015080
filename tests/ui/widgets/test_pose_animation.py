"""The two-pose animation moves at the rep tempo, driven by a fake clock and a timer fired by hand."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from coach.core.paths import assets_dir
from coach.ui.widgets.pose_animation import PoseAnimation, pose_blend

IMAGES = assets_dir() / "images"


@pytest.fixture
def animation(qtbot, fake_clock):
    widget = PoseAnimation(fake_clock)
    qtbot.addWidget(widget)
    widget.set_poses(IMAGES / "squats-start.svg", IMAGES / "squats.svg")
    widget.resize(200, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def frame(widget) -> QImage:
    return widget.grab().toImage()


def test_blend_goes_out_in_half_the_tempo_holds_and_comes_back():
    assert pose_blend(0.0, 3) == 0.0
    assert pose_blend(0.5, 3) == 1.0
    assert pose_blend(1.0, 3) == 0.0
    assert 0.0 < pose_blend(0.25, 3) < 1.0
    assert pose_blend(0.25, 3) == pytest.approx(0.5)  # eased, symmetric
    # 3 s tempo + 3 s hold: out in 1.5 s, held 1.5 s -> 4.5 s, back by 6 s
    assert pose_blend(1.5 / 6, 3, 3) == 1.0 and pose_blend(4.4 / 6, 3, 3) == 1.0
    assert pose_blend(5.25 / 6, 3, 3) == pytest.approx(0.5)


def test_playing_follows_the_tempo_on_the_clock(animation, fake_clock):
    animation.play(4.0)
    assert animation.timer.isActive()
    assert animation.blend == 0.0
    fake_clock.advance(1.0)
    animation.timer.timeout.emit()
    assert animation.blend == pytest.approx(0.5)
    fake_clock.advance(1.0)  # half the tempo: the end pose
    animation.timer.timeout.emit()
    assert animation.blend == pytest.approx(1.0)
    fake_clock.advance(2.0)  # a whole rep: back at the start
    animation.timer.timeout.emit()
    assert animation.blend == pytest.approx(0.0)


def test_the_picture_changes_from_frame_to_frame(animation, fake_clock):
    animation.play(2.0)
    first = frame(animation)
    fake_clock.advance(1.0)
    animation.timer.timeout.emit()
    assert animation.blend == pytest.approx(1.0)
    assert frame(animation) != first
    fake_clock.advance(1.0)
    animation.timer.timeout.emit()
    assert frame(animation) == first


def test_it_stops_waking_up_while_hidden_and_carries_on_when_shown(animation, fake_clock, qtbot):
    animation.play(2.0)
    animation.hide()
    assert not animation.timer.isActive()
    animation.show()
    qtbot.waitExposed(animation)
    assert animation.timer.isActive()
    animation.stop()
    assert not animation.timer.isActive()


def test_painted_from_the_engine_it_runs_no_timer_of_its_own(animation):
    animation.play(2.0)
    animation.show_rep(0.5, 2.0)
    assert animation.blend == 1.0 and not animation.timer.isActive()


def test_a_missing_start_pose_shows_the_end_pose_standing_still(qtbot, tmp_path):
    widget = PoseAnimation()
    qtbot.addWidget(widget)
    widget.set_poses(tmp_path / "not-drawn-start.svg", IMAGES / "squats.svg")
    assert widget.has_picture and not widget.moves
    widget.set_poses(None, tmp_path / "not-drawn.svg")
    assert not widget.has_picture
    widget.resize(100, 100)
    widget.grab()  # paints nothing, raises nothing
    with pytest.raises(ValueError):
        widget.play(2.0)  # no clock: it can only be painted from outside
