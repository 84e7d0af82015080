"""What the clinician report and the history's week view show, without Qt.

The report covers whole calendar weeks (Monday to Sunday) ending with the
current one, so "runs per week" and "sessions per week" line up with the
weeks a runner remembers. Everything here is a pure function of records and
"today"; the PDF painter (``coach.ui.history.report_pdf``) only lays it out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from coach.core.advice.advice import STRENGTH_GOAL, Advice, advise
from coach.core.advice.questions import location_questions, recent_locations
from coach.core.diary import fields
from coach.core.diary.load import weekly_load
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe, format_distance, in_units, known_units
from coach.core.i18n import N_, Labels, _, ngettext
from coach.core.locale_format import number
from coach.core.plan.changes_view import ProgrammeView, programme_view
from coach.core.plan.programme import PROGRAMME_ROUTINE, programme_weeks
from coach.core.vocabulary import (
    CHARACTER_LABELS,
    FLAG_LABELS,
    FOCUS_IN_SENTENCE,
    LOCATION_WORDS,
    MOMENT_LABELS,
    SessionStatus,
    WordLabels,
)

if TYPE_CHECKING:
    from coach.core.diary.diary import Diary
    from coach.core.routines.catalog import Catalog

DEFAULT_WEEKS = 6
MAX_WEEKS = 520


def count(n: int, one: str, many: str) -> str:
    """"1 pain entry", "3 pain entries"."""
    return f"{n} {one if n == 1 else many}"


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekSummary:
    """One calendar week: runs and the routines done."""

    start: date  # a Monday
    runs: int = 0
    km: float = 0.0
    strength: int = 0  # completed strength routines
    other_sessions: int = 0  # other completed routines (warm-up, cool-down, care)
    stopped: int = 0  # routines stopped early (for pain or otherwise) or only partly done
    load: float = 0.0  # minutes × effort of what was rated (coach.core.diary.load); set by the report

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def goal_met(self) -> bool:
        """At least the 2 strength sessions a week the advice asks for."""
        return self.strength >= STRENGTH_GOAL

    def distance(self, units: str) -> float:
        return in_units(self.km, units)


def week_summaries(runs: Iterable[Run], sessions: Iterable[SessionRecord], last: date, weeks: int) -> tuple[WeekSummary, ...]:
    """``weeks`` calendar weeks ending with ``last``'s week, oldest first."""
    first = week_start(last) - timedelta(weeks=weeks - 1)
    starts = [first + timedelta(weeks=k) for k in range(weeks)]
    tally = {start: [0, 0.0, 0, 0, 0] for start in starts}
    for run in runs:
        day = run.at.date()
        if first <= day <= last:
            row = tally[week_start(day)]
            row[0] += 1
            row[1] += run.distance_km
    for session in sessions:
        day = session.started.date()
        if not first <= day <= last:
            continue
        row = tally[week_start(day)]
        if session.status == "completed":
            row[2 if session.focus == "strength" else 3] += 1
        elif session.status in ("stopped", "stopped-for-pain", "partial"):  # cut short either way
            row[4] += 1
    return tuple(WeekSummary(start, int(runs_n), km, int(strength), int(other), int(stopped))
                 for start in starts for runs_n, km, strength, other, stopped in [tally[start]])  # fmt: skip


@dataclass(frozen=True)
class Trend:
    """Mean worst pain of the last ``days`` days against the ``days`` before."""

    days: int
    recent: float | None  # None when nothing was rated in that span
    earlier: float | None
    entries: int  # rated entries in the recent span

    def sentence(self) -> str:
        if self.recent is None:
            return _("No pain rated in the last {days} days.").format(days=self.days)
        values = {"days": self.days, "recent": number(self.recent), "ratings": self.entries}
        if self.earlier is None:
            return ngettext("Average worst pain over the last {days} days: {recent}/10 ({ratings} rating).",
                            "Average worst pain over the last {days} days: {recent}/10 ({ratings} ratings).",
                            self.entries).format(**values)
        return ngettext(
            "Average worst pain over the last {days} days: {recent}/10 ({ratings} rating); "
            "the {days} days before: {earlier}/10.",
            "Average worst pain over the last {days} days: {recent}/10 ({ratings} ratings); "
            "the {days} days before: {earlier}/10.",
            self.entries).format(earlier=number(self.earlier), **values)


