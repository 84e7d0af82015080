"""Single keys drive the player: Space, arrows, Esc (asks first), K, S, Enter."""

import pytest
from PySide6.QtCore import Qt

from coach.core.session.session import State
from coach.ui.diary.quick_pain import QuickPainDialog
from coach.ui.settings.settings_dialog import SettingsDialog


def key(qtbot, widget, which):
    qtbot.keyClick(widget, which)


def test_space_pauses_shows_the_overlay_and_resumes_through_a_countdown(player, play, qtbot, inhibitor, cue_output):
    play(player, 10.0)  # 5 s into the left hold: 25 left
    key(qtbot, player, Qt.Key.Key_Space)
    assert player.session.state == State.PAUSED
    assert player.view.overlay.isVisible()
    assert player.view.overlay.title.text() == "Paused"
    assert player.view.overlay.hint.text() == "Space to resume"
    assert player.pause_button.text() == "Resume  (Space)"
    assert not inhibitor.active  # the screen may sleep while paused
    play(player, 120.0)  # a long pause changes nothing
    assert player.view.digits.text() == "25"
    cue_output.clear()
    key(qtbot, player, Qt.Key.Key_Space)
    assert player.session.state == State.RESUMING and inhibitor.active
    assert player.view.overlay.title.text() == "Get set… 3"
    play(player, 1.25)
    assert player.view.overlay.title.text() == "Get set… 2"
    play(player, 1.75)
    assert player.session.state == State.RUNNING and not player.view.overlay.isVisible()
    assert player.view.digits.text() == "25"
    assert cue_output.sounds == ["tick", "tick", "tick", "go"]
    assert inhibitor.calls == ["inhibit", "release", "inhibit"]


def test_space_on_a_focused_button_still_pauses(player, qtbot):
    player.knee_button.setFocus()
    key(qtbot, player.knee_button, Qt.Key.Key_Space)
    assert player.session.state == State.PAUSED
    assert player.pain_dialog is None


def test_right_skips_and_left_goes_back(player, play, qtbot):
    play(player, 2.0)
    key(qtbot, player, Qt.Key.Key_Right)
    assert player.session.position == 1 and player.view.digits.text() == "30"
    play(player, 10.0)
    key(qtbot, player, Qt.Key.Key_Left)  # restarts the hold
    assert player.session.position == 1 and player.view.digits.text() == "30"
    key(qtbot, player, Qt.Key.Key_Left)  # just begun: back to get-ready
    assert player.session.position == 0 and player.view.kind_label.text() == "GET READY"


def test_skipping_a_whole_step_logs_its_progress(player, qtbot, diary, settle):
    for _ in range(8):
        key(qtbot, player, Qt.Key.Key_Right)
    assert player.session.position == 8
    settle(player)
    row = diary.sessions()[0]
    assert (row.steps_done, row.position) == (1, 8)


def test_escape_asks_and_no_carries_on_after_a_countdown(player, play, qtbot, notifier, diary, settle):
    notifier.answers = [False]
    play(player, 10.0)
    key(qtbot, player, Qt.Key.Key_Escape)
    assert notifier.questions == ["Stop Tiny test? It is saved as stopped after 0 of 2 exercises."]
    assert player.session.state == State.RESUMING
    play(player, 3.0)
    assert player.session.state == State.RUNNING and player.view.digits.text() == "25"
    settle(player)
    assert diary.sessions()[0].status == "in-progress"


def test_escape_yes_stops_logs_and_leaves(player, play, qtbot, notifier, diary, inhibitor, settle):
    notifier.answers = [True]
    play(player, 151.0)
    with qtbot.waitSignal(player.closed, timeout=1000):
        key(qtbot, player, Qt.Key.Key_Escape)
    settle(player)
    (row,) = diary.sessions()
    assert (row.status, row.steps_done) == ("stopped", 1)
    assert not inhibitor.active


def test_knee_hurts_stops_for_pain_and_saves_the_quick_rating(player, play, qtbot, diary, fake_clock, cue_output,
                                                              settle):  # fmt: skip
    play(player, 20.0)
    key(qtbot, player, Qt.Key.Key_K)
    assert player.session.outcome == "stopped-for-pain"
    settle(player)
    assert diary.sessions()[0].status == "stopped-for-pain"
    assert cue_output.stops == 1
    dialog = player.pain_dialog
    assert isinstance(dialog, QuickPainDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.left.hasFocus())
    qtbot.keyClicks(dialog.left, "6")
    assert dialog.left.buttons[6].isChecked()
    qtbot.mouseClick(dialog.right.buttons[2], Qt.MouseButton.LeftButton)
    assert dialog.right.value() == 2
    with qtbot.waitSignal(player.closed, timeout=1000):
        qtbot.keyClick(dialog.left, Qt.Key.Key_Return)
    settle(player)
    (entry,) = diary.pain_entries()
    assert (entry.moment, entry.left, entry.right, entry.at) == ("during-routine", 6, 2, fake_clock.now())


