"""The same run twice: a start within 60 s and a distance within 2% of a logged one."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

START_SECONDS = 60
DISTANCE_SHARE = 0.02


@dataclass(frozen=True)
class Logged:
    """A run already in the diary (typed or imported), as the diary stores it: local time, km."""

    at: datetime
    distance_km: float


def same_run(a: Logged, b: Logged) -> bool:
    close_start = abs((a.at - b.at).total_seconds()) <= START_SECONDS
    return close_start and abs(a.distance_km - b.distance_km) <= DISTANCE_SHARE * max(a.distance_km, b.distance_km)


class Ledger:
    """The logged runs, sorted by start, so each candidate compares only with its neighbours in time."""

    def __init__(self, logged: Iterable[Logged]) -> None:
        self._runs = sorted(logged, key=lambda run: run.at)
        self._keys = [run.at for run in self._runs]

    def find(self, candidate: Logged) -> Logged | None:
        low = bisect.bisect_left(self._keys, candidate.at - timedelta(seconds=START_SECONDS))
        for run in self._runs[low:]:
            if (run.at - candidate.at).total_seconds() > START_SECONDS:
                break
            if same_run(run, candidate):
                return run
        return None

    def add(self, run: Logged) -> None:
        index = bisect.bisect_right(self._keys, run.at)
        self._keys.insert(index, run.at)
        self._runs.insert(index, run)
