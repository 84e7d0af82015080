"""One exported value read back, by its field's declared kind: a JSON value or CSV text
becomes a record's value, or an InputError in the words every other entry path uses.

Import reads each field through the reader its kind names (``value_readers``), so a new
field of a known kind needs nothing here. Range checks are left to ``validate``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from coach.core.diary import text_input, validate
from coach.core.diary.fields import BOOL, COUNT, DATE, DATETIME, MINUTES, NUMBER, RATING, TEXT, WORDS, Field
from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.values import TOO_LARGE, quote


def _datetime(value: object, key: str) -> datetime:
    if not isinstance(value, str):
        raise InputError(_("expected a date and time as text like 2026-11-23T18:05, not {value}").format(value=quote(value)), key)
    return text_input.parse_datetime(value, key)


def _date(value: object, key: str) -> date:
    if not isinstance(value, str):
        raise InputError(_("expected a date as text like 2026-11-23, not {value}").format(value=quote(value)), key)
    return text_input.parse_date(value, key)


def _text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise InputError(_("expected text, not {value}").format(value=quote(value)), key)
    return value


def _number(value: object, key: str) -> float:
    if isinstance(value, str):
        return text_input.parse_number(value, key, "number")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(_("expected a number, not {value}").format(value=quote(value)), key)
    try:
        number = float(value)
    except OverflowError:  # an int of 309+ digits
        raise InputError(_("expected a number, not {too_large}").format(too_large=_(TOO_LARGE)), key) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InputError(_("expected a number, not {value}").format(value=quote(value)), key)
    return number


def _minutes(value: object, key: str) -> float | None:
    return text_input.parse_minutes(value, key) if isinstance(value, str) else _number(value, key)


def _nrs(value: object, key: str) -> int | None:
    return text_input.parse_nrs(value, key) if isinstance(value, str) else validate.check_nrs(value, key)


def _count(value: object, key: str) -> int:
    if isinstance(value, str):
        return text_input.parse_int(value, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(_("expected a whole number, not {value}").format(value=quote(value)), key)
    return value


def _flag(value: object, key: str) -> bool:
    if isinstance(value, str):
        return text_input.parse_bool(value, key)
    if not isinstance(value, bool):
        raise InputError(_("expected true or false, not {value}").format(value=quote(value)), key)
    return value


def _choices(allowed: tuple[str, ...]) -> Callable[[object, str], tuple[str, ...]]:
    def convert(value: object, key: str) -> tuple[str, ...]:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ";".join(value)
        if not isinstance(value, str):
            raise InputError(_("expected a list of names, not {value}").format(value=quote(value)), key)
        return text_input.parse_list(value, allowed, key)

    return convert


def value_readers() -> dict[str, Callable[[Field], Callable[[object, str], object]]]:
    """How each kind of field is read from a JSON value or a CSV cell."""
    return {DATETIME: lambda f: _datetime, DATE: lambda f: _date, TEXT: lambda f: _text, NUMBER: lambda f: _number,
            MINUTES: lambda f: _minutes, RATING: lambda f: _nrs, COUNT: lambda f: _count, BOOL: lambda f: _flag,
            WORDS: lambda f: _choices(f.choices)}  # fmt: skip
