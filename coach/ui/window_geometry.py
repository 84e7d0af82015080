"""Windows open at a size that fits the screen they are on, not at a fixed 1280×800."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # leave a margin for panels and window decorations


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Resize ``window`` to ``preferred``, shrunk to the available part of its screen when that is smaller."""
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return
    room = screen.availableGeometry().size()
    window.resize(min(preferred.width(), int(room.width() * SCREEN_SHARE)),
                  min(preferred.height(), int(room.height() * SCREEN_SHARE)))  # fmt: skip
