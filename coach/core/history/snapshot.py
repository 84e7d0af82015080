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

if TYPE_CHECKING:  # the series need numpy: imported by the worker that builds them, not by History's window
    from coach.core.history.series import ChartSeries

Entry = PainEntry | Run


@dataclass(frozen=True)
class HistorySnapshot:
    """One read of the diary, as History shows it; ``token`` says which request it answers."""

    token: int
    now: datetime
    pain: tuple[PainEntry, ...]
    runs: tuple[Run, ...]
    sessions: tuple[SessionRecord, ...]
    entries: tuple[Entry, ...]  # pain and runs, newest first
    weeks: tuple[WeekSummary, ...]
    load: tuple[WeekLoad, ...]
    trend: str
    programme: ProgrammeView
    series: ChartSeries


def newest_first(pain: tuple[PainEntry, ...], runs: tuple[Run, ...]) -> tuple[Entry, ...]:
    """Pain entries and runs in one list, newest first (a run before the pain noted at the same minute)."""
    rows: list[Entry] = [*pain, *runs]
    rows.sort(key=lambda r: (r.at, isinstance(r, PainEntry), r.id or 0), reverse=True)
    return tuple(rows)


def read_snapshot(diary: Diary, now: datetime, token: int, *, programme_weeks: int, weeks_shown: int,
                  units: str = "km") -> HistorySnapshot:  # fmt: skip
    """Read and prepare everything History shows (raises StorageError when the diary cannot be read)."""
    from coach.core.history import series

    pain, runs, sessions = tuple(diary.pain_entries()), tuple(diary.runs()), tuple(diary.sessions())
    plan = programme_view(diary, weeks=programme_weeks)
    today = now.date()
    return HistorySnapshot(
        token=token, now=now, pain=pain, runs=runs, sessions=sessions, entries=newest_first(pain, runs),
        weeks=week_summaries(runs, sessions, today, weeks_shown), load=weekly_load(runs, sessions, today, weeks_shown),
        trend=pain_trend(pain, today).sentence(), programme=plan,
        series=series.chart_series(pain, runs, sessions, now, plan.changes, units),
    )  # fmt: skip
