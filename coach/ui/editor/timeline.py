"""The draft's timeline, drawn from the same plan the player walks: one band per segment."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.session.plan import Plan
from coach.ui.shell.theme import SEGMENT_COLOURS


class TimelinePreview(QWidget):
    """Segments side by side, widths in proportion to their length (colours as the player's band)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline-preview")
        self.setAccessibleName(self.tr("Timeline preview"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.plan: Plan | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, 28)

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        kinds = sorted({s.kind.value for s in plan.segments})
        self.setAccessibleDescription(self.tr("{count} segments: {kinds}").format(count=len(plan.segments),
                                                                                  kinds=", ".join(kinds)))  # fmt: skip
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Base))
        if self.plan is None or self.plan.total_s <= 0:
            return
        scale = area.width() / self.plan.total_s
        for segment in self.plan.segments:
            band = QRectF(area.left() + segment.start_s * scale, area.top(), max(1.0, segment.duration_s * scale),
                          area.height())  # fmt: skip
            painter.fillRect(band, QColor(SEGMENT_COLOURS.get(segment.kind.value, "#888888")))
            if segment.ends_step:  # a thin gap marks where the next exercise begins
                painter.fillRect(QRectF(band.right() - 1, area.top(), 1, area.height()),
                                 self.palette().color(QPalette.ColorRole.Window))  # fmt: skip
