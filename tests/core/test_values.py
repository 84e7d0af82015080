"""Checks and renderings of values read from outside: never an exception, never raw escapes."""

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.errors import Problem
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.values import TOO_LARGE, is_blank, number_problem, printable, quote, show_number, text_problem

ANY_NUMBER = st.integers() | st.integers(min_value=10**300, max_value=10**5000) | st.floats() | st.booleans()


@given(ANY_NUMBER, st.floats(-100, 100), st.floats(-100, 100))
def test_any_number_is_checked_and_shown_without_an_exception(value, low, high):
    problem = number_problem(value, min(low, high), max(low, high))
    assert problem is None or len(problem) < 120
    assert len(show_number(value)) < 40


def test_show_number_says_too_large_instead_of_failing():
    assert show_number(10**5000) == TOO_LARGE  # str() refuses past 4,300 digits
    assert show_number(-(10**400)) == TOO_LARGE
    assert show_number(float("inf")) == TOO_LARGE
    assert show_number(float("nan")) == "nan (not a number)"
    assert show_number(42) == "42" and show_number(2.5) == "2.5"
    assert number_problem(float("nan"), 0, 60) == "must be a number between 0 and 60, not nan (not a number)"
    assert number_problem(10**400, 0, 60) == f"must be between 0 and 60, not {TOO_LARGE}"
    assert number_problem(True, 0, 60) is not None


@given(st.text(st.characters(codec=None)))
def test_printable_text_encodes_and_has_no_control_characters(text):
    shown = printable(text)
    shown.encode("utf-8")
    assert not any(c in shown for c in "\x1b\x00\n\r\x9b\u202e")
    assert quote(text).encode("utf-8") and len(quote(text)) < 80


@given(st.text(st.characters(codec=None), max_size=100))
def test_text_that_passes_is_printable_and_shows_something(text):
    if text_problem(text, 100) is None:
        assert printable(text) == text
        assert not is_blank(text)


@pytest.mark.parametrize("invisible", ["", " ", "\u200b", "\u200c\u200d", "\u2060", "\ufeff", "\u3164", "\u00a0\u2800", "\u034f"])
def test_text_of_only_invisible_characters_counts_as_empty(invisible):
    assert is_blank(invisible)
    assert text_problem(invisible, 60) == "must not be empty"


def test_text_problem_names_what_is_wrong():
    assert "lone surrogate" in text_problem("a\ud800", 60)
    assert "control character (U+001B)" in text_problem("\x1b[31mred", 60)
    assert "changes how text is shown" in text_problem("a\u202eb", 60)
    assert "control character" in text_problem("two\nlines", 60)
    assert text_problem("two\nlines", 60, multiline=True) is None
    assert "61 characters long" in text_problem("a" * 61, 60)
    assert text_problem("Kniebeuge 🦵 日本語", 60) is None


def test_a_problem_prints_escaped_whatever_its_path_and_message_hold():
    shown = str(Problem("/x/\udcff\x1b[2J.yaml", 3, None, "bad \ud800"))
    assert shown == "/x/\\udcff\\x1b[2J.yaml:3: bad \\ud800"


def test_read_regular_reads_a_file_and_refuses_what_is_not_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"12345")
    assert read_regular(path, 5) == b"12345"
    with pytest.raises(UnreadableFile, match="at most"):
        read_regular(path, 4)
    with pytest.raises(UnreadableFile, match="a folder"):
        read_regular(tmp_path, 100)
    with pytest.raises(UnreadableFile, match="cannot read the file"):
        read_regular(tmp_path / "missing", 100)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        with pytest.raises(UnreadableFile, match="named pipe"):
            read_regular(tmp_path / "pipe", 100)
    if Path("/dev/zero").exists():
        with pytest.raises(UnreadableFile, match="a device"):
            read_regular(Path("/dev/zero"), 100)
