"""Every user setting, declared once, read and written through one object.

Values live in the diary's key/value table, so they travel with the data
folder and a test gets fresh settings with a fresh temporary diary.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from coach.core.i18n import LANGUAGES


class KeyValueStore(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    label: str


DEFAULT_SHOE = "runs.default_shoe"  # keys other modules name
WATCH_FOLDER = "runs.watch_folder"
LANGUAGE = "language"
LANGUAGE_CHOICES = ("", *LANGUAGES)  # "" follows the system

SETTINGS: tuple[Setting, ...] = (
    Setting("units", "km", str, "Distance units (km or mi)"),
    Setting("sound_on", True, bool, "Beeps before each change"),
    Setting("voice_on", True, bool, "Spoken announcements"),
    Setting("cue_volume", 0.8, float, "Cue volume (0 to 1)"),
    Setting("voice_name", "", str, "The voice that speaks (empty: the system's default)"),
    Setting("get_ready_s", 0, int, "Get-ready countdown before each exercise, in seconds (0: as each routine says)"),
    Setting(DEFAULT_SHOE, "", str, "The pair a run counts toward when no shoes are named (empty: none)"),
    Setting("theme", "system", str, "Colours: system, light or dark"),
    Setting(WATCH_FOLDER, "", str, "The folder a watch or phone syncs runs to, offered on home (empty: none)"),
    Setting(LANGUAGE, "", str, "The language of the app: empty follows the system, or en, de"),
)
GET_READY_RANGE = (3, 30)  # what the Settings dialog offers; 0 keeps each routine's own
_BY_KEY = {s.key: s for s in SETTINGS}


def _decode(setting: Setting, text: str | None) -> Any:
    if text is None:
        return setting.default
    try:
        if setting.kind is bool:
            return text == "1"
        if setting.kind is float:
            return min(1.0, max(0.0, float(text)))
        if setting.key == "get_ready_s":
            seconds = int(text)
            low, high = GET_READY_RANGE
            return seconds if seconds == 0 or low <= seconds <= high else setting.default
        if setting.key == "units":
            from coach.core.diary.records import UNITS  # not at the top: the CLI reads the language through here

            return text if text in UNITS else setting.default
        if setting.key == LANGUAGE:
            return text if text in LANGUAGE_CHOICES else setting.default
        return setting.kind(text)
    except ValueError:
        return setting.default


def _encode(setting: Setting, value: Any) -> str:
    if setting.kind is bool:
        return "1" if value else "0"
    return str(value)


def peek_language(diary_file: Path) -> str:
    """The language setting read straight from the diary file, without opening the diary
    (no migration, no backup): the CLI chooses its language before any command runs, and
    a command that never needs the diary must not pay for opening it. "" when unreadable."""
    import sqlite3

    if not diary_file.is_file():
        return ""
    try:
        connection = sqlite3.connect(f"{diary_file.as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (LANGUAGE,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ""
    value = row[0] if row else ""
    return value if isinstance(value, str) and value in LANGUAGE_CHOICES else ""


class Settings:
    """Typed access to the declared settings over a key/value store."""

    def __init__(self, store: KeyValueStore):
        self._store = store

    def get(self, key: str) -> Any:
        setting = _BY_KEY[key]
        return _decode(setting, self._store.get_setting(key))

    def set(self, key: str, value: Any) -> None:
        setting = _BY_KEY[key]
        self._store.set_setting(key, _encode(setting, value))


class MemoryStore:
    """A key/value store in memory, for tests and for running without a diary."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.values[key] = value
