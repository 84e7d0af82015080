"""Sound on/off, voice on/off and cue volume, reachable from the player with S.

The dialog only edits a :class:`CuePrefs`; the player saves it through
``services.settings`` when the dialog is accepted (Enter), and Esc changes
nothing. "Try it" plays a beep and a phrase with the values shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from coach.ui import theme
from coach.ui.cue_player import CuePrefs


class SettingsDialog(QDialog):
    preview_requested = Signal(object)  # CuePrefs to try out

    def __init__(self, prefs: CuePrefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cue-settings")
        self.setWindowTitle("Sound and voice")
        self.setAccessibleName("Sound and voice settings")
        self.sound = QCheckBox("&Beeps before each change")
        self.sound.setObjectName("sound-on")
        self.sound.setAccessibleName("Beeps before each change")
        self.sound.setChecked(prefs.sound_on)
        self.voice = QCheckBox("&Spoken announcements")
        self.voice.setObjectName("voice-on")
        self.voice.setAccessibleName("Spoken announcements")
        self.voice.setChecked(prefs.voice_on)
        self.volume_label = QLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("cue-volume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setValue(round(prefs.volume * 100))
        self.volume.setAccessibleName("Cue volume")
        self.volume_label.setBuddy(self.volume)
        self.volume.valueChanged.connect(self._show_volume)
        self._show_volume(self.volume.value())

        self.try_button = QPushButton("&Try it")
        self.try_button.setAccessibleName("Play a test beep and phrase")
        self.try_button.setAutoDefault(False)
        self.try_button.clicked.connect(lambda: self.preview_requested.emit(self.prefs()))
        self.cancel_button = QPushButton("Cancel  (Esc)")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("Save  (Enter)")
        self.save_button.setAccessibleName("Save sound settings")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        for widget in (self.sound, self.voice, self.volume_label, self.volume):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.try_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        for widget in (self.sound, self.voice, self.volume_label, self.try_button, self.cancel_button,
                       self.save_button):  # fmt: skip
            theme.set_font(widget, 1.3)
        self.volume.setMinimumWidth(420)
        self.setStyleSheet(theme.focus_ring("QCheckBox", "QSlider", "QPushButton"))
        self.sound.setFocus()

    def prefs(self) -> CuePrefs:
        return CuePrefs(self.sound.isChecked(), self.voice.isChecked(), self.volume.value() / 100)

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(f"Cue &volume: {value}%")
