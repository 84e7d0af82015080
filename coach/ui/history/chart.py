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
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP

EPOCH = datetime(1970, 1, 1)
DAY_S = 86400.0
LEFT_COLOUR, RIGHT_COLOUR = QColor(theme.KNEE_COLOURS["left"]), QColor(theme.KNEE_COLOURS["right"])
RUN_BAND = (-1.35, -0.55)  # y from..to of the run ticks
ROUTINE_BAND = (-2.55, -1.75)
Y_TICKS = [(v, str(v)) for v in range(0, 11, 2)] + [(-0.95, QT_TRANSLATE_NOOP("PainChart", "runs")),
                                                   (-2.15, QT_TRANSLATE_NOOP("PainChart", "routines"))]


def seconds(at: datetime) -> float:
    """A naive local time as the x value; the axis shows it with utcOffset=0."""
    return (at - EPOCH).total_seconds()


def _ticks(xs: Sequence[float], band: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Vertical tick marks as line pairs (x, y0), (x, y1) for ``connect="pairs"``."""
    x = np.repeat(np.asarray(xs, dtype=float), 2)
    y = np.tile(np.asarray(band, dtype=float), len(xs))
    return x, y


def _legend_html(other: QColor) -> str:
    """The key above the chart, in the chart's colours (text stays the palette's)."""
    items = [("●", LEFT_COLOUR, QCoreApplication.translate("PainChart", "Left knee")),
             ("■", RIGHT_COLOUR, QCoreApplication.translate("PainChart", "Right knee")),
             ("|", None, QCoreApplication.translate("PainChart", "Run")),
             ("|", theme.ACCENT, QCoreApplication.translate("PainChart", "Strength routine")),
             ("|", other, QCoreApplication.translate("PainChart", "Other routine")),
             ("|", theme.WARNING, QCoreApplication.translate("PainChart", "Stopped for pain"))]  # fmt: skip
    parts = []
    for mark, colour, label in items:
        style = f" style='color: {colour.name()}'" if colour is not None else ""
        parts.append(f"<b><span{style}>{mark}</span></b>&nbsp;{label}")
    return "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)


class PainChart(QWidget):
    """The chart; ``set_data`` replaces what it shows, ``show_days`` sets the span."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pain over time, left and right knee, with runs and routines"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
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
        self.plot.setYRange(ROUTINE_BAND[0] - 0.45, 10.4, padding=0)
        self.left_curve = self._curve(LEFT_COLOUR, self.tr("Left knee"), "o")
        self.right_curve = self._curve(RIGHT_COLOUR, self.tr("Right knee"), "s")
        self.run_ticks = self._tick_item(text, self.tr("Run"))
        self.strength_ticks = self._tick_item(theme.ACCENT, self.tr("Strength routine"))
        self.other_ticks = self._tick_item(palette.color(QPalette.ColorRole.Mid), self.tr("Other routine"))
        self.pain_stop_ticks = self._tick_item(theme.WARNING, self.tr("Stopped for pain"))
        self.legend = QLabel(_legend_html(palette.color(QPalette.ColorRole.Mid)))
        self.legend.setAccessibleName(self.tr("Chart legend"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
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
        self, pain: Sequence[PainEntry], runs: Sequence[Run], sessions: Sequence[SessionRecord], today: datetime
    ) -> None:
        """Show these records; the visible span keeps ending today."""
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
        starts = [seconds(records[0].at) for records in (pain, runs) if records]
        starts += [seconds(sessions[0].started)] if sessions else []
        self._first_x = min(starts) if starts else None
        self.show_days(self._days)

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
