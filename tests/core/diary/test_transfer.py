"""Export to JSON/CSV and import back: format, round trips, all-or-nothing import."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, timedelta

import pytest

from coach.core.diary import transfer
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.errors import InputError
from coach.core.paths import DataPaths

T0 = datetime(2026, 11, 1, 7, 30)


def fill(diary: Diary) -> None:
    diary.add_shoe(Shoe("Clifton 9", date(2026, 8, 1), 250.5))
    diary.add_shoe(Shoe("Old, \"retired\" pair", date(2025, 1, 1), 790.0, retired=True))
    for day in range(5):
        at = T0 + timedelta(days=day)
        diary.add_session(SessionRecord("pre-run-warm-up", "warm-up", at, "completed", 5, 5, at + timedelta(minutes=10), "h1"))
        diary.add_run(Run(at + timedelta(minutes=15), 8.2 + day / 3, 45.5 if day % 2 else None, "Clifton 9" if day else None))
        diary.add_pain(PainEntry(at + timedelta(hours=1), "after-run", left=day, right=None if day % 2 else 1,
                                 locations=("front", "below")[: day % 3], characters=("aching",), flags=(),
                                 note="Genou, escaliers; «ça tire»\nsecond line" if day == 2 else ""))  # fmt: skip
    diary.add_pain(PainEntry(T0, "next-morning", right=6, flags=("swelling", "giving-way"), note='said "ouch", twice'))
    sid = diary.start_session("knee-strength", "strength", "h2", 18, T0 + timedelta(days=6))
    diary.update_session_progress(sid, 7, 20)
    diary.add_session(SessionRecord("knee-strength", "strength", T0 + timedelta(days=2), "stopped-for-pain", 3, 18))


@pytest.fixture
def full(diary) -> Diary:
    fill(diary)
    return diary


@pytest.fixture
def empty(tmp_path, fake_clock):
    store = Diary.open(DataPaths(tmp_path / "other"), fake_clock)
    yield store
    store.close()


def test_json_shape(full):
    data = json.loads(transfer.export_json(full))
    assert list(data) == ["format", "version", "sessions", "runs", "pain", "shoes"]
    assert (data["format"], data["version"]) == ("prehab-coach-diary", 1)
    session = data["sessions"][0]
    assert list(session) == ["routine", "focus", "status", "started", "ended", "steps_done", "steps_total", "routine_hash"]
    assert session == {"routine": "pre-run-warm-up", "focus": "warm-up", "status": "completed",
                       "started": "2026-11-01T07:30:00", "ended": "2026-11-01T07:40:00", "steps_done": 5,
                       "steps_total": 5, "routine_hash": "h1"}  # fmt: skip
    assert [s["started"] for s in data["sessions"]] == sorted(s["started"] for s in data["sessions"])
    assert data["sessions"][-1]["status"] == "in-progress" and data["sessions"][-1]["ended"] is None
    assert data["runs"][0] == {"at": "2026-11-01T07:45:00", "distance_km": 8.2, "minutes": None, "shoes": None}
    assert data["pain"][0]["flags"] == ["swelling", "giving-way"]
    assert data["shoes"][0] == {"name": "Old, \"retired\" pair", "started": "2025-01-01", "start_km": 790.0, "retired": True}
    assert "«ça tire»" in transfer.export_json(full)  # not \u-escaped


def test_csv_shape(full):
    rows = list(csv.DictReader(io.StringIO(transfer.export_csv(full))))
    assert {r["type"] for r in rows} == {"session", "run", "pain", "shoe"}
    times = [r["at"] or r["started"] for r in rows]
    assert times == sorted(times)
    pain = next(r for r in rows if r["type"] == "pain" and r["locations"] == "front;below")
    assert pain["characters"] == "aching" and pain["right"] == "1" and pain["distance_km"] == ""
    assert any(r["note"] == "Genou, escaliers; «ça tire»\nsecond line" for r in rows)
    shoe = next(r for r in rows if r["type"] == "shoe" and r["retired"] == "true")
    assert shoe["start_km"] == "790.0"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_export_is_identical(full, empty, tmp_path, fmt):
    export = transfer.export_json if fmt == "json" else transfer.export_csv
    first = export(full)
    path = tmp_path / f"diary.{fmt}"
    path.write_text(first, encoding="utf-8", newline="")
    summary = transfer.import_file(path, empty)
    assert summary.added == {"shoes": 2, "sessions": 7, "runs": 5, "pain": 6}
    assert export(empty) == first
    # and the other format agrees too
    assert transfer.export_json(empty) == transfer.export_json(full)
    assert transfer.export_csv(empty) == transfer.export_csv(full)


def test_importing_twice_adds_nothing(full, empty, tmp_path):
    path = tmp_path / "diary.json"
    path.write_text(transfer.export_json(full), encoding="utf-8")
    transfer.import_file(path, empty)
    again = transfer.import_file(path, empty)
    assert again.added == {} and again.skipped == 20
    assert str(again) == "Nothing new to import; skipped 20 already in the diary."
    assert transfer.export_json(empty) == transfer.export_json(full)


def test_import_merges_new_rows_only(full, empty, tmp_path):
    empty.add_run(Run(T0 + timedelta(minutes=15), 8.2))  # the same as the file's first run
    empty.add_run(Run(T0, 3.0))  # not in the file
    path = tmp_path / "diary.csv"
    path.write_text(transfer.export_csv(full), encoding="utf-8")
    summary = transfer.import_file(path, empty)
    assert summary.added["runs"] == 4 and summary.skipped == 1
    assert len(empty.runs()) == 6


BAD_CSV = """\
type,at,moment,left,right,distance_km,note,routine,status,started,steps_done,steps_total
pain,2026-11-20T08:00:00,after-run,4,,,fine,,,,,
pain,2026-11-20T09:00:00,after-run,11,,,"a note
spanning lines",,,,,
run,2026-11-21T07:00:00,,,,-5,,,,,,
pain,2026-11-21T08:00:00,lunch,,,,,,,,,
session,,,,,,,knee-strength,done,2026-11-21T09:00:00,x,6
run,2099-01-01T07:00:00,,,,5,,,,,,
walk,2026-11-21T07:00:00,,,,,,,,,,
run,2026-11-22T07:00:00,after-run,,,5,,,,,,
"""


def test_csv_with_bad_rows_imports_nothing_and_lists_every_problem(diary, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    with pytest.raises(InputError) as error:
        transfer.import_file(path, diary)
    lines = str(error.value).splitlines()
    assert lines[0] == "bad.csv: 9 problems, nothing was imported:"
    assert lines[1:] == [
        "line 3: left: left knee pain must be from 0 to 10, not 11",
        "line 5: distance_km: distance must be more than 0, not -5.0",
        "line 6: moment: unknown moment 'lunch'; allowed: during-run, after-run, next-morning, during-routine, other",
        "line 6: left: rate at least one knee (left or right, 0-10)",
        "line 7: steps_done: steps done must be a whole number, not 'x'",
        "line 7: status: unknown status 'done'; allowed: completed, partial, stopped, stopped-for-pain, interrupted, in-progress",
        "line 8: at: the date is in the future (2099-01-01 07:00); it is now 2026-11-23 08:00",
        "line 9: type: unknown type 'walk'; allowed: session, run, pain, shoe",
        "line 10: moment: not used in run rows",
    ]
    assert all(re.match(r"line \d+: \w+: ", line) for line in lines[1:])
    assert error.value.problems == lines[1:]
    assert diary.pain_entries() == [] and diary.runs() == [] and diary.sessions() == []


def test_csv_problems_sorted_out_reports_missing_fields(diary, tmp_path):
    path = tmp_path / "missing.csv"
    path.write_text("type,at,moment,left,distance_km\npain,,after-run,3,\nrun,2026-11-20,,,\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        transfer.import_file(path, diary)
    assert error.value.problems == ["line 2: at: is missing", "line 3: distance_km: is missing"]


def test_csv_that_is_not_an_export(diary, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("date,km\n2026-11-20,5\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: type: no 'type' column"):
        transfer.import_file(path, diary)
    path.write_text("type,at,pace\nrun,2026-11-20,5\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: pace: unknown column"):
        transfer.import_file(path, diary)


def test_csv_from_a_spreadsheet(diary, tmp_path):
    """A BOM, semicolons, CRLF, a date without time, a decimal comma, short cells."""
    path = tmp_path / "excel.csv"
    text = "\ufefftype;at;distance_km;minutes;shoes\r\nrun;2026-11-20;8,2;52:30;Pegasus\r\n\r\n"
    path.write_bytes(text.encode("utf-8"))
    transfer.import_file(path, diary)
    assert diary.runs()[0].at == datetime(2026, 11, 20, 12, 0)
    assert diary.runs()[0].minutes == 52.5


BAD_JSON = """\
{
  "format": "prehab-coach-diary",
  "version": 1,
  "runs": [
    {"at": "2026-11-20T07:00:00", "distance_km": 5.0, "minutes": null, "shoes": null},
    {
      "at": "2026-11-21T07:00:00",
      "distance_km": 700,
      "minutes": null,
      "shoes": null
    },
    {"at": "2026-11-22T07:00:00", "distance_km": 5.0, "pace": 5}
  ],
  "pain": [
    {"at": "2026-11-20T08:00:00", "moment": "after-run", "left": "4"},
    {"at": "2026-11-20T09:00:00", "moment": "after-run", "left": 4, "locations": ["kneecap"]}
  ],
  "sessions": [{"routine": "knee-strength", "started": "2026-11-20T10:00:00"}]
}
"""


def test_json_with_bad_items_imports_nothing_and_names_lines(diary, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(BAD_JSON, encoding="utf-8")
    with pytest.raises(InputError) as error:
        transfer.import_file(path, diary)
    assert error.value.problems == [
        "line 6: runs[2]: distance_km: distance of 700.0 km is not plausible (the limit is 500 km)",
        "line 12: runs[3]: pace: unknown key",
        "line 16: pain[2]: locations: unknown location 'kneecap'; allowed: front, inside, outside, back, below",
        "line 18: sessions[1]: status: is missing",
    ]
    assert diary.runs() == [] and diary.pain_entries() == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("{\"runs\": [}", "line 1: file: not valid JSON at column 11: a value is missing"),
        ('{"runs": [{"at": "2026-01', "line 1: file: not valid JSON at column 18: a text in quotes is not closed$"),
        ("[1, 2]", "expected a JSON object"),
        ('{"format": "something-else"}', "format: expected 'prehab-coach-diary'"),
        ('{"version": 2}', "version: this app reads version 1 files"),
        ('{"pains": []}', "pains: unknown key"),
        ('{"runs": {}}', "runs: expected a list"),
        ('{"shoes": [{"name": "A", "started": "2026-01-01"}, {"name": "a", "started": "2026-01-02"}]}',
         "shoes\\[2\\]: name: shoes named 'a' appear more than once"),
    ],
)
def test_json_file_problems(diary, tmp_path, text, message):
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        transfer.import_file(path, diary)
    assert transfer.export_data(diary)["shoes"] == []


def test_unreadable_files(diary, tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        transfer.import_file(tmp_path / "missing.json", diary)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("type,at,moment,left,note\npain,2026-11-20,other,2,caf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        transfer.import_file(latin, diary)


def test_write_atomically(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    transfer.write_atomically(target, "new ✓\n")
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize("kind, field, value", [("run", "at", "notadate"), ("session", "started", "yesterday")])
def test_an_unreadable_required_cell_is_reported_not_raised(tmp_path, diary, kind, field, value):
    columns = next(csv.reader(io.StringIO(transfer.export_csv(diary))))
    cells = dict.fromkeys(columns, "")
    cells.update({"type": kind, field: value, "distance_km": "5" if kind == "run" else ""})
    path = tmp_path / "bad.csv"
    path.write_text(",".join(columns) + "\n" + ",".join(cells[name] for name in columns) + "\n")
    with pytest.raises(InputError) as caught:
        transfer.import_file(path, diary)
    assert f"line 2: {field}:" in str(caught.value)
    assert diary.runs() == [] and diary.sessions() == []


def test_csv_cells_that_would_run_as_formulas_are_guarded_and_round_trip(tmp_path, diary, fake_clock, data_paths):
    from coach.core.diary.records import PainEntry

    notes = ["=HYPERLINK(\"http://x\")", "-1 felt fine", "'quoted", "plain"]
    for minutes, note in enumerate(notes):
        diary.add_pain(PainEntry(fake_clock.now() - timedelta(minutes=minutes + 1), "after-run", left=1, note=note))
    text = transfer.export_csv(diary)
    cells = [row["note"] for row in csv.DictReader(io.StringIO(text))]
    assert sorted(cells) == sorted(["'=HYPERLINK(\"http://x\")", "'-1 felt fine", "''quoted", "plain"])
    path = tmp_path / "out.csv"
    path.write_text(text)
    other = Diary.open(type(data_paths)(tmp_path / "other"), fake_clock)
    transfer.import_file(path, other)
    assert sorted(e.note for e in other.pain_entries()) == sorted(notes)
    assert transfer.export_csv(other) == text
    other.close()
