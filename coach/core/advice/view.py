"""The diary as the advice rules see it: sorted, nothing after today, and
what the rules need from before the recent window.

Its own module so the rules (``rules.py``) and the table (``advice.py``) both
import it and neither imports the other's importer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TypeVar

from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe

T = TypeVar("T")


def is_rated(entry: PainEntry) -> bool:
    """An entry with at least one knee rated (not only flags or a note)."""
    return entry.left is not None or entry.right is not None


# The longest look-back of any rule: not-improving compares days 0..13 with days
# 28..41 before today (long-run-spike needs 7 + 30 days, weekly-jump 28, the rest
# 16 or fewer). Only two facts come from further back, kept in ``Earlier``.
LOOKBACK_DAYS = 42


@dataclass(frozen=True)
class Earlier:
    """What the rules need from the whole diary besides the recent window."""

    first_rated: date | None  # the day of the first rated pain entry up to today (not-improving)
    logged: bool  # any pain entry or run up to today (the start rule)


@dataclass(frozen=True)
class DiaryView:
    """The diary as the rules see it: sorted by time, nothing after today."""

    pain: tuple[PainEntry, ...]
    runs: tuple[Run, ...]
    sessions: tuple[SessionRecord, ...]
    shoes: tuple[Shoe, ...]
    units: str = "km"
    # When the view holds only the recent window (``advice_from_diary``): what the
    # rules need from before it, read as indexed aggregates. None: the view is whole.
    before: Earlier | None = None

    @classmethod
    def build(
        cls,
        pain: Iterable[PainEntry],
        runs: Iterable[Run],
        sessions: Iterable[SessionRecord],
        shoes: Iterable[Shoe],
        today: date,
        units: str = "km",
        before: Earlier | None = None,
    ) -> DiaryView:
        """Drop future-dated records and sort the rest, once, for every rule."""
        return cls(
            pain=tuple(sorted((e for e in pain if e.at.date() <= today), key=lambda e: e.at)),
            runs=tuple(sorted((r for r in runs if r.at.date() <= today), key=lambda r: r.at)),
            sessions=tuple(sorted((s for s in sessions if s.started.date() <= today), key=lambda s: s.started)),
            shoes=tuple(shoes),
            units=units,
            before=before,
        )

    def first_rated_day(self) -> date | None:
        """The day of the first rated entry of the whole diary (up to today)."""
        if self.before is not None:
            return self.before.first_rated
        return self.rated[0].at.date() if self.rated else None

    def anything_logged(self) -> bool:
        """Any pain entry or run in the whole diary (up to today)."""
        if self.before is not None:
            return self.before.logged
        return bool(self.pain or self.runs)

    @cached_property
    def rated(self) -> tuple[PainEntry, ...]:
        return tuple(e for e in self.pain if is_rated(e))

    def pain_in(self, first: date, last: date) -> tuple[PainEntry, ...]:
        """Entries whose day is within first..last, both included."""
        return _between(self.pain, first, last, lambda e: e.at.date())

    def rated_in(self, first: date, last: date) -> tuple[PainEntry, ...]:
        return tuple(e for e in self.pain_in(first, last) if is_rated(e))

    def runs_in(self, first: date, last: date) -> tuple[Run, ...]:
        return _between(self.runs, first, last, lambda r: r.at.date())

    def sessions_in(self, first: date, last: date) -> tuple[SessionRecord, ...]:
        return _between(self.sessions, first, last, lambda s: s.started.date())


def _between(items: Sequence[T], first: date, last: date, day_of: Callable[[T], date]) -> tuple[T, ...]:
    lo = bisect_left(items, first, key=day_of)
    hi = bisect_right(items, last, key=day_of)
    return tuple(items[lo:hi])
