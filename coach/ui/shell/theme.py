"""Sizes and the one accent colour. Everything else comes from the system palette,
so the app follows light and dark desktops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

ACCENT = QColor("#2a9d8f")
WARNING = QColor("#e76f51")
FOCUS_COLOUR = "#1d6fd6"


def focus_ring(*selectors: str, width: int = 3) -> str:
    """A style sheet rule that draws a clear ring around the focused control.

    Fusion's own focus hint is a faint dotted line; from a mat two metres away,
    or for anyone using only the keyboard, focus must be obvious.
    """
    chosen = selectors or ("QPushButton",)
    return ", ".join(f"{s}:focus" for s in chosen) + f" {{ border: {width}px solid {FOCUS_COLOUR}; }}"


HEADLINE_COLOURS = {
    "see-clinician": QColor("#c0392b"),
    "back-off": QColor("#e76f51"),
    "hold": QColor("#e9a23b"),
    "progress": QColor("#2a9d8f"),
    "start": QColor("#5b7fa6"),
}


def paint_focus_ring(widget: QWidget, painter: QPainter) -> None:
    """The same ring as ``focus_ring`` for a widget that paints itself."""
    from PySide6.QtCore import QRectF  # painting types load with the first painted ring, not at start-up
    from PySide6.QtGui import QBrush, QPainter, QPen

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(FOCUS_COLOUR), 3))
    painter.setBrush(QBrush())  # an empty brush: the ring is not filled
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
    painter.restore()


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, ``factor`` times the application's point size."""
    font = QFont(widget.font())
    base = widget.font().pointSizeF() if widget.font().pointSizeF() > 0 else 10.0
    font.setPointSizeF(base * factor)
    font.setBold(bold)
    return font


def set_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    widget.setFont(scaled_font(widget, factor, bold))


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
