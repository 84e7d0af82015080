"""Every diary record's fields, declared once: the export, the import, de-duplication
and the command line are derived from this table.

One :class:`Field` per stored value names its export key (JSON key and CSV column),
the record attribute it fills, its kind (how text or JSON becomes the value), whether
an import must have it, its unit, range, allowed words, label and command-line flag.
Adding a diary field is one line here plus its column (migration and row SQL).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypedDict

from coach.core.diary.records import NOTE_MAX_CHARS, NRS_MAX, SHOE_LIMIT_KM, PainEntry, Run, SessionRecord, Shoe
from coach.core.i18n import N_, _
from coach.core.vocabulary import CHARACTERS, FLAGS, LOCATIONS, MOMENTS

# Kinds: how a value is written to and read from an export.
DATETIME, DATE, TEXT, NUMBER, MINUTES, RATING, COUNT, BOOL, WORDS = (
    "datetime", "date", "text", "number", "minutes", "rating", "count", "bool", "words",
)  # fmt: skip


@dataclass(frozen=True)
class Field:
    """One value of one kind of record, as every boundary sees it."""

    key: str  # export key, CSV column, and the field an InputError names
    kind: str
    attr: str = ""  # the record's attribute when it differs from ``key``
    required: bool = False  # an import without it is refused
    default: object = None
    choices: tuple[str, ...] = ()
    unit: str = ""
    low: float | None = None
    high: float | None = None
    label: str = ""
    flag: str = ""  # the command-line option that sets it ("" when the CLI does not)
    identity: bool = True  # part of what makes two records "the same entry"
    fold: bool = False  # compared without case for de-duplication
    optional_key: bool = False  # left out of a JSON export when it is the default (files from before it stay the same)
    subject: str = ""  # how a message names it ("left knee pain"), when not its key
    help: str = ""  # the command-line option's help

    @property
    def name(self) -> str:
        return self.attr or self.key

    def exported(self, record: object) -> object:
        """The value as JSON-ready data."""
        value = getattr(record, self.name)
        if isinstance(value, datetime):
            return value.isoformat(timespec="seconds")
        if isinstance(value, date):
            return value.isoformat()
        if self.kind == WORDS:
            return list(value)
        return value

    def in_export(self, record: object) -> bool:
        return not self.optional_key or self.exported(record) != self.default

    def identity_of(self, record: object) -> object:
        value = self.exported(record)
        if isinstance(value, list):
            return tuple(value)
        return value.casefold() if self.fold and isinstance(value, str) else value


@dataclass(frozen=True)
class Kind:
    """One kind of record: its export list, its CSV ``type`` and its fields in export order."""

    plural: str  # the JSON list and the import summary's key
    single: str  # the CSV ``type`` cell
    record: type
    fields: tuple[Field, ...]
    named: bool = False  # known by its name: a file may hold each name once (shoes)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def identity(self, record: object) -> tuple[object, ...]:
        return (self.single, *(f.identity_of(record) for f in self.fields if f.identity))


@functools.cache
def kinds() -> tuple[Kind, ...]:
    """The diary's record kinds in export order: built when first asked (nothing at import
    time), then the same frozen tuple for every record of an import."""
    return (
        Kind("sessions", "session", SessionRecord, (
            Field("routine", TEXT, "routine_id", required=True, label=N_("Routine")),
            Field("focus", TEXT, default="", label=N_("Focus")),
            Field("status", TEXT, required=True, label=N_("Status")),
            Field("started", DATETIME, required=True, label=N_("Started")),
            Field("ended", DATETIME, label=N_("Ended")),
            Field("steps_done", COUNT, default=0, label=N_("Steps done")),
            Field("steps_total", COUNT, default=0, label=N_("Steps")),
            Field("routine_hash", TEXT, default="", label=N_("Routine version")),
            Field("effort", RATING, low=0, high=NRS_MAX, label=N_("Effort"), flag="--effort", optional_key=True,
                  help=N_("how hard it was, 0-10 (Borg CR-10)")),
        )),
        Kind("runs", "run", Run, (
            Field("at", DATETIME, required=True, label=N_("When"), flag="--at", subject=N_("the date"),
                  help=N_("when (default: now)")),
            Field("distance_km", NUMBER, required=True, unit="km", low=0, high=500, label=N_("Distance"), flag="--km",
                  subject=N_("distance")),
            Field("minutes", MINUTES, unit="min", low=0, high=48 * 60, label=N_("Time"), flag="--minutes",
                  help=N_("duration: 45, 52:30 or 1:05:30")),
            Field("shoes", TEXT, label=N_("Shoes"), flag="--shoes", fold=True,
                  help=N_("the shoes worn (added to their distance)")),
            Field("effort", RATING, low=0, high=NRS_MAX, label=N_("Effort"), flag="--effort", optional_key=True,
                  help=N_("how hard it was, 0-10 (Borg CR-10)")),
        )),
        Kind("pain", "pain", PainEntry, (
            Field("at", DATETIME, required=True, label=N_("When"), flag="--at", subject=N_("the date"),
                  help=N_("when (default: now)")),
            Field("moment", TEXT, required=True, choices=MOMENTS, label=N_("Moment"), flag="--moment",
                  help=N_("when the pain was felt")),
            Field("left", RATING, low=0, high=NRS_MAX, label=N_("Left"), flag="--left", subject=N_("left knee pain"),
                  help=N_("left knee, 0-10")),
            Field("right", RATING, low=0, high=NRS_MAX, label=N_("Right"), flag="--right", subject=N_("right knee pain"),
                  help=N_("right knee, 0-10")),
            Field("locations", WORDS, default=(), choices=LOCATIONS, label=N_("Where"), flag="--location", subject=N_("location"),
                  help=N_("where on the knee")),
            Field("characters", WORDS, default=(), choices=CHARACTERS, label=N_("Character"), flag="--character",
                  subject=N_("character"), help=N_("what it feels like")),
            Field("flags", WORDS, default=(), choices=FLAGS, label=N_("Warning signs"), flag="--flag", subject=N_("flag"),
                  help=N_("signs a clinician should see")),
            Field("note", TEXT, default="", label=N_("Note"), flag="--note", help=N_("up to {count:,} characters")),
        )),
        Kind("shoes", "shoe", Shoe, (
            Field("name", TEXT, required=True, label=N_("Name"), fold=True),
            Field("started", DATE, required=True, label=N_("First worn"), identity=False),
            Field("start_km", NUMBER, "distance_km", default=0.0, unit="km", low=0, high=5000,
                  label=N_("Starting distance"), identity=False, subject=N_("starting distance")),
            Field("retired", BOOL, default=False, label=N_("Retired"), identity=False),
            Field("limit_km", NUMBER, default=SHOE_LIMIT_KM, unit="km", low=50, high=5000, label=N_("Replace at"),
                  identity=False, optional_key=True, subject=N_("limit")),
        ), named=True),
    )  # fmt: skip


@functools.cache
def field_subjects() -> dict[str, str]:
    """Field key -> how messages name it, for the fields that say (read once, when first asked)."""
    return {f.key: f.subject for kind in kinds() for f in kind.fields if f.subject}


class Option(TypedDict, total=False):
    """argparse's keywords for one option."""

    metavar: str
    help: str
    required: bool
    default: str


