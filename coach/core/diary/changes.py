"""What a write to the diary changed, so each view refreshes only what it shows.

Compare Anki's ``OpChanges``: the writer says which kinds of record it touched
and every view asks ``changes.touches(...)`` before reading the diary again.
Qt-free; the window's ``diary_changed`` signal carries one of these.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class DiaryChanges:
    """Which kinds of record (and settings) one change touched."""

    runs: bool = False
    pain: bool = False
    sessions: bool = False
    shoes: bool = False
    settings: bool = False  # units and the like: what is shown, not what is stored
    day: bool = False  # the date turned: "today" and "the last 7 days" moved

    @classmethod
    def everything(cls) -> DiaryChanges:
        """An import, a restored backup, or a change made outside the app: anything may differ."""
        return cls(**{f.name: True for f in fields(cls)})

    def touches(self, *kinds: str) -> bool:
        """Whether any of these kinds (field names) changed."""
        return any(getattr(self, kind) for kind in kinds)

    def __or__(self, other: DiaryChanges) -> DiaryChanges:
        return DiaryChanges(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return self.touches(*(f.name for f in fields(self)))


# What each kind of write touches. A run carries the shoe's mileage, so shoes too.
RUNS = DiaryChanges(runs=True, shoes=True)
PAIN = DiaryChanges(pain=True)
ENTRY = RUNS | PAIN  # the entry form saves a run, a pain entry or both
SESSIONS = DiaryChanges(sessions=True)
PLAYER = DiaryChanges(sessions=True, pain=True)  # a session, and the pain asked at its end
SHOES = DiaryChanges(shoes=True)
SETTINGS = DiaryChanges(settings=True)
