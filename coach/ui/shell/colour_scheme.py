"""System, light or dark (Settings → Colours), applied to the whole app at once.

Qt is asked first (``QStyleHints.setColorScheme``: the desktop's own light or dark
style where the platform has one); where the platform keeps its colours (X11
without a desktop theme, offscreen), the app sets a Fusion palette of its own.
The dark one's highlight is a darker teal than the accent, so white text on it keeps
a contrast of at least 4.5:1 (WCAG AA), as does every text colour on its ground.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = ("system", "light", "dark")
LABELS = {"system": "As the system", "light": "Light", "dark": "Dark"}

_ROLE = QPalette.ColorRole
_DARK = {
    _ROLE.Window: "#202427", _ROLE.WindowText: "#e8eaeb", _ROLE.Base: "#16191b", _ROLE.AlternateBase: "#262b2e",
    _ROLE.Text: "#e8eaeb", _ROLE.Button: "#2b3034", _ROLE.ButtonText: "#e8eaeb", _ROLE.BrightText: "#ffffff",
    _ROLE.Highlight: "#1c6e65", _ROLE.HighlightedText: "#ffffff", _ROLE.ToolTipBase: "#2b3034",
    _ROLE.ToolTipText: "#e8eaeb", _ROLE.PlaceholderText: "#9aa3a8", _ROLE.Link: "#7cc7ff", _ROLE.Mid: "#3a4045",
    _ROLE.Dark: "#121416", _ROLE.Light: "#3d4449", _ROLE.Shadow: "#000000",
}  # fmt: skip
_DISABLED_DARK = {_ROLE.WindowText: "#7d868c", _ROLE.Text: "#7d868c", _ROLE.ButtonText: "#7d868c"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED_DARK.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def _looks_dark(palette: QPalette) -> bool:
    return palette.color(_ROLE.Window).lightness() < 128


class ColourScheme:
    """Remembers the system's palette at start, so "system" can always go back to it."""

    def __init__(self, app: QApplication):
        self.app = app
        self.system_palette = QPalette(app.palette())
        self.current = "system"

    def apply(self, scheme: str) -> None:
        scheme = scheme if scheme in SCHEMES else "system"
        if scheme == self.current == "system":
            return  # as started: nothing to undo
        hints = self.app.styleHints()
        wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(scheme, Qt.ColorScheme.Unknown)
        hints.setColorScheme(wanted)
        if scheme == "system":
            self.app.setPalette(self.system_palette)
        elif scheme == "dark" and not _looks_dark(self.app.palette()):
            self.app.setPalette(dark_palette())
        elif scheme == "light" and _looks_dark(self.app.palette()):
            self.app.setPalette(self.app.style().standardPalette())
        self.current = scheme


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
