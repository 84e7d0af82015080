"""Checks at the boundary: everything typed, imported or handed to the diary.

Each ``check_*`` raises :class:`InputError` (message, field) for the first
problem; each ``problems_*`` returns every problem of one record, which is what
an import report needs. The ``parse_*`` helpers turn command-line and CSV text
into values and refuse with the same kind of one-line message.

Field names are the export's keys (``left``, ``distance_km``, ``routine``...),
so an import report can say ``line 4: left: ...`` and a form can put the
message beside the right widget.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta

from coach.core.errors import InputError
from coach.core.records import (
    CHARACTERS,
    FLAGS,
    IN_PROGRESS,
    KM_PER_MILE,
    LOCATIONS,
    MOMENTS,
    NOTE_MAX_CHARS,
    NRS_MAX,
    SESSION_STATUSES,
    PainEntry,
    Run,
    SessionRecord,
    Shoe,
)

CLOCK_SKEW = timedelta(minutes=1)
EARLIEST_YEAR = 1900
MAX_DISTANCE_KM = 500.0
MAX_SHOE_START_KM = 5000.0
MAX_MINUTES = 48 * 60.0
# Faster than 25 km/h (2:24 min/km) is faster than any road record from 5 km up:
# such a pair of distance and time is a typing slip (50 for 5.0, 3 for 30).
MAX_SPEED_KMH = 25.0
NAME_MAX_CHARS = 80
ROUTINE_ID_MAX_CHARS = 200
MAX_COUNT = 100_000  # steps done / total, plan position


_SUBJECTS = {
    "at": "the date",
    "left": "left knee pain",
    "right": "right knee pain",
    "distance_km": "distance",
    "start_km": "starting distance",
    "locations": "location",
    "characters": "character",
    "flags": "flag",
}


def _subject(field: str) -> str:
    """How a message names a field: ``left`` → "left knee pain"."""
    return _SUBJECTS.get(field, field.replace("_", " "))


# -- single values ---------------------------------------------------------


def _nrs_problems(value: object, field: str) -> Iterator[InputError]:
    side = _subject(field)
    if isinstance(value, bool) or not isinstance(value, int):
        yield InputError(f"{side} must be a whole number from 0 to {NRS_MAX}, not {value!r}", field)
    elif not 0 <= value <= NRS_MAX:
        yield InputError(f"{side} must be from 0 to {NRS_MAX}, not {value}", field)


def check_nrs(value: object, field: str = "nrs") -> int:
    """A 0-10 numeric rating scale value; returns it."""
    for problem in _nrs_problems(value, field):
        raise problem
    return value  # type: ignore[return-value]


def _when_problems(at: object, now: datetime, field: str) -> Iterator[InputError]:
    what = _subject(field)
    if not isinstance(at, datetime):
        yield InputError(f"{what} must be a date and time, not {at!r}", field)
    elif at.tzinfo is not None:
        yield InputError(f"{what} must be local time without a time zone", field)
    elif at > now + CLOCK_SKEW:
        yield InputError(f"{what} is in the future ({at:%Y-%m-%d %H:%M}); it is now {now:%Y-%m-%d %H:%M}", field)
    elif at.year < EARLIEST_YEAR:
        yield InputError(f"{what} is too far in the past ({at:%Y-%m-%d})", field)


def check_when(at: datetime, now: datetime, field: str = "at") -> None:
    """Refuse a time in the future (a minute of clock skew is allowed)."""
    for problem in _when_problems(at, now, field):
        raise problem


def _choice_problems(values: Iterable[str], allowed: Sequence[str], field: str) -> Iterator[InputError]:
    if isinstance(values, str):
        values = (values,)
    for value in values:
        if value not in allowed:
            yield InputError(f"unknown {_subject(field)} {value!r}; allowed: {', '.join(allowed)}", field)
            return


def check_choices(values: Iterable[str], allowed: Sequence[str], field: str) -> None:
    """Every value must be one of ``allowed``; the message lists them."""
    for problem in _choice_problems(values, allowed, field):
        raise problem


def _not_text(value: str) -> bool:
    """Lone surrogates: undecodable bytes from a terminal or file not set to UTF-8
    (Python's argv) or a JSON escape like "\\udcff". SQLite cannot store them."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _garbled(field: str) -> InputError:
    return InputError(f"{_subject(field)} contains characters that are not valid text "
                      "(is the terminal or the file set to UTF-8?)", field)  # fmt: skip


def _note_problems(note: object, field: str = "note") -> Iterator[InputError]:
    if not isinstance(note, str):
        yield InputError(f"{_subject(field)} must be text", field)
    elif _not_text(note):
        yield _garbled(field)
    elif len(note) > NOTE_MAX_CHARS:
        yield InputError(f"{_subject(field)} is {len(note):,} characters long; the limit is {NOTE_MAX_CHARS:,}", field)


def check_note(note: str, field: str = "note") -> None:
    for problem in _note_problems(note, field):
        raise problem


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _distance_problems(km: object, field: str = "distance_km", limit: float = MAX_DISTANCE_KM) -> Iterator[InputError]:
    number = _number(km)
    if number is None or math.isnan(number):
        yield InputError(f"distance must be a number of kilometres, not {km!r}", field)
    elif number <= 0:
        yield InputError(f"distance must be more than 0, not {km}", field)
    elif number > limit:
        yield InputError(f"distance of {km} km is not plausible (the limit is {limit:g} km)", field)


def check_distance(km: float, field: str = "distance_km") -> None:
    """A run distance in km: more than 0, at most 500."""
    for problem in _distance_problems(km, field):
        raise problem


def _minutes_problems(minutes: object, field: str = "minutes") -> Iterator[InputError]:
    if minutes is None:
        return
    number = _number(minutes)
    if number is None or math.isnan(number):
        yield InputError(f"minutes must be a number, not {minutes!r}", field)
    elif number <= 0:
        yield InputError(f"minutes must be more than 0, not {minutes}", field)
    elif number > MAX_MINUTES:
        yield InputError(f"{minutes} minutes is not plausible (the limit is {MAX_MINUTES:g})", field)


def _name_problems(name: object, field: str, optional: bool = False) -> Iterator[InputError]:
    if name is None and optional:
        return
    if not isinstance(name, str) or not name.strip():
        yield InputError(f"{_subject(field)} must be a non-empty name", field)
    elif _not_text(name):
        yield _garbled(field)
    elif len(name) > NAME_MAX_CHARS:
        yield InputError(f"{_subject(field)} is longer than {NAME_MAX_CHARS} characters", field)
    elif name != name.strip():
        yield InputError(f"{_subject(field)} has leading or trailing spaces", field)


def _count_problems(value: object, field: str) -> Iterator[InputError]:
    if isinstance(value, bool) or not isinstance(value, int):
        yield InputError(f"{_subject(field)} must be a whole number, not {value!r}", field)
    elif value < 0:
        yield InputError(f"{_subject(field)} cannot be negative ({value})", field)
    elif value > MAX_COUNT:  # SQLite stores at most 2**63 - 1; no routine comes near this
        yield InputError(f"{_subject(field)} of {value} is not plausible (the limit is {MAX_COUNT:,})", field)


def check_status(status: str, allow_in_progress: bool = False) -> None:
    """A session status: completed, stopped, stopped-for-pain, interrupted."""
    allowed = SESSION_STATUSES + ((IN_PROGRESS,) if allow_in_progress else ())
    check_choices((status,), allowed, "status")


# -- whole records ---------------------------------------------------------


def problems_pain(entry: PainEntry, now: datetime) -> list[InputError]:
    """Every problem with one pain entry."""
    found = list(_when_problems(entry.at, now, "at"))
    found += _choice_problems((entry.moment,), MOMENTS, "moment")
    if entry.left is None and entry.right is None:
        found.append(InputError("rate at least one knee (left or right, 0-10)", "left"))
    for side in ("left", "right"):
        value = getattr(entry, side)
        if value is not None:
            found += _nrs_problems(value, side)
    found += _choice_problems(entry.locations, LOCATIONS, "locations")
    found += _choice_problems(entry.characters, CHARACTERS, "characters")
    found += _choice_problems(entry.flags, FLAGS, "flags")
    found += _note_problems(entry.note)
    return found


def problems_run(run: Run, now: datetime) -> list[InputError]:
    """Every problem with one run."""
    found = list(_when_problems(run.at, now, "at"))
    distance, minutes = list(_distance_problems(run.distance_km)), list(_minutes_problems(run.minutes))
    found += distance + minutes
    if not distance and not minutes and run.minutes is not None:
        speed = run.distance_km / (run.minutes / 60)
        if speed > MAX_SPEED_KMH:
            found.append(InputError(
                f"{run.distance_km:g} km in {run.minutes:g} min would be {speed:.0f} km/h, faster than anyone runs "
                f"(the limit is {MAX_SPEED_KMH:g} km/h): check the distance and the time", "distance_km"))  # fmt: skip
    found += _name_problems(run.shoes, "shoes", optional=True)
    return found


def problems_session(record: SessionRecord, now: datetime, allow_in_progress: bool = False) -> list[InputError]:
    """Every problem with one session record (``routine`` is its id's field)."""
    found: list[InputError] = []
    if not isinstance(record.routine_id, str) or not record.routine_id.strip():
        found.append(InputError("routine must be a routine id", "routine"))
    elif len(record.routine_id) > ROUTINE_ID_MAX_CHARS:
        found.append(InputError(f"routine id is longer than {ROUTINE_ID_MAX_CHARS} characters", "routine"))
    elif _not_text(record.routine_id):
        found.append(_garbled("routine"))
    if not isinstance(record.focus, str):
        found.append(InputError("focus must be text", "focus"))
    elif _not_text(record.focus):
        found.append(_garbled("focus"))
    if not isinstance(record.routine_hash, str):
        found.append(InputError("routine_hash must be text", "routine_hash"))
    elif _not_text(record.routine_hash):
        found.append(_garbled("routine_hash"))
    allowed = SESSION_STATUSES + ((IN_PROGRESS,) if allow_in_progress else ())
    found += _choice_problems((record.status,), allowed, "status")
    found += _when_problems(record.started, now, "started")
    if record.ended is not None:
        ended = list(_when_problems(record.ended, now, "ended"))
        found += ended
        if not ended and isinstance(record.started, datetime) and record.ended < record.started:
            found.append(InputError(f"ended ({record.ended:%Y-%m-%d %H:%M}) is before started", "ended"))
    found += _count_problems(record.steps_done, "steps_done")
    found += _count_problems(record.steps_total, "steps_total")
    found += _count_problems(record.position, "position")
    if not found and record.steps_done > record.steps_total:
        found.append(
            InputError(f"steps_done ({record.steps_done}) is more than steps_total ({record.steps_total})", "steps_done")
        )
    return found


def problems_shoe(shoe: Shoe, now: datetime) -> list[InputError]:
    """Every problem with one pair of shoes (``distance_km`` is the starting distance)."""
    found = list(_name_problems(shoe.name, "name"))
    if not isinstance(shoe.started, date) or isinstance(shoe.started, datetime):
        found.append(InputError(f"started must be a date, not {shoe.started!r}", "started"))
    elif shoe.started > now.date():
        found.append(InputError(f"started is in the future ({shoe.started})", "started"))
    number = _number(shoe.distance_km)
    if number is None or math.isnan(number) or number < 0:
        found.append(InputError(f"starting distance must be 0 or more km, not {shoe.distance_km!r}", "start_km"))
    elif number > MAX_SHOE_START_KM:
        found.append(InputError(f"starting distance over {MAX_SHOE_START_KM:g} km is not plausible", "start_km"))
    if not isinstance(shoe.retired, bool):
        found.append(InputError("retired must be true or false", "retired"))
    return found


def _raise_first(found: list[InputError]) -> None:
    if found:
        raise found[0]


def check_pain(entry: PainEntry, now: datetime) -> None:
    _raise_first(problems_pain(entry, now))


def check_run(run: Run, now: datetime) -> None:
    _raise_first(problems_run(run, now))


def check_session(record: SessionRecord, now: datetime, allow_in_progress: bool = False) -> None:
    _raise_first(problems_session(record, now, allow_in_progress))


def check_shoe(shoe: Shoe, now: datetime) -> None:
    _raise_first(problems_shoe(shoe, now))


# -- parsers for text (command line, CSV) -----------------------------------


def parse_datetime(text: str, field: str = "at") -> datetime:
    """ISO date or date-time; a date alone means noon that day.

    An offset (``Z``, ``+01:00``) is converted to local time, because the diary
    keeps naive local time.
    """
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(12, 0))
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"{_subject(field)} must look like 2026-11-23 or 2026-11-23T18:05, not {text!r}", field
        ) from None
    if value.tzinfo is not None:
        try:
            value = value.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):  # 0001-01-01T00:00+01:00 is before year 1 in local time
            raise InputError(f"{_subject(field)} is out of range ({text!r})", field) from None
    return value.replace(microsecond=0)


