"""The .ics export parsed back with a maintained iCalendar library."""

from datetime import date, datetime, time, timedelta

import icalendar

from coach.core.plan.ics import plan_events, to_ics
from coach.core.plan.schedule import Schedule

SCHEDULE = Schedule(run_days=(1, 5), strength_days=(0, 3), strength_time=time(18, 0), morning_time=time(8, 0))
STAMP = datetime(2026, 11, 23, 7, 0)


def parsed(first=date(2026, 11, 23), weeks=8):
    text = to_ics(plan_events(SCHEDULE, first, weeks), STAMP)
    return text, icalendar.Calendar.from_ical(text)


def test_eight_weeks_of_events_each_with_an_alarm():
    text, calendar = parsed()
    events = calendar.walk("VEVENT")
    assert len(events) == 8 * (2 + 2 + 2)  # runs, strength days, the mornings after runs
    assert all(len(e.walk("VALARM")) == 1 for e in events)
    assert all(e.walk("VALARM")[0]["ACTION"] == "DISPLAY" for e in events)
    assert len({str(e["UID"]) for e in events}) == len(events)
    starts = [e.decoded("DTSTART") for e in events]
    assert min(starts) == datetime(2026, 11, 23, 18, 0)
    assert max(starts).date() < date(2026, 11, 23) + timedelta(weeks=8)
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_the_mornings_after_runs_and_strength_days():
    _, calendar = parsed(weeks=1)
    by_summary = {}
    for event in calendar.walk("VEVENT"):
        by_summary.setdefault(str(event["SUMMARY"]), []).append(event.decoded("DTSTART"))
    assert by_summary["Knee check"] == [datetime(2026, 11, 25, 8, 0), datetime(2026, 11, 29, 8, 0)]
    assert by_summary["Strength day: knee strength"][0] == datetime(2026, 11, 23, 18, 0)


def test_local_times_stay_put_across_the_dst_change():
    _, calendar = parsed(first=date(2026, 10, 19), weeks=2)
    strength = [e.decoded("DTSTART") for e in calendar.walk("VEVENT") if "Strength" in str(e["SUMMARY"])]
    assert {s.time() for s in strength} == {time(18, 0)}
    assert all(s.tzinfo is None for s in strength)  # floating: 18:00 local before and after


def test_no_health_details_in_any_event():
    text, calendar = parsed()
    lowered = text.lower()
    for word in ("nrs", "pain", "/10", "swelling", "clinician", "back off"):
        assert word not in lowered
    assert all(str(e["DTSTAMP"].dt) for e in calendar.walk("VEVENT"))
