"""The week strip's cells: done / planned / missed / rest, Monday to Sunday, across DST."""

from datetime import date, datetime

from coach.core.diary.records import Run, SessionRecord
from coach.core.plan.schedule import Schedule
from coach.core.plan.week import week_cells

SCHEDULE = Schedule(run_days=(1, 5), strength_days=(0, 3))  # run Tue/Sat, strength Mon/Thu


def test_cells_mark_done_planned_missed_and_rest():
    today = date(2026, 11, 26)  # Thursday
    runs = [Run(at=datetime(2026, 11, 24, 8), distance_km=5)]
    sessions = [SessionRecord("knee-strength", "strength", datetime(2026, 11, 23, 18), "partial")]
    cells = week_cells(SCHEDULE, runs, sessions, today)
    assert [c.day.weekday() for c in cells] == list(range(7))
    assert [c.state for c in cells] == ["missed", "done", "rest", "planned", "rest", "planned", "rest"]
    assert cells[3].today and not cells[2].today


def test_the_week_runs_monday_to_sunday_at_the_boundary():
    sunday = week_cells(SCHEDULE, [], [], date(2026, 11, 29))
    monday = week_cells(SCHEDULE, [], [], date(2026, 11, 30))
    assert sunday[0].day == date(2026, 11, 23) and sunday[-1].today
    assert monday[0].day == date(2026, 11, 30) and monday[0].today
    assert monday[0].state == "planned"


def test_a_week_across_the_dst_change_still_has_seven_days():
    cells = week_cells(SCHEDULE, [], [], date(2026, 10, 25))  # clocks go back in Europe
    assert [c.day.day for c in cells] == [19, 20, 21, 22, 23, 24, 25]


def test_unplanned_activity_is_done_not_rest():
    cells = week_cells(SCHEDULE, [Run(at=datetime(2026, 11, 25, 8), distance_km=3)], [], date(2026, 11, 26))
    assert cells[2].state == "done"


def test_planned_days_before_the_diary_began_are_not_missed():
    thursday = date(2026, 11, 26)
    cells = week_cells(SCHEDULE, [], [], thursday, tracked_from=thursday)
    assert "missed" not in [cell.state for cell in cells]
    assert [cell.state for cell in week_cells(SCHEDULE, [], [], thursday)].count("missed") >= 1  # without it, they were
