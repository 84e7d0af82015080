"""FIT files (Garmin, Coros, Suunto, Wahoo...), read with fitdecode, CRCs checked.

Totals come from the session message when there is one (the watch's own
distance and timer time), else from the laps, else from the records.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from coach.core.i18n import _
from coach.core.runs.model import FileRun, RunFileError, sport_word


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _aware(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _sport(sport: Any, sub_sport: Any) -> str:
    sub = sport_word(str(sub_sport)) if sub_sport is not None else ""
    if sub in {"trail", "treadmill"}:
        return sub
    return sport_word(str(sport)) if sport is not None else "unknown"


def parse_fit(data: bytes, source: str) -> FileRun:
    """The activity in ``data``; raises RunFileError for a truncated, CRC-broken or empty file."""
    import fitdecode  # imported when a FIT file is read, not when the app starts

    messages: dict[str, list[dict[str, Any]]] = {}
    try:
        with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.ENABLED) as reader:
            for frame in reader:
                if isinstance(frame, fitdecode.FitDataMessage) and frame.name in {"file_id", "session", "lap", "record", "sport"}:
                    messages.setdefault(frame.name, []).append({f.name: f.value for f in frame.fields})
    except fitdecode.FitCRCError:
        raise RunFileError(_("is a FIT file whose checksum does not match (damaged in copying?)")) from None
    except fitdecode.FitEOFError:
        raise RunFileError(_("is a truncated FIT file")) from None
    except fitdecode.FitHeaderError:
        raise RunFileError(_("is not a FIT file (no FIT header)")) from None
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError) as error:
        raise RunFileError(_("is a FIT file that cannot be decoded ({error})").format(error=error)) from None
    return _summary(messages, source)


def _summary(messages: dict[str, list[dict[str, Any]]], source: str) -> FileRun:
    file_id = (messages.get("file_id") or [{}])[0]
    device = " ".join(str(file_id[k]) for k in ("manufacturer", "product") if file_id.get(k) is not None) or None
    sessions, laps, records = messages.get("session", []), messages.get("lap", []), messages.get("record", [])
    totals = sessions or laps
    if totals:
        start = min((t for t in (_aware(m.get("start_time")) for m in totals) if t), default=None)
        distance = sum(_number(m.get("total_distance")) or 0.0 for m in totals)
        moving = sum(_number(m.get("total_timer_time")) or _number(m.get("total_elapsed_time")) or 0.0 for m in totals)
        hr = _number(totals[0].get("avg_heart_rate"))
        ascent = _number(totals[0].get("total_ascent"))
        sport = _sport(totals[0].get("sport"), totals[0].get("sub_sport"))
    elif records:
        times = [t for t in (_aware(r.get("timestamp")) for r in records) if t]
        if not times:
            raise RunFileError(_("is a FIT file with no times in it"))
        start, moving = min(times), (max(times) - min(times)).total_seconds()
        distance = max((_number(r.get("distance")) or 0.0 for r in records), default=0.0)
        hr, ascent, sport = None, None, "unknown"
    else:
        raise RunFileError(_("is a FIT file with no activity in it (no session, lap or record)"))
    if sport == "unknown" and messages.get("sport"):
        sport = _sport(messages["sport"][0].get("sport"), messages["sport"][0].get("sub_sport"))
    if start is None:
        relative = any(isinstance(m.get("start_time"), int) for m in totals)  # FIT: below 0x10000000 is since power-on
        raise RunFileError("is a FIT file whose watch clock was not set (no date in it)" if relative
                           else "is a FIT file with no start time")  # fmt: skip
    return FileRun(source, start, distance, moving, sport, hr, ascent, device)
