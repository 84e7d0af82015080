"""History's runs chart: each run's distance as a bar (in the warning colour when it
went past that day's ceiling), and the next-run ceiling as a line
with a band (from the longest run of the 30 days before up to 10% above it).

Sits under the pain chart with its x axis linked, so a day is at the same place
in both. The bars, the ceiling and its band come prepared from core
(``coach.core.history.series``, on History's worker thread, once per diary
change); on each change of the view only what is in it is handed to pyqtgraph,
one bar and one span a pixel. Imports pyqtgraph, so only ``chart.py`` imports it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from coach.core.history import downsample
from coach.core.history.series import DAY_S, ChartSeries, Spans
from coach.core.plan.ceiling import CeilingSpan
from coach.ui.shell import theme


def ceiling_colours(widget: QWidget) -> tuple[QColor, QColor, QColor]:
    """The line, its band and a run over the ceiling, for the widget's palette (light or dark)."""
    scheme = "dark" if theme.is_dark(widget) else "light"
    line = QColor(theme.CEILING_COLOURS[scheme])
    band = QColor(line)
    band.setAlpha(theme.CEILING_BAND_ALPHA[scheme])
    return line, band, QColor(theme.RUN_OVER_CEILING[scheme])


def band_path(spans: Spans) -> QPainterPath:
    """One rectangle per span, from the longest run up to the ceiling."""
    path = QPainterPath()
    for x0, x1, low, high in zip(spans.starts, spans.ends, spans.lows, spans.highs, strict=True):
        path.addRect(QRectF(float(x0), float(low), float(x1 - x0), float(high - low)))
    return path


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
        self.series = ChartSeries()
        self._clipped_to: tuple[float, float, int] | None = None
        self.sigXRangeChanged.connect(self._clip)
        self.getPlotItem().getViewBox().sigResized.connect(self._clip)

    def set_series(self, series: ChartSeries) -> None:
        """Show these prepared series (runs as bars, the ceiling and its band)."""
        self.series = series
        self.spans = series.spans
        self._clipped_to = None
        self._clip()

    def _clip(self, *_args) -> None:
        """Only what is in view, one bar (the tallest) and one span a pixel; then fit the height."""
        (x0, x1), _ = self.getPlotItem().viewRange()
        pixels = max(int(self.getPlotItem().getViewBox().width()), 1)
        if self._clipped_to == (x0, x1, pixels):
            return
        self._clipped_to = (x0, x1, pixels)
        series = self.series
        tops = 0.0
        for item, points in ((self.stems, series.bars), (self.over_stems, series.over_bars)):
            shown = downsample.tallest(points, x0 - DAY_S, x1 + DAY_S, pixels)
            item.setData(*downsample.bar_pairs(shown))
            inside = shown.ys[(shown.xs >= x0 - DAY_S) & (shown.xs <= x1 + DAY_S)]
            tops = max(tops, float(inside.max()) if inside.size else 0.0)
        spans = downsample.spans(series.ceiling, x0, x1, pixels)
        self.ceiling_curve.setData(*downsample.step_line(spans))
        self.band.setPath(band_path(spans))
        # The y range fits what is in view (a long run years ago must not flatten this month).
        top = max(tops, float(np.max(spans.highs)) if len(spans) else 0.0) or 10.0
        self.setYRange(0, top * 1.12, padding=0)
