"""What an import would do, before anything is written: one row per file or activity.

Status is ``new``, ``already logged``, ``skipped`` (not a run, with why) or
``unreadable`` (with why: a damaged file, or values no run has).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from coach.core.i18n import N_, Labels, _
from coach.core.runs.dedupe import Ledger, Logged
from coach.core.runs.fit import parse_fit
from coach.core.runs.gpx import parse_gpx
from coach.core.runs.limits import Limits, is_zip, read_file
from coach.core.runs.model import FileRun, RunFileError
from coach.core.runs.strava import Parser, read_archive
from coach.core.runs.tcx import parse_tcx

NEW, LOGGED, SKIPPED, UNREADABLE = "new", "already logged", "skipped", "unreadable"
# How a preview line names its status (the codes stay English: they are compared, and tests read them).
STATUS_WORDS = Labels({NEW: N_("new"), LOGGED: N_("already logged"), SKIPPED: N_("skipped"), UNREADABLE: N_("unreadable")})
EARLIEST = datetime(2000, 1, 1)
FASTEST_S_PER_KM = 150.0  # 2:30 /km: faster than any human over a run's distance
SLOWEST_S_PER_KM = 3600.0  # 60:00 /km: a watch left running, not a run
SUFFIXES: dict[str, Parser] = {".fit": parse_fit, ".gpx": parse_gpx, ".tcx": parse_tcx}


@dataclass(frozen=True)
class PreviewRow:
    """One line of the preview. ``at`` is the local start as the diary stores it."""

    source: str
    status: str
    why: str = ""
    run: FileRun | None = None
    at: datetime | None = None

    @property
    def km(self) -> float | None:
        return None if self.run is None else self.run.distance_m / 1000

    @property
    def minutes(self) -> float | None:
        return None if self.run is None else self.run.moving_s / 60

    @property
    def pace(self) -> str:
        if self.run is None or self.run.distance_m <= 0:
            return ""
        seconds = round(self.run.moving_s / (self.run.distance_m / 1000))
        return f"{seconds // 60}:{seconds % 60:02d} /km"


def parser_for(name: str) -> Parser | None:
    lower = name.lower().removesuffix(".gz")
    return next((parser for suffix, parser in SUFFIXES.items() if lower.endswith(suffix)), None)


def candidates(paths: Iterable[Path], limits: Limits) -> Iterator[tuple[str, FileRun | RunFileError]]:
    """Every activity under ``paths`` (files, folders recursively, zips), as (label, run or why not)."""
    for path in paths:
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            yield str(path), RunFileError(_("cannot be read: {strerror}").format(strerror=error.strerror or error))
            continue
        if stat.S_ISDIR(mode):
            for root, folders, files in os.walk(path):
                folders.sort()
                yield from candidates((Path(root) / name for name in sorted(files)
                                       if parser_for(name) or is_zip(Path(name))), limits)  # fmt: skip
        elif is_zip(path):
            try:
                yield from read_archive(path, limits, parser_for)
            except RunFileError as error:
                yield str(path), error
        else:
            parser = parser_for(path.name)
            if parser is None:
                yield str(path), RunFileError(_("is not a FIT, GPX or TCX file (or a .zip of them)"))
                continue
            try:
                yield str(path), parser(read_file(path, limits), str(path))
            except RunFileError as error:
                yield str(path), error


def implausible(run: FileRun, now: datetime, zone: tzinfo | None) -> str | None:
    """Why these values cannot be a real run, or None."""
    local = run.start.astimezone(zone).replace(tzinfo=None)
    if local < EARLIEST:
        return _("starts on {local:%Y-%m-%d}, before 2000 (the watch's clock was not set?)").format(local=local)
    if local > now + timedelta(hours=1):
        return _("starts on {local:%Y-%m-%d %H:%M}, in the future").format(local=local)
    if run.distance_m <= 0:
        return _("has a distance of 0 m")
    if run.moving_s <= 0:
        return _("has a time of 0 s")
    pace = run.moving_s / (run.distance_m / 1000)
    if pace < FASTEST_S_PER_KM:
        return _("has a pace of {minutes}:{seconds:02d} /km, faster than any human runs").format(
                 minutes=int(pace) // 60, seconds=int(pace) % 60)
    if pace > SLOWEST_S_PER_KM:
        return _("has a pace of {pace:.0f} min/km, slower than walking (a watch left running?)").format(pace=pace / 60)
    return None


def build_preview(paths: Iterable[Path], logged: Iterable[Logged], now: datetime,
                  limits: Limits | None = None, zone: tzinfo | None = None) -> list[PreviewRow]:  # fmt: skip
    """The preview of importing ``paths`` into a diary holding ``logged``; ``now`` is the clock's (local) time.

    Runs that repeat one another within the import count once."""
    ledger = Ledger(logged)
    rows: list[PreviewRow] = []
    for label, outcome in candidates(paths, limits or Limits()):
        if isinstance(outcome, RunFileError):
            rows.append(PreviewRow(label, UNREADABLE, str(outcome)))
            continue
        at = outcome.start.astimezone(zone).replace(tzinfo=None, microsecond=0)
        if not outcome.running:
            rows.append(PreviewRow(label, SKIPPED, _("{sport}, not a run").format(sport=outcome.sport), outcome, at))
            continue
        why = implausible(outcome, now, zone)
        if why:
            rows.append(PreviewRow(label, UNREADABLE, why, outcome, at))
            continue
        key = Logged(at, outcome.distance_m / 1000)
        if ledger.find(key):
            rows.append(PreviewRow(label, LOGGED, "", outcome, at))
            continue
        ledger.add(key)
        rows.append(PreviewRow(label, NEW, "", outcome, at))
    return rows


def summary(rows: list[PreviewRow]) -> str:
    """"3 new, 1 already logged, 0 skipped, 0 unreadable", in the user's language."""
    counts = [sum(row.status == status for row in rows) for status in (NEW, LOGGED, SKIPPED, UNREADABLE)]
    return _("{new} new, {logged} already logged, {skipped} skipped, {unreadable} unreadable").format(
        new=counts[0], logged=counts[1], skipped=counts[2], unreadable=counts[3])


