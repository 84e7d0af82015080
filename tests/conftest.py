"""Fixtures shared by every test: a private data folder and a fake clock.

The data folder is set through COACH_DATA_DIR so no test ever touches the
real user's folder, whatever code path resolves it.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coach.core.clock import FakeClock  # noqa: E402
from coach.core.diary.diary import Diary  # noqa: E402
from coach.core.paths import DataPaths  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("COACH_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """Tests read the English source texts unless they choose a language themselves
    (COACH_LANG for the CLI's and the app's start-up, use_language for core)."""
    from coach.core.i18n import use_language

    monkeypatch.setenv("COACH_LANG", "en")
    use_language("en")
    yield
    use_language("en")


@pytest.fixture
def data_paths(data_dir) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def diary(data_paths, fake_clock):
    """A fresh diary in the test's private folder, on the fake clock; closed after."""
    opened = Diary.open(data_paths, fake_clock)
    yield opened
    opened.close()


@pytest.fixture
def store(diary):
    """The name STYLE.md uses for the same thing."""
    return diary
