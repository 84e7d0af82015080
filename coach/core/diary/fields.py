"""Every diary record's fields, declared once: the export, the import, de-duplication
the rows (column lists, SQL, the checks on what is read back), the range checks, the
command line and the report's tables are derived from this table.

One :class:`Field` per stored value names its export key (JSON key and CSV column),
the record attribute it fills, its SQL column, its kind (how text, JSON or a stored
value becomes the value), whether an import must have it, its unit, range, allowed
words, label, command-line flag and report column. Adding a diary field is one line
here, its record attribute and its migration.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypedDict, TypeVar

from coach.core.diary.records import NOTE_MAX_CHARS, NRS_MAX, SHOE_LIMIT_KM, PainEntry, Run, SessionRecord, Shoe
from coach.core.i18n import N_, _
from coach.core.vocabulary import CHARACTERS, EFFORT_LABELS, FLAGS, IN_PROGRESS, LOCATIONS, MOMENTS, SESSION_STATUSES

MAX_COUNT = 100_000  # steps done / total, plan position: SQLite stores far more, no routine comes near it
PATH_MAX_CHARS = 4096  # where an imported run came from: a file's path
NAME_MAX_CHARS = 80  # a pair of shoes' name

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
    column: str = ""  # the SQL column when it differs from the attribute
    kept: bool = False  # written with the record, never by an edit (where an imported run came from)
    report: float = 0.0  # its share of the width in the report's table of these records (0: not printed)
    # A rating asked beside a record's own fields (a run's or a session's effort): the entry
    # form, the done screen, History and the command line ask and show it from these alone.
    question: str = ""  # the entry form's caption, with its mnemonic ("" when no form asks it)
    at_done: str = ""  # the player's done screen asks it so ("" when it does not)
    said: str = ""  # how a record's line says it: "effort {value}/10"
    words: Mapping[int, str] | None = field(default=None, compare=False, hash=False)  # values' names

    @property
    def name(self) -> str:
        return self.attr or self.key

    @property
    def dest(self) -> str:
        """Where argparse puts the option's value (``--effort`` → ``effort``)."""
        return self.flag.lstrip("-").replace("-", "_")

    def value_text(self, value: int) -> str:
        """``7 · very hard``: a rating with its word, as a screen confirms it."""
        word = self.words.get(value, "") if self.words is not None else ""
        return f"{value} · {word}" if word else str(value)

    @property
    def sql(self) -> str:
        """The column that stores it."""
        return self.column or self.name

    @property
    def nullable(self) -> bool:
        """Stored as NULL when unset (an optional value without a default)."""
        return not self.required and self.default is None

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
    extra: tuple[Field, ...] = ()  # stored but never exported: a session's plan position, a run's import

    @property
    def table(self) -> str:
        return self.plural

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def stored(self) -> tuple[Field, ...]:
        """Every field with a column, in the order rows read and write them."""
        return self.fields + self.extra

    def field(self, key: str) -> Field:
        """The declared field ``key`` (KeyError for one this kind does not have)."""
        for f in self.stored:
            if f.key == key:
                return f
        raise KeyError(key)

    def identity(self, record: object) -> tuple[object, ...]:
        return (self.single, *(f.identity_of(record) for f in self.fields if f.identity))


