"""GPX (as a phone app writes it), multi-lap TCX, and a Strava-layout export zip."""

from __future__ import annotations

import csv
import gzip
import io
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tests.runs_fixtures.fit_writer import garmin_run


def _z(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def phone_gpx(start: datetime, km: float, minutes: float, points: int = 60, times: bool = True,
              sport: str | None = "running", hr: int | None = 150) -> bytes:  # fmt: skip
    """A GPX 1.1 track along a straight line north (1° latitude ≈ 111.2 km), like a phone app's."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gpx version="1.1" creator="StravaGPX Android" xmlns="http://www.topografix.com/GPX/1/1"'
             ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
             f"<metadata><time>{_z(start)}</time></metadata>", "<trk><name>Morning Run</name>"]  # fmt: skip
    if sport:
        lines.append(f"<type>{sport}</type>")
    lines.append("<trkseg>")
    for i in range(points + 1):
        lat = 52.0 + km / 111.195 * i / points
        ele = 10 + 5 * math.sin(i / 5)
        when = f"<time>{_z(start + timedelta(seconds=minutes * 60 * i / points))}</time>" if times else ""
        tag = "gpxtpx:TrackPointExtension"
        ext = f"<extensions><{tag}><gpxtpx:hr>{hr}</gpxtpx:hr></{tag}></extensions>" if hr else ""
        lines.append(f'<trkpt lat="{lat:.7f}" lon="4.0000000"><ele>{ele:.1f}</ele>{when}{ext}</trkpt>')
    lines += ["</trkseg></trk></gpx>"]
    return "\n".join(lines).encode()


def laps_tcx(start: datetime, laps_km: Sequence[float], lap_minutes: float, sport: str = "Running") -> bytes:
    """A TCX activity with one lap per entry of ``laps_km``."""
    ns = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<TrainingCenterDatabase xmlns="{ns}">',
           f'<Activities><Activity Sport="{sport}"><Id>{_z(start)}</Id>']  # fmt: skip
    at = start
    for i, km in enumerate(laps_km):
        out.append(f'<Lap StartTime="{_z(at)}"><TotalTimeSeconds>{lap_minutes * 60:.1f}</TotalTimeSeconds>'
                   f"<DistanceMeters>{km * 1000:.1f}</DistanceMeters><AverageHeartRateBpm><Value>{140 + i * 5}</Value>"
                   f"</AverageHeartRateBpm><Track><Trackpoint><Time>{_z(at)}</Time><AltitudeMeters>{10 + i * 4}"
                   "</AltitudeMeters></Trackpoint></Track></Lap>")  # fmt: skip
        at += timedelta(minutes=lap_minutes)
    out.append("<Creator><Name>Forerunner 255</Name></Creator></Activity></Activities></TrainingCenterDatabase>")
    return "\n".join(out).encode()


@dataclass(frozen=True)
class StravaActivity:
    start: datetime
    km: float
    minutes: float
    kind: str = "Run"
    gear: str = ""
    fmt: str = "fit.gz"  # fit.gz, gpx, tcx.gz or "" (no file: the CSV row only)


def strava_zip(activities: Sequence[StravaActivity], records: int | None = 5) -> bytes:
    """An export laid out as Strava's: activities.csv plus activities/<id>.<fmt>."""
    buffer = io.BytesIO()
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["Activity ID", "Activity Date", "Activity Name", "Activity Type", "Elapsed Time", "Distance",
                     "Activity Gear", "Filename", "Moving Time"])  # fmt: skip
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, activity in enumerate(activities, start=1000):
            name = f"activities/{number}.{activity.fmt}" if activity.fmt else ""
            if activity.fmt == "fit.gz":
                count = records if records is not None else int(activity.km * 12)
                archive.writestr(name, gzip.compress(garmin_run(activity.start, activity.km, activity.minutes, records=count)))
            elif activity.fmt == "gpx":
                archive.writestr(name, phone_gpx(activity.start, activity.km, activity.minutes, sport=None))
            elif activity.fmt == "tcx.gz":
                archive.writestr(name, gzip.compress(laps_tcx(activity.start, [activity.km / 2] * 2, activity.minutes / 2)))
            writer.writerow([number, activity.start.astimezone(UTC).strftime("%b %d, %Y, %I:%M:%S %p"),
                             "Run", activity.kind, int(activity.minutes * 60), f"{activity.km:.2f}", activity.gear, name,
                             int(activity.minutes * 60)])  # fmt: skip
        archive.writestr("activities.csv", rows.getvalue())
    return buffer.getvalue()
