"""German writes 8,2 km: typed numbers take a decimal comma or a point in every language,
and a number a form shows for editing uses the language's sign, so it reads back the same."""

from __future__ import annotations

import pytest

from coach.core.diary import text_input
from coach.core.errors import InputError
from coach.core.i18n import speaking


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("typed", "km"), [("8,2", 8.2), ("8.2", 8.2), (" 12,75 ", 12.75), ("10", 10.0)])
def test_a_distance_takes_a_comma_or_a_point(language, typed, km):
    with speaking(language):
        assert text_input.parse_distance(typed) == km


def test_minutes_take_a_comma_too():
    assert text_input.parse_minutes("45,5") == 45.5
    assert text_input.parse_minutes("52:30") == 52.5


@pytest.mark.parametrize("typed", ["8,2,1", "1.234,5", ",", "acht"])
def test_a_number_that_is_not_one_is_refused_in_the_users_words(typed):
    with speaking("de"), pytest.raises(InputError) as refused:
        text_input.parse_distance(typed)
    assert str(refused.value).startswith("die Strecke muss eine Zahl sein")


def test_a_number_shown_for_editing_uses_the_languages_sign_and_reads_back():
    with speaking("de"):
        assert text_input.number_text(8.25) == "8,25"
        assert text_input.number_text(10.0) == "10"
        assert text_input.parse_distance(text_input.number_text(8.25)) == 8.25
    with speaking("en"):
        assert text_input.number_text(8.25) == "8.25"
        assert text_input.number_text(8.2) == "8.2"
