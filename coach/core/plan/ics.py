"""The plan as an RFC 5545 calendar: reminders for when the app is closed.

Written by hand (no runtime dependency): one VEVENT per planned item for the
next weeks, each with a display VALARM at its start. Times are "floating"
local times (no time zone), so 18:00 stays 18:00 on either side of a DST
change, which is what a reminder at the user's chosen time means. Events carry
only what the plan says (run, strength, knee check): never a pain score or any
other health detail, since calendars are synced and shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coach.core.plan.schedule import Schedule

PRODID = "-//Prehab Coach//Plan//EN"
WEEKS = 8


@dataclass(frozen=True)
class PlanEvent:
    kind: str  # run | strength | morning
    start: datetime
    minutes: int
    summary: str
    description: str


def plan_events(schedule: Schedule, first: date, weeks: int = WEEKS) -> list[PlanEvent]:
    """Every planned item from ``first`` for ``weeks`` weeks, in time order."""
    events: list[PlanEvent] = []
    for offset in range(weeks * 7):
        day = first + timedelta(days=offset)
        if schedule.is_run_day(day - timedelta(days=1)):
            events.append(PlanEvent("morning", _at(day, schedule.morning_time), 5, "Knee check",
                                    "How is your knee this morning? Log it in Prehab Coach."))
        if schedule.is_run_day(day):
            events.append(PlanEvent("run", _at(day, schedule.run_time), 60, "Run day: warm-up first",
                                    "Warm up before the run, cool down after. Prehab Coach shows today's ceiling."))
        if schedule.is_strength_day(day):
            events.append(PlanEvent("strength", _at(day, schedule.strength_time), 30, "Strength day: knee strength",
                                    "Time for the knee-strength routine in Prehab Coach."))
    return sorted(events, key=lambda e: e.start)


def _at(day: date, clock_time: time) -> datetime:
    return datetime.combine(day, clock_time)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space (RFC 5545 3.1)."""
    out: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def to_ics(events: list[PlanEvent], stamp_utc: datetime) -> str:
    """The calendar text, CRLF line ends; ``stamp_utc`` is now, in UTC (DTSTAMP)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:Prehab Coach plan"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.start:%Y%m%d}-{event.kind}@prehab-coach",
            f"DTSTAMP:{_stamp(stamp_utc)}Z",
            f"DTSTART:{_stamp(event.start)}",
            f"DURATION:PT{event.minutes}M",
            f"SUMMARY:{_escape(event.summary)}",
            f"DESCRIPTION:{_escape(event.description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_escape(event.summary)}",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
