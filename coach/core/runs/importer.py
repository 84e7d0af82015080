"""From a preview to the diary: the new rows only, in one transaction, under one import id.

Gear names become shoes only by the user's word: a name that matches a pair (any
case) counts toward it; an unknown one is offered (``unknown_gear``) and created
only when passed back in ``new_shoes``. Runs with no gear go to ``default_shoe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from coach.core.diary import run_imports
from coach.core.runs.dedupe import Logged
from coach.core.runs.preview import NEW, PreviewRow

if TYPE_CHECKING:
    from coach.core.diary.diary import Diary


@dataclass(frozen=True)
class ImportRun:
    """A run as written: the diary's fields and where it came from."""

    at: datetime
    distance_km: float
    minutes: float
    source: str
    device: str | None
    avg_hr: float | None
    elevation_m: float | None
    gear: str | None
    shoe: str | None


def logged(diary: Diary) -> list[Logged]:
    return [Logged(at, km) for at, km in run_imports.logged_runs(diary)]


def unknown_gear(rows: Sequence[PreviewRow], shoes: Iterable[str]) -> list[str]:
    """Gear names of the new runs that are not yet a pair, to offer as new pairs."""
    known = {name.casefold() for name in shoes}
    seen: dict[str, str] = {}
    for row in rows:
        gear = row.run.gear if row.status == NEW and row.run else None
        if gear and gear.casefold() not in known:
            seen.setdefault(gear.casefold(), gear)
    return sorted(seen.values(), key=str.casefold)


def to_write(rows: Sequence[PreviewRow], shoes: Iterable[str], new_shoes: Iterable[str] = (),
             default_shoe: str | None = None) -> list[ImportRun]:  # fmt: skip
    """The runs to write for the preview's new rows; gear not known and not accepted stays gear only."""
    pairs = {name.casefold(): name for name in [*shoes, *new_shoes]}
    out = []
    for row in rows:
        if row.status != NEW or row.run is None or row.at is None:
            continue
        run = row.run
        shoe = pairs.get(run.gear.casefold()) if run.gear else default_shoe
        hr = run.avg_hr if run.avg_hr is not None and 20 <= run.avg_hr <= 250 else None
        out.append(ImportRun(row.at, run.distance_m / 1000, run.moving_s / 60, row.source, run.device, hr,
                             run.elevation_m if run.elevation_m and run.elevation_m >= 0 else None, run.gear, shoe))  # fmt: skip
    return out


def import_rows(diary: Diary, rows: Sequence[PreviewRow], new_shoes: Iterable[str] = (),
                default_shoe: str | None = None) -> tuple[int, int]:  # fmt: skip
    """Write the preview's new runs; (import id, runs written). Nothing is written when there are none."""
    shoes = run_imports.shoe_names(diary)
    accepted = list(new_shoes)
    runs = to_write(rows, shoes, accepted, default_shoe)
    if not runs:
        return 0, 0
    sources = "; ".join(sorted({run.source for run in runs}))
    return run_imports.write_import(diary, runs, sources, accepted), len(runs)
