"""Fixtures for the whole-app screen tests (keyboard, palette): the real main window over a
temporary diary with some history, on the fake clock, with recording cues and notifier."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from tests.stress.devices import quiet_devices


@pytest.fixture
def app_services(data_paths, fake_clock, monkeypatch):
    """Services over a diary with three weeks of runs and pain entries."""
    quiet_devices(monkeypatch)
    diary = Diary.open(data_paths, fake_clock)
    for day in range(1, 22):
        at = fake_clock.now() - timedelta(days=day, hours=3)
        diary.add_run(Run(at, 5.0 + day % 4, 30.0 + day, "Trail"))
        diary.add_pain(PainEntry(at, "after-run", left=day % 5, right=day % 3, locations=("front",)))
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    yield services
    diary.close()


@pytest.fixture
def main_window(qtbot, app_services):
    from coach.ui.main_window import MainWindow

    window = MainWindow(app_services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_frame_shown):  # the keys come with it
        window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    if window.player is not None:
        window.player.shutdown()


@pytest.fixture
def diary_actions(main_window):
    from coach.ui.diary.actions import DiaryActions

    return main_window.findChild(DiaryActions)
