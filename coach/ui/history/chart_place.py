"""Where History's chart goes, and how it gets there without freezing the window.

A "Loading the chart…" label holds the place until pyqtgraph is imported (on the
loader's worker) and the first series have arrived. The chart is then built a part per
turn of the event loop (each pyqtgraph plot costs tens of milliseconds of GUI time),
put in the label's place, and handed its series on the next turn, once laid out. When
the window turns light or dark it is built again the same way, the old one showing
until the new one takes its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from coach.ui.shell import theme

if TYPE_CHECKING:
    from coach.core.history.series import ChartSeries
    from coach.ui.history.chart import PainChart
    from coach.ui.history.room import WrapHeights

CHART_STEP_MS = 5  # between the chart's build steps: room for a layout and a paint


class ChartPlace(QObject):
    def __init__(self, window: QWidget, units: str, wrap_heights: WrapHeights):
        super().__init__(window)
        self.window, self.units, self.wrap_heights = window, units, wrap_heights
        waiting = QLabel(self.tr("Loading the chart…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setMinimumHeight(240)
        self.slot: QWidget = waiting  # what the next chart replaces: the label, or the chart it rebuilds
        self.layout: QBoxLayout | None = None  # set by the window once the slot is in it
        self.chart: PainChart | None = None  # built, placed and showing data
        self.library: str | None = None  # "" once pyqtgraph is imported, else why not; None: not yet
        self.dark = False  # the palette the chart was built in
        self.days: int | None = None  # a span the user picked before the chart was there
        self._series: ChartSeries | None = None
        self._description = ""
        self._pending: PainChart | None = None  # being built, a part a turn
        self._placed = False

    def library_arrived(self, error: str) -> None:
        self.library = error
        if error:
            if isinstance(self.slot, QLabel):
                self.slot.setText(error)
            return
        self._draw()

    def show(self, series: ChartSeries, description: str) -> None:
        """The latest series: shown now if the chart is there, else once it is built."""
        self._series, self._description = series, description
        self._draw()

    def rebuild_if_scheme_changed(self) -> None:
        """Light or dark: the chart takes its colours when built, so a new scheme builds it again."""
        if self.chart is not None and self.dark != theme.is_dark(self.window):
            self.slot, self.chart, self._placed = self.chart, None, False
            self._draw()

    def show_days(self, days: int | None) -> None:
        self.days = days
        if self.chart is not None:
            self.chart.show_days(days)

    def _draw(self) -> None:
        if self.library != "" or self._series is None:
            return
        if self.chart is None:
            self._build_step()
            if self.chart is None:
                QTimer.singleShot(CHART_STEP_MS, self, self._draw)  # a part a turn of the event loop, painting between
                return
        self.chart.set_series(self._series)
        self.chart.setAccessibleDescription(self._description)

    def _build_step(self) -> None:
        if self._pending is None:
            from coach.ui.history.chart import PainChart  # imported by the loader's worker already

            self._pending = PainChart(self.units, staged=True)
        elif self._pending.build_step():
            pass
        elif not self._placed:  # built: into the window; its data on the next turn, once laid out
            chart = self._pending
            self.dark = theme.is_dark(self.window)
            self.wrap_heights.watch(chart.legend)
            line = self.window.fontMetrics().height()  # the chart keeps room for its text at any text size
            chart.plot.setMinimumHeight(9 * line)
            chart.runs_plot.setMinimumHeight(6 * line)
            if self.layout is not None:
                self.layout.replaceWidget(self.slot, chart)
            self.slot.deleteLater()
            self._placed = True
        else:
            self.chart, self._pending = self._pending, None
            if self.days is not None:
                self.chart.show_days(self.days)
