"""TCX (Garmin Training Center) activities, read with defusedxml; totals from the laps."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from coach.core.i18n import _
from coach.core.runs.model import FileRun, RunFileError, sport_word
from coach.core.runs.xmlcheck import safe_tree

_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _float(element: Any) -> float | None:
    try:
        return float(element.text) if element is not None and element.text else None
    except ValueError:
        return None


def parse_tcx(data: bytes, source: str) -> FileRun:
    """The first activity in ``data``; RunFileError when it is not XML, not TCX, or has no laps."""
    root = safe_tree(data, "TCX")
    activity = root.find(f"{_NS}Activities/{_NS}Activity")
    if activity is None:
        raise RunFileError(_("is XML but not a TCX activity (no <Activity>)"))
    laps = activity.findall(f"{_NS}Lap")
    if not laps:
        raise RunFileError(_("is a TCX activity with no laps"))
    start = _time(activity.findtext(f"{_NS}Id")) or _time(laps[0].get("StartTime"))
    if start is None:
        raise RunFileError(_("is a TCX activity without a start time"))
    distance = sum(_float(lap.find(f"{_NS}DistanceMeters")) or 0.0 for lap in laps)
    moving = sum(_float(lap.find(f"{_NS}TotalTimeSeconds")) or 0.0 for lap in laps)
    weighted = [(_float(lap.find(f"{_NS}AverageHeartRateBpm/{_NS}Value")), _float(lap.find(f"{_NS}TotalTimeSeconds")) or 0.0)
                for lap in laps]  # fmt: skip
    known = [(hr, s) for hr, s in weighted if hr is not None]
    avg_hr = sum(hr * s for hr, s in known) / sum(s for _, s in known) if known and sum(s for _, s in known) else None
    altitudes = [a for a in (_float(e) for e in activity.iter(f"{_NS}AltitudeMeters")) if a is not None]
    gain = sum(max(b - a, 0.0) for a, b in zip(altitudes, altitudes[1:], strict=False)) if altitudes else None
    device = activity.findtext(f"{_NS}Creator/{_NS}Name")
    return FileRun(source, start, distance, moving, sport_word(activity.get("Sport")), avg_hr, gain, device or None)
