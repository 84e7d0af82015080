"""Helpers for the diary's GUI tests: a main window on a temporary diary.

The window fixtures (``make_window``, ``window``) live in tests/ui/conftest.py;
these are the plain helpers test modules import.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.ui.diary.actions import DiaryActions
from coach.ui.main_window import MainWindow


def actions_of(window: MainWindow) -> DiaryActions:
    found = window.findChild(DiaryActions)
    assert found is not None, "diary_actions.install() did not run"
    return found


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def days_ago(now: datetime, days: int, hour: int = 18) -> datetime:
    return (now - timedelta(days=days)).replace(hour=hour, minute=0, second=0)


def fill_weeks(diary: Diary, now: datetime, days: int = 28) -> None:
    """A few weeks of ordinary training: runs every other day with low pain,
    strength twice a week, one pair of shoes."""
    diary.add_shoe(Shoe("Trail 3", (now - timedelta(days=days + 30)).date(), 100.0))
    for k in range(days, 0, -1):
        if k % 2 == 0:
            diary.add_run(Run(days_ago(now, k), 5.0 + k % 3, 30.0, "Trail 3"))
            diary.add_pain(PainEntry(days_ago(now, k, 19), "after-run", left=1, right=2, locations=("front",)))
        if k % 7 in (1, 4):
            start = days_ago(now, k, 8)
            diary.add_session(SessionRecord("knee-strength", "strength", start, "completed", 12, 12,
                                            start + timedelta(minutes=20)))  # fmt: skip