def test_knee_button_click_works_too_and_esc_skips_the_rating(player, qtbot, diary, settle):
    qtbot.mouseClick(player.knee_button, Qt.MouseButton.LeftButton)
    dialog = player.pain_dialog
    with qtbot.waitSignal(player.closed, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(player)
    assert diary.pain_entries() == []
    assert diary.sessions()[0].status == "stopped-for-pain"


def test_the_rating_needs_at_least_one_knee(player, qtbot, diary):
    key(qtbot, player, Qt.Key.Key_K)
    dialog = player.pain_dialog
    qtbot.keyClick(dialog.left, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Rate at least one knee, or press Esc to skip."
    assert diary.pain_entries() == []


def test_knee_hurts_after_the_end_keeps_the_session_completed(player, play, qtbot, diary, settle):
    play(player, 175.0)
    key(qtbot, player, Qt.Key.Key_K)
    dialog = player.pain_dialog
    qtbot.waitUntil(lambda: dialog.left.hasFocus())
    qtbot.keyClick(dialog.left, Qt.Key.Key_Tab)  # to the right knee: one tab stop per knee
    assert dialog.right.hasFocus()
    qtbot.keyClicks(dialog.right, "3")
    qtbot.keyClick(dialog.right, Qt.Key.Key_Return)
    settle(player)
    assert diary.sessions()[0].status == "completed"
    assert diary.pain_entries()[0].right == 3
    assert player.pages.currentWidget() is player.done_view  # still on the done screen


def test_s_opens_settings_pausing_and_saving_persists(player, play, qtbot, services, cue_output):
    play(player, 10.0)
    key(qtbot, player, Qt.Key.Key_S)
    dialog = player.settings_dialog
    assert isinstance(dialog, SettingsDialog) and player.session.state == State.PAUSED
    qtbot.waitUntil(lambda: dialog.sound.hasFocus())
    qtbot.keyClick(dialog.sound, Qt.Key.Key_Space)  # untick the beeps
    dialog.volume.setFocus()
    qtbot.keyClick(dialog.volume, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog.volume, Qt.Key.Key_Return)
    assert player.settings_dialog is None
    assert services.settings.get("sound_on") is False
    assert services.settings.get("voice_on") is True
    assert services.settings.get("cue_volume") == pytest.approx(0.7)
    assert cue_output.volume == pytest.approx(0.7)
    assert player.session.state == State.RESUMING  # carries on by itself
    cue_output.clear()
    play(player, 28.0)  # the 3-2-1 of the resume, then the 25 s left of the hold
    assert cue_output.sounds == [] and cue_output.phrases == ["Halfway", "Switch sides. Right leg next"]


def test_settings_escape_changes_nothing(player, qtbot, services):
    qtbot.mouseClick(player.settings_button, Qt.MouseButton.LeftButton)
    dialog = player.settings_dialog
    qtbot.keyClick(dialog.sound, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert services.settings.get("sound_on") is True


def test_try_it_plays_with_the_values_in_the_dialog(player, qtbot, cue_output):
    key(qtbot, player, Qt.Key.Key_S)
    dialog = player.settings_dialog
    dialog.voice.setChecked(False)
    cue_output.clear()
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    assert cue_output.events == [("sound", "go")]


def test_every_control_has_an_accessible_name_and_can_take_keyboard_focus(player):
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

    controls = player.findChildren(QPushButton)
    assert len(controls) >= 7
    for widget in controls + player.findChildren(QLabel) + player.findChildren(QProgressBar):
        if widget.parent() is not None and widget.objectName() not in ("",):
            assert widget.accessibleName(), widget.objectName()
    from coach.ui.widgets.nrs_row import NrsRow

    for button in controls:
        # A 0-10 row (the done screen's effort) is one tab stop that takes the keys for its buttons.
        owner = button.parent() if isinstance(button.parent(), NrsRow) else button
        assert owner.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_keys_do_nothing_while_a_dialog_is_up(player, qtbot):
    key(qtbot, player, Qt.Key.Key_S)
    player.toggle_pause()
    player.skip()
    assert player.session.position == 0 and player.session.state == State.PAUSED
