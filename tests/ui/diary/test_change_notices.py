"""Typed change notices: each view reloads from the diary only when the change
touched what it shows. Counted by wrapping the diary and tallying its reads."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent

from coach.core.context import CoachContext
from coach.core.diary import changes as kinds
from coach.core.diary.changes import DiaryChanges
from coach.core.diary.records import PainEntry, SessionRecord
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from tests.ui.diary_fixtures import actions_of

READS = ("advice_facts", "pain_entries", "runs", "sessions", "shoes")
ADVICE = Counter({"advice_facts": 1, "pain_entries": 1, "runs": 1, "sessions": 1, "shoes": 1})
MORNING = Counter({"pain_entries": 1, "runs": 1})
HISTORY = Counter({"pain_entries": 1, "runs": 1, "sessions": 1})
PLAN = Counter({"pain_entries": 1, "runs": 1, "sessions": 1})  # its own bounded window; the advice it reuses
HOME = ADVICE + PLAN


class CountingDiary:
    """The real diary, with a tally of every read the views make of it."""

    def __init__(self, diary, tally: CountingDiary | None = None):
        self._diary = diary
        self._tally = tally or self  # a twin's reads (History reads on a worker through one) count here
        self.reads: Counter[str] = Counter()

    def twin(self) -> CountingDiary:
        return CountingDiary(self._diary.twin(), self._tally)

    def __getattr__(self, name):
        value = getattr(self._diary, name)
        if name not in READS:
            return value

        def counted(*args, **kwargs):
            self._tally.reads[name] += 1
            return value(*args, **kwargs)

        return counted

    def take(self) -> Counter[str]:
        reads, self.reads = self.reads, Counter()
        return reads


@pytest.fixture
def counting(diary) -> CountingDiary:
    return CountingDiary(diary)


@pytest.fixture
def window(qtbot, data_paths, fake_clock, counting) -> MainWindow:
    window = MainWindow(Services(CoachContext.open(data_paths, fake_clock, diary=counting), RecordingNotifier()))
    qtbot.addWidget(window)
    with qtbot.waitActive(window), qtbot.waitSignal(window.first_frame_shown):
        window.show()
        window.activateWindow()
    counting.take()
    return window


def test_a_pain_entry_reloads_the_advice_and_the_morning_check_only(window, counting, diary, fake_clock):
    diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=2))
    window.diary_changed.emit(kinds.PAIN)
    assert counting.take() == HOME + MORNING


def test_new_shoes_reload_only_the_advice(window, counting):
    window.diary_changed.emit(kinds.SHOES)
    assert counting.take() == HOME


def test_a_settings_change_reloads_only_the_advice(window, counting):
    window.diary_changed.emit(kinds.SETTINGS)
    assert counting.take() == HOME


def test_an_open_history_reloads_for_a_session_and_the_morning_check_does_not(qtbot, window, counting, diary,
                                                                              fake_clock):  # fmt: skip
    history = actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    counting.take()
    start = fake_clock.now() - timedelta(minutes=20)
    diary.add_session(SessionRecord("knee-strength", "strength", start, "completed", 12, 12, fake_clock.now()))
    window.diary_changed.emit(kinds.SESSIONS)
    qtbot.waitUntil(lambda: history.loaded)  # History reads off the GUI thread
    assert counting.take() == HOME + HISTORY
    window.diary_changed.emit(kinds.SHOES)  # History shows no shoes
    assert counting.take() == HOME


def test_everything_reloads_every_view_once(qtbot, window, counting):
    history = actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    counting.take()
    window.diary_changed.emit(DiaryChanges.everything())
    qtbot.waitUntil(lambda: history.loaded)
    assert counting.take() == HOME + MORNING + HISTORY  # 11 reads across four views, each view once


def test_clinician_questions_come_with_the_advice_not_from_another_read(window, counting, diary, fake_clock):
    diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=3, locations=("back",)))
    window.diary_changed.emit(kinds.PAIN)
    assert counting.take() == HOME + MORNING
    panel = window.advice_panel
    assert panel.headline.text() == "See a clinician"
    assert not panel.questions.isHidden() and "behind the knee" in panel.questions.text()


def test_coming_back_to_an_unchanged_window_reads_nothing(window, counting):
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    assert counting.take() == Counter()


def _closed_history(qtbot, window, counting):
    history = actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    history.close()
    counting.take()
    return history


def test_re_opening_an_unchanged_history_reads_nothing(qtbot, window, counting):
    _closed_history(qtbot, window, counting)
    history = actions_of(window).open_history()
    assert history.isVisible() and history.loaded  # nothing asked of the worker either
    assert counting.take() == Counter()  # 30 years of diary: the reason re-opening is instant


def test_re_opening_history_reloads_after_a_change_noticed_while_it_was_closed(qtbot, window, counting, diary, fake_clock):
    _closed_history(qtbot, window, counting)
    diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=2))
    window.diary_changed.emit(kinds.PAIN)
    counting.take()  # home and the morning check; History is hidden and only notes it
    history = actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    assert counting.take() == HISTORY
    assert history.model.rowCount() == 1


def test_re_opening_history_reloads_after_a_write_from_outside_and_on_another_day(qtbot, window, counting, data_paths,
                                                                                 fake_clock):  # fmt: skip
    from coach.core.diary.diary import Diary

    _closed_history(qtbot, window, counting)
    with Diary.open(data_paths, fake_clock) as other:  # `coach diary add` while the app runs
        other.add_pain(PainEntry(fake_clock.now(), "after-run", right=3))
    history = actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    assert counting.take() == HISTORY and history.model.rowCount() == 1
    history.close()
    fake_clock.advance(24 * 3600)
    actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    assert counting.take() == HISTORY
