"""The player driven through a whole routine on the fake clock: what it shows, says and logs."""

from PySide6.QtCore import Qt

from coach.core.session.session import State
from coach.ui.player.player_view import clock_text, next_up_text


def texts(player):
    view = player.view
    return {
        "kind": view.kind_label.text(),
        "name": view.name_label.text(),
        "detail": view.detail_label.text(),
        "digits": view.digits.text(),
        "cue": view.cue_label.text(),
        "next": view.next_label.text(),
        "step": view.step_label.text(),
    }


def test_before_begin_nothing_runs_and_nothing_is_written(make_player, diary, cue_output, inhibitor):
    player = make_player()
    assert player.session.state == State.READY
    assert player.view.digits.text() == "5"
    assert diary.sessions() == [] and cue_output.events == [] and inhibitor.calls == []


def test_get_ready_shows_the_first_exercise_and_the_caution(player, diary, inhibitor, settle):
    shown = texts(player)
    assert shown["kind"] == "GET READY"
    assert shown["name"] == "Wall sit"
    assert shown["detail"] == "Left leg · Set 1 of 2"
    assert shown["digits"] == "5"
    assert shown["cue"] == "Back flat on the wall"
    assert shown["next"] == "Next up: Wall sit · Right leg · Set 1 of 2"  # the left hold is on screen already
    assert shown["step"] == "Exercise 1 of 2"
    assert player.view.caution_label.text() == "Caution: Stop if your knee hurts."
    assert player.view.caution_label.isVisible()
    settle(player)
    (row,) = diary.sessions()
    assert (row.routine_id, row.status, row.steps_done, row.steps_total) == ("tiny-test", "in-progress", 0, 2)
    assert inhibitor.active


def test_labels_progress_and_cues_follow_the_plan(player, play):
    play(player, 5.0)  # the left hold begins
    shown = texts(player)
    assert (shown["kind"], shown["digits"], shown["detail"]) == ("GO", "30", "Left leg · Set 1 of 2")
    assert shown["next"] == "Next up: Wall sit · Right leg · Set 1 of 2"
    assert not player.view.caution_label.isVisible()
    play(player, 9.0)  # 9 s into the hold: the second cue line
    assert player.view.digits.text() == "21"
    assert player.view.cue_label.text() == "Knees over ankles"
    assert player.view.segment_bar.value() == 300
    assert player.view.routine_bar.value() == round(14 / 175 * 1000)
    play(player, 21.0)  # switch sides
    shown = texts(player)
    assert (shown["kind"], shown["name"], shown["detail"], shown["digits"]) == (
        "SWITCH SIDES", "Switch sides", "Right leg · Set 1 of 2 next", "5")  # fmt: skip
    play(player, 35.0)  # 70 s: rest before set 2
    shown = texts(player)
    assert (shown["kind"], shown["name"], shown["digits"]) == ("REST", "Rest", "15")
    assert shown["detail"] == "Left leg · Set 2 of 2 next"
    assert shown["next"] == "Next up: Wall sit · Left leg · Set 2 of 2"
    assert player.view.step_label.text() == "Exercise 1 of 2"


def test_reps_step_shows_rep_counter_pace_and_time_left(player, play):
    play(player, 155.0)  # calf raises begin
    view = player.view
    assert (view.kind_label.text(), view.name_label.text()) == ("GO", "Calf raises")
    assert view.digits.text() == "1 / 10"
    assert view.pace_bar.isVisible() and view.time_left.isVisible()
    assert view.time_left.text() == "0:20 left"
    assert view.next_label.text() == next_up_text(None)
    play(player, 7.0)  # 3.5 reps of 2 s
    assert view.digits.text() == "4 / 10"
    assert view.pace_bar.value() == 500
    assert view.time_left.text() == "0:13 left"
    assert view.detail_label.text() == ""  # one set, no side


def test_whole_routine_ends_on_the_done_screen_and_is_logged_completed(player, play, diary, fake_clock, qtbot, inhibitor,
                                                                      settle):  # fmt: skip
    changed = []
    player.diary_changed.connect(lambda: changed.append(1))
    play(player, 150.0)
    settle(player)
    assert diary.sessions()[0].steps_done == 1
    assert diary.sessions()[0].position == 8  # the next step's get-ready: where a resume starts
    play(player, 25.0)
    assert player.session.state == State.FINISHED
    assert player.pages.currentWidget() is player.done_view
    assert player.done_view.title.text() == "Well done!"
    assert player.done_view.routine_label.text() == "Tiny test"
    assert player.done_view.summary.text() == "2 of 2 exercises done in 2:55"
    assert player.knee_button.isVisible()  # always
    settle(player)
    (row,) = diary.sessions()
    assert (row.status, row.steps_done, row.ended) == ("completed", 2, fake_clock.now())
    assert changed  # the home screen refreshes its advice
    assert not inhibitor.active and inhibitor.calls == ["inhibit", "release"]
    with qtbot.waitSignal(player.closed, timeout=1000):
        qtbot.keyClick(player, Qt.Key.Key_Return)


def test_cues_beep_3_2_1_go_and_speak_each_segment(player, play, cue_output):
    assert cue_output.events == [("sound", "go"), ("say", "Get ready: Wall sit, left leg first")]
    cue_output.clear()
    play(player, 5.0)
    assert cue_output.events == [
        ("sound", "tick"), ("sound", "tick"), ("sound", "tick"),
        ("sound", "go"), ("say", "Left leg. Wall sit, 30 seconds, set 1 of 2"),
    ]  # fmt: skip
    cue_output.clear()
    play(player, 30.0)
    assert cue_output.phrases == ["Halfway", "Switch sides. Right leg next"]
    assert cue_output.sounds == ["tick", "tick", "tick", "go"]
    cue_output.clear()
    play(player, 140.0)
    assert cue_output.phrases[-1] == "Well done. Routine complete"
    assert cue_output.sounds[-4:] == ["tick", "tick", "tick", "done"]
    assert "Rest, 15 seconds. Next: Wall sit, set 2 of 2" in cue_output.phrases
    assert "Calf raises, 10 reps" in cue_output.phrases


def test_cue_volume_is_applied_to_the_output(player, cue_output):
    assert cue_output.volume == 0.8
    assert cue_output.prepared == [(True, True)]


def test_sound_and_voice_off_in_settings_are_respected(make_player, services, cue_output, play):
    services.settings.set("sound_on", False)
    player = make_player()
    player.begin()
    play(player, 6.0)
    assert cue_output.sounds == []
    assert cue_output.phrases == ["Get ready: Wall sit, left leg first", "Left leg. Wall sit, 30 seconds, set 1 of 2"]


def test_clock_text_rounds_up_and_uses_minutes_from_sixty():
    assert [clock_text(s) for s in (0, 0.01, 4.2, 59.5, 60, 95)] == ["0", "1", "5", "1:00", "1:00", "1:35"]


def test_digits_are_at_least_120_px_tall_at_1280_by_800(player, play):
    from PySide6.QtGui import QFontMetrics

    for seconds in (0.0, 155.0):  # a countdown and a rep counter
        play(player, seconds)
        metrics = QFontMetrics(player.view.digits.font())
        assert metrics.tightBoundingRect("0123456789").height() >= 120
        assert metrics.horizontalAdvance(player.view.digits.text()) <= player.view.digits.width()


def test_the_band_says_paused_while_paused(player, play, qtbot):
    play(player, 10.0)
    player.toggle_pause()
    assert player.view.kind_label.text() == "PAUSED"
    player.toggle_pause()
    assert player.view.kind_label.text() == "GET SET"
