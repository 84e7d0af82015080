"""The next-run ceiling (ADVICE.md ``next-run-ceiling``, Frandsen et al. 2025).

X = 1.1 x the longest run on the 30 calendar days before today, given at least
3 runs on those days; otherwise there is no ceiling yet. On a back-off or
see-clinician day the answer is "no run today" whatever the runs say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.core.diary.records import Run, format_distance
from coach.core.i18n import _

SOURCE = "Frandsen et al. 2025"
WINDOW_DAYS = 30
MIN_RUNS = 3
NO_RUN_HEADLINES = ("back-off", "see-clinician")


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
    longest = max(round(r.distance_km * 1000) for r in earlier) / 1000
    return Ceiling("ceiling", km=round(longest * 1.1, 3), longest_km=longest, runs=len(earlier))
