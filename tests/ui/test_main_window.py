"""The main window opens on the home screen with every built-in routine."""

import pytest
from PySide6.QtCore import Qt

from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier

BUILTIN_IDS = ["pre-run-warm-up", "post-run-cool-down", "knee-strength", "sore-knee-care"]


@pytest.fixture
def window(qtbot, data_paths, fake_clock):
    diary = Diary.open(data_paths, fake_clock)
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    window = MainWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_frame_shown):
        window.show()
    yield window
    diary.close()


def test_home_lists_the_four_builtin_routines_in_order(window):
    assert list(window.home.cards) == BUILTIN_IDS
    card = window.home.cards["knee-strength"]
    assert card.title.text() == "Knee strength"
    assert card.meta.text().startswith("Strength · 18:03 min")  # week 1 of the programme
    assert window.home.broken_list is None


def test_with_no_data_the_headline_says_start(window):
    assert window.advice_panel.headline.text() == "Start"


def test_a_broken_user_routine_is_listed_with_its_reason(qtbot, data_paths, fake_clock):
    data_paths.routines.mkdir(parents=True)
    (data_paths.routines / "oops.yaml").write_text("id: oops\ntitle: Oops\n")
    diary = Diary.open(data_paths, fake_clock)
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    window = MainWindow(services)
    qtbot.addWidget(window)
    labels = [label.text() for label in window.home.broken_list.findChildren(type(window.home.cards["knee-strength"].title))]
    assert labels[0] == "1 routine file could not be loaded"
    assert "oops.yaml:1:1: the routine is missing 'focus'" in labels[1]
    diary.close()


def test_unknown_routine_is_reported_not_raised(window):
    window.play("no-such-routine")
    assert window.services.notifier.errors == ["There is no routine called 'no-such-routine'."]
    assert window.stack.currentWidget() is window.home


def test_number_key_starts_a_routine(qtbot, window, monkeypatch):
    started = []
    monkeypatch.setattr(window, "play", started.append)
    window.home.play_requested.disconnect()
    window.home.play_requested.connect(window.play)
    window.activateWindow()
    window.home.setFocus()
    qtbot.keyClick(window.home, Qt.Key.Key_3)
    assert started == ["knee-strength"]


def test_coming_back_to_the_window_refreshes_advice_written_elsewhere(window, qtbot, data_paths, fake_clock):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from coach.core.diary.records import PainEntry

    assert window.advice_panel.headline.text() == "Start"
    with Diary.open(data_paths, fake_clock) as cli_diary:  # another connection, as `coach diary add` is
        cli_diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=2, flags=("swelling",)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.advice_panel.headline.text() == "See a clinician"


def test_a_write_from_outside_reaches_home_while_the_window_keeps_the_focus(window, qtbot, data_paths, fake_clock):
    from coach.core.diary.records import PainEntry
    from coach.ui.outside_changes import OUTSIDE_CHECK_MS

    qtbot.waitUntil(lambda: window.outside_changes.timer is not None)  # started with the first frame
    assert window.outside_changes.timer.isActive() and window.outside_changes.timer.interval() == OUTSIDE_CHECK_MS <= 10_000
    assert window.advice_panel.headline.text() == "Start"
    with Diary.open(data_paths, fake_clock) as cli_diary:  # `coach diary add pain --flag swelling` in a terminal
        cli_diary.add_pain(PainEntry(fake_clock.now(), "next-morning", left=6, flags=("swelling",)))
    assert window.advice_panel.headline.text() == "Start"  # nothing has looked yet
    window.outside_changes.timer.timeout.emit()  # the timer's next tick, without waiting for it
    assert window.advice_panel.headline.text() == "See a clinician"


def test_coming_back_on_a_new_day_refreshes_and_otherwise_reads_nothing(window, qtbot, fake_clock, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    refreshed = []
    window.diary_changed.connect(lambda: refreshed.append(True))
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert refreshed == []  # nothing changed: no re-reading the whole diary
    fake_clock.advance(24 * 3600)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert refreshed == [True]


def test_the_restore_question_lists_what_the_new_diary_would_lose(qtbot, data_paths, fake_clock):
    from coach.core.diary.records import PainEntry, Run
    from coach.ui.app import _tell_how_opening_went

    with Diary.open(data_paths, fake_clock) as diary:
        diary.add_run(Run(fake_clock.now(), 8.0))
    fake_clock.advance(86400)
    Diary.open(data_paths, fake_clock).close()  # the daily backup holds the run
    data_paths.diary.write_bytes(b"this is not a database" * 200)
    diary = Diary.open(data_paths, fake_clock)
    diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=5))  # logged before the question was answered
    notifier = RecordingNotifier(answers=[False])
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), notifier)
    window = MainWindow(services)
    qtbot.addWidget(window)
    _tell_how_opening_went(window, diary, notifier)
    question = notifier.questions[0]
    assert "It would remove 1 entry" in question and "pain     L 5/10  after-run" in question
    assert question.index("L 5/10") < question.index("Restore it now?")
    assert [p.left for p in diary.pain_entries()] == [5]  # "no" changed nothing
    diary.close()


def test_a_damaged_diary_is_set_aside_and_the_newest_backup_restored_when_accepted(qtbot, data_paths, fake_clock):
    from coach.core.diary.records import Run
    from coach.ui.app import _tell_how_opening_went

    with Diary.open(data_paths, fake_clock) as diary:
        diary.add_run(Run(fake_clock.now(), 8.0))
    fake_clock.advance(86400)
    Diary.open(data_paths, fake_clock).close()  # next day: the daily backup now holds the run
    data_paths.diary.write_bytes(b"this is not a database" * 200)
    diary = Diary.open(data_paths, fake_clock)
    assert diary.opening_report.moved_aside is not None and diary.runs() == []
    notifier = RecordingNotifier(answers=[True])
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), notifier)
    window = MainWindow(services)
    qtbot.addWidget(window)
    _tell_how_opening_went(window, diary, notifier)
    assert "Restore it now?" in notifier.questions[0] and "could not be read" in notifier.questions[0]
    assert "Nothing in the current diary would be lost." in notifier.questions[0]  # the losses, listed first
    assert [run.distance_km for run in diary.runs()] == [8.0]
    assert notifier.infos[-1].startswith("Restored the diary from diary-")
    diary.close()
