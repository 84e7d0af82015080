"""The report's tables take their columns from declarations: the diary's fields and the week table's."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from coach.core.advice.report import build_report, field_cell, record_columns, week_columns
from coach.core.diary import fields
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.i18n import _, use_language

NOW = datetime(2026, 11, 25, 20, 0)


def report():
    start = NOW - timedelta(days=1)
    sessions = [SessionRecord("knee-strength", "strength", start, "stopped-for-pain", 3, 12, start + timedelta(minutes=20),
                              effort=7)]  # fmt: skip
    runs = [Run(NOW - timedelta(days=2), 8.0, 45.0, effort=5)]
    pain = [PainEntry(NOW - timedelta(hours=3), "after-run", left=3, characters=("sharp",), flags=("swelling",))]
    return build_report(pain, runs, sessions, [], NOW, weeks=2)


def test_the_routine_table_is_the_declared_fields_with_a_report_share_time_first():
    labels = [column.label for column in record_columns("sessions")]
    declared = [f.label for f in fields.kind("sessions").fields if f.report]
    assert labels[0] == "Started" and sorted(labels) == sorted(declared)
    assert "Effort" in labels  # declared with a share, so printed: nothing in the painter names it


def test_the_pain_table_is_every_declared_pain_field_in_order():
    assert [c.label for c in record_columns("pain")] == [f.label for f in fields.kind("pain").fields]


def test_cells_word_the_stored_values():
    data = report()
    (session,) = data.sessions
    cells = {c.label: c.cell(session, data) for c in record_columns("sessions")}
    assert cells["Status"] == "stopped for pain" and cells["Effort"] == "7/10" and cells["Started"] == session.started
    (entry,) = data.pain
    cells = {c.label: c.cell(entry, data) for c in record_columns("pain")}
    assert (cells["Left"], cells["Right"], cells["Moment"], cells["Warning signs"]) == ("3/10", "–", "after a run", "Swelling")


def test_the_week_table_carries_the_load_of_what_was_rated():
    data = report()
    week = data.weeks[-1]
    assert week.load == 45.0 * 5 + 20.0 * 7
    cells = [c.cell(week, data) for c in week_columns()]
    assert cells[0] == date(2026, 11, 23) and cells[-1] == "365" and cells[-2] == "week not over"


def test_the_cells_and_headings_are_in_the_users_language():
    data = report()
    use_language("de")
    try:
        status = fields.spec("sessions", "status")
        assert field_cell(status, data.sessions[0], data) == "wegen Schmerzen abgebrochen"
        assert [_(c.label) for c in week_columns()][:2] == ["Woche ab", "Läufe"]
        assert _(record_columns("pain")[0].label) == "Wann"
    finally:
        use_language("en")
