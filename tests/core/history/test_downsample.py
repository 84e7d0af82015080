"""History's chart series cut to what a view can show: the extremes of every pixel stay."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta

import numpy as np

from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.history import downsample
from coach.core.history.series import DAY_S, Points, Spans, chart_series, seconds


def _columns(xs, x0, x1, pixels):
    return np.floor((xs - x0) / ((x1 - x0) / pixels)).astype(int)


def test_peaks_keep_each_pixels_lowest_and_highest_so_a_spike_shows():
    rng = np.random.default_rng(11)
    xs = np.sort(rng.uniform(0, 10_000, 20_000))
    ys = rng.integers(0, 4, xs.size).astype(float)
    ys[7_777] = 10.0  # one bad day among thirty years of mild ones
    x0, x1, pixels = 1_000.0, 9_000.0, 400
    shown = downsample.peaks(Points(xs, ys), x0, x1, pixels)
    inside = (shown.xs >= x0) & (shown.xs < x1)
    assert inside.sum() <= 2 * pixels  # at most two points a pixel
    assert 10.0 in shown.ys
    assert np.all(np.diff(shown.xs) >= 0)  # still in x order, so the line is drawn left to right
    seen = (xs >= x0) & (xs < x1)
    original = _columns(xs[seen], x0, x1, pixels)
    kept = _columns(shown.xs[inside], x0, x1, pixels)
    for column in np.unique(original):
        values = ys[seen][original == column]
        got = shown.ys[inside][kept == column]
        assert got.max() == values.max() and got.min() == values.min()
    assert shown.xs[0] < x0 and shown.xs[-1] > x1  # one neighbour each side: the line runs to the edge


def test_few_points_are_passed_through_untouched():
    points = Points(np.array([1.0, 2.0, 3.0]), np.array([4.0, 9.0, 1.0]))
    shown = downsample.peaks(points, 0.0, 10.0, 800)
    assert shown.xs.tolist() == [1.0, 2.0, 3.0] and shown.ys.tolist() == [4.0, 9.0, 1.0]


def test_bars_keep_the_tallest_of_each_pixel_and_ticks_one_a_pixel():
    xs = np.arange(0.0, 1_000.0, 0.5)  # four a pixel
    ys = (xs % 7).astype(float)
    bars = downsample.tallest(Points(xs, ys), 0.0, 1_000.0, 500)
    assert bars.xs.size <= 502
    for column in range(500):
        chunk = ys[(xs >= 2 * column) & (xs < 2 * column + 2)]
        assert chunk.max() in bars.ys[(bars.xs >= 2 * column) & (bars.xs < 2 * column + 2)]
    ticks = downsample.ticks(xs, 100.0, 200.0, 50)
    assert ticks.size <= 52 and ticks.min() < 100.0 and ticks.max() >= 200.0


def test_spans_merge_within_a_pixel_covering_their_extremes():
    starts = np.arange(0.0, 100.0)
    ceiling = Spans(starts, starts + 1, np.full(100, 5.0), np.full(100, 6.0))
    ceiling.highs[42] = 9.0
    merged = downsample.spans(ceiling, 0.0, 100.0, 10)
    assert len(merged) == 10 and merged.highs.max() == 9.0 and merged.lows.min() == 5.0
    assert merged.starts[0] == 0.0 and merged.ends[-1] == 100.0
    xs, ys = downsample.step_line(Spans(np.array([0.0, 10.0, 30.0]), np.array([10.0, 20.0, 40.0]),
                                        np.zeros(3), np.array([1.0, 2.0, 3.0])))  # fmt: skip
    assert np.isnan(xs).sum() == 1 and xs[:4].tolist() == [0.0, 10.0, 10.0, 20.0]  # a gap only where spans part


def test_series_are_sorted_and_split_by_what_they_show():
    now = datetime(2026, 11, 23, 20, 0)
    pain = [PainEntry(now - timedelta(days=d), "after-run", left=d % 5, right=None if d % 2 else 3) for d in range(9, 0, -1)]
    runs = [Run(now - timedelta(days=d, hours=2), 5.0 + d, 40.0) for d in range(8, 0, -1)]
    sessions = [SessionRecord("r", "strength", now - timedelta(days=3), "completed", 8, 8),
                SessionRecord("r", "care", now - timedelta(days=2), "completed", 8, 8),
                SessionRecord("r", "strength", now - timedelta(days=1), "stopped-for-pain", 3, 8)]  # fmt: skip
    series = chart_series(pain, runs, sessions, now)
    assert series.left.xs.tolist() == [seconds(e.at) for e in pain]
    assert series.right.ys.tolist() == [3.0] * len([e for e in pain if e.right is not None])
    assert (series.strength_ticks.size, series.other_ticks.size, series.pain_stop_ticks.size) == (1, 1, 1)
    assert len(series.bars) + len(series.over_bars) == len(runs) and series.run_ticks.size == len(runs)
    assert series.last_x == seconds(datetime(2026, 11, 24)) and series.first_x == seconds(pain[0].at)
    assert np.all(np.diff(series.ceiling.starts) > 0) and series.ceiling.starts[0] % DAY_S == 0


def test_the_series_modules_never_import_qt():
    code = "import sys, coach.core.history.snapshot, coach.core.history.downsample; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
