"""The done screen asks "how hard was it?" (each rating a session declares for it) and writes it to the session."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_done_screen_effort_is_written_to_the_session(player, play, diary, settle, qtbot):
    play(player, 175.0)
    settle(player)
    assert player.pages.currentWidget() is player.done_view
    prompt = player.done_view.ratings.prompts["effort"]
    prompt.row.setFocus()
    qtbot.keyClick(prompt.row, Qt.Key.Key_7)
    settle(player)
    assert diary.sessions()[0].effort == 7
    qtbot.waitUntil(lambda: prompt.state.text() == "Saved: effort 7 · very hard", timeout=2000)
