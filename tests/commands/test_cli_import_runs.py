"""`coach import runs`: preview, --dry-run, one import, twice adds nothing, undo, gear to shoes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from coach.cli import main
from tests.runs_fixtures.fit_writer import garmin_run
from tests.runs_fixtures.text_files import StravaActivity, laps_tcx, phone_gpx, strava_zip

T0 = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def folder(tmp_path):
    runs = tmp_path / "watch"
    runs.mkdir()
    (runs / "a.fit").write_bytes(garmin_run(T0, 10, 50))
    (runs / "b.gpx").write_bytes(phone_gpx(T0.replace(day=22), 5, 30))
    (runs / "c.tcx").write_bytes(laps_tcx(T0.replace(day=24), [1, 1, 1.5], 5))
    (runs / "ride.fit").write_bytes(garmin_run(T0.replace(day=25), 40, 80, sport="cycling"))
    (runs / "broken.fit").write_bytes(garmin_run(T0, 10, 50)[:-30])
    return runs


def cli(tmp_path, capsys, *argv):
    code = main(["--data-dir", str(tmp_path / "data"), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def run_count(tmp_path):
    with sqlite3.connect(tmp_path / "data" / "diary.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0]


def test_dry_run_writes_nothing(tmp_path, capsys):
    code, out, _ = cli(tmp_path, capsys, "import", "runs", str(folder(tmp_path)), "--dry-run")
    assert code == 0
    assert "3 new, 0 already logged, 1 skipped, 1 unreadable" in out
    assert "skipped: cycling, not a run" in out and "truncated" in out
    assert "10.00 km" in out and "5:00 /km" in out
    assert run_count(tmp_path) == 0


def test_import_twice_adds_nothing_and_undo_removes_it(tmp_path, capsys):
    runs = folder(tmp_path)
    code, out, _ = cli(tmp_path, capsys, "import", "runs", str(runs))
    assert code == 0 and "Imported 3 runs as import 1" in out
    assert run_count(tmp_path) == 3
    code, out, _ = cli(tmp_path, capsys, "import", "runs", str(runs))
    assert "0 new, 3 already logged" in out and "Nothing new" in out
    assert run_count(tmp_path) == 3
    code, out, _ = cli(tmp_path, capsys, "diary", "undo-import", "1")
    assert code == 0 and "removed 3 runs" in out
    assert run_count(tmp_path) == 0
    code, _, err = cli(tmp_path, capsys, "diary", "undo-import", "1")
    assert code == 1 and "already undone" in err


def test_a_typed_run_is_not_doubled(tmp_path, capsys):
    cli(tmp_path, capsys, "diary", "add", "run", "--km", "10", "--minutes", "50", "--at", "2026-11-20T06:30")
    _, out, _ = cli(tmp_path, capsys, "import", "runs", str(folder(tmp_path)))
    assert "2 new, 1 already logged" in out
    assert run_count(tmp_path) == 3


def test_undo_of_an_unknown_import(tmp_path, capsys):
    code, _, err = cli(tmp_path, capsys, "diary", "undo-import", "7")
    assert code == 1 and "no import 7" in err
    code, _, err = cli(tmp_path, capsys, "diary", "undo-import", "seven")
    assert code == 1 and "is a number" in err


def test_strava_gear_is_offered_not_created_then_added_on_request(tmp_path, capsys):
    archive = tmp_path / "export.zip"
    archive.write_bytes(strava_zip([StravaActivity(T0, 8, 44, gear="Pegasus 40"), StravaActivity(T0.replace(day=21), 6, 33)]))
    _, out, _ = cli(tmp_path, capsys, "import", "runs", str(archive), "--dry-run")
    assert "Gear not among your shoes: Pegasus 40" in out
    _, out, _ = cli(tmp_path, capsys, "import", "runs", str(archive))
    with sqlite3.connect(tmp_path / "data" / "diary.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM shoes").fetchone()[0] == 0
        assert conn.execute("SELECT gear FROM runs WHERE gear IS NOT NULL").fetchall() == [("Pegasus 40",)]
    cli(tmp_path, capsys, "diary", "undo-import", "1")
    _, out, _ = cli(tmp_path, capsys, "import", "runs", str(archive), "--add-shoes")
    with sqlite3.connect(tmp_path / "data" / "diary.sqlite3") as conn:
        linked = conn.execute("SELECT s.name FROM runs r JOIN shoes s ON s.id = r.shoe_id").fetchall()
    assert linked == [("Pegasus 40",)]


def test_a_matching_gear_name_counts_toward_the_pair(tmp_path, capsys):
    cli(tmp_path, capsys, "diary", "list")  # creates the diary
    with sqlite3.connect(tmp_path / "data" / "diary.sqlite3") as conn:
        conn.execute("INSERT INTO shoes (name, started) VALUES ('pegasus 40', '2026-09-01')")
    archive = tmp_path / "export.zip"
    archive.write_bytes(strava_zip([StravaActivity(T0, 8, 44, gear="Pegasus 40")]))
    _, out, _ = cli(tmp_path, capsys, "import", "runs", str(archive))
    assert "Gear not among" not in out
    with sqlite3.connect(tmp_path / "data" / "diary.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM runs WHERE shoe_id IS NOT NULL").fetchone()[0] == 1


def test_a_refused_archive_writes_nothing(tmp_path, capsys):
    import zipfile

    with zipfile.ZipFile(tmp_path / "t.zip", "w") as archive:
        archive.writestr("../evil.fit", garmin_run(T0, 5, 30))
    _, out, _ = cli(tmp_path, capsys, "import", "runs", str(tmp_path / "t.zip"))
    assert "outside the archive" in out and "Nothing new" in out
    assert run_count(tmp_path) == 0
