"""The week as seven day cells (Mon–Sun): what was done, what is planned, what was missed.

A day's plan is done when every planned kind of it happened (a run on a run
day, a completed strength routine on a strength day); a past day that is not
done is missed; today and later days are planned. Days with nothing planned
are rest days, unless something was done anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.core.diary.records import Run, SessionRecord
from coach.core.plan.schedule import Schedule


@dataclass(frozen=True)
class DayCell:
    day: date
    planned: tuple[str, ...]  # "run", "strength"
    done: tuple[str, ...]
    state: str  # "done" | "planned" | "missed" | "rest"
    today: bool = False


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_cells(
    schedule: Schedule, runs: Sequence[Run], sessions: Sequence[SessionRecord], today: date, tracked_from: date | None = None
) -> tuple[DayCell, ...]:
    """The seven cells of the calendar week holding ``today``.

    A planned day before ``tracked_from`` (the diary's first record) is a rest
    day, not a missed one: a runner who installs the app on Thursday did not
    miss Monday."""
    monday = week_start(today)
    ran = {r.at.date() for r in runs}
    strong = {s.started.date() for s in sessions if s.focus == "strength" and s.status == "completed"}
    cells = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        planned = tuple(k for k, on in (("run", schedule.is_run_day(day)), ("strength", schedule.is_strength_day(day))) if on)
        done = tuple(k for k, on in (("run", day in ran), ("strength", day in strong)) if on)
        if planned and set(planned) <= set(done):
            state = "done"
        elif not planned:
            state = "done" if done else "rest"
        elif tracked_from is not None and day < tracked_from:
            state = "rest"
        elif day < today:
            state = "missed"
        else:
            state = "planned"
        cells.append(DayCell(day, planned, done, state, today=day == today))
    return tuple(cells)
