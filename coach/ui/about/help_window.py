"""Help (F1): the tour of the screens and every key, from the packaged ``help/help.md``
(the README links the same file), in the app and offline."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from coach.ui.about.about_dialog import help_text
from coach.ui.shell import theme


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help")
        self.setWindowTitle(self.tr("Help — Prehab Coach"))
        self.setAccessibleName(self.tr("Help"))
        self.text = QTextBrowser()
        self.text.setObjectName("help-text")
        self.text.setAccessibleName(self.tr("Help: the screens and their keys"))
        self.text.setOpenExternalLinks(True)
        theme.set_font(self.text, 1.1)
        self.text.setMarkdown(help_text("help.md"))
        self.text.document().setDocumentMargin(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # as every other window of the app
        close.setContext(Qt.ShortcutContext.WindowShortcut)
        close.activated.connect(self.close)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(760, 640)
