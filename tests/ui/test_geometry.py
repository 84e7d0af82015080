"""Every control of the player and the main window fits the common laptop screens.

Sizes are the room a window gets: the screen less a panel, at QT_SCALE_FACTOR 1, and the
same screens in logical pixels at 1.25, 1.5 and 2 (a 1366×768 screen at 1.5 is 910×512).
Geometry, not pixels: every visible button lies inside the window, overlaps no other
button and is wide enough for its text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from coach.ui.main_window import MainWindow

ROOMS = {
    "1024x600": (1024, 560), "1280x720": (1280, 680), "1366x768": (1366, 728), "1920x1080": (1920, 1040),
    "1024x600@1.25": (819, 448), "1280x720@1.5": (853, 448), "1366x768@1.5": (910, 480),
    "1920x1080@2": (960, 508), "800x480": (800, 480),
}  # fmt: skip


def _visible_buttons(window: QWidget) -> list[tuple[QAbstractButton, QRect]]:
    buttons = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.width() > 0 and button.window() is window:
            top_left = button.mapTo(window, button.rect().topLeft())
            buttons.append((button, QRect(top_left, button.size())))
    return buttons


def _scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_every_button_fits(window: QWidget) -> None:
    QApplication.processEvents()
    buttons = _visible_buttons(window)
    assert buttons
    inside = window.rect()
    for button, rect in buttons:
        if _scrolled(button):  # reachable by scrolling up and down, never sideways
            assert inside.left() <= rect.left() and rect.right() <= inside.right(), f"{button.text()!r} is off to the side"
            continue
        assert inside.contains(rect), f"{button.objectName() or button.text()!r} at {rect} is outside {inside}"
        text_width = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        assert rect.width() >= text_width, f"{button.text()!r} is cut: {rect.width()} < {text_width}"
    for i, (first, a) in enumerate(buttons):
        for second, b in buttons[i + 1:]:
            if first.parent() is second or second.parent() is first or _scrolled(first) != _scrolled(second):
                continue
            assert not a.intersects(b), f"{first.text()!r} overlaps {second.text()!r}"


@pytest.mark.parametrize("room", list(ROOMS.values()), ids=list(ROOMS))
def test_the_players_controls_and_knee_hurts_fit(make_player, play, room):
    player = make_player()
    player.begin()
    player.resize(*room)
    play(player, 8.0)  # into the first exercise
    assert player.size().toTuple() == room  # no minimum above the room
    assert_every_button_fits(player)
    knee = player.knee_button
    assert knee.isVisible() and player.rect().contains(QRect(knee.mapTo(player, knee.rect().topLeft()), knee.size()))
    assert player.view.digits.font().pixelSize() >= player.view.name_label.font().pixelSize()  # digits stay biggest


@pytest.mark.parametrize("room", list(ROOMS.values()), ids=list(ROOMS))
def test_the_done_screen_fits(make_player, play, room):
    player = make_player()
    player.begin()
    player.resize(*room)
    play(player, 600.0)
    assert player.pages.currentWidget() is player.done_view
    assert player.size().toTuple() == room
    assert_every_button_fits(player)


@pytest.mark.parametrize("room", [ROOMS["1024x600"], ROOMS["800x480"], ROOMS["1366x768@1.5"]])
def test_the_main_window_fits_and_opens_within_the_screen(qtbot, services, room):
    window = MainWindow(services)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    window.show()
    window.resize(*room)
    qtbot.waitUntil(lambda: window.size().toTuple() == room)
    assert_every_button_fits(window)
