"""Fixtures for widget tests: Services over a temporary diary on the fake clock, a recording
notifier, and a player driven by hand (``fake_clock.advance`` then ``timer.timeout.emit()``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from coach.core.context import CoachContext
from coach.core.routines.catalog import load_catalog
from coach.ui.main_window import MainWindow
from coach.ui.player.cue_player import RecordingCueOutput
from coach.ui.player.player import PlayerPage
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from coach.ui.shell.screensaver import RecordingInhibitor

TINY_ROUTINE = """\
id: tiny-test
title: Tiny test
focus: strength
when: In tests
summary: A hold on each side, twice, then a few calf raises.
caution: Stop if your knee hurts.
get_ready_s: 5
switch_s: 5
steps:
  - exercise: wall-sit
    name: Wall sit
    duration_s: 30
    sides: each
    sets: 2
    rest_s: 15
    cues: [Back flat on the wall, Knees over ankles]
    image: squats.svg
  - exercise: calf-raises
    name: Calf raises
    reps: 10
    tempo_s: 2
    cues: [Rise slowly]
    image: calf-raises.svg
"""
# Segments: 0 get-ready 0–5 · 1 left 5–35 · 2 switch 35–40 · 3 right 40–70 · 4 rest 70–85 ·
# 5 left 85–115 · 6 switch 115–120 · 7 right 120–150 (ends step 1) · 8 get-ready 150–155 ·
# 9 calf raises 155–175 (ends step 2). Total 175 s.


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The widgets in English, as a user with an English system sees them: the English catalog
    says "1 routine file" where the source text says "%n routine file(s)". Never German here;
    a test that wants German installs it and takes it away again (tests/ui/shell/test_translations.py)."""
    from PySide6.QtCore import QTranslator

    from coach.ui.shell.translations import catalog_dir

    translator = QTranslator()
    assert translator.load(str(catalog_dir() / "coach_en.qm"))
    qapp.installTranslator(translator)  # the default locale stays as it was (no German numbers either)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def services(data_paths, fake_clock, diary, notifier) -> Services:
    data_paths.routines.mkdir(parents=True, exist_ok=True)
    (data_paths.routines / "tiny-test.yaml").write_text(TINY_ROUTINE, encoding="utf-8")
    catalog = load_catalog(data_paths.routines)
    assert "tiny-test" in catalog.routines, catalog.broken
    return Services(CoachContext.open(data_paths, fake_clock, diary=diary, catalog=catalog), notifier)


@pytest.fixture
def cue_output() -> RecordingCueOutput:
    return RecordingCueOutput()


@pytest.fixture
def inhibitor() -> RecordingInhibitor:
    return RecordingInhibitor()


@pytest.fixture
def make_player(qtbot, services, cue_output, inhibitor):
    """Build a shown, active 1280×800 PlayerPage (not begun) with recording cues and inhibitor."""

    def make(routine_id: str = "tiny-test", start_position: int = 0, session_id: int | None = None) -> PlayerPage:
        player = PlayerPage(services.catalog.get(routine_id), services, start_position, session_id,
                            cue_output=cue_output, inhibitor=inhibitor)  # fmt: skip
        qtbot.addWidget(player)
        player.resize(1280, 800)
        player.show()
        player.activateWindow()
        qtbot.waitExposed(player)
        player.setFocus()
        return player

    return make


@pytest.fixture
def player(make_player) -> PlayerPage:
    """The tiny routine, begun: the first get-ready segment is running."""
    page = make_player()
    page.begin()
    return page


@pytest.fixture
def settle(qtbot):
    """``settle(player)``: wait (bounded) until the player's diary writes are on disk and their
    signals delivered: the session log writes on a thread of its own."""

    def run(player: PlayerPage) -> None:
        assert player.log.flush(5.0), "the diary writer did not finish"
        QCoreApplication.processEvents()

    return run


@pytest.fixture
def play(fake_clock):
    """``play(player, seconds)``: let time pass in small steps, firing the timer after each."""

    def run(player: PlayerPage, seconds: float, step: float = 0.25) -> None:
        end = fake_clock.monotonic() + seconds
        while fake_clock.monotonic() < end - 1e-9:
            fake_clock.advance(min(step, end - fake_clock.monotonic()))
            player.timer.timeout.emit()

    return run


@pytest.fixture
def make_window(qtbot, services):
    """Build the main window after the test has put what it needs in the diary."""

    def make() -> MainWindow:
        window = MainWindow(services)
        qtbot.addWidget(window)
        with qtbot.waitActive(window), qtbot.waitSignal(window.first_frame_shown):  # shortcuts need both
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
