"""Fixtures for core tests: an opened diary in the test's private data folder."""

from __future__ import annotations

import pytest

from coach.core.diary import Diary


@pytest.fixture
def diary(data_paths, fake_clock):
    """A fresh diary on the fake clock, closed after the test."""
    store = Diary.open(data_paths, fake_clock)
    yield store
    store.close()


@pytest.fixture
def store(diary):
    """The name STYLE.md uses for the same thing."""
    return diary
