"""Training load by the session-RPE method (Foster et al. 2001): minutes × effort (0-10).

Runs and routine sessions count alike, so a week of strength work shows as load
next to the running. A record without an effort rating or a duration adds no
load: the week's figure is what was rated, not a guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from coach.core.diary.records import Run, SessionRecord


def run_load(run: Run) -> float | None:
    """Minutes × effort for one run (None when either is missing)."""
    if run.effort is None or run.minutes is None:
        return None
    return run.minutes * run.effort


def session_load(record: SessionRecord) -> float | None:
    """Minutes played × effort for one routine session (None when unrated or unfinished)."""
    if record.effort is None or record.ended is None:
        return None
    return max(0.0, (record.ended - record.started).total_seconds() / 60) * record.effort


@dataclass(frozen=True)
class WeekLoad:
    """One Monday-to-Sunday week's load, split into running and routines."""

    start: date
    running: float = 0.0
    routines: float = 0.0

    @property
    def total(self) -> float:
        return self.running + self.routines


def weekly_load(runs: Iterable[Run], sessions: Iterable[SessionRecord], last: date, weeks: int) -> tuple[WeekLoad, ...]:
    """The load of the ``weeks`` weeks ending with the one holding ``last``, oldest first."""
    newest = last - timedelta(days=last.weekday())
    starts = [newest - timedelta(weeks=n) for n in reversed(range(weeks))]
    tally = {start: [0.0, 0.0] for start in starts}
    rated = [(0, run.day, run_load(run)) for run in runs] + [(1, s.day, session_load(s)) for s in sessions]
    for column, day, value in rated:
        week = day - timedelta(days=day.weekday())
        if value is not None and week in tally:
            tally[week][column] += value
    return tuple(WeekLoad(start, *tally[start]) for start in starts)
