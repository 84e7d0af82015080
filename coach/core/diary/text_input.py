"""Text typed or imported (command line, CSV cells, form fields) turned into values.

Each ``parse_*`` returns the value or raises :class:`InputError` with a one-line
message naming the field, like the checks in ``validate``, which the parsed
values then go through.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time

from coach.core.diary.records import NRS_MAX, UNITS, to_km
from coach.core.diary.validate import (
    check_choices,
    check_count,
    check_distance,
    check_minutes,
    check_nrs,
    check_status,
    date_problem,  # noqa: F401  (re-exported for the entry form)
    subject,
)
from coach.core.errors import InputError
from coach.core.i18n import N_, _
from coach.core.locale_format import decimal_sign
from coach.core.vocabulary import MOMENTS

NUMBER_MAX_CHARS = 32  # the longest text a number field takes; a form cuts a paste to this
# What parse_number's callers name their number ("distance must be a number"): translated where said.
NUMBER_WORDS = (N_("distance"), N_("minutes"), N_("starting distance"), N_("limit"), N_("number"))


def check_date(value: date, field: str = "at", what: str = "") -> date:
    """``value``, or :class:`InputError` when it is before 1900 (see :func:`date_problem`)."""
    problem = date_problem(value, field, what)
    if problem is not None:
        raise problem
    return value


def parse_datetime(text: str, field: str = "at") -> datetime:
    """ISO date or date-time; a date alone means noon that day.

    An offset (``Z``, ``+01:00``) is converted to local time, because the diary
    keeps naive local time.
    """
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(check_date(date.fromisoformat(text), field), time(12, 0))
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            _("{field} must look like 2026-11-23 or 2026-11-23T18:05, not {text!r}").format(
              field=subject(field), text=text), field
        ) from None
    if value.tzinfo is not None:
        try:
            value = value.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):  # 0001-01-01T00:00+01:00 is before year 1 in local time
            raise InputError(_("{field} is out of range ({text!r})").format(field=subject(field), text=text), field) from None
    check_date(value, field)
    return value.replace(microsecond=0)


def parse_date(text: str, field: str = "started") -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(_("{field} must look like 2026-11-23, not {text!r}").format(
                           field=subject(field), text=text), field) from None
    return check_date(value, field)


def parse_nrs(text: str, field: str = "nrs") -> int | None:
    """A 0-10 rating typed as text; empty text means "not rated"."""
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise InputError(_("{field} must be a whole number from 0 to {nrs_max}, not {text!r}").format(
                           field=subject(field), nrs_max=NRS_MAX, text=text), field) from None
    return check_nrs(value, field)


def parse_list(text: str, allowed: Sequence[str], field: str) -> tuple[str, ...]:
    """``front, inside`` or ``front;inside`` → ``("front", "inside")``.

    Case and spaces are forgiven (``Giving way`` is ``giving-way``); repeats
    are dropped; an unknown value is refused with the allowed ones listed.
    """
    values: list[str] = []
    for part in text.replace(";", ",").split(","):
        value = "-".join(part.strip().lower().split())
        if value and value not in values:
            values.append(value)
    check_choices(values, allowed, field)
    return tuple(values)


def parse_number(text: str, field: str, what: str) -> float:
    """A number typed with a decimal point or, as German writes it, a decimal comma ("8,2")."""
    what = _(what)  # one of NUMBER_WORDS
    cleaned = text.strip()
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # 8,2 km typed with a decimal comma
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(_("{what} must be a number, not {text!r}").format(what=what, text=text), field) from None
    if math.isinf(value):  # "1e400": a number, but none a runner could mean
        raise InputError(_("{what} {text!r} is far too large to be meant").format(what=what, text=text.strip()), field)
    if not math.isfinite(value):
        raise InputError(_("{what} must be a number, not {text!r}").format(what=what, text=text), field)
    return value


def number_text(value: float, digits: int = 2) -> str:
    """``value`` as a form shows it for editing: at most ``digits`` decimals, no trailing
    zeros, in the active language's decimal sign ("8.25", German "8,25"), which
    :func:`parse_number` reads back."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace(".", decimal_sign())


def parse_distance(text: str, unit: str = "km", field: str = "distance_km") -> float:
    """A run distance in km or mi → km, rounded to the metre and checked."""
    if unit not in UNITS:
        raise ValueError(_("unknown unit {unit!r}").format(unit=unit))
    value = parse_number(text, field, "distance")
    if value <= 0:
        raise InputError(_("distance must be more than 0, not {strip}").format(strip=text.strip()), field)
    km = round(to_km(value, unit), 3) if unit == "mi" else value
    check_distance(km, field)
    return km


def parse_minutes(text: str, field: str = "minutes") -> float | None:
    """Minutes as ``45``, ``45.5``, ``52:30`` (mm:ss) or ``1:05:30``; empty → None."""
    text = text.strip()
    if not text:
        return None
    if ":" in text:
        parts = text.split(":")
        if len(parts) > 3 or not all(p.isdigit() for p in parts):
            raise InputError(_("minutes must look like 45, 52:30 or 1:05:30, not {text!r}").format(text=text), field)
        numbers = [int(p) for p in parts]
        if any(n > 59 for n in numbers[1:]):
            raise InputError(_("minutes and seconds after a colon go up to 59, not {text!r}").format(text=text), field)
        if len(numbers) == 2:
            minutes = numbers[0] + numbers[1] / 60
        else:
            minutes = numbers[0] * 60 + numbers[1] + numbers[2] / 60
        minutes = round(minutes, 2)
    else:
        minutes = parse_number(text, field, "minutes")
    if minutes <= 0:  # said as typed: "not 0", not "not 0.0"
        raise InputError(_("minutes must be more than 0, not {minutes}").format(minutes=text), field)
    check_minutes(minutes, field)
    return minutes


def parse_int(text: str, field: str) -> int:
    """A whole, non-negative count (steps)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError(_("{field} must be a whole number, not {text!r}").format(
                           field=subject(field), text=text), field) from None
    check_count(value, field)
    return value


def parse_bool(text: str, field: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "yes", "1"):
        return True
    if value in ("false", "no", "0", ""):
        return False
    raise InputError(_("{field} must be true or false, not {text!r}").format(field=subject(field), text=text), field)


def parse_status(text: str, allow_in_progress: bool = False) -> str:
    status = text.strip().lower()
    check_status(status, allow_in_progress)
    return status


def parse_moment(text: str) -> str:
    moment = "-".join(text.strip().lower().split())
    check_choices((moment,), MOMENTS, "moment")
    return moment
