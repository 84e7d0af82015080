"""System, light or dark (Settings → Colours), applied to the whole app at once.

Qt is asked first (``QStyleHints.setColorScheme``: the desktop's own light or dark
style where the platform has one); where the platform keeps its colours (X11
without a desktop theme, offscreen), the app sets a Fusion palette of its own.
The dark one's highlight is a darker teal than the accent, so white text on it keeps
a contrast of at least 4.5:1 (WCAG AA), as does every text colour on its ground.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = ("system", "light", "dark")
LABELS = {"system": "As the system", "light": "Light", "dark": "Dark"}

# By role name: the enums are looked up when a palette is made, not when the app starts.
_DARK = {
    "Window": "#202427", "WindowText": "#e8eaeb", "Base": "#16191b", "AlternateBase": "#262b2e",
    "Text": "#e8eaeb", "Button": "#2b3034", "ButtonText": "#e8eaeb", "BrightText": "#ffffff",
    "Highlight": "#1c6e65", "HighlightedText": "#ffffff", "ToolTipBase": "#2b3034", "ToolTipText": "#e8eaeb",
    "PlaceholderText": "#9aa3a8", "Link": "#7cc7ff", "Mid": "#3a4045", "Dark": "#121416", "Light": "#3d4449",
    "Shadow": "#000000",
}  # fmt: skip
_DISABLED_DARK = {"WindowText": "#7d868c", "Text": "#7d868c", "ButtonText": "#7d868c"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role, colour in _DISABLED_DARK.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def _looks_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ColourScheme:
    """Remembers the system's palette when first leaving it, so "system" can always go back to it."""

    def __init__(self, app: QApplication):
        self.app = app
        self.system_palette: QPalette | None = None  # taken when it is first left, not at start-up
        self.current = "system"

    def apply(self, scheme: str) -> None:
        scheme = scheme if scheme in SCHEMES else "system"
        if scheme == self.current == "system":
            return  # as started: nothing to undo
        from PySide6.QtCore import Qt  # only for a choice: start-up does not build the Qt namespace

        if self.current == "system":
            self.system_palette = self.app.palette()
        hints = self.app.styleHints()
        wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(scheme, Qt.ColorScheme.Unknown)
        hints.setColorScheme(wanted)
        if scheme == "system":
            if self.system_palette is not None:
                self.app.setPalette(self.system_palette)
        elif scheme == "dark" and not _looks_dark(self.app.palette()):
            self.app.setPalette(dark_palette())
        elif scheme == "light" and _looks_dark(self.app.palette()):
            self.app.setPalette(self.app.style().standardPalette())
        self.current = scheme
        restyle(self.app)


def restyle(app: QApplication) -> None:
    """Give every widget with a style sheet of its own the new palette.

    Qt's style-sheet style copies the palette into such a widget (and its children) when it
    polishes it, so an application palette set afterwards never reaches them: the home
    screen's morning banner kept black text and white buttons on a dark window. Setting
    the same sheet again polishes them anew, from the palette now in force.
    """
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
