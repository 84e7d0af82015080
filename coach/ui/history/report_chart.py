"""The clinician report's pain chart, painted with QPainter (no pyqtgraph).

Paper is white whatever the desktop theme, so the colours here are fixed:
left knee blue, right knee red, runs and routines as ticks underneath.
Only QtGui is used, so the command line can paint it with an offscreen
QGuiApplication.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from coach.core.advice.report import ReportData
from coach.ui.shell import theme
from coach.ui.shell.translations import date_text

LEFT, RIGHT, RUN, STRENGTH, OTHER, STOPPED, GRID, INK = (
    QColor(theme.PRINT[name]) for name in ("left", "right", "run", "strength", "other", "stopped", "grid", "ink"))


def _x(rect: QRectF, first: date, days: int, at: datetime) -> float:
    offset = (at - datetime.combine(first, datetime.min.time())).total_seconds() / 86400.0
    return rect.left() + rect.width() * offset / days


def paint_pain_chart(painter: QPainter, rect: QRectF, data: ReportData, unit: float) -> None:
    """Paint the chart for ``data`` into ``rect``; ``unit`` is device pixels per point."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(7.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    runs_text = QCoreApplication.translate("PainChart", "runs")
    routines_text = QCoreApplication.translate("PainChart", "routines")
    label_w = max(metrics.horizontalAdvance(runs_text), metrics.horizontalAdvance(routines_text)) + 6 * unit
    legend_h = metrics.height() + 4 * unit
    axis_h = metrics.height() + 4 * unit
    band = 9 * unit
    plot = QRectF(rect.left() + label_w, rect.top() + legend_h, rect.width() - label_w,
                  rect.height() - legend_h - axis_h - 2 * band - 6 * unit)  # fmt: skip
    runs_y = plot.bottom() + 3 * unit
    routines_y = runs_y + band + 2 * unit
    days = (data.last - data.first).days + 1

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / 10

    # grid and the 0-10 scale
    for value in range(0, 11, 2):
        y = y_of(value)
        painter.setPen(QPen(GRID, 0.6 * unit))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, label_w - 4 * unit, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))  # fmt: skip
    for text, y in ((runs_text, runs_y), (routines_text, routines_y)):
        painter.drawText(QRectF(rect.left(), y, label_w - 4 * unit, band),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip

    # week lines and their dates
    painter.setPen(QPen(GRID, 0.6 * unit))
    for week in range(0, days, 7):
        day = data.first + timedelta(days=week)
        x = _x(plot, data.first, days, datetime.combine(day, datetime.min.time()))
        painter.setPen(QPen(GRID, 0.6 * unit))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, routines_y + band))
        painter.setPen(INK)
        label = date_text(day, QCoreApplication.translate("PainChart", "dd MMM"))  # the language's month names
        painter.drawText(QPointF(x + 2 * unit, routines_y + band + metrics.ascent() + 2 * unit), label)

    painter.setPen(QPen(INK, 0.8 * unit))  # the frame under the data, so ratings of 0 stay visible
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)

    # pain per knee
    for side, colour in (("left", LEFT), ("right", RIGHT)):
        points = [QPointF(_x(plot, data.first, days, e.at), y_of(getattr(e, side)))
                  for e in data.pain if getattr(e, side) is not None]  # fmt: skip
        if not points:
            continue
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(colour, 1.4 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = 1.8 * unit
        for point in points:
            if side == "left":
                painter.drawEllipse(point, radius, radius)
            else:
                painter.drawRect(QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius))

    # runs and routines as ticks
    def tick(at: datetime, top: float, colour: QColor) -> None:
        x = _x(plot, data.first, days, at)
        painter.setPen(QPen(colour, 1.2 * unit))
        painter.drawLine(QPointF(x, top), QPointF(x, top + band))

    for run in data.runs:
        tick(run.at, runs_y, RUN)
    for session in data.sessions:
        if session.status == "stopped-for-pain":
            tick(session.started, routines_y, STOPPED)
        elif session.status == "completed":
            tick(session.started, routines_y, STRENGTH if session.focus == "strength" else OTHER)

    # legend
    x = plot.left()
    for text, colour in ((QCoreApplication.translate("PainChart", "Left knee"), LEFT),
                         (QCoreApplication.translate("PainChart", "Right knee"), RIGHT),
                         (QCoreApplication.translate("PainChart", "Run"), RUN),
                         (QCoreApplication.translate("PainChart", "Strength routine"), STRENGTH),
                         (QCoreApplication.translate("PainChart", "Other routine"), OTHER),
                         (QCoreApplication.translate("PainChart", "Stopped for pain"), STOPPED)):  # fmt: skip
        painter.setPen(QPen(colour, 2 * unit))
        mid = rect.top() + legend_h / 2
        painter.drawLine(QPointF(x, mid), QPointF(x + 10 * unit, mid))
        painter.setPen(INK)
        painter.drawText(QPointF(x + 13 * unit, mid + metrics.ascent() / 2 - 1 * unit), text)
        x += 13 * unit + metrics.horizontalAdvance(text) + 12 * unit
    painter.restore()
