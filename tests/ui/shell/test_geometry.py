"""Every control of the player and the main window fits the common laptop screens.

Sizes are the room a window gets: the screen less a panel, at QT_SCALE_FACTOR 1, and the
same screens in logical pixels at 1.25, 1.5 and 2 (a 1366×768 screen at 1.5 is 910×512).
Geometry, not pixels: every visible button lies inside the window, overlaps no other
button and is wide enough for its text. In this process the scale factor is 1 and the
rooms stand for the scaled screens; the last test runs the real factors in subprocesses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from coach.ui.diary.entry_form import EntryForm
from coach.ui.diary.quick_pain import QuickPainDialog
from coach.ui.history.history import HistoryWindow
from coach.ui.main_window import MainWindow
from coach.ui.settings.settings_dialog import SettingsDialog
from coach.ui.settings.values import load_values
from coach.ui.shell import window_geometry
from coach.ui.widgets.big_question import BigQuestion
from tests.ui.geometry_checks import assert_every_button_fits

ROOMS = {
    "1024x600": (1024, 560), "1280x720": (1280, 680), "1366x768": (1366, 728), "1920x1080": (1920, 1040),
    "1024x600@1.25": (819, 448), "1280x720@1.5": (853, 448), "1366x768@1.5": (910, 480),
    "1920x1080@2": (960, 508), "800x480": (800, 480),
}  # fmt: skip
SCREENS = {name: ROOMS[name] for name in ("1024x600", "1280x720", "1366x768", "1920x1080")}


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


@pytest.mark.parametrize("room", [*SCREENS.values(), ROOMS["800x480"], ROOMS["1366x768@1.5"]])
def test_the_main_window_fits_and_opens_within_the_screen(qtbot, services, room):
    window = MainWindow(services)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    window.show()
    window.resize(*room)
    qtbot.waitUntil(lambda: window.size().toTuple() == room)
    assert_every_button_fits(window)


@pytest.fixture
def screen_of(monkeypatch):
    """``screen_of(room)``: every window's screen leaves ``room`` (width, height) for windows."""

    def make(room: tuple[int, int]) -> QRect:
        rect = QRect(0, 0, *room)

        class Screen:
            def availableGeometry(self) -> QRect:  # noqa: N802 (Qt's name)
                return rect

        monkeypatch.setattr(window_geometry, "_screen_for", lambda _window: Screen())
        return rect

    return make


@pytest.mark.parametrize("room", list(SCREENS.values()), ids=list(SCREENS))
def test_history_fits(qtbot, services, room):
    history = HistoryWindow(services)
    qtbot.addWidget(history)
    history.show()
    history.resize(*room)
    qtbot.waitUntil(lambda: history.size().toTuple() == room)
    assert_every_button_fits(history)


DIALOGS = {
    "entry form": lambda services: EntryForm(services),
    "settings": lambda services: SettingsDialog(load_values(services.settings), services.paths.root),
    "quick pain": lambda services: QuickPainDialog(),
    "stop box": lambda services: BigQuestion("Stop Knee strength? It is saved as stopped after 3 of 6 exercises.",
                                             ["Stop", "Keep going"]),
}  # fmt: skip


@pytest.mark.parametrize("room", list(SCREENS.values()), ids=list(SCREENS))
@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_opens_within_the_screen_with_every_button_usable(qtbot, services, screen_of, name, room):
    screen = screen_of(room)
    dialog = DIALOGS[name](services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height(), dialog.size()
    assert_every_button_fits(dialog)


SCALED = [(1.25, "1024x600"), (1.5, "1280x720"), (1.5, "1366x768"), (2.0, "1920x1080")]


@pytest.mark.parametrize(("factor", "screen"), SCALED, ids=[f"{s}@{f:g}" for f, s in SCALED])
def test_every_window_and_dialog_fits_at_each_scale_factor(factor, screen):
    """QT_SCALE_FACTOR is read when the QApplication starts: one process per factor (geometry_probe.py)."""
    probe = Path(__file__).parents[1] / "geometry_probe.py"
    done = subprocess.run([sys.executable, str(probe), "--factor", str(factor), "--screen", screen],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[3])  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = (int(n) for n in screen.split("x"))
    assert abs(result["room"][0] - width / factor) <= 1 and abs(result["room"][1] - height / factor) <= 1
    assert set(result["problems"]) >= {"main window", "player step", "player done", "history", "entry form",
                                       "settings", "quick pain", "stop box"}  # fmt: skip
    assert {name: found for name, found in result["problems"].items() if found} == {}


@pytest.mark.parametrize("room", list(ROOMS.values()), ids=list(ROOMS))
def test_the_done_screen_of_a_skipped_session_shows_every_line(make_player, room):
    """Skipping everything: the notes (what was skipped, "counted as partial") are not cut off."""
    player = make_player("knee-strength")
    player.begin()
    player.resize(*room)
    while not player.session.is_over:
        player.skip()
    player.done_view.show_result("Finished", "Knee strength", 0, 6, 20.0, partial=True, skipped=[
        "Squats", "Reverse lunges", "Calf raises", "Glute bridges", "Side-lying leg raises", "Single-leg squat to a chair"])
    QApplication.processEvents()
    view = player.done_view
    for label in (view.title, view.routine_label, view.summary, view.notes):
        top_left = label.mapTo(player, label.rect().topLeft())
        assert player.rect().contains(QRect(top_left, label.size())), label.objectName()
        assert label.height() >= label.heightForWidth(label.width()) - 1, f"{label.objectName()} is cut off"
    notes_bottom = view.notes.mapTo(player, view.notes.rect().bottomLeft()).y()
    assert notes_bottom < view.back_button.mapTo(player, view.back_button.rect().topLeft()).y()
    assert_every_button_fits(player)