def pain_trend(pain: Iterable[PainEntry], today: date, days: int = 28) -> Trend:
    """Is it getting better? The mean worst rating now against the span before."""
    recent_first = today - timedelta(days=days - 1)
    earlier_first = recent_first - timedelta(days=days)
    recent, earlier = [], []
    for entry in pain:
        if entry.left is None and entry.right is None:
            continue
        day = entry.at.date()
        if recent_first <= day <= today:
            recent.append(entry.worst)
        elif earlier_first <= day < recent_first:
            earlier.append(entry.worst)

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    return Trend(days, mean(recent), mean(earlier), len(recent))


def clinician_questions(advice: Advice, locations: Sequence[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(location, questions) for each location, when the headline is "see a
    clinician"; none otherwise. Questions only: the app never says what it is."""
    if advice.headline != "see-clinician":
        return ()
    pairs = ((loc, location_questions(loc)) for loc in locations)
    return tuple((loc, questions) for loc, questions in pairs if questions)


@dataclass(frozen=True)
class ReportData:
    """Everything the clinician report prints, in display order."""

    first: date
    last: date
    made: datetime
    units: str
    advice: Advice
    pain: tuple[PainEntry, ...]
    runs: tuple[Run, ...]
    sessions: tuple[SessionRecord, ...]
    weeks: tuple[WeekSummary, ...]
    questions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    routine_titles: dict[str, str] = field(default_factory=dict)  # id -> title, for people to read
    programme: ProgrammeView | None = None  # the strength programme's week and its changes in the period

    def routine_title(self, routine_id: str) -> str:
        return self.routine_titles.get(routine_id, routine_id)

    @property
    def total_km(self) -> float:
        return sum(r.distance_km for r in self.runs)

    @property
    def completed_sessions(self) -> tuple[SessionRecord, ...]:
        return tuple(s for s in self.sessions if s.status == "completed")


def build_report(
    pain: Sequence[PainEntry],
    runs: Sequence[Run],
    sessions: Sequence[SessionRecord],
    shoes: Sequence[Shoe],
    now: datetime,
    weeks: int = DEFAULT_WEEKS,
    units: str = "km",
) -> ReportData:
    """The report for the ``weeks`` calendar weeks ending this week.

    The headline and reasons are today's advice over the whole diary (rules
    look back up to six weeks), so the report says what the home screen says.
    """
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be from 1 to {MAX_WEEKS}, not {weeks}")
    today = now.date()
    units = known_units(units)
    first = week_start(today) - timedelta(weeks=weeks - 1)

    def inside(day: date) -> bool:
        return first <= day <= today

    advice = advise(pain, runs, sessions, shoes, today, units)
    shown_pain = tuple(sorted((e for e in pain if inside(e.at.date())), key=lambda e: e.at))
    shown_runs = tuple(sorted((r for r in runs if inside(r.at.date())), key=lambda r: r.at))
    shown_sessions = tuple(sorted((s for s in sessions if inside(s.started.date())), key=lambda s: s.started))
    loads = weekly_load(shown_runs, shown_sessions, today, weeks)
    return ReportData(
        first=first,
        last=today,
        made=now,
        units=units,
        advice=advice,
        pain=shown_pain,
        runs=shown_runs,
        sessions=shown_sessions,
        weeks=tuple(replace(w, load=load.total) for w, load in zip(week_summaries(runs, sessions, today, weeks), loads,
                                                                    strict=True)),
        questions=clinician_questions(advice, recent_locations(pain, today)),
    )


def report_from_diary(diary: Diary, now: datetime, weeks: int = DEFAULT_WEEKS, units: str = "km",
                      catalog: Catalog | None = None) -> ReportData:  # fmt: skip
    """The report for everything in a diary (the CLI and the tool bar share this);
    ``catalog`` turns routine ids into their titles."""
    data = build_report(diary.pain_entries(), diary.runs(), diary.sessions(), diary.shoes(), now, weeks, units)
    titles = {routine.id: routine.title for routine in catalog} if catalog is not None else {}
    weeks = programme_weeks(catalog.get(PROGRAMME_ROUTINE) if catalog is not None else None)
    return replace(data, routine_titles=titles, programme=programme_view(diary, data.first, data.last, weeks))


# -- the report's tables ------------------------------------------------------------------
# Every table's columns are declared: the pain and routine tables' are the diary's fields
# (coach.core.diary.fields, those with a ``report`` share), the week table's are below.
# A cell is text, or a date / datetime the painter writes in the language's day names.

Cell = str | date | datetime


@dataclass(frozen=True)
class Column:
    """One column of a report table: heading (English, marked ``N_``; shown with ``_()``),
    share of the width, and its cell for one row."""

    label: str
    share: float
    cell: Callable[[Any, ReportData], Cell]




def _words() -> dict[str, Mapping[str, str]]:
    return {"moment": MOMENT_LABELS, "locations": LOCATION_WORDS, "characters": Labels(CHARACTER_LABELS),
            "flags": FLAG_LABELS, "status": WordLabels(SessionStatus), "focus": FOCUS_IN_SENTENCE}


def field_cell(spec: fields.Field, record: object, data: ReportData) -> Cell:
    """One declared field of one record as the report shows it."""
    value = getattr(record, spec.name)
    if spec.key == "routine":
        return data.routine_title(str(value))
    if value is None or value == "" or value == ():
        return "–"
    if spec.kind in (fields.DATETIME, fields.DATE):
        assert isinstance(value, date)
        return value
    if spec.kind == fields.RATING:
        return f"{value}/{spec.high:g}"
    words = _words().get(spec.key)
    if spec.kind == fields.WORDS:
        return ", ".join(words.get(v, v) if words else v for v in value)
    if words is not None:
        return words.get(str(value), str(value))
    if spec.kind == fields.NUMBER and spec.unit == "km":
        return format_distance(float(value), data.units)
    return str(value)


def record_columns(plural: str) -> tuple[Column, ...]:
    """The columns of the table of ``plural`` records: each field with a report share, the
    time first, then in declared order."""
    shown = [f for f in fields.kind(plural).fields if f.report]
    shown.sort(key=lambda f: f.kind != fields.DATETIME)
    return tuple(Column(f.label, f.report, functools.partial(field_cell, f)) for f in shown)


def _goal(week: WeekSummary, data: ReportData) -> str:
    if week.goal_met:
        return _("met")
    return _("week not over") if week.end > data.last else _("not met")


def week_columns() -> tuple[Column, ...]:
    """The table of runs and routines per week."""
    return (
        Column(N_("Week of"), 1.3, lambda w, data: w.start),
        Column(N_("Runs"), 0.7, lambda w, data: str(w.runs)),
        Column(N_("Distance"), 1, lambda w, data: format_distance(w.km, data.units) if w.runs else "–"),
        Column(N_("Strength routines"), 1.2, lambda w, data: str(w.strength)),
        Column(N_("Other routines"), 1.1, lambda w, data: str(w.other_sessions)),
        Column(N_("Stopped early"), 1, lambda w, data: str(w.stopped)),
        Column(N_("Strength goal (2+)"), 1.2, _goal),
        Column(N_("Load (min × effort)"), 1.2, lambda w, data: f"{w.load:.0f}" if w.load else "–"),
    )
