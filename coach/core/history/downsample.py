"""Cut a chart series down to what a view can show: the part in view, and at most
two points (or one tick, one bar, one span) per horizontal pixel.

Each function takes x values sorted ascending, the view's x range and its width
in pixels (``buckets``). Within a pixel's bucket the extremes are kept, so a pain
spike or the longest run is never hidden by the reduction; outside the view only
one neighbour on each side is kept, so a line still runs to the edge.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from coach.core.history.series import Floats, Points, Spans

Ints = npt.NDArray[np.intp]


def in_view(xs: Floats, x0: float, x1: float) -> tuple[int, int]:
    """The slice ``lo:hi`` of ``xs`` within ``x0..x1``, widened by one neighbour each side."""
    lo = max(int(np.searchsorted(xs, x0, side="left")) - 1, 0)
    hi = min(int(np.searchsorted(xs, x1, side="right")) + 1, int(xs.size))
    return lo, hi


def _buckets(xs: Floats, x0: float, x1: float, buckets: int) -> tuple[Ints, Ints]:
    """Each point's pixel column (one column each for the neighbours outside the view),
    and where each run of equal columns starts (xs sorted, so columns never go back)."""
    width = (x1 - x0) / max(buckets, 1) or 1.0
    column = np.clip(np.floor((xs - x0) / width), -1, buckets).astype(np.intp)
    starts = np.flatnonzero(np.concatenate(([True], column[1:] != column[:-1]))).astype(np.intp)
    return column, starts


def peaks(points: Points, x0: float, x1: float, buckets: int) -> Points:
    """The points in view; where a pixel holds more than two, its lowest and its highest
    (in x order), as a line through them looks the same."""
    lo, hi = in_view(points.xs, x0, x1)
    xs, ys = points.xs[lo:hi], points.ys[lo:hi]
    if xs.size <= 2 * max(buckets, 1):
        return Points(xs, ys)
    column, starts = _buckets(xs, x0, x1, buckets)
    order = np.lexsort((ys, column))  # by column, then by y: each column's lowest first, highest last
    ends = np.concatenate((starts[1:], [xs.size])) - 1
    keep = np.unique(np.concatenate((order[starts], order[ends])))
    return Points(xs[keep], ys[keep])


def tallest(points: Points, x0: float, x1: float, buckets: int) -> Points:
    """Bars from 0 in view; where a pixel holds several, only the tallest (it covers the rest)."""
    lo, hi = in_view(points.xs, x0, x1)
    xs, ys = points.xs[lo:hi], points.ys[lo:hi]
    if xs.size <= max(buckets, 1):
        return Points(xs, ys)
    column, starts = _buckets(xs, x0, x1, buckets)
    order = np.lexsort((ys, column))
    ends = np.concatenate((starts[1:], [xs.size])) - 1
    keep = np.sort(order[ends])
    return Points(xs[keep], ys[keep])


def ticks(xs: Floats, x0: float, x1: float, buckets: int) -> Floats:
    """Vertical ticks in view, one per pixel that has any."""
    lo, hi = in_view(xs, x0, x1)
    seen = xs[lo:hi]
    if seen.size <= max(buckets, 1):
        return seen
    _, starts = _buckets(seen, x0, x1, buckets)
    return seen[starts]


def spans(ceiling: Spans, x0: float, x1: float, buckets: int) -> Spans:
    """The spans that reach into view; where a pixel holds several, one covering them all
    (from the lowest low to the highest high)."""
    lo = int(np.searchsorted(ceiling.ends, x0, side="left"))
    hi = int(np.searchsorted(ceiling.starts, x1, side="right"))
    cut = Spans(ceiling.starts[lo:hi], ceiling.ends[lo:hi], ceiling.lows[lo:hi], ceiling.highs[lo:hi])
    if len(cut) <= max(buckets, 1):
        return cut
    _, starts = _buckets(cut.starts, x0, x1, buckets)
    ends = np.concatenate((starts[1:], [len(cut)])) - 1
    return Spans(cut.starts[starts], cut.ends[ends], np.minimum.reduceat(cut.lows, starts),
                 np.maximum.reduceat(cut.highs, starts))  # fmt: skip


def pairs(xs: Floats, y0: float, y1: float) -> tuple[Floats, Floats]:
    """Vertical marks as line pairs (x, y0), (x, y1), for pyqtgraph's ``connect="pairs"``."""
    return np.repeat(xs, 2), np.tile(np.asarray((y0, y1), dtype=np.float64), xs.size)


def bar_pairs(points: Points) -> tuple[Floats, Floats]:
    """Bars from 0 up to each y, as line pairs."""
    return np.repeat(points.xs, 2), np.column_stack((np.zeros(points.xs.size), points.ys)).ravel()


def step_line(ceiling: Spans) -> tuple[Floats, Floats]:
    """The ceiling as a step line: flat over each span, a gap (NaN) between spans that do not touch."""
    count = len(ceiling)
    if not count:
        return np.zeros(0), np.zeros(0)
    gap = np.concatenate((ceiling.starts[1:] - ceiling.ends[:-1] > 1.0, [False]))
    xs = np.column_stack((ceiling.starts, ceiling.ends, np.where(gap, np.nan, 0.0))).ravel()
    ys = np.column_stack((ceiling.highs, ceiling.highs, np.where(gap, np.nan, 0.0))).ravel()
    keep = np.ones(xs.size, dtype=bool)
    keep[2::3] = gap  # the third slot of a span is a NaN gap or nothing
    return xs[keep], ys[keep]
