"""Rows, range checks and the run-import fields come from the one declaration (fields.py)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from coach.core.diary import fields, rows, run_imports, transfer, validate
from coach.core.diary.diary import Diary
from coach.core.diary.records import Run
from coach.core.errors import InputError
from coach.core.paths import DataPaths
from coach.core.runs import importer
from coach.core.runs.preview import build_preview
from tests.runs_fixtures.text_files import StravaActivity, strava_zip

# The CSV header every export had before the run-import fields were declared.
HISTORIC_HEADER = ["type", "at", "started", "ended", "moment", "left", "right", "locations", "characters", "flags",
                   "note", "distance_km", "minutes", "shoes", "routine", "focus", "status", "steps_done",
                   "steps_total", "routine_hash", "name", "start_km", "retired", "effort", "limit_km"]  # fmt: skip


def imported(tmp_path, diary) -> int:
    archive = tmp_path / "export.zip"
    archive.write_bytes(strava_zip([StravaActivity(datetime(2026, 11, 20, 7, tzinfo=UTC), 8.0, 45.0, gear="Pegasus 41")]))
    found = build_preview([archive], [], datetime(2026, 12, 1), zone=UTC)
    import_id, count = importer.import_rows(diary, found, new_shoes=["Pegasus 41"])
    assert count == 1
    return import_id


@pytest.fixture
def other(tmp_path, fake_clock):
    store = Diary.open(DataPaths(tmp_path / "other"), fake_clock)
    yield store
    store.close()


def test_every_declared_field_has_its_column_in_the_derived_sql():
    for kind in fields.kinds():
        select = rows.select_sql(kind.plural)
        for f in kind.stored:
            assert (f.sql in select) or (kind.plural, f.key) == ("runs", "shoes"), (kind.plural, f.key)
    assert "LEFT JOIN shoes s ON s.id = r.shoe_id" in rows.select_sql("runs")


def test_an_imported_run_reads_back_with_where_it_came_from(tmp_path, diary):
    import_id = imported(tmp_path, diary)
    (run,) = diary.runs()
    assert run.source is not None and "export.zip" in run.source  # the archive it came from
    assert (run.gear, run.shoes, run.import_id) == ("Pegasus 41", "Pegasus 41", import_id)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_imported_run_is_exported_with_its_source_and_imported_back(tmp_path, diary, other, fmt):
    imported(tmp_path, diary)
    export = transfer.export_json if fmt == "json" else transfer.export_csv
    text = export(diary)
    if fmt == "json":
        (run,) = json.loads(text)["runs"]
        assert run["gear"] == "Pegasus 41" and "source" in run and "import_id" not in run  # an id of this diary only
    else:
        header = next(csv.reader(io.StringIO(text)))
        assert header[: len(HISTORIC_HEADER)] == HISTORIC_HEADER and "gear" in header and "import_id" not in header
    path = tmp_path / f"diary.{fmt}"
    path.write_text(text, encoding="utf-8", newline="")
    assert transfer.import_file(path, other).added == {"runs": 1, "shoes": 1}
    assert export(other) == text
    (back,) = other.runs()
    assert (back.gear, back.source, back.import_id) == ("Pegasus 41", diary.runs()[0].source, None)


def test_an_export_without_imported_runs_keeps_its_historic_csv_header(diary, fake_clock):
    diary.add_run(Run(fake_clock.now(), 5.0, 30.0, effort=4))
    header = next(csv.reader(io.StringIO(transfer.export_csv(diary))))
    assert header == HISTORIC_HEADER
    assert set(json.loads(transfer.export_json(diary))["runs"][0]) == {"at", "distance_km", "minutes", "shoes", "effort"}


def test_editing_an_imported_run_keeps_its_import_and_saves_the_effort(tmp_path, diary):
    import_id = imported(tmp_path, diary)
    (run,) = diary.runs()
    diary.update_run(Run(run.at, 8.5, 46.0, run.shoes, run.id, effort=6))  # what the entry form hands back
    (edited,) = diary.runs()
    assert (edited.distance_km, edited.effort, edited.import_id, edited.gear) == (8.5, 6, import_id, "Pegasus 41")
    assert run_imports.undo_import(diary, import_id) == 1 and diary.runs() == []


def test_deleting_and_restoring_an_imported_run_keeps_where_it_came_from(tmp_path, diary):
    import_id = imported(tmp_path, diary)
    (run,) = diary.runs()
    diary.restore(diary.delete_run(run.id))
    assert diary.runs() == [run] and diary.runs()[0].import_id == import_id


def test_the_ranges_are_the_declarations(fake_clock):
    distance = fields.spec("runs", "distance_km")
    too_far = Run(fake_clock.now(), distance.high + 1, None)
    (problem,) = validate.problems_run(too_far, fake_clock.now())
    assert f"the limit is {distance.high:g} km" in str(problem)
    with pytest.raises(InputError, match="must be a number from 20 to 250"):
        validate.check_run(Run(fake_clock.now(), 5.0, 30.0, avg_hr=300.0), fake_clock.now())
    with pytest.raises(InputError, match="at least 0"):
        validate.check_run(Run(fake_clock.now(), 5.0, 30.0, elevation_m=-1.0), fake_clock.now())


def test_an_imported_heart_rate_out_of_range_is_refused_by_line(tmp_path, diary):
    path = tmp_path / "runs.json"
    path.write_text(json.dumps({"format": "prehab-coach-diary", "version": 1,
                                "runs": [{"at": "2026-11-20T07:00:00", "distance_km": 8.0, "avg_hr": 400}]}))
    with pytest.raises(InputError, match=r"runs\[1\]: avg_hr: average heart rate must be a number from 20 to 250"):
        transfer.import_file(path, diary)
