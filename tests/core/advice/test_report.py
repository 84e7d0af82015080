"""Report data: calendar weeks, what falls inside the range, trends, questions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from coach.core.advice.advice import advise
from coach.core.advice.report import (
    build_report,
    clinician_questions,
    pain_trend,
    recent_locations,
    week_start,
    week_summaries,
)
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe

NOW = datetime(2026, 11, 23, 9, 0)  # a Monday
TODAY = NOW.date()


def session(day: date, focus: str = "strength", status: str = "completed") -> SessionRecord:
    start = datetime.combine(day, datetime.min.time()).replace(hour=7)
    return SessionRecord(f"{focus}-routine", focus, start, status, 5, 5, start + timedelta(minutes=20))


def pain(day: date, left: int | None = 2, right: int | None = None, **kw) -> PainEntry:
    return PainEntry(datetime.combine(day, datetime.min.time()).replace(hour=19), kw.pop("moment", "after-run"),
                     left, right, **kw)  # fmt: skip


def test_week_start_is_the_monday():
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)


def test_week_summaries_count_by_calendar_week_with_the_goal_at_exactly_two():
    sunday = date(2026, 11, 22)
    monday_before = date(2026, 11, 16)
    runs = [Run(datetime(2026, 11, 22, 18), 10.0), Run(datetime(2026, 11, 16, 6), 5.5), Run(datetime(2026, 11, 23, 7), 3.0)]
    sessions = [session(sunday), session(monday_before), session(sunday, "warm-up"),
                session(sunday, status="stopped-for-pain"), session(date(2026, 11, 10))]  # fmt: skip
    weeks = week_summaries(runs, sessions, TODAY, 3)
    assert [w.start for w in weeks] == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    last_week = weeks[1]
    assert (last_week.runs, last_week.km, last_week.strength, last_week.other_sessions, last_week.stopped) == (
        2, 15.5, 2, 1, 1)  # fmt: skip
    assert last_week.goal_met and not weeks[0].goal_met  # exactly 2 meets it; 1 does not
    assert weeks[0].strength == 1 and weeks[2].runs == 1
    assert last_week.end == sunday
    assert round(last_week.distance("mi"), 2) == 9.63


def test_week_summaries_ignore_records_after_the_last_day():
    later = Run(datetime(2026, 11, 25, 7), 8.0)
    [week] = week_summaries([later], [], TODAY, 1)
    assert week.runs == 0


def test_recent_locations_cover_exactly_seven_days_in_map_order():
    entries = [pain(TODAY - timedelta(days=6), locations=("below", "front")),
               pain(TODAY - timedelta(days=7), locations=("back",)), pain(TODAY, locations=("inside",))]  # fmt: skip
    assert recent_locations(entries, TODAY) == ("front", "inside", "below")


def test_questions_only_when_the_headline_is_see_a_clinician():
    flagged = [pain(TODAY, left=3, locations=("back",))]
    advice = advise(flagged, [], [], [], TODAY)
    assert advice.headline == "see-clinician"
    [(where, questions)] = clinician_questions(advice, ("back",))
    assert where == "back" and all(q.endswith("?") for q in questions)
    calm = advise([pain(TODAY, left=1)], [], [], [], TODAY)
    assert clinician_questions(calm, ("front",)) == ()


def test_pain_trend_compares_two_spans():
    entries = [pain(TODAY - timedelta(days=d), left=v) for d, v in ((0, 2), (27, 4), (28, 6), (55, 4), (56, 9))]
    entries.append(pain(TODAY, left=None, flags=("swelling",)))  # unrated: not in the means
    trend = pain_trend(entries, TODAY)
    assert (trend.recent, trend.earlier, trend.entries) == (3.0, 5.0, 2)
    assert trend.sentence() == ("Average worst pain over the last 28 days: 3.0/10 (2 ratings); "
                                "the 28 days before: 5.0/10.")  # fmt: skip
    assert pain_trend([], TODAY).sentence() == "No pain rated in the last 28 days."


def test_build_report_covers_whole_weeks_ending_this_week():
    entries = [pain(date(2026, 10, 12)), pain(date(2026, 10, 13)), pain(TODAY, left=7)]
    runs = [Run(datetime(2026, 10, 12, 18), 5.0), Run(datetime(2026, 10, 18, 18), 7.5)]
    shoes = [Shoe("Racer", date(2026, 1, 1), 500.0)]
    sessions = [session(date(2026, 10, 14))]
    report = build_report(entries, runs, sessions, shoes, NOW, weeks=6)
    assert (report.first, report.last) == (date(2026, 10, 19), TODAY)
    assert len(report.weeks) == 6 and report.weeks[0].start == date(2026, 10, 19)
    assert [e.at.date() for e in report.pain] == [TODAY]  # the range starts on a Monday
    assert report.runs == () and report.sessions == ()
    assert report.advice == advise(entries, runs, sessions, shoes, TODAY)  # over the whole diary
    assert report.advice.headline == "see-clinician"  # not improving: 7/10 now against 2/10 weeks ago
    assert any(n.id == "shoes" for n in report.advice.notes)
    wider = build_report(entries, runs, [], shoes, NOW, weeks=7)
    assert wider.first == date(2026, 10, 12) and len(wider.pain) == 3 and wider.total_km == 12.5


@pytest.mark.parametrize("weeks", [0, 521])
def test_build_report_refuses_silly_ranges(weeks):
    with pytest.raises(ValueError):
        build_report([], [], [], [], NOW, weeks=weeks)


def test_report_module_does_not_import_qt():
    import subprocess
    import sys

    code = "import sys, coach.core.advice.report; print('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
