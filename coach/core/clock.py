"""Time, injected. The engine never asks the OS for the time itself."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back; only differences matter."""

    def now(self) -> datetime:
        """The local wall-clock time (naive, second precision is enough)."""


def _suspend_aware_monotonic() -> float:
    # CLOCK_MONOTONIC stops while the laptop sleeps, so a session would
    # silently carry on after the lid opens. CLOCK_BOOTTIME keeps counting,
    # which lets the engine see the gap and pause instead.
    return time.clock_gettime(time.CLOCK_BOOTTIME)


class SystemClock:
    """The real clock."""

    def __init__(self) -> None:
        self._monotonic = _suspend_aware_monotonic if hasattr(time, "CLOCK_BOOTTIME") else time.monotonic

    def monotonic(self) -> float:
        return self._monotonic()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FakeClock:
    """A clock that moves only when told to, for tests and simulations.

    (A plain class, not a dataclass: it is imported on every start, and each
    dataclass costs its own compile.)"""

    def __init__(self, mono: float = 1000.0, wall: datetime | None = None):
        self.mono = mono
        self.wall = wall if wall is not None else datetime(2026, 11, 23, 8, 0, 0)

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall.replace(microsecond=0)

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)
