"""Build the app icon from the packaged PNGs so every window and dialog inherits it."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from coach.core.paths import assets_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Return a QIcon holding every packaged size (Qt picks the sharpest per use).

    An icon that cannot be read (an install another user owns, a folder without
    permission) leaves the window without it: never a reason not to start."""
    icon = QIcon()
    icons = assets_dir() / "icons"
    for size in SIZES:
        png = icons / f"prehab-coach-{size}.png"
        try:
            readable = png.is_file()
        except OSError:
            readable = False
        if readable:
            icon.addFile(str(png))
    return icon
