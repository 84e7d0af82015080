"""What a run file gives, whatever its format; and why a file gives nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

RUNNING = frozenset({"run", "trail", "treadmill"})


class RunFileError(Exception):
    """A file that cannot be read as a run (the message says why, for the preview)."""


@dataclass(frozen=True)
class FileRun:
    """One activity read from a file. ``start`` is aware (UTC in the file);
    ``sport`` is one of run / trail / treadmill or the file's own word for another sport."""

    source: str
    start: datetime
    distance_m: float
    moving_s: float
    sport: str
    avg_hr: float | None = None
    elevation_m: float | None = None
    device: str | None = None
    gear: str | None = None

    @property
    def running(self) -> bool:
        return self.sport in RUNNING


def sport_word(text: str | None) -> str:
    """A file's sport name as run / trail / treadmill, or the name itself (lower case)."""
    word = (text or "").strip().lower().replace("_", " ")
    if word in {"running", "run", "street running", "road running", "generic running", "virtual run", "virtualrun"}:
        return "run"
    if word in {"trail running", "trail run", "trail", "trailrun"}:
        return "trail"
    if word in {"treadmill", "treadmill running", "indoor running", "indoor run"}:
        return "treadmill"
    return word or "unknown"
