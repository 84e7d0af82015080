"""The Help menu and the two windows it opens, apart from the main window: Help and
About are looked at now and then, and each is built only when first asked for (the
menu itself is on the way to the first frame, so its F1 key comes after that frame).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget


class HelpMenu(QObject):
    """Help (F1) and About Prehab Coach, one window of each at a time."""

    def __init__(self, window: QMainWindow, data_folder: Path):
        super().__init__(window)
        self.window = window
        self.data_folder = data_folder  # About shows where the diary is kept
        self.help_window: QWidget | None = None
        self.about_dialog: QDialog | None = None
        menu = window.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("Help"), window)
        help_action.setObjectName("action-help")
        help_action.setToolTip(self.tr("The screens and their keys (F1)"))
        help_action.triggered.connect(lambda _=False: self.open_help())
        about = QAction(self.tr("About Prehab Coach"), window)
        about.setObjectName("action-about")
        about.triggered.connect(lambda _=False: self.open_about())
        menu.addAction(help_action)
        menu.addAction(about)
        self.help_action = help_action  # F1 is given with the other keys, after the first frame

    def add_key(self) -> None:
        from PySide6.QtCore import Qt

        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.window.addAction(self.help_action)  # F1 works with the menu bar out of sight too

    def open_help(self) -> QWidget:
        """F1: the tour and every key, in a window of its own (one at a time)."""
        from coach.ui.about.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.window)
            self.help_window.resize(self.help_window.sizeHint())
        elif self.help_window.isVisible():
            self.help_window.raise_()
        self.help_window.show()
        self.help_window.activateWindow()
        return self.help_window

    def open_about(self) -> QDialog:
        from coach.ui.about.about_dialog import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.data_folder, self.window)
        self.about_dialog.open()
        return self.about_dialog