def parse_date(text: str, field: str = "started") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{_subject(field)} must look like 2026-11-23, not {text!r}", field) from None


def parse_nrs(text: str, field: str = "nrs") -> int | None:
    """A 0-10 rating typed as text; empty text means "not rated"."""
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise InputError(f"{_subject(field)} must be a whole number from 0 to {NRS_MAX}, not {text!r}", field) from None
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
    cleaned = text.strip()
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # 8,2 km typed with a decimal comma
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{what} must be a number, not {text!r}", field) from None
    if not math.isfinite(value):
        raise InputError(f"{what} must be a number, not {text!r}", field)
    return value


def parse_distance(text: str, unit: str = "km", field: str = "distance_km") -> float:
    """A run distance in km or mi → km, rounded to the metre and checked."""
    if unit not in ("km", "mi"):
        raise ValueError(f"unknown unit {unit!r}")
    value = parse_number(text, field, "distance")
    if value <= 0:
        raise InputError(f"distance must be more than 0, not {text.strip()}", field)
    km = round(value * KM_PER_MILE, 3) if unit == "mi" else value
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
            raise InputError(f"minutes must look like 45, 52:30 or 1:05:30, not {text!r}", field)
        numbers = [int(p) for p in parts]
        if any(n > 59 for n in numbers[1:]):
            raise InputError(f"minutes and seconds after a colon go up to 59, not {text!r}", field)
        if len(numbers) == 2:
            minutes = numbers[0] + numbers[1] / 60
        else:
            minutes = numbers[0] * 60 + numbers[1] + numbers[2] / 60
        minutes = round(minutes, 2)
    else:
        minutes = parse_number(text, field, "minutes")
    for problem in _minutes_problems(minutes, field):
        raise problem
    return minutes


def parse_int(text: str, field: str) -> int:
    """A whole, non-negative count (steps)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise InputError(f"{_subject(field)} must be a whole number, not {text!r}", field) from None
    for problem in _count_problems(value, field):
        raise problem
    return value


def parse_bool(text: str, field: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "yes", "1"):
        return True
    if value in ("false", "no", "0", ""):
        return False
    raise InputError(f"{_subject(field)} must be true or false, not {text!r}", field)


def parse_status(text: str, allow_in_progress: bool = False) -> str:
    status = text.strip().lower()
    check_status(status, allow_in_progress)
    return status


def parse_moment(text: str) -> str:
    moment = "-".join(text.strip().lower().split())
    check_choices((moment,), MOMENTS, "moment")
    return moment
