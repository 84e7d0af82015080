"""The player inside the main window and across crashes, sleeps, closes and storage faults."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coach.core.diary.diary import Diary
from coach.core.errors import StorageError
from coach.core.session.session import State
from coach.ui.main_window import MainWindow
from coach.ui.player import cue_player as cue_player_module
from coach.ui.player import player as player_module


@pytest.fixture(autouse=True)
def recording_devices(monkeypatch, cue_output, inhibitor):
    """MainWindow builds its own players: give them the recording cue output and inhibitor."""
    monkeypatch.setattr(cue_player_module, "QtCueOutput", lambda *args, **kwargs: cue_output)
    monkeypatch.setattr(player_module, "ScreenSaverInhibitor", lambda *args, **kwargs: inhibitor)


@pytest.fixture
def window(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def fire(window, fake_clock, seconds, step=0.25):
    end = fake_clock.monotonic() + seconds
    while fake_clock.monotonic() < end - 1e-9 and window.player is not None:
        fake_clock.advance(min(step, end - fake_clock.monotonic()))
        window.player.timer.timeout.emit()


def test_play_from_the_main_window_to_the_end_and_back_home(window, fake_clock, qtbot, diary, cue_output, inhibitor,
                                                           settle):  # fmt: skip
    window.play("tiny-test")
    player = window.player
    assert window.stack.currentWidget() is player
    assert player.session.state == State.RUNNING
    fire(window, fake_clock, 175.0)
    assert player.pages.currentWidget() is player.done_view
    qtbot.keyClick(player, Qt.Key.Key_Return)
    settle(player)
    assert window.player is None
    assert window.stack.currentWidget() is window.home
    assert [(s.status, s.steps_done) for s in diary.sessions()] == [("completed", 2)]
    assert cue_output.sounds[-1] == "done" and inhibitor.calls == ["inhibit", "release"]


def test_a_killed_session_resumes_at_the_step_it_reached(make_player, play, services, qtbot, diary, fake_clock, settle):
    first = make_player()
    first.begin()
    play(first, 152.0)  # step 1 done, into the get-ready of step 2
    settle(first)  # what the writer had reached when ...
    first.runner.halt()  # ... the process dies: no shutdown, the row stays in progress
    (row,) = diary.sessions()
    assert (row.status, row.steps_done, row.position) == ("in-progress", 1, 8)

    services.notifier.answers = [0]  # "Resume"
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.offer_interrupted()
    assert "Tiny test was interrupted" in services.notifier.questions[-1]
    player = window.player
    assert player is not None and player.session.position == 8
    assert player.session.steps_done == 1
    assert (player.view.kind_label.text(), player.view.name_label.text()) == ("GET READY", "Calf raises")
    assert player.view.step_label.text() == "Exercise 2 of 2"
    (row,) = diary.sessions()
    assert row.status == "in-progress"
    fire(window, fake_clock, 25.0)
    assert player.done_view.summary.text().startswith("2 of 2 exercises done")
    settle(player)
    (row,) = diary.sessions()
    assert (row.status, row.steps_done) == ("completed", 2)


def test_keeping_an_interrupted_session_as_partial(make_player, play, services, qtbot, diary, settle):
    first = make_player()
    first.begin()
    play(first, 40.0)
    settle(first)
    first.runner.halt()
    services.notifier.answers = [1]  # "Keep as partial"
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.offer_interrupted()
    assert window.player is None
    assert diary.sessions()[0].status == "interrupted"


def test_a_sleep_mid_hold_pauses_instead_of_skipping(player, play, fake_clock, inhibitor, cue_output, qtbot):
    play(player, 10.0)  # 25 s left in the left hold
    cue_output.clear()
    fake_clock.advance(60.0)  # the lid was closed
    player.timer.timeout.emit()
    assert player.session.state == State.PAUSED and player.session.pause_reason == "suspend"
    assert player.view.overlay.isVisible()
    assert player.view.overlay.title.text() == "Paused because the computer slept"
    assert player.view.overlay.hint.text() == "Space to resume"
    assert player.view.digits.text() == "25" and player.session.position == 1
    assert not inhibitor.active
    assert cue_output.phrases == ["Paused"]
    qtbot.keyClick(player, Qt.Key.Key_Space)
    play(player, 3.0)
    assert player.session.state == State.RUNNING and player.view.digits.text() == "25"


def test_closing_the_window_mid_session_records_it_stopped(window, fake_clock, diary):
    window.play("tiny-test")
    player = window.player
    fire(window, fake_clock, 151.0)
    window.close()
    (row,) = diary.sessions()
    assert (row.status, row.steps_done, row.ended) == ("stopped", 1, fake_clock.now())
    player.shutdown()  # idempotent
    assert diary.sessions()[0].status == "stopped"


def test_closing_after_the_end_leaves_it_completed(window, fake_clock, diary):
    window.play("tiny-test")
    fire(window, fake_clock, 175.0)
    window.close()
    window.player.shutdown()
    assert [(s.status, s.steps_done) for s in diary.sessions()] == [("completed", 2)]


def test_storage_errors_are_reported_once_and_the_session_keeps_playing(player, play, diary, notifier, monkeypatch, qtbot):
    def broken(*args, **kwargs):
        raise StorageError("the disk is full")

    monkeypatch.setattr(Diary, "update_session_progress", broken)  # the class: the writer has its own connection
    monkeypatch.setattr(Diary, "finish_session", broken)
    play(player, 175.0)
    qtbot.waitUntil(lambda: len(notifier.errors) == 1)
    assert "the disk is full" in notifier.errors[0]
    qtbot.waitUntil(lambda: any("the disk is full" in text for text in notifier.infos))
    assert player.session.state == State.FINISHED
    assert player.pages.currentWidget() is player.done_view


def test_a_diary_that_cannot_start_the_row_does_not_stop_the_session(make_player, play, diary, notifier, monkeypatch, qtbot):
    def broken(*args, **kwargs):
        raise StorageError("the diary is read-only")

    monkeypatch.setattr(Diary, "start_session", broken)
    player = make_player()
    player.begin()
    play(player, 175.0)
    qtbot.waitUntil(lambda: len(notifier.errors) == 1)
    assert player.session.state == State.FINISHED
    player.shutdown()


def test_knee_hurts_on_the_done_screen_does_not_claim_the_session_was_stopped(player, play, qtbot, diary):
    play(player, 175.0)
    assert player.pages.currentWidget() is player.done_view
    qtbot.keyClick(player, Qt.Key.Key_K)
    dialog = player.pain_dialog
    assert dialog is not None
    heading = dialog.findChild(QLabel, "quick-pain-heading").text()
    assert "stopped" not in heading.lower() and "each knee" in heading
    dialog.reject()
    # written off the GUI thread
    qtbot.waitUntil(lambda: [(s.status, s.steps_done) for s in diary.sessions()] == [("completed", 2)])


def test_knee_hurts_during_a_step_says_the_session_stopped(player, play, qtbot):
    play(player, 12.0)
    qtbot.keyClick(player, Qt.Key.Key_K)
    heading = player.pain_dialog.findChild(QLabel, "quick-pain-heading").text()
    assert heading.startswith("Session stopped.")
    player.pain_dialog.reject()


def test_a_wall_clock_that_steps_back_mid_session_still_closes_it(window, fake_clock, diary):
    from datetime import timedelta

    window.play("tiny-test")
    fire(window, fake_clock, 60.0)
    fake_clock.wall -= timedelta(hours=1)  # the clock is set back (NTP, a time zone change)
    fire(window, fake_clock, 115.0)
    window.close()
    window.player.shutdown()
    (row,) = diary.sessions()
    assert row.status == "completed"  # not left in progress
    assert row.ended - row.started == timedelta(seconds=175)  # measured on the monotonic clock


def test_a_knee_rating_mid_session_lands_after_the_player_is_gone_without_an_error(window, fake_clock, diary, qtbot,
                                                                                   notifier):  # fmt: skip
    """The player closes at once; the rating's write lands later, when the page is already deleted."""
    window.play("tiny-test")
    fire(window, fake_clock, 12.0)
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_K)
    dialog = player.pain_dialog
    dialog.left.set_value(3)
    dialog.accept()
    assert window.player is None  # back home; the page is deleted on the next event loop turn
    qtbot.waitUntil(lambda: [e.worst for e in diary.pain_entries()] == [3])
    qtbot.waitUntil(lambda: [s.status for s in diary.sessions()] == ["stopped-for-pain"])
    qtbot.waitUntil(lambda: "Saved the knee rating." in notifier.confirmations)  # said, in the message bar too
    assert notifier.errors == []
