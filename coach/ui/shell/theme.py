"""Sizes and the app's one palette: every colour with a meaning is named here, once.
Everything else comes from the system (or the chosen light or dark) palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from coach.core.vocabulary import Headline, SegmentKind

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

ACCENT = QColor("#2a9d8f")
WARNING = QColor("#e76f51")
FOCUS_COLOUR = "#1d6fd6"
DANGER = "#c0392b"  # Knee hurts, see a clinician
CAUTION_INK = "#b4441f"  # a routine's caution line
# The player's band per segment kind (white text on each).
SEGMENT_COLOURS: dict[str, str] = {
    SegmentKind.GET_READY: "#c77d12", SegmentKind.HOLD: ACCENT.name(), SegmentKind.REPS: ACCENT.name(),
    SegmentKind.SWITCH: "#7b5cc4", SegmentKind.REST: "#4f73a0",
}  # fmt: skip
ROUTINE_BAR = {"light": "#555d66", "dark": "#8a949c"}  # the whole routine's progress, quieter than the segment's
PICTURE_MAT = {"light": "white", "dark": "#d9dcde"}  # the dark line art sits on a light mat in every palette
# History's charts, per scheme: each mark 4.5:1 or more on the plot's ground and on the legend's
# (the window); the light pair on white and Fusion's light grey, the dark pair on the dark palette.
CHART_COLOURS = {
    "light": {"left": "#2a64a8", "right": "#c23b4e", "strength": "#1b6f65", "other": "#666666", "stopped": "#a8481f"},
    "dark": {"left": "#6ea8ff", "right": "#ff7b8a", "strength": "#45c4b4", "other": "#a3acb3", "stopped": "#ff9070"},
}  # fmt: skip
# History's runs chart: the next-run ceiling's line, and its band (the line's colour, see-through).
CEILING_COLOURS = {"light": "#6a4a9e", "dark": "#c9b1ff"}  # 4.5:1 and more on either chart ground
CEILING_BAND_ALPHA = {"light": 90, "dark": 130}  # of 255: a dark ground needs more
RUN_OVER_CEILING = {"light": "#a8481f", "dark": "#ff9c7a"}  # a run longer than its day's ceiling
WEEK_DAY_COLOURS = {"done": "#2e7d32", "planned": "#1565c0", "missed": "#c62828", "rest": "#9e9e9e"}
WEEK_DAY_COLOURS_DARK = {"done": "#66bb6a", "planned": "#64b5f6", "missed": "#ff7b72", "rest": "#9e9e9e"}
IMPORT_TINTS = {"new": "#1b7f3b", "logged": "#666666", "skipped": "#8a6d00", "unreadable": "#b00020"}
IMPORT_TINTS_DARK = {"new": "#5fd68a", "logged": "#a3acb3", "skipped": "#e0b84a", "unreadable": "#ff8a80"}
ERROR_INK = {"light": "#b03a2e", "dark": "#ff8a75"}  # beside a field; 4.5:1 on either ground
CAUTION_TEXT = {"light": "#8a5a00", "dark": "#f0b54a"}
# Paper: the clinician report is printed dark on white, whatever the screen shows.
PRINT = {"ink": "#222222", "muted": "#666666", "rule": "#bbbbbb", "shade": "#f0f0f0", "grid": "#dddddd",
         "left": "#2f6fb7", "right": "#c23b4e", "run": "#333333", "strength": "#2a9d8f", "other": "#9a9a9a",
         "stopped": "#e76f51"}  # fmt: skip
PRINT_HEADLINE_INK: dict[str, str] = {Headline.SEE_CLINICIAN: "#b03a2e", Headline.BACK_OFF: "#c0562e", Headline.HOLD: "#9a6b00",
                      Headline.PROGRESS: "#1f7a6f", Headline.START: "#3c5f8a"}  # fmt: skip


def focus_ring(*selectors: str, width: int = 3) -> str:
    """A style sheet rule that draws a clear ring around the focused control.

    Fusion's own focus hint is a faint dotted line; from a mat two metres away,
    or for anyone using only the keyboard, focus must be obvious.
    """
    chosen = selectors or ("QPushButton",)
    return ", ".join(f"{s}:focus" for s in chosen) + f" {{ border: {width}px solid {FOCUS_COLOUR}; }}"


HEADLINE_COLOURS: dict[str, QColor] = {
    Headline.SEE_CLINICIAN: QColor("#c0392b"),
    Headline.BACK_OFF: QColor("#e76f51"),
    Headline.HOLD: QColor("#e9a23b"),
    Headline.PROGRESS: QColor("#2a9d8f"),
    Headline.START: QColor("#5b7fa6"),
}
# The same hues lightened for a dark window: each at least 4.5:1 on it (#c0392b was 2.3:1).
DARK_HEADLINE_COLOURS: dict[str, QColor] = {
    Headline.SEE_CLINICIAN: QColor("#ff7b6b"),
    Headline.BACK_OFF: QColor("#f4a261"),
    Headline.HOLD: QColor("#e9c46a"),
    Headline.PROGRESS: QColor("#4fd1c5"),
    Headline.START: QColor("#8fb3de"),
}


def headline_colour(headline: str, dark: bool) -> QColor:
    """The advice headline's colour in the window's scheme."""
    # ACCENT itself, not QColor(ACCENT): the copy's overload check builds the whole Qt namespace
    # (~15 ms), and home asks for this colour before its first frame (tests/ui/shell/test_startup_path.py).
    return (DARK_HEADLINE_COLOURS if dark else HEADLINE_COLOURS).get(headline, ACCENT)


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


REFERENCE_POINT_SIZE = 10.0  # the text size the pixel sizes of the player and big questions were drawn for


def text_factor() -> float:
    """How much larger than usual the user wants text: the application font's size over 10 pt,
    from 1 (a smaller system font never shrinks what is read from the mat) to 2.

    Screens sized in pixels (the player, the big questions) multiply their text by it, so a
    system text size of 150% makes the big digits 1.5 times as large there too."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return max(1.0, min(2.0, size / REFERENCE_POINT_SIZE)) if size > 0 else 1.0


def set_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    widget.setFont(scaled_font(widget, factor, bold))


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def scheme(widget: QWidget) -> str:
    """"dark" or "light": which of a colour's two variants suits the widget's palette now."""
    return "dark" if is_dark(widget) else "light"


def chart_colour(widget: QWidget, name: str) -> QColor:
    """One of History's chart colours (``CHART_COLOURS``) for the widget's palette."""
    return QColor(CHART_COLOURS[scheme(widget)][name])


def week_day_colours(widget: QWidget) -> dict[str, str]:
    return WEEK_DAY_COLOURS_DARK if is_dark(widget) else WEEK_DAY_COLOURS


def import_tints(widget: QWidget) -> dict[str, str]:
    return IMPORT_TINTS_DARK if is_dark(widget) else IMPORT_TINTS
