"""Pain over time per knee, with runs and routines marked underneath (pyqtgraph).

This module imports pyqtgraph, which costs a few hundred milliseconds, so it
is imported only when History opens (``coach.ui.history.history`` imports it; nothing
on the start-up path imports either). Colours come from the palette except
the two knee colours and the accents from ``theme``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.plan.ceiling import CeilingSpan
from coach.core.plan.changes_view import weeks_text
from coach.core.plan.programme import Change
from coach.ui.history.runs_plot import RunsPlot, ceiling_colours
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP

EPOCH = datetime(1970, 1, 1)
DAY_S = 86400.0
RUN_BAND = (-1.35, -0.55)  # y from..to of the run ticks
ROUTINE_BAND = (-2.55, -1.75)
PROGRAMME_Y = -3.25  # the row of the strength programme's moves
Y_TICKS = [(v, str(v)) for v in range(0, 11, 2)] + [(-0.95, QT_TRANSLATE_NOOP("PainChart", "runs")),
                                                   (-2.15, QT_TRANSLATE_NOOP("PainChart", "routines")),
                                                   (PROGRAMME_Y, QT_TRANSLATE_NOOP("PainChart", "programme"))]


def seconds(at: datetime) -> float:
    """A naive local time as the x value; the axis shows it with utcOffset=0."""
    return (at - EPOCH).total_seconds()


def _ticks(xs: Sequence[float], band: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Vertical tick marks as line pairs (x, y0), (x, y1) for ``connect="pairs"``."""
    x = np.repeat(np.asarray(xs, dtype=float), 2)
    y = np.tile(np.asarray(band, dtype=float), len(xs))
    return x, y


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
    """The chart; ``set_data`` replaces what it shows, ``show_days`` sets the span."""

    def __init__(self, units: str = "km", parent: QWidget | None = None):
        super().__init__(parent)
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
        self._mark_labels: list = []
        self.runs_plot = RunsPlot(units)
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
        self._last_x = seconds(datetime.now())
        self._first_x: float | None = None
        self._days: int | None = 90

    def _curve(self, colour: QColor, name: str, symbol: str):
        return self.plot.plot(
            [], [], pen=pg.mkPen(colour, width=2), symbol=symbol, symbolSize=7, symbolBrush=colour,
            symbolPen=pg.mkPen(colour), name=name, clipToView=True,
        )  # fmt: skip

    def _tick_item(self, colour: QColor, name: str):
        item = pg.PlotCurveItem([], [], connect="pairs", pen=pg.mkPen(colour, width=2), name=name)
        self.plot.addItem(item)
        return item

    def set_data(
        self, pain: Sequence[PainEntry], runs: Sequence[Run], sessions: Sequence[SessionRecord], today: datetime,
        ceiling: Sequence[CeilingSpan] = (), changes: Sequence[Change] = (),
    ) -> None:
        """Show these records and the ceiling's spans (computed once per diary change,
        see ``ceiling_series``); the visible span keeps ending today."""
        self.runs_plot.set_data(runs, ceiling)
        for side, curve in (("left", self.left_curve), ("right", self.right_curve)):
            rated = [(seconds(e.at), getattr(e, side)) for e in pain if getattr(e, side) is not None]
            xs, ys = (np.array([p[i] for p in rated], dtype=float) for i in (0, 1))
            curve.setData(xs, ys)
        self.run_ticks.setData(*_ticks([seconds(r.at) for r in runs], RUN_BAND))
        groups: dict[str, list[float]] = {"strength": [], "other": [], "pain": []}
        for session in sessions:
            if session.status == "stopped-for-pain":
                groups["pain"].append(seconds(session.started))
            elif session.status == "completed":
                groups["strength" if session.focus == "strength" else "other"].append(seconds(session.started))
        self.strength_ticks.setData(*_ticks(groups["strength"], ROUTINE_BAND))
        self.other_ticks.setData(*_ticks(groups["other"], ROUTINE_BAND))
        self.pain_stop_ticks.setData(*_ticks(groups["pain"], ROUTINE_BAND))
        self._last_x = seconds(today.replace(hour=0, minute=0, second=0) + timedelta(days=1))
        self._mark_changes(changes)
        starts = [seconds(records[0].at) for records in (pain, runs) if records]
        starts += [seconds(sessions[0].started)] if sessions else []
        self._first_x = min(starts) if starts else None
        self.show_days(self._days)

    def _mark_changes(self, changes: Sequence[Change]) -> None:
        """A diamond in the programme row on each day the programme moved, its weeks beside it."""
        for label in self._mark_labels:
            self.plot.removeItem(label)
        noon = [seconds(datetime.combine(c.on, datetime.min.time()).replace(hour=12)) for c in changes]
        y = PROGRAMME_Y
        self.programme_marks.setData(noon, [y] * len(noon))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        self._mark_labels = []
        for x, change in zip(noon, changes, strict=True):
            near_today = x > self._last_x - 6 * DAY_S  # its label goes left of the diamond, not past today
            label = pg.TextItem(weeks_text(change).replace("week ", "wk "), color=text, anchor=(1 if near_today else 0, 0.5))
            label.setPos(x + DAY_S * (-0.3 if near_today else 0.3), y)
            self.plot.addItem(label)
            self._mark_labels.append(label)

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
