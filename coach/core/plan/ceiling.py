"""The next-run ceiling (ADVICE.md ``next-run-ceiling``, Frandsen et al. 2025).

X = 1.1 x the longest run on the 30 calendar days before today, given at least
3 runs on those days; otherwise there is no ceiling yet. On a back-off or
see-clinician day the answer is "no run today" whatever the runs say.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.core.diary.records import Run, format_distance
from coach.core.i18n import _
from coach.core.vocabulary import Headline

SOURCE = "Frandsen et al. 2025"
WINDOW_DAYS = 30
MIN_RUNS = 3
NO_RUN_HEADLINES = (Headline.BACK_OFF, Headline.SEE_CLINICIAN)


@dataclass(frozen=True)
class Ceiling:
    """``km`` is set only when there is a ceiling; ``state`` says which case."""

    state: str  # "ceiling" | "none-yet" | "no-run-today"
    km: float | None = None
    longest_km: float | None = None
    runs: int = 0

    def text(self, units: str = "km") -> str:
        if self.state == "no-run-today":
            return _("No run today")
        if self.km is None:
            return _("No ceiling yet (needs {runs} runs in {days} days)").format(runs=MIN_RUNS, days=WINDOW_DAYS)
        return _("Keep today's run under {distance}").format(distance=format_distance(self.km, units))

    def short(self, units: str = "km") -> str:
        """For the Home today line: "keep it under 11.5 km"."""
        if self.state == "no-run-today":
            return _("no run today")
        if self.km is None:
            return _("no ceiling yet")
        return _("keep it under {distance}").format(distance=format_distance(self.km, units))


def next_run_ceiling(runs: Sequence[Run], today: date, headline: str) -> Ceiling:
    """The ceiling for a run today; runs on today itself are not "before"."""
    first, last = today - timedelta(days=WINDOW_DAYS), today - timedelta(days=1)
    earlier = [r for r in runs if first <= r.at.date() <= last]
    if headline in NO_RUN_HEADLINES:
        return Ceiling("no-run-today", runs=len(earlier))
    if len(earlier) < MIN_RUNS:
        return Ceiling("none-yet", runs=len(earlier))
    longest = max(_metres(r) for r in earlier) / 1000
    return Ceiling("ceiling", km=ceiling_km(longest), longest_km=longest, runs=len(earlier))


def _metres(run: Run) -> int:
    return round(run.distance_km * 1000)


def ceiling_km(longest_km: float) -> float:
    """10% above the longest run, to the metre: one formula for Home and the chart."""
    return round(longest_km * 1.1, 3)


@dataclass(frozen=True)
class CeilingSpan:
    """Days ``start``..``end`` (both included) on which the same ceiling applied."""

    start: date
    end: date
    km: float
    longest_km: float


def ceiling_series(runs: Sequence[Run], first: date, last: date) -> tuple[CeilingSpan, ...]:
    """The ceiling each day from ``first`` to ``last`` had, as History's runs chart
    draws it; days without one (fewer than 3 runs in the 30 before) are left out.

    The headline of a past day is not known, so "no run today" is not applied:
    this is what the runs alone allowed. One pass over the days with a sliding
    window (a monotonic deque for the longest), so ten years cost milliseconds.
    """
    dated = sorted((r.at.date().toordinal(), _metres(r)) for r in runs)  # day numbers: cheap to compare
    if not dated or first > last:
        return ()
    day, final = max(first.toordinal(), dated[0][0] + 1), last.toordinal()
    found: list[tuple[int, int, int]] = []  # (first day, last day, longest in metres)
    window: deque[tuple[int, int]] = deque()  # the longest run in the window first, then later ones that may take over
    enter = leave = 0  # next run to enter the window, next to leave it
    while day <= final:
        start, end = day - WINDOW_DAYS, day - 1
        while enter < len(dated) and dated[enter][0] <= end:
            while window and window[-1][1] <= dated[enter][1]:
                window.pop()
            window.append(dated[enter])
            enter += 1
        while leave < enter and dated[leave][0] < start:
            leave += 1
        while window and window[0][0] < start:
            window.popleft()
        if enter - leave >= MIN_RUNS and window:
            longest = window[0][1]
            if found and found[-1][2] == longest and found[-1][1] == day - 1:
                found[-1] = (found[-1][0], day, longest)
            else:
                found.append((day, day, longest))
        day += 1
    spans = [CeilingSpan(date.fromordinal(a), date.fromordinal(b), ceiling_km(m / 1000), m / 1000) for a, b, m in found]
    return tuple(spans)
