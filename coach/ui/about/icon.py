"""Build the app icon from the packaged PNGs so every window and dialog inherits it."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from coach.core.paths import assets_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Return a QIcon holding every packaged size (Qt picks the sharpest per use)."""
    icon = QIcon()
    icons = assets_dir() / "icons"
    for size in SIZES:
        png = icons / f"prehab-coach-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon
