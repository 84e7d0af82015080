"""One entry path: what the entry form and ``coach diary add`` both fill and submit.

A draft holds a run or a pain entry as the user gave it (text for what is typed,
values for what is picked), turns it into a record and says every problem with it,
in the same words wherever it came from. Qt-free, so the command line, the form
and tests share it; the form writes the record through its writer, the command
line with :meth:`submit`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from coach.core.diary import fields, text_input, validate
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.routines.routine import Routine
from coach.core.vocabulary import CHARACTERS, FLAGS, LOCATIONS, SESSION_STATUSES

Rating = int | str | None  # picked (int), typed (text) or not given


def _first(found: list[InputError]) -> None:
    if found:
        raise found[0]


def _rating(value: Rating, key: str) -> int | None:
    return text_input.parse_nrs(value, key) if isinstance(value, str) else value


def _ratings(plural: str, given: Mapping[str, Rating]) -> tuple[dict[str, int | None], list[InputError]]:
    """The declared ratings of a kind (``fields.asked``) read from what was given, by key."""
    read: dict[str, int | None] = {}
    problems: list[InputError] = []
    for asked in fields.asked(plural):
        try:
            read[asked.name] = _rating(given.get(asked.key), asked.key)
        except InputError as error:
            problems.append(error)
    return read, problems


@dataclass
class RunDraft:
    """A run as typed: distance in ``units``, minutes as ``45`` or ``52:30``, and its declared
    ratings (effort 0-10) by key."""

    at: datetime
    distance: str = ""
    minutes: str = ""
    shoes: str | None = None
    ratings: Mapping[str, Rating] = field(default_factory=dict)
    units: str = "km"
    id: int | None = None

    @property
    def empty(self) -> bool:
        return not self.distance.strip() and not self.minutes.strip()

    def parsed(self) -> tuple[Run | None, list[InputError]]:
        """The run, or every reason the text does not read as one (range checks in :meth:`problems`)."""
        problems: list[InputError] = []
        km = duration = None
        if not self.distance.strip():
            problems.append(InputError(_("enter the distance of the run in {units}").format(units=self.units), "distance_km"))
        else:
            try:
                km = text_input.parse_distance(self.distance, self.units)
            except InputError as error:
                problems.append(error)
        try:
            duration = text_input.parse_minutes(self.minutes)
        except InputError as error:
            problems.append(error)
        ratings, unread = _ratings("runs", self.ratings)
        problems += unread
        if problems or km is None:
            return None, problems
        return fields.with_ratings(Run(self.at, km, duration, self.shoes, self.id), ratings), []

    def problems(self, now: datetime) -> tuple[Run | None, list[InputError]]:
        run, found = self.parsed()
        return run, found if run is None else validate.problems_run(run, now)

    def checked(self, now: datetime) -> Run:
        """The run, or InputError for its first problem."""
        run, found = self.problems(now)
        _first(found)
        assert run is not None
        return run

    def submit(self, diary: Diary, now: datetime) -> Run:
        """Check and add the run (InputError for the first problem)."""
        run = self.checked(now)
        diary.add_run(run)
        return run


def _words(value: str | Sequence[str], allowed: Sequence[str], field: str) -> tuple[str, ...]:
    return text_input.parse_list(value, allowed, field) if isinstance(value, str) else tuple(value)


@dataclass
class PainDraft:
    """A pain entry as given: ratings picked (int) or typed (text), words picked or typed."""

    at: datetime
    moment: str
    left: int | str | None = None
    right: int | str | None = None
    locations: str | Sequence[str] = ()
    characters: str | Sequence[str] = ()
    flags: str | Sequence[str] = ()
    note: str = ""
    id: int | None = None

    @property
    def empty(self) -> bool:
        """Nothing rated, ticked or written: the form's pain part was left alone."""
        given = (self.left, self.right, self.locations, self.characters, self.flags, self.note.strip())
        return all(value in (None, "", ()) for value in given)

    def parsed(self) -> PainEntry:
        """The entry (InputError when typed text does not read)."""
        return PainEntry(
            at=self.at,
            moment=text_input.parse_moment(self.moment),
            left=_rating(self.left, "left"),
            right=_rating(self.right, "right"),
            locations=_words(self.locations, LOCATIONS, "locations"),
            characters=_words(self.characters, CHARACTERS, "characters"),
            flags=_words(self.flags, FLAGS, "flags"),
            note=self.note,
            id=self.id,
        )

    def checked(self, now: datetime) -> PainEntry:
        """The entry, or InputError for its first problem."""
        entry = self.parsed()
        _first(validate.problems_pain(entry, now))
        return entry

    def submit(self, diary: Diary, now: datetime) -> PainEntry:
        """Check and add the entry (InputError for the first problem)."""
        entry = self.checked(now)
        diary.add_pain(entry)
        return entry


# A routine done without the player (`coach diary add session`): "interrupted" is the player's word.
LOGGED_STATUSES = tuple(s for s in SESSION_STATUSES if s != "interrupted")


@dataclass
class SessionDraft:
    """A routine session told, not played: which routine, how it ended, and its declared
    ratings (how hard it was) by key."""

    at: datetime
    routine: Routine
    status: str
    ratings: Mapping[str, Rating] = field(default_factory=dict)

    def checked(self, now: datetime) -> SessionRecord:
        """The record, or InputError for its first problem."""
        status = "-".join(self.status.strip().lower().split())
        validate.check_choices((status,), LOGGED_STATUSES, "status")
        ratings, unread = _ratings("sessions", self.ratings)
        _first(unread)
        steps = len(self.routine.steps)
        record = SessionRecord(routine_id=self.routine.id, focus=self.routine.focus, started=self.at, status=status,
                               steps_done=steps if status == "completed" else 0, steps_total=steps,
                               routine_hash=self.routine.content_hash)  # fmt: skip
        record = fields.with_ratings(record, ratings)
        _first(validate.problems_session(record, now))
        return record

    def submit(self, diary: Diary, now: datetime) -> SessionRecord:
        record = self.checked(now)
        diary.add_session(record)
        return record