@functools.cache
def kinds() -> tuple[Kind, ...]:
    """The diary's record kinds in export order: built when first asked (nothing at import
    time), then the same frozen tuple for every record of an import."""
    return (
        Kind("sessions", "session", SessionRecord, (
            Field("routine", TEXT, "routine_id", required=True, high=200, label=N_("Routine"), report=1.6),
            Field("focus", TEXT, default="", label=N_("Focus"), report=1.2),
            Field("status", TEXT, required=True, choices=(*SESSION_STATUSES, IN_PROGRESS), label=N_("Status"),
                  report=1.4),
            Field("started", DATETIME, required=True, label=N_("Started"), report=1.45),
            Field("ended", DATETIME, label=N_("Ended")),
            Field("steps_done", COUNT, default=0, low=0, high=MAX_COUNT, label=N_("Steps done"), report=0.95),
            Field("steps_total", COUNT, default=0, low=0, high=MAX_COUNT, label=N_("Steps"), report=0.75),
            Field("routine_hash", TEXT, default="", label=N_("Routine version")),
            Field("effort", RATING, low=0, high=NRS_MAX, label=N_("Effort"), flag="--effort", optional_key=True,
                  help=N_("how hard it was, 0-10 (Borg CR-10)"), report=1.05, words=EFFORT_LABELS,
                  at_done=N_("How hard was it? (effort 0-10: 0 rest, 5 hard, 10 maximal)"), said=N_("effort {value}/10")),
        ), extra=(Field("position", COUNT, default=0, low=0, high=MAX_COUNT, identity=False),)),
        Kind("runs", "run", Run, (
            Field("at", DATETIME, required=True, label=N_("When"), flag="--at", subject=N_("the date"),
                  help=N_("when (default: now)")),
            Field("distance_km", NUMBER, required=True, unit="km", low=0, high=500, label=N_("Distance"), flag="--km",
                  subject=N_("distance")),
            Field("minutes", MINUTES, unit="min", low=0, high=48 * 60, label=N_("Time"), flag="--minutes",
                  help=N_("duration: 45, 52:30 or 1:05:30")),
            Field("shoes", TEXT, high=NAME_MAX_CHARS, label=N_("Shoes"), flag="--shoes", fold=True, column="shoe_id",
                  help=N_("the shoes worn (added to their distance)")),
            Field("effort", RATING, low=0, high=NRS_MAX, label=N_("Effort"), flag="--effort", optional_key=True,
                  help=N_("how hard it was, 0-10 (Borg CR-10)"), words=EFFORT_LABELS,
                  question=N_("How hard was it? (&effort 0-10)"), said=N_("effort {value}/10")),
            # Where an imported run came from (coach.core.diary.run_imports); unset for a typed run.
            Field("source", TEXT, high=PATH_MAX_CHARS, label=N_("Imported from"), identity=False, optional_key=True,
                  kept=True),
            Field("device", TEXT, high=200, label=N_("Device"), identity=False, optional_key=True, kept=True),
            Field("avg_hr", NUMBER, unit="bpm", low=20, high=250, label=N_("Average heart rate"), identity=False,
                  optional_key=True, kept=True, subject=N_("average heart rate")),
            Field("elevation_m", NUMBER, unit="m", low=0, label=N_("Elevation gain"), identity=False,
                  optional_key=True, kept=True, subject=N_("elevation gain")),
            Field("gear", TEXT, high=200, label=N_("Gear"), identity=False, optional_key=True, kept=True),
        ), extra=(Field("import_id", COUNT, low=1, high=2**63 - 1, identity=False, kept=True),)),
        Kind("pain", "pain", PainEntry, (
            Field("at", DATETIME, report=1.45, required=True, label=N_("When"), flag="--at", subject=N_("the date"),
                  help=N_("when (default: now)")),
            Field("moment", TEXT, report=1.05, required=True, choices=MOMENTS, label=N_("Moment"), flag="--moment",
                  help=N_("when the pain was felt")),
            Field("left", RATING, report=0.6, low=0, high=NRS_MAX, label=N_("Left"), flag="--left",
                  subject=N_("left knee pain"), column="left_nrs", help=N_("left knee, 0-10")),
            Field("right", RATING, report=0.7, low=0, high=NRS_MAX, label=N_("Right"), flag="--right",
                  subject=N_("right knee pain"), column="right_nrs", help=N_("right knee, 0-10")),
            Field("locations", WORDS, report=1.25, default=(), choices=LOCATIONS, label=N_("Where"), flag="--location",
                  subject=N_("location"), help=N_("where on the knee")),
            Field("characters", WORDS, report=0.95, default=(), choices=CHARACTERS, label=N_("Character"),
                  flag="--character", subject=N_("character"), help=N_("what it feels like")),
            Field("flags", WORDS, report=1.3, default=(), choices=FLAGS, label=N_("Warning signs"), flag="--flag",
                  subject=N_("flag"), help=N_("signs a clinician should see")),
            Field("note", TEXT, report=1.65, default="", high=NOTE_MAX_CHARS, label=N_("Note"), flag="--note",
                  help=N_("up to {count:,} characters")),
        )),
        Kind("shoes", "shoe", Shoe, (
            Field("name", TEXT, required=True, high=NAME_MAX_CHARS, label=N_("Name"), fold=True),
            Field("started", DATE, required=True, label=N_("First worn"), identity=False),
            Field("start_km", NUMBER, "distance_km", default=0.0, unit="km", low=0, high=5000,
                  label=N_("Starting distance"), identity=False, subject=N_("starting distance"), column="start_km"),
            Field("retired", BOOL, default=False, label=N_("Retired"), identity=False),
            Field("limit_km", NUMBER, default=SHOE_LIMIT_KM, unit="km", low=50, high=5000, label=N_("Replace at"),
                  identity=False, optional_key=True, subject=N_("limit")),
        ), named=True),
    )  # fmt: skip


