"""The exercise library screen: type to filter, variants as links, the routines using it, the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coach.core.routines.catalog import load_catalog
from coach.core.routines.library import load_library
from coach.ui.library.library_page import HOLD_TEMPO_S, LibraryPage, pace_of
from tests.ui.test_accessible_names import unnamed


@pytest.fixture(scope="module")
def routines():
    return list(load_catalog(None))


@pytest.fixture
def page(qtbot, fake_clock, routines):
    widget = LibraryPage(load_library(), routines, fake_clock)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_filters_by_name_cue_and_benefit(page, qtbot):
    assert len(page.visible_ids()) == 21
    qtbot.keyClicks(page.search, "bridge")
    assert page.visible_ids() == ["glute-bridges", "single-leg-bridges"]
    assert page.name.text() == "Glute bridges"  # the first match is shown
    page.search.clear()
    qtbot.keyClicks(page.search, "big toe")  # a cue
    assert page.visible_ids() == ["calf-raises"]
    page.search.clear()
    qtbot.keyClicks(page.search, "swelling")  # what it does for the knee
    assert page.visible_ids() == ["ice-knee", "legs-raised"]


def test_no_match_says_so(page, qtbot):
    qtbot.keyClicks(page.search, "trampoline")
    assert page.visible_ids() == []
    assert page.empty.isVisible() and "trampoline" in page.empty.text()


def test_a_variant_link_goes_to_that_exercise_even_past_the_filter(page, qtbot):
    qtbot.keyClicks(page.search, "Squats")
    page.show_exercise("squats")
    assert [b.text() for b in page.harder_buttons] == ["Single-leg squat to a chair"]
    assert page.easier_buttons == [] and not page.easier_label.isVisible()
    qtbot.mouseClick(page.harder_buttons[0], Qt.MouseButton.LeftButton)
    assert page.current.id == "single-leg-chair-squat"
    assert page.name.text() == "Single-leg squat to a chair"
    assert page.exercises.currentItem().data(Qt.ItemDataRole.UserRole) == "single-leg-chair-squat"
    assert [b.text() for b in page.easier_buttons] == ["Squats"]
    page.show_exercise("glute-bridges")
    qtbot.keyClicks(page.search, "glute")  # the filter hides single-leg bridges
    page.harder_buttons[0].setFocus()
    qtbot.keyClick(page.harder_buttons[0], Qt.Key.Key_Space)  # by keyboard too
    assert page.current.id == "single-leg-bridges"
    assert page.search.text() == ""


def test_the_detail_says_what_it_does_for_the_knee_and_where_it_is_used(page):
    page.show_exercise("calf-raises")
    assert page.used_in.text() == "Pre-run warm-up, Knee strength"
    assert "knee" in page.knee.text()
    assert page.cues.text().count("•") == 4
    page.show_exercise("single-leg-bridges")
    assert page.used_in.text() == "No routine yet"


def test_the_animation_moves_at_the_pace_the_routines_use(page, fake_clock, routines):
    assert pace_of("glute-bridges", routines) == (3, 3.0)
    assert pace_of("quad-stretch", routines) == (HOLD_TEMPO_S, 0.0)  # a hold
    page.show_exercise("squats")  # 3 s a rep in knee strength
    animation = page.animation
    assert animation.moves and animation.timer.isActive()
    fake_clock.advance(1.5)
    animation.timer.timeout.emit()
    assert animation.blend == pytest.approx(1.0)
    fake_clock.advance(1.5)
    animation.timer.timeout.emit()
    assert animation.blend == pytest.approx(0.0)


def test_a_missing_picture_leaves_a_note_not_a_hole(qtbot, fake_clock, routines):
    from dataclasses import replace

    from coach.core.routines.library import Library

    library = load_library()
    bare = tuple(replace(e, start_image=None, end_image=None) if e.id == "squats" else e for e in library.exercises)
    page = LibraryPage(Library(bare), routines, fake_clock)
    qtbot.addWidget(page)
    page.show()
    page.show_exercise("squats")
    assert page.no_picture.isVisible() and not page.animation.isVisible()
    page.show_exercise("single-leg-calf-raises")  # its end pose is drawn elsewhere: the start pose stands still
    assert page.animation.isVisible() and page.animation.has_picture
    assert not page.no_picture.isVisible()


def test_every_control_has_a_name_and_keys_move_through_it(page, qtbot):
    assert unnamed(page) == []
    page.focus_search()
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.exercises.hasFocus()
    qtbot.keyClick(page.exercises, Qt.Key.Key_Down)
    assert page.current.id == page.visible_ids()[1]
    with qtbot.waitSignal(page.closed):
        qtbot.keyClick(page.exercises, Qt.Key.Key_Escape)


def test_the_main_window_opens_it_by_menu_and_key_and_esc_goes_back(make_window, qtbot):
    window = make_window()
    assert window.library.action.shortcut().toString() == "Ctrl+Shift+L"
    assert any(a.text() == "&Exercises" for a in window.menuBar().actions())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.library.page
    assert page is not None and window.stack.currentWidget() is page
    assert page.search.hasFocus()
    assert page.used_in.text() != ""
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    assert not page.animation.timer.isActive()  # hidden: no wake-ups
    window.library.action.trigger()
    assert window.stack.currentWidget() is page  # the same page, shown again


def test_number_keys_in_the_library_do_not_start_a_routine(make_window, qtbot):
    window = make_window()
    page = window.library.open()
    started = []
    window.home.play_requested.connect(started.append)
    page.exercises.setFocus()
    qtbot.keyClick(page.exercises, Qt.Key.Key_1)
    QApplication.processEvents()
    assert started == [] and window.player is None


def test_not_during_a_session(make_window, cue_output):
    window = make_window()
    window._cue_output = cue_output  # no sound device in tests
    window.play("tiny-test")
    assert window.library.open() is None
    assert window.stack.currentWidget() is window.player
