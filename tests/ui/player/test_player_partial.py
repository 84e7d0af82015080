"""Skipping through a routine: the done screen, the voice and the diary say it was partial."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coach.core.session.session import State
from coach.ui.player.cue_player import DONE_PHRASE, PARTIAL_PHRASE


def skip_through(player, play):
    while player.session.state != State.FINISHED:
        play(player, 0.5)
        player.skip()


def test_skipping_everything_is_partial_and_the_done_screen_says_what_was_skipped(player, play, diary, settle,
                                                                                  cue_output):  # fmt: skip
    skip_through(player, play)
    assert player.pages.currentWidget() is player.done_view
    view = player.done_view
    assert view.title.text() == "Finished"
    summary = view.summary.text() + "\n" + view.notes.text()
    assert summary.startswith("0 of 2 exercises done in ")
    assert "Skipped: Wall sit, Calf raises" in summary
    assert "Counted as partial — less than 80% of the work time was done" in summary
    assert "Well done" not in summary
    said = [text for kind, text in cue_output.events if kind == "say"]
    assert said[-1] == PARTIAL_PHRASE and DONE_PHRASE not in said and "Well done" not in PARTIAL_PHRASE
    settle(player)
    (row,) = diary.sessions()
    assert (row.status, row.steps_done) == ("partial", 0)


def test_skipping_only_the_last_exercise_is_completed_and_says_what_was_skipped(player, play, diary, settle):
    play(player, 155.0)  # the calf raises begin: all four holds were done (120 of 140 s of work)
    player.skip()
    assert player.session.state == State.FINISHED
    assert player.done_view.title.text() == "Well done!"
    summary = player.done_view.summary.text() + "\n" + player.done_view.notes.text()
    assert summary.startswith("1 of 2 exercises done in 2:35") and "Skipped: Calf raises" in summary
    assert "partial" not in summary
    settle(player)
    assert [(s.status, s.steps_done) for s in diary.sessions()] == [("completed", 1)]


def test_knee_hurts_after_a_partial_end_stays_on_the_done_screen(player, play, qtbot, diary, settle):
    skip_through(player, play)
    qtbot.keyClick(player, Qt.Key.Key_K)
    dialog = player.pain_dialog
    heading = dialog.findChild(QLabel, "quick-pain-heading").text()
    assert heading == "How much does each knee hurt?"  # nothing was stopped: the session had ended
    dialog.reject()
    settle(player)
    assert diary.sessions()[0].status == "partial"
    assert player.pages.currentWidget() is player.done_view
