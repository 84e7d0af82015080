"""Pain over time per knee, with runs and routines marked underneath (pyqtgraph).

This module imports pyqtgraph, which costs a few hundred milliseconds, so it
is imported only when History opens, and then on a worker thread (History's
``loader``); nothing on the start-up path imports it. It draws series prepared
off the GUI thread (``coach.core.history.series``) and gives each item only what
is in view, at most two points a pixel (``coach.core.history.downsample``), so
thirty years of diary draw as fast as a month. Colours come from the palette
except the two knee colours and the accents from ``theme``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.core.history import downsample
from coach.core.history.series import DAY_S, ChartSeries, seconds
from coach.ui.history.runs_plot import RunsPlot, ceiling_colours
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coach.core.plan.ceiling import CeilingSpan

__all__ = ["DAY_S", "PainChart", "seconds"]
RUN_BAND = (-1.35, -0.55)  # y from..to of the run ticks
ROUTINE_BAND = (-2.55, -1.75)
PROGRAMME_Y = -3.25  # the row of the strength programme's moves
Y_TICKS = [(v, str(v)) for v in range(0, 11, 2)] + [(-0.95, QT_TRANSLATE_NOOP("PainChart", "runs")),
                                                   (-2.15, QT_TRANSLATE_NOOP("PainChart", "routines")),
                                                   (PROGRAMME_Y, QT_TRANSLATE_NOOP("PainChart", "programme"))]


MAX_LABELS = 40  # programme moves labelled at once; more in view are only diamonds


AXIS_WIDTH = 80  # both plots' left axes, so a day is at the same x in each


def _legend_html(colours: dict[str, QColor], ceiling: tuple[QColor, QColor, QColor], ground: QColor) -> str:
    """The key above the chart, in the chart's colours (text stays the palette's)."""
    line, band, over = ceiling
    solid_band = QColor(band)  # the band as it shows on the chart's ground: a label's swatch cannot be see-through
    alpha = band.alphaF()
    mix = [alpha * c + (1 - alpha) * g for c, g in ((band.redF(), ground.redF()), (band.greenF(), ground.greenF()),
                                                      (band.blueF(), ground.blueF()))]  # fmt: skip
    solid_band.setRgbF(mix[0], mix[1], mix[2])
    items = [("●", colours["left"], QCoreApplication.translate("PainChart", "Left knee")),
             ("■", colours["right"], QCoreApplication.translate("PainChart", "Right knee")),
             ("|", None, QCoreApplication.translate("PainChart", "Run")),
             ("|", colours["strength"], QCoreApplication.translate("PainChart", "Strength routine")),
             ("|", colours["other"], QCoreApplication.translate("PainChart", "Other routine")),
             ("|", colours["stopped"], QCoreApplication.translate("PainChart", "Stopped for pain")),
             ("━", line, QCoreApplication.translate("PainChart", "Next-run ceiling")),
             ("■", solid_band, QCoreApplication.translate("PainChart", "longest run of the 30 days before, up to +10%")),
             ("|", over, QCoreApplication.translate("PainChart", "Run over the ceiling")),
             ("◆", colours["strength"], QCoreApplication.translate("PainChart", "Strength programme moved (week)"))]  # fmt: skip
    parts = []
    for mark, colour, label in items:
        style = f" style='color: {colour.name()}'" if colour is not None else ""
        parts.append(f"<span style='white-space: nowrap'><b><span{style}>{mark}</span></b>&nbsp;{label}</span>")
    return "&nbsp;&nbsp;&nbsp; ".join(parts)  # a line breaks between items, never inside one


class PainChart(QWidget):
    """The chart; ``set_series`` replaces what it shows, ``show_days`` sets the span.

    Built whole by default; with ``staged=True`` only started, and ``build_step()``
    does the rest a part at a time (each pyqtgraph plot costs tens of milliseconds
    to make), so that a caller can let the event loop run between the parts."""

    def __init__(self, units: str = "km", parent: QWidget | None = None, staged: bool = False):
        super().__init__(parent)
        self._steps = self._build(units)
        if not staged:
            while self.build_step():
                pass

    def build_step(self) -> bool:
        """Build the next part; False once the chart is complete."""
        return next(self._steps, False)

    def _build(self, units: str) -> Iterator[bool]:
        self.setAccessibleName(self.tr("Pain over time, left and right knee, with runs and routines; "
                                       "below, each run's distance and the next-run ceiling"))  # fmt: skip
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.colours = {name: theme.chart_colour(self, name) for name in theme.CHART_COLOURS["light"]}
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)},
                                 enableMenu=False)  # no context menu: not built at all (~20 ms a plot)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        item.getAxis("left").setTicks([[(v, self.tr(text)) for v, text in Y_TICKS]])
        item.getAxis("left").setLabel(self.tr("pain 0-10"))
        self.plot.setYRange(PROGRAMME_Y - 0.75, 10.8, padding=0)
        yield True
        self.left_curve = self._curve(self.colours["left"], self.tr("Left knee"), "o")
        self.right_curve = self._curve(self.colours["right"], self.tr("Right knee"), "s")
        self.run_ticks = self._tick_item(text, self.tr("Run"))
        self.strength_ticks = self._tick_item(self.colours["strength"], self.tr("Strength routine"))
        self.other_ticks = self._tick_item(self.colours["other"], self.tr("Other routine"))
        self.pain_stop_ticks = self._tick_item(self.colours["stopped"], self.tr("Stopped for pain"))
        self.programme_marks = pg.ScatterPlotItem([], [], size=11, symbol="d", pen=pg.mkPen(text),
                                                  brush=pg.mkBrush(self.colours["strength"]),
                                                  name="Strength programme moved")  # fmt: skip
        self.programme_marks.setZValue(5)
        self.plot.addItem(self.programme_marks)
        self._mark_labels: list[tuple[int, pg.TextItem]] = []  # (index of the move, its label)
        yield True
        self.runs_plot = RunsPlot(units)
        yield True
        self.runs_plot.setXLink(self.plot)
        item.hideAxis("bottom")  # the dates are under the runs plot, the lowest
        for plot in (self.plot, self.runs_plot):
            plot.getPlotItem().getAxis("left").setWidth(AXIS_WIDTH)
        self.ceiling_curve = self.runs_plot.ceiling_curve
        self.legend = QLabel(_legend_html(self.colours, ceiling_colours(self),
                                         palette.color(QPalette.ColorRole.Base)))
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Chart legend"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.runs_plot, 2)
        self.series = ChartSeries()
        self._last_x = 0.0
        self._first_x: float | None = None
        self._days: int | None = 90
        self._clipped_to: tuple[float, float, int] | None = None
        item.getViewBox().sigXRangeChanged.connect(self._clip)
        item.getViewBox().sigResized.connect(self._clip)

    def _curve(self, colour: QColor, name: str, symbol: str):
        # The data is cut to the view and to two points a pixel by _clip: pyqtgraph draws it as given.
        return self.plot.plot([], [], pen=pg.mkPen(colour, width=2), symbol=symbol, symbolSize=7,
                              symbolBrush=colour, symbolPen=pg.mkPen(colour), name=name)  # fmt: skip

    def _tick_item(self, colour: QColor, name: str):
        item = pg.PlotCurveItem([], [], connect="pairs", pen=pg.mkPen(colour, width=2), name=name)
        self.plot.addItem(item)
        return item

    def set_series(self, series: ChartSeries) -> None:
        """Show these prepared series (computed off the GUI thread, see
        ``coach.core.history.series``); the visible span keeps ending today."""
        self.series = series
        self._last_x = series.last_x
        self._first_x = series.first_x
        self.runs_plot.set_series(series)
        self._clipped_to = None
        self.show_days(self._days)
        self._clip()

    def _clip(self, *_args) -> None:
        """Give each item only what is in view, at most two points (one tick) a pixel:
        thirty years of daily entries then draw as fast as a month."""
        (x0, x1), _ = self.plot.getPlotItem().viewRange()
        pixels = max(int(self.plot.getPlotItem().getViewBox().width()), 1)
        if self._clipped_to == (x0, x1, pixels):
            return
        self._clipped_to = (x0, x1, pixels)
        series = self.series
        for curve, points in ((self.left_curve, series.left), (self.right_curve, series.right)):
            shown = downsample.peaks(points, x0, x1, pixels)
            curve.setData(shown.xs, shown.ys)
        for ticks, xs, band in ((self.run_ticks, series.run_ticks, RUN_BAND),
                                (self.strength_ticks, series.strength_ticks, ROUTINE_BAND),
                                (self.other_ticks, series.other_ticks, ROUTINE_BAND),
                                (self.pain_stop_ticks, series.pain_stop_ticks, ROUTINE_BAND)):  # fmt: skip
            ticks.setData(*downsample.pairs(downsample.ticks(xs, x0, x1, pixels), *band))
        self._mark_changes(x0, x1, pixels)

    def _mark_changes(self, x0: float, x1: float, pixels: int) -> None:
        """A diamond in the programme row on each day the programme moved, its weeks beside it
        (labels only for the moves in view, and only while they fit)."""
        marks, labels = self.series.marks, self.series.mark_labels
        lo, hi = downsample.in_view(marks.xs, x0, x1)
        xs = marks.xs[lo:hi]
        self.programme_marks.setData(xs, [PROGRAMME_Y] * len(xs))
        wanted = list(range(lo, hi)) if hi - lo <= MAX_LABELS else []
        if [index for index, _ in self._mark_labels] == wanted:
            return
        for _, label in self._mark_labels:
            self.plot.removeItem(label)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        self._mark_labels = []
        for index in wanted:
            x = float(marks.xs[index])
            near_today = x > self._last_x - 6 * DAY_S  # its label goes left of the diamond, not past today
            label = pg.TextItem(labels[index], color=text, anchor=(1 if near_today else 0, 0.5))
            label.setPos(x + DAY_S * (-0.3 if near_today else 0.3), PROGRAMME_Y)
            self.plot.addItem(label)
            self._mark_labels.append((index, label))

    @property
    def spans(self) -> tuple[CeilingSpan, ...]:
        return self.series.spans

    def show_days(self, days: int | None) -> None:
        """Show the last ``days`` days up to today (everything when None)."""
        self._days = days
        known = self._first_x - 2 * DAY_S if self._first_x is not None else None
        if days is None:
            first = known if known is not None else self._last_x - 90 * DAY_S
        else:  # no empty weeks before the first entry
            first = self._last_x - days * DAY_S
            if known is not None:
                first = max(first, min(known, self._last_x - 14 * DAY_S))
        self.plot.setXRange(first, self._last_x, padding=0.01)

    def visible_days(self) -> float:
        (x0, x1), _ = self.plot.getPlotItem().viewRange()
        return (x1 - x0) / DAY_S
