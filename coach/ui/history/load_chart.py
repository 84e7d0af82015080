"""Weekly training load in History: minutes × effort (session-RPE, Foster et al. 2001).

Stacked bars, one per week: running below, routines (strength and the rest) above,
so a week of strength work shows next to the running. Painted with QPainter: it is
there at the first paint, without the chart library the pain chart waits for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.core.diary.load import WeekLoad, weekly_load
from coach.core.diary.records import Run, SessionRecord
from coach.ui.shell import theme
from coach.ui.shell.translations import date_text


class LoadBars(QWidget):
    """The bars; ``weeks`` oldest first, as :func:`weekly_load` gives them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.weeks: tuple[WeekLoad, ...] = ()
        self.setMinimumHeight(40)
        self.setAccessibleName(self.tr("Weekly load"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 110)

    def set_weeks(self, weeks: Sequence[WeekLoad]) -> None:
        self.weeks = tuple(weeks)
        self.setAccessibleDescription("; ".join(
            self.tr("week of {day}: {load}").format(day=date_text(w.start, "d MMM"), load=f"{w.total:.0f}")
            for w in self.weeks))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_h = self.fontMetrics().height() + 2
        top, bottom = label_h, self.height() - label_h
        peak = max((w.total for w in self.weeks), default=0.0) or 1.0
        slot = self.width() / len(self.weeks)
        routines_colour = theme.chart_colour(self, "strength")
        dates = [date_text(week.start, self.tr("dd MMM")) for week in self.weeks]  # the language's month names
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"{text} ") for text in dates)
        every = max(1, math.ceil(widest / slot))  # a large text size or a narrow column: every other date
        for index, week in enumerate(self.weeks):
            x = index * slot + slot * 0.2
            width = slot * 0.6
            y = float(bottom)
            for value, colour in ((week.running, text), (week.routines, routines_colour)):
                height = (bottom - top) * value / peak
                painter.fillRect(QRectF(x, y - height, width, height), colour)
                y -= height
            painter.setPen(text)
            total = f"{week.total:.0f}"
            if week.total and (metrics.horizontalAdvance(total) <= slot or index % every == (len(self.weeks) - 1) % every):
                painter.drawText(QRectF(x - slot * 0.2, y - label_h, slot, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, total)  # fmt: skip
            if index % every == (len(self.weeks) - 1) % every:  # this week's date always
                left = min(max(0.0, (index + 0.5) * slot - widest / 2), self.width() - widest)  # never past an edge
                painter.drawText(QRectF(left, bottom, widest, label_h), Qt.AlignmentFlag.AlignCenter, dates[index])
        painter.end()


class LoadPanel(QWidget):
    """Heading, legend and bars: what History adds for effort."""

    def __init__(self, weeks: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.weeks = weeks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Weekly load (minutes × effort)"))
        theme.set_font(heading, 1.2, bold=True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self._show_legend()
        self.bars = LoadBars()
        layout.addWidget(heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.bars, 1)
        # Its column in History scrolls: the bars keep room for their numbers and dates at any text size.
        self.bars.setMinimumHeight(5 * self.fontMetrics().height())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _show_legend(self) -> None:
        """The key in the bars' own colours, so it holds in light and dark alike."""
        text = self.palette().color(QPalette.ColorRole.WindowText).name()
        routines = theme.chart_colour(self, "strength").name()
        def swatch(colour: str) -> str:
            return f"<b style='color: {colour}'>■</b>"

        self.legend.setText(self.tr("{running} running · {routines} routines. Rate how hard each run or routine was "
                                    "(0-10).").format(running=swatch(text), routines=swatch(routines)))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_legend()

    def show_weeks(self, weeks: Sequence[WeekLoad]) -> None:
        """Show load already computed (off the GUI thread, with History's snapshot)."""
        self.bars.set_weeks(weeks)

    def show_records(self, runs: Sequence[Run], sessions: Sequence[SessionRecord], today: date) -> None:
        self.bars.set_weeks(weekly_load(runs, sessions, today, self.weeks))
