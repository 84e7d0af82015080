"""Everything History shows, read from the diary in one go: the entries newest first,
the week view, the weekly load, the pain trend, the programme and the chart's series.

Built on a worker thread (``coach.ui.history.loader``) so that thirty years of diary
never hold up the GUI thread; the window only hands the finished parts to its views.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from coach.core.advice.report import WeekSummary, pain_trend, week_summaries
from coach.core.diary.diary import Diary
from coach.core.diary.load import WeekLoad, weekly_load
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.plan.changes_view import ProgrammeView, programme_view
from coach.core.vocabulary import IN_PROGRESS

if TYPE_CHECKING:  # the series need numpy: imported by the worker that builds them, not by History's window
    from coach.core.history.series import ChartSeries

Entry = PainEntry | Run | SessionRecord


@dataclass(frozen=True)
class HistorySnapshot:
    """One read of the diary, as History shows it; ``token`` says which request it answers."""

    token: int
    now: datetime
    pain: tuple[PainEntry, ...]
    runs: tuple[Run, ...]
    sessions: tuple[SessionRecord, ...]
    entries: tuple[Entry, ...]  # pain, runs and finished routine sessions, newest first
    weeks: tuple[WeekSummary, ...]
    load: tuple[WeekLoad, ...]
    trend: str
    programme: ProgrammeView
    series: ChartSeries


def entry_time(entry: Entry) -> datetime:
    return entry.started if isinstance(entry, SessionRecord) else entry.at


def entry_order(entry: Entry) -> tuple[datetime, int, int]:
    """The sort key of :func:`newest_first` (which sorts by it, reversed): at the same minute
    the pain noted after a run comes first, then the run, then a routine."""
    rank = 2 if isinstance(entry, PainEntry) else 1 if isinstance(entry, Run) else 0
    return (entry_time(entry), rank, entry.id or 0)


def newest_first(pain: tuple[PainEntry, ...], runs: tuple[Run, ...],
                 sessions: tuple[SessionRecord, ...] = ()) -> tuple[Entry, ...]:  # fmt: skip
    """Pain entries, runs and finished routine sessions in one list, newest first (a session
    still in progress is the player's, not yet an entry)."""
    rows: list[Entry] = [*pain, *runs, *(s for s in sessions if s.status != IN_PROGRESS)]
    rows.sort(key=entry_order, reverse=True)
    return tuple(rows)


def read_snapshot(diary: Diary, now: datetime, token: int, *, programme_weeks: int, weeks_shown: int,
                  units: str = "km") -> HistorySnapshot:  # fmt: skip
    """Read and prepare everything History shows (raises StorageError when the diary cannot be read)."""
    from coach.core.history import series

    pain, runs, sessions = tuple(diary.pain_entries()), tuple(diary.runs()), tuple(diary.sessions())
    plan = programme_view(diary, weeks=programme_weeks)
    today = now.date()
    return HistorySnapshot(
        token=token, now=now, pain=pain, runs=runs, sessions=sessions, entries=newest_first(pain, runs, sessions),
        weeks=week_summaries(runs, sessions, today, weeks_shown), load=weekly_load(runs, sessions, today, weeks_shown),
        trend=pain_trend(pain, today).sentence(), programme=plan,
        series=series.chart_series(pain, runs, sessions, now, plan.changes, units),
    )  # fmt: skip
