"""Where on the knee it hurts: a painted front view with clickable regions.

The drawing holds the four parts seen from the front (kneecap, inside,
outside, below the kneecap); the back of the knee cannot be seen from there,
so it is a separate check box under it. Regions toggle on click, and from the
keyboard: the arrow keys move between regions and Space toggles the one
outlined. Colours come from the palette, so the map follows light and dark
desktops.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPalette, QPen, QTransform
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from coach.core.i18n import in_sentence
from coach.core.vocabulary import LOCATIONS, Location
from coach.ui.shell import theme

FRONT_REGIONS = (Location.FRONT, Location.INSIDE, Location.OUTSIDE, Location.BELOW)  # the drawing's, in key order


def region_label(region: str) -> str:
    """A region's short name as the map shows it, in the app's language (the vocabulary's)."""
    return Location(region).map_label
_DESIGN = (300.0, 250.0)  # the drawing's own coordinates, scaled to fit


def _region_paths() -> dict[str, QPainterPath]:
    paths = {}
    front = QPainterPath()
    front.addEllipse(QPointF(150, 112), 25, 29)
    paths["front"] = front
    for name, x in (("inside", 98), ("outside", 178)):
        side = QPainterPath()
        side.addRoundedRect(QRectF(x, 80, 24, 72), 10, 10)
        paths[name] = side
    below = QPainterPath()
    below.addRoundedRect(QRectF(131, 148, 38, 44), 10, 10)
    paths["below"] = below
    return paths


def _leg_path() -> QPainterPath:
    """The outline of a right leg from mid-thigh to mid-shin, seen from the front."""
    leg = QPainterPath(QPointF(88, 0))
    leg.lineTo(212, 0)
    leg.cubicTo(210, 50, 206, 80, 206, 110)
    leg.cubicTo(206, 140, 196, 150, 192, 165)
    leg.cubicTo(188, 200, 184, 225, 182, 250)
    leg.lineTo(118, 250)
    leg.cubicTo(116, 225, 112, 200, 108, 165)
    leg.cubicTo(104, 150, 94, 140, 94, 110)
    leg.cubicTo(94, 80, 90, 50, 88, 0)
    leg.closeSubpath()
    return leg


# Where each label sits (anchor point, alignment) and the point its line goes to.
_LABELS = {
    Location.FRONT: (QRectF(0, 10, 118, 40), Qt.AlignmentFlag.AlignRight, QPointF(132, 95)),
    Location.INSIDE: (QRectF(0, 106, 90, 20), Qt.AlignmentFlag.AlignRight, None),
    Location.OUTSIDE: (QRectF(210, 106, 90, 20), Qt.AlignmentFlag.AlignLeft, None),
    Location.BELOW: (QRectF(196, 195, 104, 40), Qt.AlignmentFlag.AlignLeft, QPointF(165, 185)),
}


class KneeDrawing(QWidget):
    """The front view. Emits ``changed`` with the selected regions."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Knee map, front view: where it hurts"))
        self._paths = _region_paths()
        self._leg = _leg_path()
        self._selected: set[str] = set()
        self.focused: str = FRONT_REGIONS[0]
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(300, 250)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 200)

    # --- state ------------------------------------------------------------------

    def selected(self) -> tuple[str, ...]:
        return tuple(r for r in FRONT_REGIONS if r in self._selected)

    def set_selected(self, regions: Iterable[str]) -> None:
        self._selected = {r for r in regions if r in FRONT_REGIONS}
        self._describe()
        self.update()

    def toggle(self, region: str) -> None:
        self._selected ^= {region}
        self.focused = region
        self._describe()
        self.update()
        self.changed.emit()

    def _describe(self) -> None:
        chosen = ", ".join(in_sentence(region_label(r)) for r in self.selected()) or self.tr("none")
        state = self.tr("selected") if self.focused in self._selected else self.tr("not selected")
        self.setAccessibleDescription(
            self.tr("Arrow keys move, Space toggles. Current: {region}, {state}. Selected: {chosen}.").format(
                region=region_label(self.focused), state=state, chosen=chosen)
        )

    # --- geometry -----------------------------------------------------------------

    def _transform(self) -> QTransform:
        """Design coordinates → widget pixels, keeping the aspect ratio, centred."""
        width, height = _DESIGN
        scale = min(self.width() / width, self.height() / height)
        dx = (self.width() - width * scale) / 2
        dy = (self.height() - height * scale) / 2
        return QTransform(scale, 0, 0, scale, dx, dy)

    def region_at(self, pos: QPointF) -> str | None:
        inverse, ok = self._transform().inverted()
        if not ok:
            return None
        point = inverse.map(pos)
        return next((name for name, path in self._paths.items() if path.contains(point)), None)

    def region_centre(self, region: str) -> QPointF:
        """Where a region sits in widget pixels (tests click there)."""
        return self._transform().map(self._paths[region].boundingRect().center())

    # --- events -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if region is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.toggle(region)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if region else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region = self.region_at(QPointF(event.pos()))
            if region:
                QToolTip.showText(event.globalPos(), self.tr("{region}: click to mark or clear").format(
                    region=region_label(region)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps: dict[int, int] = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        if key in steps:
            index = (FRONT_REGIONS.index(self.focused) + steps[key]) % len(FRONT_REGIONS)
            self.focused = FRONT_REGIONS[index]
            self._describe()
            self.update()
        elif key == Qt.Key.Key_Space:
            self.toggle(self.focused)
        else:
            super().keyPressEvent(event)  # Enter goes on to the dialog: it saves

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hasFocus():
            theme.paint_focus_ring(self, painter)
        painter.setTransform(self._transform())
        text = palette.color(QPalette.ColorRole.WindowText)
        skin = palette.color(QPalette.ColorRole.Base)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5))
        painter.setBrush(skin)
        painter.drawPath(self._leg)
        accent = QColor(theme.WARNING)
        for name, path in self._paths.items():
            chosen = name in self._selected
            fill = QColor(accent) if chosen else QColor(text)
            fill.setAlpha(200 if chosen else 22)
            painter.setBrush(fill)
            painter.setPen(QPen(accent if chosen else palette.color(QPalette.ColorRole.Mid), 1.5))
            painter.drawPath(path)
        if self.hasFocus():
            ring = QPen(palette.color(QPalette.ColorRole.Highlight), 3, Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[self.focused])
        font = theme.scaled_font(self, 1.0)
        painter.setFont(font)
        for name, (box, align, target) in _LABELS.items():
            chosen = name in self._selected
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(QPen(text, 1))
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,  # two lines in German
                             region_label(name))
            if target is not None:
                right = bool(align & Qt.AlignmentFlag.AlignRight)
                start = QPointF(box.right() + 3 if right else box.left() - 3, box.center().y())
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
                painter.drawLine(start, target)
        painter.end()


class KneeMap(QWidget):
    """The front view plus a "back of the knee" toggle; ``changed`` on any change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Where on the knee"))
        self.drawing = KneeDrawing()
        self.back = QCheckBox(self.tr("{region} (behind it)").format(region=region_label("back")))
        self.back.setAccessibleName(self.tr("Back of the knee"))
        self.drawing.changed.connect(self.changed)
        self.back.toggled.connect(lambda _: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drawing)
        layout.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignHCenter)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Focus given to the map as a whole (its caption's mnemonic, an error
        # pointing at it) goes to the drawing. Not a focus proxy: with one, Tab
        # from the check box below came back to the drawing and never left.
        self.drawing.setFocus(event.reason())

    def selected(self) -> tuple[str, ...]:
        """The chosen parts in the diary's order (front, inside, outside, back, below)."""
        chosen = set(self.drawing.selected()) | ({"back"} if self.back.isChecked() else set())
        return tuple(loc for loc in LOCATIONS if loc in chosen)

    def set_selected(self, locations: Iterable[str]) -> None:
        locations = tuple(locations)
        self.drawing.set_selected(locations)
        self.back.setChecked("back" in locations)
