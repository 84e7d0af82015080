"""The stop and resume questions are readable from the mat: big text, big buttons, keys on them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication

from coach.core.session.session import State
from coach.ui.shell.notify import Notifier
from coach.ui.widgets.big_question import BUTTON_MIN_HEIGHT, BigQuestion


@pytest.fixture
def box(qtbot):
    question = BigQuestion("Stop Tiny test? It is saved as stopped after 0 of 2 exercises.", ["Stop", "Keep going"])
    qtbot.addWidget(question)
    question.open()
    qtbot.waitExposed(question)
    return question


def test_the_keys_are_named_on_the_buttons(box):
    assert [b.text() for b in box.buttons] == ["Stop  (Enter)", "Keep going  (Esc)"]


def test_text_and_buttons_are_big(box):
    assert box.label.font().pixelSize() >= 22
    for button in box.buttons:
        assert button.font().pixelSize() >= 22
        assert button.height() >= max(56, BUTTON_MIN_HEIGHT - 8)
        assert box.rect().contains(QRect(button.mapTo(box, button.rect().topLeft()), button.size()))


def test_enter_gives_the_first_answer(qtbot, box):
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.chosen == 0 and box.result() == BigQuestion.DialogCode.Accepted


def test_escape_gives_the_last_answer(qtbot, box):
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.chosen == 1 and not box.isVisible()


def test_a_click_gives_that_answer(qtbot, box):
    qtbot.mouseClick(box.buttons[1], Qt.MouseButton.LeftButton)
    assert box.chosen == 1


def test_it_fits_a_small_screen(box):
    room = box.screen().availableGeometry()
    assert box.width() <= room.width() and box.height() <= room.height()


def _answer_the_box_with(qtbot, key: Qt.Key, seen: list) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, BigQuestion):
            QTimer.singleShot(10, press)
            return
        seen.append([b.text() for b in box.buttons])
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_esc_then_enter_stops_the_session(qtbot, services, player, play):
    services.notifier = Notifier(player)  # the real boxes, not the recording fake
    play(player, 8.0)
    seen: list = []
    _answer_the_box_with(qtbot, Qt.Key.Key_Return, seen)
    with qtbot.waitSignal(player.closed):
        qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert seen == [["Stop  (Enter)", "Keep going  (Esc)"]]
    assert player.session.is_over


def test_esc_twice_keeps_going(qtbot, services, player, play):
    services.notifier = Notifier(player)  # the real boxes, not the recording fake
    play(player, 8.0)
    seen: list = []
    _answer_the_box_with(qtbot, Qt.Key.Key_Escape, seen)
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert seen and not player.session.is_over
    assert player.session.state in (State.RESUMING, State.RUNNING)
    player.shutdown()


def test_the_resume_question_is_big_too(qtbot, services, make_player, play, settle):
    from coach.ui.main_window import MainWindow

    first = make_player()
    first.begin()
    play(first, 40.0)
    settle(first)
    first.runner.halt()  # the process dies: the row stays in progress
    services.notifier.answers = [1]  # "Keep as partial"
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.offer_interrupted()
    assert len(services.notifier.big_questions) == 1
    assert "was interrupted" in services.notifier.big_questions[0]
