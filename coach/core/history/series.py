"""History's chart as plain arrays: pain per knee, run and routine ticks, run bars,
the next-run ceiling and its band, and the programme's moves.

Computed once per diary change on a worker thread (see ``coach.ui.history.loader``),
so the GUI thread only hands finished arrays to pyqtgraph. Every array is sorted
by x (seconds since 1970 of a naive local time, the chart's x axis), which lets
the chart cut out what is in view with a binary search. Importing numpy here is
fine: this module is only imported by the worker, after the app is up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np
import numpy.typing as npt

from coach.core.diary.records import PainEntry, Run, SessionRecord, in_units
from coach.core.plan.ceiling import CeilingSpan, ceiling_series
from coach.core.plan.changes_view import weeks_text
from coach.core.plan.programme import Change

Floats = npt.NDArray[np.float64]
EPOCH = datetime(1970, 1, 1)
DAY_S = 86400.0


def seconds(at: datetime) -> float:
    """A naive local time as the chart's x value (the axis shows it with utcOffset=0)."""
    return (at - EPOCH).total_seconds()


def day_seconds(day: date) -> float:
    return seconds(datetime.combine(day, datetime.min.time()))


def _floats(values: Sequence[float]) -> Floats:
    return np.asarray(values, dtype=np.float64)


def _empty() -> Floats:
    return np.zeros(0, dtype=np.float64)


@dataclass(frozen=True)
class Points:
    """x values (sorted) and their y values."""

    xs: Floats = field(default_factory=_empty)
    ys: Floats = field(default_factory=_empty)

    def __len__(self) -> int:
        return int(self.xs.size)


@dataclass(frozen=True)
class Spans:
    """Ceiling spans: from ``starts`` to ``ends`` (x), the band ``lows``..``highs`` (sorted by start)."""

    starts: Floats = field(default_factory=_empty)
    ends: Floats = field(default_factory=_empty)
    lows: Floats = field(default_factory=_empty)
    highs: Floats = field(default_factory=_empty)

    def __len__(self) -> int:
        return int(self.starts.size)


@dataclass(frozen=True)
class ChartSeries:
    """Everything the pain chart and the runs plot draw, at full resolution."""

    left: Points = field(default_factory=Points)
    right: Points = field(default_factory=Points)
    run_ticks: Floats = field(default_factory=_empty)
    strength_ticks: Floats = field(default_factory=_empty)
    other_ticks: Floats = field(default_factory=_empty)
    pain_stop_ticks: Floats = field(default_factory=_empty)
    bars: Points = field(default_factory=Points)  # runs within their day's ceiling (or without one)
    over_bars: Points = field(default_factory=Points)  # runs past their day's ceiling
    ceiling: Spans = field(default_factory=Spans)  # the step line is each span's high
    spans: tuple[CeilingSpan, ...] = ()
    marks: Points = field(default_factory=Points)  # the programme's moves, at noon of their day
    mark_labels: tuple[str, ...] = ()  # "week 2 → 3", one per mark
    first_x: float | None = None  # the oldest record's x, for "All" and for no empty weeks
    last_x: float = 0.0  # the end of today


def over_ceiling(runs: Sequence[Run], spans: Sequence[CeilingSpan]) -> list[bool]:
    """Which runs went past the ceiling their day had (runs and spans oldest first)."""
    out, k = [], 0
    for run in runs:
        day = run.at.date()
        while k < len(spans) and spans[k].end < day:
            k += 1
        span = spans[k] if k < len(spans) and spans[k].start <= day else None
        out.append(span is not None and run.distance_km > span.km + 1e-9)
    return out


def _sorted_points(pairs: list[tuple[float, float]]) -> Points:
    pairs.sort(key=lambda p: p[0])
    return Points(_floats([p[0] for p in pairs]), _floats([p[1] for p in pairs]))


def chart_series(pain: Sequence[PainEntry], runs: Sequence[Run], sessions: Sequence[SessionRecord],
                 today: datetime, changes: Sequence[Change] = (), units: str = "km") -> ChartSeries:  # fmt: skip
    """The chart's arrays for these records (each list oldest first, as the diary gives them)."""
    knees = [_sorted_points([(seconds(e.at), float(v)) for e in pain if (v := getattr(e, side)) is not None])
             for side in ("left", "right")]  # fmt: skip
    groups: dict[str, list[float]] = {"strength": [], "other": [], "pain": []}
    for session in sessions:
        if session.status == "stopped-for-pain":
            groups["pain"].append(seconds(session.started))
        elif session.status == "completed":
            groups["strength" if session.focus == "strength" else "other"].append(seconds(session.started))
    ordered = sorted(runs, key=lambda r: r.at)
    spans = ceiling_series(ordered, ordered[0].at.date(), today.date()) if ordered else ()
    over = over_ceiling(ordered, spans)
    run_x = [seconds(r.at) for r in ordered]
    run_y = [in_units(r.distance_km, units) for r in ordered]
    bars = Points(_floats([x for x, o in zip(run_x, over, strict=True) if not o]),
                  _floats([y for y, o in zip(run_y, over, strict=True) if not o]))  # fmt: skip
    over_bars = Points(_floats([x for x, o in zip(run_x, over, strict=True) if o]),
                       _floats([y for y, o in zip(run_y, over, strict=True) if o]))  # fmt: skip
    ceiling = Spans(_floats([day_seconds(s.start) for s in spans]),
                    _floats([day_seconds(s.end + timedelta(days=1)) for s in spans]),
                    _floats([in_units(s.longest_km, units) for s in spans]),
                    _floats([in_units(s.km, units) for s in spans]))  # fmt: skip
    moves = sorted(changes, key=lambda c: c.on)
    marks = Points(_floats([day_seconds(c.on) + DAY_S / 2 for c in moves]), _floats([0.0] * len(moves)))
    starts = [seconds(records[0].at) for records in (pain, runs) if records]
    starts += [seconds(sessions[0].started)] if sessions else []
    return ChartSeries(
        left=knees[0], right=knees[1], run_ticks=np.sort(_floats(run_x)),
        strength_ticks=np.sort(_floats(groups["strength"])), other_ticks=np.sort(_floats(groups["other"])),
        pain_stop_ticks=np.sort(_floats(groups["pain"])), bars=bars, over_bars=over_bars, ceiling=ceiling,
        spans=tuple(spans), marks=marks, mark_labels=tuple(weeks_text(c).replace("week ", "wk ") for c in moves),
        first_x=min(starts) if starts else None,
        last_x=seconds(today.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)),
    )  # fmt: skip
