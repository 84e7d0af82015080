"""What the diary holds: plain frozen records shared by the store, advice and reports.

Datetimes are naive local time: "a day" in the advice rules is the user's
local calendar day, and this keeps ``entry.at.date()`` meaning exactly that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

KM_PER_MILE = 1.609344
SHOE_LIMIT_KM = 800.0  # the rule of thumb: check the cushioning past 480 km, replace past 800
NOTE_MAX_CHARS = 2000


UNITS = ("km", "mi")


def known_units(units: str | None) -> str:
    """``km`` or ``mi``, checked here once: anything else (an unreadable setting) counts in km."""
    return "mi" if units == "mi" else "km"


def in_units(km: float, units: str) -> float:
    """A distance stored in km, in the user's units ("km" or "mi")."""
    return km / KM_PER_MILE if known_units(units) == "mi" else km


def to_km(distance: float, units: str) -> float:
    """A distance in the user's units, as stored: in km."""
    return distance * KM_PER_MILE if known_units(units) == "mi" else distance


def format_distance(km: float, units: str, digits: int = 1) -> str:
    """``8.2 km`` or ``5.1 mi``: how every screen, report and message shows a distance."""
    from coach.core.locale_format import number  # decimal comma in German; exports never come here

    return f"{number(in_units(km, units), digits)} {known_units(units)}"
NRS_MAX = 10


@dataclass(frozen=True)
class PainEntry:
    """One 0-10 rating of one or both knees at one moment."""

    at: datetime
    moment: str
    left: int | None = None
    right: int | None = None
    locations: tuple[str, ...] = ()
    characters: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    note: str = ""
    id: int | None = None

    @property
    def worst(self) -> int:
        """The higher of left and right (0 when neither knee was rated)."""
        return max((v for v in (self.left, self.right) if v is not None), default=0)

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True)
class Run:
    at: datetime
    distance_km: float
    minutes: float | None = None
    shoes: str | None = None
    id: int | None = None
    effort: int | None = None  # how hard it was, 0-10 (Borg CR-10)
    # Where an imported run came from (None for a typed one): the file, the watch, its heart
    # rate and climb, the gear name it gave, and the import that wrote it (to undo it).
    source: str | None = None
    device: str | None = None
    avg_hr: float | None = None
    elevation_m: float | None = None
    gear: str | None = None
    import_id: int | None = None

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True)
class SessionRecord:
    """One played (or logged) routine. ``focus`` is copied from the routine at
    start so the advice can count strength and warm-up sessions even if the
    routine file later disappears."""

    routine_id: str
    focus: str
    started: datetime
    status: str
    steps_done: int = 0
    steps_total: int = 0
    ended: datetime | None = None
    routine_hash: str = ""
    position: int = 0  # plan segment reached, for resuming an interrupted session
    id: int | None = None
    effort: int | None = None  # how hard it was, 0-10 (Borg CR-10)

    @property
    def day(self) -> date:
        return self.started.date()


@dataclass(frozen=True)
class Shoe:
    name: str
    started: date
    distance_km: float = 0.0  # runs logged with these shoes plus any starting distance
    retired: bool = False
    id: int | None = None
    limit_km: float = SHOE_LIMIT_KM  # replace them past this; check their cushioning past 60% of it
