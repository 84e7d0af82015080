"""The Strava bulk export: a zip holding ``activities.csv`` and ``activities/*.fit.gz|*.gpx|*.tcx.gz``.

The CSV row gives the sport as the user filed it and the gear's name; the file
gives the times and distances. A row without a file is read from the CSV alone.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from coach.core.i18n import _
from coach.core.runs.limits import Limits, open_archive, read_entry
from coach.core.runs.model import FileRun, RunFileError, sport_word

Parser = Callable[[bytes, str], FileRun]
Outcome = tuple[str, FileRun | RunFileError]


def _csv_time(text: str) -> datetime | None:
    for pattern in ("%b %d, %Y, %I:%M:%S %p", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.strptime(text.strip(), pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _csv_float(text: str | None) -> float | None:
    try:
        return float((text or "").replace(",", ""))
    except ValueError:
        return None


def read_archive(path: Path, limits: Limits, parser_for: Callable[[str], Parser | None]) -> Iterator[Outcome]:
    """Each activity in the archive at ``path``, as (label, run or why not).

    Raises RunFileError when the archive itself is refused (bomb, traversal, not a zip):
    then nothing from it is read."""
    with open_archive(path, limits) as archive:
        names = {info.filename for info in archive.infolist()}
        if "activities.csv" in names:
            yield from _strava(archive, path, limits, parser_for)
            return
        for name in sorted(names):
            parser = parser_for(name)
            if parser is not None:
                yield _one(archive, name, f"{path.name}/{name}", limits, parser)


def _one(archive: zipfile.ZipFile, name: str, label: str, limits: Limits, parser: Parser) -> Outcome:
    try:
        return label, parser(read_entry(archive, name, limits), label)
    except RunFileError as error:
        return label, error


def _strava(
    archive: zipfile.ZipFile, path: Path, limits: Limits, parser_for: Callable[[str], Parser | None]
) -> Iterator[Outcome]:
    text = read_entry(archive, "activities.csv", limits).decode("utf-8-sig", errors="replace")
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        filename = (row.get("Filename") or "").strip()
        label = f"{path.name}/{filename or f'activities.csv line {number}'}"
        gear = (row.get("Activity Gear") or "").strip() or None
        sport = sport_word(row.get("Activity Type"))
        parser = parser_for(filename) if filename else None
        if filename and parser is None:
            yield label, RunFileError(_("is not a FIT, GPX or TCX file"))
            continue
        if parser is not None:
            label, outcome = _one(archive, filename, label, limits, parser)
            if isinstance(outcome, FileRun):
                outcome = replace(outcome, gear=gear or outcome.gear,
                                  sport=sport if row.get("Activity Type") else outcome.sport)  # fmt: skip
            yield label, outcome
            continue
        start = _csv_time(row.get("Activity Date") or "")
        distance_km, seconds = _csv_float(row.get("Distance")), _csv_float(row.get("Moving Time") or row.get("Elapsed Time"))
        if start is None or distance_km is None or seconds is None:
            yield label, RunFileError(_("is a row of activities.csv without a date, distance or time"))
            continue
        yield label, FileRun(label, start, distance_km * 1000, seconds, sport, gear=gear, device="Strava")
