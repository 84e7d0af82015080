"""A confirmation the user can see: a bar across the top of the window for a few seconds.

The status bar, which used to carry every confirmation, is off-screen on a small
laptop and too small to read from the mat. The bar is part of the window's layout,
above the pages, so it pushes the player down a little instead of covering the
countdown or the controls; it goes away by itself (or on a click).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from coach.ui.shell import theme

SHOWN_MS = 8000  # long enough to read twice from across the room


class MessageBar(QFrame):
    """Shows one message at a time; a newer one replaces it and restarts the clock."""

    def __init__(self, parent: QWidget | None = None, shown_ms: int = SHOWN_MS):
        super().__init__(parent)
        self.setObjectName("message-bar")
        self.setAccessibleName(self.tr("Message"))
        self.label = QLabel()
        self.label.setObjectName("message-bar-text")
        self.label.setWordWrap(True)
        theme.set_font(self.label, 1.15, bold=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label, 1)
        # A tint and a border in the accent colour over the palette's own window colour, and the
        # palette's text: readable on light and dark desktops alike (tests/stress/test_palette.py).
        accent = theme.ACCENT
        self.setStyleSheet(f"QFrame#message-bar {{ background: rgba({accent.red()}, {accent.green()}, {accent.blue()}, 48);"
                           f" border-bottom: 2px solid {accent.name()}; }}")  # fmt: skip
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(shown_ms)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` for ``SHOWN_MS``; the accessible description carries it for screen readers."""
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        self.timer.start()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        self.hide()
        event.accept()
