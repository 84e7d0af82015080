"""What Settings edits, apart from the dialog that edits it: the player (S) and the main
window read and save these values around their dialog, and a fault in the diary must
leave the defaults shown and the user told, never an exception in a slot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from coach.core.errors import CoachError
from coach.core.settings import WATCH_FOLDER, Settings
from coach.ui.player.cue_player import CuePrefs
from coach.ui.shell.notify import Notifier
from coach.ui.shell.translations import save_language, saved_language


@dataclass(frozen=True)
class SettingsValues:
    """Everything the dialog edits, read and written in one go."""

    units: str = "km"
    cues: CuePrefs = field(default_factory=CuePrefs)
    voice_name: str = ""  # empty: the speech engine's default voice
    get_ready_s: int = 0  # 0: as each routine says
    watch_folder: str = ""  # where a watch or phone syncs runs; empty: none
    theme: str = "system"  # system, light or dark
    language: str = ""  # "" follows the system; "en", "de"

    @classmethod
    def load(cls, settings: Settings) -> SettingsValues:
        return cls(settings.get("units"), CuePrefs.load(settings), settings.get("voice_name"),
                   settings.get("get_ready_s"), settings.get(WATCH_FOLDER), settings.get("theme"),
                   saved_language(settings))  # fmt: skip

    def save(self, settings: Settings) -> None:
        """Persist; raises StorageError when the diary cannot be written."""
        settings.set("units", self.units)
        self.cues.save(settings)
        settings.set("voice_name", self.voice_name)
        settings.set("get_ready_s", self.get_ready_s)
        settings.set(WATCH_FOLDER, self.watch_folder)
        settings.set("theme", self.theme)
        save_language(settings, self.language)


def load_values(settings: Settings) -> SettingsValues:
    """The saved values, or the defaults when the diary cannot be read."""
    try:
        return SettingsValues.load(settings)
    except CoachError:
        return SettingsValues()


def save_values(values: SettingsValues, settings: Settings, notifier: Notifier) -> bool:
    """Persist the settings; a storage fault is reported, never raised."""
    try:
        values.save(settings)
    except CoachError as error:
        notifier.error(QCoreApplication.translate("SettingsDialog", "The settings could not be saved: {error}")
                       .format(error=error))
        return False
    return True
