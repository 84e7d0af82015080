"""Keyboard-only use of every screen: Tab reaches the main controls, each has a name, focus shows.

For each screen the test presses Tab from its first control until focus comes
back round, and records every stop. Then:

- names: every stop has a name a screen reader would read (``QAccessible``'s
  Name: the accessible name, a button's text or a label's buddy);
- reach: the screen's main controls are all among the stops, or, for tool-bar
  actions, have a shortcut;
- visible focus: a stop looks different while it has keyboard focus.

Known gaps in other people's files are ``xfail(strict=True)`` with the file and
line, so they turn red (and the marker goes) the day they are fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWidget

TAB_LIMIT = 150


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or spoken_name(widget)!r})"


class Walk:
    """The focus stops met by pressing Tab from ``start`` until a stop comes round again."""

    def __init__(self, start: QWidget):
        self.stops: list[QWidget] = []
        self.invisible_focus: list[str] = []
        start.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        for _ in range(TAB_LIMIT):
            current = QApplication.focusWidget()
            if current is None:
                break
            if self.stops and current is self.stops[-1]:
                pass  # Tab inside one control (a date's day, month, year sections)
            elif current in self.stops:
                break  # came round
            else:
                self.stops.append(current)
            focused = current.grab().toImage()
            QTest.keyClick(current, Qt.Key.Key_Tab)
            QApplication.processEvents()
            if QApplication.focusWidget() is not current and len(self.stops) > 1:
                if current.grab().toImage() == focused:  # the first stop got focus without a key press
                    self.invisible_focus.append(describe(current))

    def unnamed(self) -> list[str]:
        return [describe(w) for w in self.stops if not spoken_name(w).strip()]

    def missing(self, *controls: QWidget) -> list[str]:
        return [describe(c) for c in controls if c not in self.stops]


# -- home ------------------------------------------------------------------------------------


def test_home_tab_reaches_every_start_button_and_each_has_a_name(main_window):
    walk = Walk(main_window.home.first_start_button())
    starts = [card.start_button for card in main_window.home.cards.values()]
    assert walk.missing(*starts) == []
    assert all(spoken_name(b).startswith("Start ") for b in starts)
    assert walk.invisible_focus == []


def test_home_every_focus_stop_has_a_name(main_window):
    assert Walk(main_window.home.first_start_button()).unnamed() == []


def test_home_every_diary_action_is_reachable_from_the_keyboard(main_window):
    walk = Walk(main_window.home.first_start_button())
    unreachable = []
    for action in main_window.toolbar.actions():
        button = main_window.toolbar.widgetForAction(action)
        if action.shortcut().isEmpty() and button not in walk.stops:
            unreachable.append(action.text())
    assert unreachable == []


def test_home_diary_actions_have_names(main_window):
    for action in main_window.toolbar.actions():
        button = main_window.toolbar.widgetForAction(action)
        assert spoken_name(button).strip(), action.text()


# -- player ------------------------------------------------------------------------------------


def test_player_tab_reaches_every_control_and_each_has_a_name(main_window, fake_clock):
    main_window.play("knee-strength")
    player = main_window.player
    walk = Walk(player.pause_button)
    controls = [player.pause_button, player.back_button, player.skip_button, player.settings_button,
                player.stop_button, player.knee_button]  # fmt: skip
    assert walk.missing(*controls) == []
    assert walk.unnamed() == []
    assert walk.invisible_focus == []


def test_player_done_screen_is_keyboard_usable(main_window, fake_clock):
    main_window.play("sore-knee-care")
    player = main_window.player
    while not player.session.is_over:
        fake_clock.advance(1.0)
        player.timer.timeout.emit()
    walk = Walk(player.done_view.back_button)
    assert walk.missing(player.done_view.back_button, player.knee_button) == []
    assert walk.unnamed() == []


def test_player_dialogs_are_keyboard_usable(main_window, qtbot):
    main_window.play("knee-strength")
    player = main_window.player
    player.open_settings()
    settings = player.settings_dialog
    qtbot.waitExposed(settings)
    settings.activateWindow()
    walk = Walk(settings.sound)
    assert walk.missing(settings.sound, settings.voice, settings.volume, settings.save_button,
                        settings.cancel_button) == []  # fmt: skip
    assert walk.unnamed() == []
    settings.reject()

    player.knee_hurts()
    pain = player.pain_dialog
    qtbot.waitExposed(pain)
    pain.activateWindow()
    walk = Walk(pain.save_button)
    assert walk.missing(pain.save_button, pain.skip_button) == []
    assert walk.unnamed() == []
    pain.reject()


# -- entry form ---------------------------------------------------------------------------------


def _form_controls(form) -> list[QWidget]:
    return [form.when, form.distance, form.minutes, form.shoes, form.moment, form.left, form.right,
            form.knee_map.drawing, form.knee_map.back, *form.characters.values(), *form.flags.values(), form.note,
            form.save_button, form.buttons.button(QDialogButtonBox.StandardButton.Cancel)]  # fmt: skip


def test_entry_form_every_focus_stop_has_a_name(diary_actions, qtbot):
    form = diary_actions.open_entry_form()
    qtbot.waitExposed(form)
    assert Walk(form.when).unnamed() == []


def test_entry_form_focus_is_visible(diary_actions, qtbot):
    """Note for whoever fixes the Tab trap below: Save and Cancel are then reached, and under
    Fusion a focused push button looks exactly like the default one; a ``:focus`` ring like the
    player's ``FOCUS_RING`` makes the difference."""
    form = diary_actions.open_entry_form()
    qtbot.waitExposed(form)
    assert Walk(form.when).invisible_focus == []


def test_entry_form_tab_reaches_every_control(diary_actions, qtbot):
    form = diary_actions.open_entry_form()
    qtbot.waitExposed(form)
    walk = Walk(form.when)
    assert walk.missing(*_form_controls(form)) == []


def test_entry_form_opens_and_saves_from_the_keyboard(main_window, diary_actions, app_services, qtbot):
    """Ctrl+L opens it, the first field has focus, typing and Ctrl+Enter saves."""
    before = len(app_services.diary.runs())
    QTest.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    form = diary_actions.entry_form
    assert form is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    assert QApplication.focusWidget() is form.distance  # straight after a run, the distance comes first
    QTest.keyClicks(form.distance, "6.5")
    QTest.keyClick(form.distance, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(app_services.diary.runs()) == before + 1


# -- history and shoes -------------------------------------------------------------------------


def test_history_tab_reaches_the_main_controls_and_each_has_a_name(main_window, diary_actions, qtbot):
    QTest.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = diary_actions.history
    assert history is not None
    qtbot.waitExposed(history)
    history.activateWindow()
    buttons = [b for b in history.findChildren(QAbstractButton) if b.isVisible()]
    first = next(w for w in [*buttons, *history.findChildren(QWidget)] if w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    walk = Walk(first)
    tables = [w for w in history.findChildren(QWidget) if type(w).__name__ in ("QTableView", "QTableWidget")]
    assert tables and walk.missing(*tables) == []
    edit_delete = [b for b in buttons if b.text().replace("&", "").rstrip("…") in ("Edit", "Delete")]
    assert len(edit_delete) == 2 and walk.missing(*edit_delete) == []
    assert walk.unnamed() == []


def test_shoes_dialog_is_keyboard_usable(diary_actions, qtbot):
    dialog = diary_actions.open_shoes()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    first = next(w for w in dialog.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible())
    walk = Walk(first)
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled() and b.text()]
    assert buttons and walk.missing(*buttons) == []
    assert walk.unnamed() == []