def options(plural: str, skip: tuple[str, ...] = ()) -> list[tuple[str, Option]]:
    """The command-line options that set a kind's fields: (flag, argparse keywords), in declared order."""
    kind = next(k for k in kinds() if k.plural == plural)
    found = []
    for f in kind.fields:
        if not f.flag or f.key in skip:
            continue
        if f.choices:
            metavar = ("," if f.kind == WORDS else "|").join(f.choices)
        else:
            metavar = {DATETIME: "ISO-DATETIME", RATING: "N", MINUTES: "N", NUMBER: "X"}.get(f.kind, "TEXT")
        text = _(f.help)  # the note's says its limit: "up to {count:,} characters"
        keywords: Option = {"metavar": metavar, "help": text.format(count=NOTE_MAX_CHARS) if "{count" in f.help else text}
        if f.required and f.kind != DATETIME:  # a time defaults to now on the command line
            keywords["required"] = True
        elif f.kind == WORDS or f.default == "":
            keywords["default"] = ""
        found.append((f.flag, keywords))
    return found


def kind_of(record: object) -> Kind:
    """The declaration a record belongs to (TypeError for anything else)."""
    for kind in kinds():
        if type(record) is kind.record:
            return kind
    raise TypeError(f"not a diary record: {record!r}")


def record_key(record: object) -> tuple[object, ...]:
    """What makes two records "the same entry" for import de-duplication."""
    return kind_of(record).identity(record)


# The CSV header's historic order (files exported before the declaration keep their
# column order); a field declared later is appended after these.
_CSV_ORDER = (
    "type", "at", "started", "ended", "moment", "left", "right", "locations", "characters", "flags", "note",
    "distance_km", "minutes", "shoes", "routine", "focus", "status", "steps_done", "steps_total", "routine_hash",
    "name", "start_km", "retired",
)  # fmt: skip


def csv_columns() -> tuple[str, ...]:
    """The CSV header: ``type`` and the union of every kind's keys."""
    declared = [key for kind in kinds() for key in kind.keys]
    return tuple(c for c in _CSV_ORDER if c == "type" or c in declared) + tuple(
        dict.fromkeys(key for key in declared if key not in _CSV_ORDER)
    )