def asked(plural: str) -> tuple[Field, ...]:
    """The ratings a kind asks beside its own fields, in declared order: what the entry form
    (``question``), the done screen (``at_done``) and a record's line (``said``) add for each."""
    return tuple(f for f in kind(plural).fields if f.question or f.at_done or f.said)


def said(record: object) -> str:
    """``, effort 7/10``: the asked ratings a record has, as its line ends (``""`` for none)."""
    parts = [_(f.said).format(value=value) for f in asked(kind_of(record).plural)
             if (value := getattr(record, f.name)) is not None]  # fmt: skip
    return "".join(f", {part}" for part in parts)


R = TypeVar("R")


def with_ratings(record: R, ratings: Mapping[str, int | None]) -> R:
    """``record`` with asked ratings set by attribute name (``{"effort": 7}``); a name the
    record lacks is a TypeError, as from :func:`dataclasses.replace`."""
    changes: dict[str, Any] = dict(ratings)  # each a declared RATING: int or None, whatever the record's other types
    return replace(record, **changes)  # type: ignore[type-var]  # R is always a record dataclass


def kind(plural: str) -> Kind:
    """The declaration of ``sessions``, ``runs``, ``pain`` or ``shoes``."""
    return next(k for k in kinds() if k.plural == plural)


def spec(plural: str, key: str) -> Field:
    """One declared field: ``spec("runs", "distance_km").high`` is the longest plausible run."""
    return kind(plural).field(key)


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
    found = []
    for f in kind(plural).fields:
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
# column order); a field declared later comes after these, and only in a file that uses it.
_CSV_ORDER = (
    "type", "at", "started", "ended", "moment", "left", "right", "locations", "characters", "flags", "note",
    "distance_km", "minutes", "shoes", "routine", "focus", "status", "steps_done", "steps_total", "routine_hash",
    "name", "start_km", "retired", "effort", "limit_km",
)  # fmt: skip


def csv_columns(used: Collection[str] | None = None) -> tuple[str, ...]:
    """The CSV header: ``type`` and the union of every kind's keys (an import reads all of them).

    With ``used`` (the keys an export writes), a field declared after the historic columns
    is left out unless some row has it, so an export without imported runs stays as it was."""
    declared = [key for kind in kinds() for key in kind.keys]
    later = dict.fromkeys(key for key in declared if key not in _CSV_ORDER and (used is None or key in used))
    return tuple(c for c in _CSV_ORDER if c == "type" or c in declared) + tuple(later)
