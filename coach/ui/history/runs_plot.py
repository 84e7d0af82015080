"""History's runs chart: each run's distance as a bar (in the warning colour when it
went past that day's ceiling), and the next-run ceiling as a line
with a band (from the longest run of the 30 days before up to 10% above it).

Sits under the pain chart with its x axis linked, so a day is at the same place
in both. The ceiling is computed in core (``coach.core.plan.ceiling``) once per
diary change by whoever calls ``set_data``; painting only draws the prepared
arrays and path. Imports pyqtgraph, so only ``chart.py`` imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from coach.core.diary.records import Run, in_units
from coach.core.plan.ceiling import CeilingSpan
from coach.ui.shell import theme

EPOCH = datetime(1970, 1, 1)
DAY_S = 86400.0


def seconds(at: datetime) -> float:
    return (at - EPOCH).total_seconds()


def day_seconds(day: date) -> float:
    return seconds(datetime.combine(day, datetime.min.time()))


def ceiling_colours(widget: QWidget) -> tuple[QColor, QColor, QColor]:
    """The line, its band and a run over the ceiling, for the widget's palette (light or dark)."""
    scheme = "dark" if theme.is_dark(widget) else "light"
    line = QColor(theme.CEILING_COLOURS[scheme])
    band = QColor(line)
    band.setAlpha(theme.CEILING_BAND_ALPHA[scheme])
    return line, band, QColor(theme.RUN_OVER_CEILING[scheme])


def ceiling_arrays(spans: Sequence[CeilingSpan], units: str) -> tuple[np.ndarray, np.ndarray]:
    """The ceiling as a step line: each span flat from its first day to the end of
    its last, a gap (NaN) where no ceiling applied."""
    xs: list[float] = []
    ys: list[float] = []
    for k, span in enumerate(spans):
        if k and (span.start - spans[k - 1].end).days > 1:
            xs.append(np.nan)
            ys.append(np.nan)
        value = in_units(span.km, units)
        xs += [day_seconds(span.start), day_seconds(span.end + timedelta(days=1))]
        ys += [value, value]
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def band_path(spans: Sequence[CeilingSpan], units: str) -> QPainterPath:
    """One rectangle per span, from the longest run up to the ceiling."""
    path = QPainterPath()
    for span in spans:
        low, high = in_units(span.longest_km, units), in_units(span.km, units)
        x0 = day_seconds(span.start)
        path.addRect(QRectF(x0, low, day_seconds(span.end + timedelta(days=1)) - x0, high - low))
    return path


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


class RunsPlot(pg.PlotWidget):
    """The plot; ``set_data`` replaces what it shows."""

    def __init__(self, units: str = "km", parent: QWidget | None = None):
        super().__init__(parent, axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)},
                         enableMenu=False)  # fmt: skip
        self.units = units
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line, band, over = ceiling_colours(self)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        self.setMouseEnabled(x=True, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.15)
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        item.getAxis("left").setLabel(self.tr("run {units}").format(units=units))
        self.band = QGraphicsPathItem()
        self.band.setPen(QPen(Qt.PenStyle.NoPen))
        self.band.setBrush(QBrush(band))
        self.band.setZValue(-10)
        self.addItem(self.band)
        self.ceiling_curve = pg.PlotCurveItem([], [], pen=pg.mkPen(line, width=2), connect="finite",
                                              name=self.tr("Next-run ceiling"))  # fmt: skip
        self.addItem(self.ceiling_curve)
        # Each run a bar from 0 to its distance, drawn as line pairs: one item for
        # thousands of runs, without the cost of a symbol per run.
        self.stems = pg.PlotCurveItem([], [], connect="pairs", pen=pg.mkPen(text, width=3), name="Run")
        self.addItem(self.stems)
        self.over_stems = pg.PlotCurveItem([], [], connect="pairs", pen=pg.mkPen(over, width=3),
                                           name="Over the ceiling")  # fmt: skip
        self.addItem(self.over_stems)
        self.spans: tuple[CeilingSpan, ...] = ()
        self._xs = np.zeros(0)
        self._tops = np.zeros(0)  # the runs' distances by x, for the y range
        self._span_x = np.zeros((0, 2))
        self._span_y = np.zeros(0)
        self.sigXRangeChanged.connect(self._fit_height)

    def set_data(self, runs: Sequence[Run], spans: Sequence[CeilingSpan]) -> None:
        self.spans = tuple(spans)
        xs = np.asarray([seconds(r.at) for r in runs], dtype=float)
        ys = np.asarray([in_units(r.distance_km, self.units) for r in runs], dtype=float)
        over = np.asarray(over_ceiling(runs, self.spans), dtype=bool)
        for item, chosen in ((self.stems, ~over), (self.over_stems, over)):
            item.setData(np.repeat(xs[chosen], 2), np.column_stack([np.zeros(chosen.sum()), ys[chosen]]).ravel())
        cx, cy = ceiling_arrays(self.spans, self.units)
        self.ceiling_curve.setData(cx, cy)
        self.band.setPath(band_path(self.spans, self.units))
        order = np.argsort(xs, kind="stable")
        self._xs, self._tops = xs[order], ys[order]
        self._span_x = np.asarray([(day_seconds(s.start), day_seconds(s.end + timedelta(days=1))) for s in self.spans],
                                  dtype=float).reshape(-1, 2)  # fmt: skip
        self._span_y = np.asarray([in_units(s.km, self.units) for s in self.spans], dtype=float)
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        """The y range fits what is in view (a long run years ago must not flatten this month)."""
        (x0, x1), _ = self.getPlotItem().viewRange()
        lo, hi = np.searchsorted(self._xs, [x0 - DAY_S, x1 + DAY_S])
        seen = self._span_y[(self._span_x[:, 0] <= x1) & (self._span_x[:, 1] >= x0)]
        top = max(float(self._tops[lo:hi].max()) if hi > lo else 0.0, float(seen.max()) if seen.size else 0.0) or 10.0
        self.setYRange(0, top * 1.12, padding=0)
