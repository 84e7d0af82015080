"""Settings → Language: the system's, English or Deutsch, applied at the next start.

Every widget asks ``tr()`` for its texts when it is built, so a language chosen
now reaches them only when they are built again: the note beside the list says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from coach.ui.shell.translations import LANGUAGES


class LanguageGroup(QGroupBox):
    """The language list; :meth:`language` is the value to save ("" follows the system)."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(self.tr("Language"), parent)
        self.setObjectName("language-group")
        self.choice = QComboBox()
        self.choice.setObjectName("language")
        self.choice.setAccessibleName(self.tr("Language of the app"))
        names = {"": self.tr("As the system"), "en": "English", "de": "Deutsch"}  # each language in its own words
        for code in LANGUAGES:
            self.choice.addItem(names[code], code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(language)))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.choice)
        self.note = QLabel(self.tr("Takes effect the next time the app starts."))
        self.note.setObjectName("language-note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)

    def language(self) -> str:
        return str(self.choice.currentData() or "")
