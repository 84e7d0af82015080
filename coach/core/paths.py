"""Where the user's folder and the app's own files live.

Nothing here runs at import time: the data folder is resolved when asked,
from the command line first, then ``COACH_DATA_DIR``, then the platform default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "COACH_DATA_DIR"


def resolve_data_dir(override: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The folder that holds everything the user owns."""
    environ = os.environ if environ is None else environ
    if override:
        return Path(override).expanduser()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("coach", appauthor=False))


@dataclass(frozen=True)
class DataPaths:
    """The layout of the user's folder."""

    root: Path

    @property
    def diary(self) -> Path:
        return self.root / "diary.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def routines(self) -> Path:
        return self.root / "routines"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def window_places(self) -> Path:
        """Where the windows were and how big (an ini file written by Qt's QSettings)."""
        return self.root / "windows.ini"

    @property
    def routine_cache(self) -> Path:
        """Parsed routines, so a start needs no YAML parser (see ``routine_cache``)."""
        return self.root / "cache" / "routines.json"

    @property
    def diary_schema_memo(self) -> Path:
        """What the diary's migrations make, so opening need not work it out each time (``schema_memo``)."""
        return self.root / "cache" / "diary-schema.txt"


def _shipped(name: str) -> Path:
    # An installed wheel carries the folder inside the package (coach/<name>, see
    # pyproject's package-dir); a source checkout or editable install has it
    # beside the package.
    package = Path(__file__).resolve().parents[1]
    inside = package / name
    try:
        return inside if inside.is_dir() else package.parent / name
    except OSError:
        return package.parent / name


def builtin_routines_dir() -> Path:
    """The routines shipped with the app (``routines/`` in the source tree)."""
    return _shipped("routines")


LIBRARY_FILE = "exercises.yaml"  # the exercise library beside the built-in routines (routines/library.py), not a routine


def assets_dir() -> Path:
    """Icons, illustrations and cue sounds shipped with the app."""
    return _shipped("assets")
