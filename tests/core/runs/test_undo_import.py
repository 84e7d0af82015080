"""Undoing an import takes back its runs and the pairs it made, not a pair the user has run in since."""

from __future__ import annotations

from datetime import UTC, datetime

from coach.core.diary import run_imports
from coach.core.diary.records import Run
from coach.core.runs import importer
from coach.core.runs.preview import build_preview
from tests.runs_fixtures.text_files import StravaActivity, strava_zip


def preview(tmp_path, diary, activities):
    archive = tmp_path / "export.zip"
    archive.write_bytes(strava_zip(activities))
    return build_preview([archive], [], datetime(2026, 12, 1), zone=UTC)


def test_undo_removes_the_runs_and_the_pair_the_import_made(tmp_path, diary):
    rows = preview(tmp_path, diary, [StravaActivity(datetime(2026, 11, 20, 7, tzinfo=UTC), 8.0, 45.0, gear="Pegasus 41")])
    import_id, count = importer.import_rows(diary, rows, new_shoes=["Pegasus 41"])
    assert count == 1 and [s.name for s in diary.shoes()] == ["Pegasus 41"]
    assert run_imports.undo_import(diary, import_id) == 1
    assert diary.runs() == [] and diary.shoes() == []


def test_a_pair_run_in_since_the_import_stays(tmp_path, diary, fake_clock):
    rows = preview(tmp_path, diary, [StravaActivity(datetime(2026, 11, 20, 7, tzinfo=UTC), 8.0, 45.0, gear="Pegasus 41")])
    import_id, _ = importer.import_rows(diary, rows, new_shoes=["Pegasus 41"])
    diary.add_run(Run(fake_clock.now(), 5.0, 30.0, "Pegasus 41"))  # typed by hand in the new pair
    run_imports.undo_import(diary, import_id)
    assert [r.distance_km for r in diary.runs()] == [5.0]
    assert [s.name for s in diary.shoes()] == ["Pegasus 41"]
