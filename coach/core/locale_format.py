"""Numbers and dates for people, in the active language's format (no Qt).

English keeps the app's own formats (``11.5 km``, ``Mon 16 Nov``) without
importing Babel, so start-up in English pays nothing; other languages ask
Babel for their decimal sign and month and weekday names (``11,5 km``,
``Mo., 16. Nov.``). Exports (JSON, CSV, iCalendar) never come through here:
they stay locale-independent.
"""

from __future__ import annotations

from datetime import date

from coach.core.i18n import SOURCE_LANGUAGE, active_language

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Babel patterns per language for the three ways a date is shown.
_PATTERNS = {
    "de": {"day": "EEE, d. MMM", "date": "d. MMM y", "numeric": "dd.MM.y", "weekday": "EEE", "month": "MMM y"},
}


def number(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals: ``11.5`` in English, ``11,5`` in German.

    Rounded as Python rounds (``f"{value:.1f}"``) in every language, so the German
    text says the same figure as the English one."""
    text = f"{value:.{digits}f}"
    language = active_language()
    if language == SOURCE_LANGUAGE or "." not in text:
        return text
    from babel.numbers import get_decimal_symbol

    return text.replace(".", get_decimal_symbol(language))


def count(value: int) -> str:
    """A whole number with the language's thousands sign: ``2,000`` in English, ``2.000`` in German."""
    text = f"{value:,}"
    language = active_language()
    if language == SOURCE_LANGUAGE:
        return text
    from babel.numbers import get_group_symbol

    return text.replace(",", get_group_symbol(language))


def decimal_sign() -> str:
    """The active language's decimal sign (what a number typed in may use besides '.')."""
    language = active_language()
    if language == SOURCE_LANGUAGE:
        return "."
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(language)


def _babel(day: date, kind: str) -> str | None:
    language = active_language()
    pattern = _PATTERNS.get(language, {}).get(kind)
    if pattern is None:
        return None
    from babel.dates import format_date

    return format_date(day, pattern, locale=language)


def short_day(day: date) -> str:
    """``Mon 16 Nov`` / ``Mo., 16. Nov.``: a day within the last weeks, with its weekday."""
    return _babel(day, "day") or f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def medium_date(day: date) -> str:
    """``3 Dec 2026`` / ``3. Dez. 2026``."""
    return _babel(day, "date") or f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def numeric_date(day: date) -> str:
    """``2026-12-03`` / ``03.12.2026``: a date in a table or a list."""
    return _babel(day, "numeric") or day.isoformat()


def weekday(day: date) -> str:
    """``Mon`` / ``Mo.``."""
    return _babel(day, "weekday") or _WEEKDAYS[day.weekday()]
