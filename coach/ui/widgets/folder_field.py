"""A folder shown read-only with an Open folder button (Settings, About): when no file
manager opens it, the note under it says where it is, so the user can go there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class FolderField(QWidget):
    def __init__(self, folder: Path, accessible: str, parent: QWidget | None = None, *, name: str = "data-folder",
                 stacked: bool = False):  # fmt: skip
        """``stacked``: the button under the folder, for a narrow column."""
        super().__init__(parent)
        self.folder = folder
        self.line = QLineEdit(str(folder))
        self.line.setObjectName(name)
        self.line.setReadOnly(True)
        self.line.setAccessibleName(accessible)
        self.line.setCursorPosition(0)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setObjectName("open-folder")
        self.open_button.setAccessibleName(self.tr("Open the diary's folder in the file manager"))
        self.open_button.setAutoDefault(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if stacked:
            layout.addWidget(self.line)
        else:
            row.addWidget(self.line, 1)
        row.addWidget(self.open_button)
        if stacked:
            row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def open_folder(self, open_url: Callable[[QUrl], bool]) -> None:
        """Show the folder in the file manager (a local file URL: nothing goes over the network)."""
        if open_url(QUrl.fromLocalFile(str(self.folder))):
            self.note.hide()
            return
        self.note.setText(self.tr("No file manager could open it. The folder is {folder}").format(folder=self.folder))
        self.note.show()
