"""Checks at the boundary: everything typed, imported or handed to the diary.

Each ``check_*`` raises :class:`InputError` (message, field) for the first
problem; each ``problems_*`` returns every problem of one record, which is what
an import report needs. Text typed or imported is turned into values by
``text_input``, which refuses with the same kind of one-line message.

Field names are the export's keys (``left``, ``distance_km``, ``routine``...),
so an import report can say ``line 4: left: ...`` and a form can put the
message beside the right widget.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta

from coach.core.diary.fields import NAME_MAX_CHARS as NAME_MAX_CHARS  # the shoes dialog cuts a typed name to it
from coach.core.diary.fields import NUMBER, RATING, TEXT, Field, field_subjects, kind, spec
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.vocabulary import IN_PROGRESS

CLOCK_SKEW = timedelta(minutes=1)
EARLIEST_YEAR = 1900
# Faster than 25 km/h (2:24 min/km) is faster than any road record from 5 km up:
# such a pair of distance and time is a typing slip (50 for 5.0, 3 for 30).
# Every other range (distance, minutes, ratings, counts, shoes, words) is the declaration's
# (coach.core.diary.fields): ``spec(kind, key).low / .high / .choices``.
MAX_SPEED_KMH = 25.0


def _high(plural: str, key: str) -> float:
    high = spec(plural, key).high
    assert high is not None, f"{plural}.{key} declares no upper limit"
    return high


def _low(plural: str, key: str) -> float:
    low = spec(plural, key).low
    return 0.0 if low is None else low


def _choices(plural: str, key: str) -> tuple[str, ...]:
    return spec(plural, key).choices



def subject(field: str) -> str:
    """How a message names a field: ``left`` → "left knee pain" (the declaration's ``subject``)."""
    known = field_subjects().get(field)
    return _(known) if known else field.replace("_", " ")


# -- single values ---------------------------------------------------------


def _nrs_problems(value: object, field: str) -> Iterator[InputError]:
    side = subject(field)
    nrs_max = int(_high("pain", "left"))  # every rating is 0-10: the knees' as declared
    if isinstance(value, bool) or not isinstance(value, int):
        yield InputError(_("{side} must be a whole number from 0 to {nrs_max}, not {value!r}").format(
                           side=side, nrs_max=nrs_max, value=value), field)
    elif not 0 <= value <= nrs_max:
        yield InputError(_("{side} must be from 0 to {nrs_max}, not {value}").format(
                           side=side, nrs_max=nrs_max, value=value), field)


def check_nrs(value: object, field: str = "nrs") -> int:
    """A 0-10 numeric rating scale value; returns it."""
    for problem in _nrs_problems(value, field):
        raise problem
    return value  # type: ignore[return-value]


def date_problem(value: date, field: str = "at", what: str = "") -> InputError | None:
    """Why a typed date is refused: before 1900 it is a slip (0026 for 2026, 1026 for 2026),
    and nothing a runner logs is that old. Every typed date (form, command line, import,
    shoes) comes through here or :func:`check_date`, so the message is the same everywhere."""
    if value.year >= EARLIEST_YEAR:
        return None
    shown = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return InputError(_("{what} must be 1 January {earliest_year} or later, not {shown}").format(
                        what=what or subject(field), earliest_year=EARLIEST_YEAR, shown=shown), field)


def _when_problems(at: object, now: datetime, field: str) -> Iterator[InputError]:
    what = subject(field)
    if not isinstance(at, datetime):
        yield InputError(_("{what} must be a date and time, not {at!r}").format(what=what, at=at), field)
    elif at.tzinfo is not None:
        yield InputError(_("{what} must be local time without a time zone").format(what=what), field)
    elif at > now + CLOCK_SKEW:
        yield InputError(_("{what} is in the future ({at:%Y-%m-%d %H:%M}); it is now {now:%Y-%m-%d %H:%M}").format(
                           what=what, at=at, now=now), field)
    elif (too_old := date_problem(at.date(), field)) is not None:
        yield too_old  # the one wording of the 1900 rule


def check_when(at: datetime, now: datetime, field: str = "at") -> None:
    """Refuse a time in the future (a minute of clock skew is allowed)."""
    for problem in _when_problems(at, now, field):
        raise problem


def _choice_problems(values: Iterable[str], allowed: Sequence[str], field: str) -> Iterator[InputError]:
    if isinstance(values, str):
        values = (values,)
    for value in values:
        if value not in allowed:
            yield InputError(_("unknown {field} {value!r}; allowed: {items}").format(
                               field=subject(field), value=value, items=', '.join(allowed)), field)
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
    return InputError(_("{field} contains characters that are not valid text (is the terminal or the file set to UTF-8?)").format(
                        field=subject(field)), field)  # fmt: skip


def _note_problems(note: object, field: str = "note") -> Iterator[InputError]:
    if not isinstance(note, str):
        yield InputError(_("{field} must be text").format(field=subject(field)), field)
    elif _not_text(note):
        yield _garbled(field)
    elif any((char < " " and char not in "\n\r\t") or "\x7f" <= char <= "\x9f" for char in note):
        yield InputError(_("{field} contains a control character (a terminal escape code?); line breaks and tabs are "
                           "fine, other control characters are not").format(field=subject(field)), field)  # fmt: skip
    elif len(note) > (limit := int(_high("pain", "note"))):
        yield InputError(_("{field} is {note_count:,} characters long; the limit is {note_max_chars:,}").format(
                           field=subject(field), note_count=len(note), note_max_chars=limit), field)


def check_note(note: str, field: str = "note") -> None:
    for problem in _note_problems(note, field):
        raise problem


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _distance_problems(km: object, field: str = "distance_km") -> Iterator[InputError]:
    number, limit = _number(km), _high("runs", "distance_km")
    if number is None or math.isnan(number):
        yield InputError(_("distance must be a number of kilometres, not {km!r}").format(km=km), field)
    elif number <= 0:
        yield InputError(_("distance must be more than 0, not {km}").format(km=km), field)
    elif number > limit:
        yield InputError(_("distance of {km} km is not plausible (the limit is {limit:g} km)").format(km=km, limit=limit), field)


def check_distance(km: float, field: str = "distance_km") -> None:
    """A run distance in km: more than 0, at most 500."""
    for problem in _distance_problems(km, field):
        raise problem


def _minutes_problems(minutes: object, field: str = "minutes") -> Iterator[InputError]:
    if minutes is None:
        return
    number = _number(minutes)
    if number is None or math.isnan(number):
        yield InputError(_("minutes must be a number, not {minutes!r}").format(minutes=minutes), field)
    elif number <= 0:
        yield InputError(_("minutes must be more than 0, not {minutes}").format(minutes=minutes), field)
    elif number > (limit := _high("runs", "minutes")):
        yield InputError(_("{minutes} minutes is not plausible (the limit is {max_minutes:g})").format(
                           minutes=minutes, max_minutes=limit), field)


def _name_problems(name: object, field: str, optional: bool = False, limit: int = NAME_MAX_CHARS) -> Iterator[InputError]:
    if name is None and optional:
        return
    if not isinstance(name, str) or not name.strip():
        yield InputError(_("{field} must be a non-empty name").format(field=subject(field)), field)
    elif _not_text(name):
        yield _garbled(field)
    elif len(name) > limit:
        yield InputError(_("{field} is longer than {name_max_chars} characters").format(
                           field=subject(field), name_max_chars=limit), field)
    elif name != name.strip():
        yield InputError(_("{field} has leading or trailing spaces").format(field=subject(field)), field)


def _count_problems(value: object, field: str) -> Iterator[InputError]:
    max_count = int(_high("sessions", field))
    if isinstance(value, bool) or not isinstance(value, int):
        yield InputError(_("{field} must be a whole number, not {value!r}").format(field=subject(field), value=value), field)
    elif value < 0:
        yield InputError(_("{field} cannot be negative ({value})").format(field=subject(field), value=value), field)
    elif value > max_count:  # SQLite stores at most 2**63 - 1; no routine comes near this
        yield InputError(_("{field} of {value} is not plausible (the limit is {max_count:,})").format(
                           field=subject(field), value=value, max_count=max_count), field)


def check_minutes(minutes: float, field: str = "minutes") -> None:
    """A run's time in minutes: more than 0, at most two days."""
    for problem in _minutes_problems(minutes, field):
        raise problem


def check_count(value: int, field: str) -> None:
    """A whole count (steps done, steps in all): 0 up to a sane maximum."""
    for problem in _count_problems(value, field):
        raise problem


def check_status(status: str, allow_in_progress: bool = False) -> None:
    """A session status: completed, stopped, stopped-for-pain, interrupted."""
    check_choices((status,), _statuses(allow_in_progress), "status")


def _statuses(allow_in_progress: bool) -> tuple[str, ...]:
    """The declared statuses; "in progress" only for a session still being played (or imported)."""
    return tuple(s for s in _choices("sessions", "status") if allow_in_progress or s != IN_PROGRESS)


# -- whole records ---------------------------------------------------------


def problems_pain(entry: PainEntry, now: datetime) -> list[InputError]:
    """Every problem with one pain entry."""
    found = list(_when_problems(entry.at, now, "at"))
    found += _choice_problems((entry.moment,), _choices("pain", "moment"), "moment")
    if entry.left is None and entry.right is None:
        found.append(InputError(_("rate at least one knee (left or right, 0-10)"), "left"))
    for side in ("left", "right"):
        value = getattr(entry, side)
        if value is not None:
            found += _nrs_problems(value, side)
    for words in ("locations", "characters", "flags"):
        found += _choice_problems(getattr(entry, words), _choices("pain", words), words)
    found += _note_problems(entry.note)
    return found


def problems_run(run: Run, now: datetime) -> list[InputError]:
    """Every problem with one run."""
    found = list(_when_problems(run.at, now, "at"))
    distance, minutes = list(_distance_problems(run.distance_km)), list(_minutes_problems(run.minutes))
    found += distance + minutes
    if not distance and not minutes and run.minutes is not None:
        hours = run.minutes / 60  # a denormal number of minutes gives 0.0 hours: no division by it
        if run.distance_km > MAX_SPEED_KMH * hours:
            speed = run.distance_km / hours if hours else float("inf")
            found.append(InputError(
                _("{distance_km:g} km in {minutes:g} min would be {speed:.0f} km/h, faster than anyone runs (the limit "
                  "is {max_speed_kmh:g} km/h): check the distance and the time").format(
                  distance_km=run.distance_km, minutes=run.minutes, speed=speed, max_speed_kmh=MAX_SPEED_KMH),
                "distance_km"))  # fmt: skip
    found += _name_problems(run.shoes, "shoes", optional=True)
    found += _rating_problems(run, "runs")
    for f in kind("runs").fields:
        if f.kept:  # where an imported run came from: set by an import, or read back from an export
            found += _kept_problems(getattr(run, f.name), f)
    return found


def _kept_problems(value: object, f: Field) -> list[InputError]:
    """An imported run's source, device, gear (text) or heart rate and climb (numbers), when set."""
    if value is None:
        return []
    if f.kind == TEXT:
        if not isinstance(value, str):
            return [InputError(_("{field} must be text").format(field=subject(f.key)), f.key)]
        if _not_text(value):
            return [_garbled(f.key)]
        if f.high is not None and len(value) > f.high:
            return [InputError(_("{field} is {note_count:,} characters long; the limit is {note_max_chars:,}").format(
                                 field=subject(f.key), note_count=len(value), note_max_chars=int(f.high)), f.key)]
        return []
    assert f.kind == NUMBER
    number, low = _number(value), f.low or 0.0
    if number is None or math.isnan(number) or number < low or (f.high is not None and number > f.high):
        if f.high is None:
            return [InputError(_("{field} must be a number of at least {low:g}, not {value!r}").format(
                                 field=subject(f.key), low=low, value=value), f.key)]
        return [InputError(_("{field} must be a number from {low:g} to {high:g}, not {value!r}").format(
                             field=subject(f.key), low=low, high=f.high, value=value), f.key)]
    return []


def _rating_problems(record: object, plural: str) -> list[InputError]:
    """Every declared 0-10 rating of a run or session that is set (effort): one rule for all of them."""
    found: list[InputError] = []
    for f in kind(plural).fields:
        if f.kind == RATING and (value := getattr(record, f.name)) is not None:
            found += _nrs_problems(value, f.key)
    return found


def problems_session(record: SessionRecord, now: datetime, allow_in_progress: bool = False) -> list[InputError]:
    """Every problem with one session record (``routine`` is its id's field)."""
    found: list[InputError] = []
    if not isinstance(record.routine_id, str) or not record.routine_id.strip():
        found.append(InputError(_("routine must be a routine id"), "routine"))
    elif len(record.routine_id) > (limit := int(_high("sessions", "routine"))):
        found.append(InputError(_("routine id is longer than {routine_id_max_chars} characters").format(
                                  routine_id_max_chars=limit), "routine"))
    elif _not_text(record.routine_id):
        found.append(_garbled("routine"))
    if not isinstance(record.focus, str):
        found.append(InputError(_("focus must be text"), "focus"))
    elif _not_text(record.focus):
        found.append(_garbled("focus"))
    if not isinstance(record.routine_hash, str):
        found.append(InputError(_("routine_hash must be text"), "routine_hash"))
    elif _not_text(record.routine_hash):
        found.append(_garbled("routine_hash"))
    found += _choice_problems((record.status,), _statuses(allow_in_progress), "status")
    found += _when_problems(record.started, now, "started")
    if record.ended is not None:
        ended = list(_when_problems(record.ended, now, "ended"))
        found += ended
        if not ended and isinstance(record.started, datetime) and record.ended < record.started:
            found.append(InputError(_("ended ({ended:%Y-%m-%d %H:%M}) is before started").format(ended=record.ended), "ended"))
    found += _count_problems(record.steps_done, "steps_done")
    found += _count_problems(record.steps_total, "steps_total")
    found += _count_problems(record.position, "position")  # declared with the session, never exported
    found += _rating_problems(record, "sessions")
    if not found and record.steps_done > record.steps_total:
        found.append(
            InputError(_("steps_done ({steps_done}) is more than steps_total ({steps_total})").format(
                         steps_done=record.steps_done, steps_total=record.steps_total), "steps_done")
        )
    return found


def problems_shoe(shoe: Shoe, now: datetime) -> list[InputError]:
    """Every problem with one pair of shoes (``distance_km`` is the starting distance)."""
    found = list(_name_problems(shoe.name, "name", limit=int(_high("shoes", "name"))))
    if not isinstance(shoe.started, date) or isinstance(shoe.started, datetime):
        found.append(InputError(_("started must be a date, not {started!r}").format(started=shoe.started), "started"))
    elif shoe.started > now.date():
        found.append(InputError(_("started is in the future ({started})").format(started=shoe.started), "started"))
    number = _number(shoe.distance_km)
    if number is None or math.isnan(number) or number < 0:
        found.append(InputError(_("starting distance must be 0 or more km, not {distance_km!r}").format(
                                  distance_km=shoe.distance_km), "start_km"))
    elif number > (limit := _high("shoes", "start_km")):
        found.append(InputError(_("starting distance over {max_shoe_start_km:g} km is not plausible").format(
                                  max_shoe_start_km=limit), "start_km"))
    if not isinstance(shoe.retired, bool):
        found.append(InputError(_("retired must be true or false"), "retired"))
    found += _limit_problems(shoe.limit_km)
    return found


def _limit_problems(limit_km: object) -> list[InputError]:
    number, low, high = _number(limit_km), _low("shoes", "limit_km"), _high("shoes", "limit_km")
    if number is None or not low <= number <= high:
        shown = f"{number:g} km" if number is not None else repr(limit_km)
        return [InputError(_("the limit must be {min_shoe_limit_km:g} to {max_shoe_limit_km:g} km, not {shown}").format(
                             min_shoe_limit_km=low, max_shoe_limit_km=high, shown=shown), "limit_km")]
    return []


def check_shoe_limit(limit_km: object) -> None:
    _raise_first(_limit_problems(limit_km))


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
