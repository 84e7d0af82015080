"""GPX 1.0 / 1.1 tracks (phone apps, Strava, Komoot), checked by defusedxml, read by gpxpy.

A GPX has no totals: distance and moving time come from the track itself.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from coach.core.i18n import _
from coach.core.runs.model import FileRun, RunFileError, sport_word
from coach.core.runs.xmlcheck import safe_tree


def _heart_rates(gpx: Any) -> list[float]:
    rates: list[float] = []
    for track in gpx.tracks:
        for segment in track.segments:
            for point in segment.points:
                for extension in point.extensions:
                    for element in extension.iter():
                        if str(element.tag).endswith("}hr") or element.tag == "hr":
                            try:
                                rates.append(float(element.text or ""))
                            except ValueError:
                                pass
    return rates


def parse_gpx(data: bytes, source: str) -> FileRun:
    """The track in ``data``; RunFileError for entity tricks, bad XML, no points or no timestamps."""
    safe_tree(data, "GPX")
    import gpxpy
    import gpxpy.gpx

    try:
        gpx = gpxpy.parse(data.decode("utf-8", errors="replace"))
    except (gpxpy.gpx.GPXException, ValueError) as error:
        raise RunFileError(_("is not a readable GPX file ({error})").format(error=error)) from None
    if not any(segment.points for track in gpx.tracks for segment in track.segments):
        raise RunFileError(_("is a GPX file with no track points"))
    bounds = gpx.get_time_bounds()
    if bounds.start_time is None or bounds.end_time is None:
        raise RunFileError(_("is a GPX file without timestamps: when the run was, and how long, cannot be known"))
    start = bounds.start_time if bounds.start_time.tzinfo else bounds.start_time.replace(tzinfo=UTC)
    moving = gpx.get_moving_data()
    elapsed = (bounds.end_time - bounds.start_time).total_seconds()
    moving_s = float(moving.moving_time) if moving and moving.moving_time else elapsed
    distance = float(gpx.length_3d() or gpx.length_2d() or 0.0)
    climb = gpx.get_uphill_downhill()
    rates = _heart_rates(gpx)
    kind = next((track.type for track in gpx.tracks if track.type), None)
    sport = sport_word(kind) if kind else "run"  # phone apps often name no sport; the user chose to import it
    return FileRun(source, start, distance, moving_s, sport, sum(rates) / len(rates) if rates else None,
                   float(climb.uphill) if climb and climb.uphill else None, gpx.creator or None)  # fmt: skip
