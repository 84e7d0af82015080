"""The diary's entry points in the main window (log an entry, history, shoes, export)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow


def install(window: "MainWindow") -> None:
    """Add the diary's actions to the window's tool bar. Filled in by the diary issue."""
