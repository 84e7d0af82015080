"""The entry form and the shoes dialog refuse a date before 1900 beside the date field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from tests.ui.diary_fixtures import actions_of

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def test_the_entry_form_refuses_1899_beside_the_date_and_writes_nothing(qtbot, window, diary):  # noqa: F811
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    form = actions_of(window).entry_form
    form.when.setDateTime(QDateTime(QDate(1899, 12, 31), QTime(8, 0)))
    assert form.when.dateTime().toPython() == datetime(1899, 12, 31, 8, 0)  # the widget takes it: the check says why not
    form.left.setFocus()
    qtbot.keyClick(form.left, Qt.Key.Key_2)
    qtbot.keyClick(form.left, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.message("at") == "The date must be 1 January 1900 or later, not 1899-12-31"
    assert form.focusWidget() is form.when
    assert diary.pain_entries() == []


def test_the_shoes_dialog_refuses_a_first_worn_date_before_1900(qtbot, window, diary):  # noqa: F811
    qtbot.mouseClick(window.toolbar.widgetForAction(actions_of(window).actions["shoes"]), LEFT)
    dialog = actions_of(window).shoes_dialog
    qtbot.keyClicks(dialog.name, "Heirloom")
    dialog.started.setDate(QDate(1899, 5, 1))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.errors.message("started") == "The date first worn must be 1 January 1900 or later, not 1899-05-01"
    assert diary.shoes() == []
    dialog.started.setDate(QDate(1900, 1, 1))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [s.name for s in diary.shoes()] == ["Heirloom"]
