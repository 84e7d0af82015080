"""Opening the diary: pragmas, migrations, refusal of newer files, damaged files,
daily backups, environment faults and durability."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest

from coach.core.diary import migrations
from coach.core.diary.diary import BACKUPS_KEPT, Diary, storage_error
from coach.core.diary.migrations import CURRENT_VERSION, MIGRATIONS, migrate
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.diary.restore import restore_backup
from coach.core.errors import StorageError

DAY = 24 * 3600


def raw(paths) -> sqlite3.Connection:
    return sqlite3.connect(paths.diary, isolation_level=None)


def tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def fill(diary: Diary, clock) -> None:
    at = clock.now() - timedelta(hours=1)
    diary.add_run(Run(at, 8.2, 45.0, "Pegasus"))
    diary.add_pain(PainEntry(at, "after-run", left=3, locations=("front",)))
    diary.add_session(SessionRecord("knee-strength", "strength", at, "completed", 6, 6))


# -- pragmas and schema ---------------------------------------------------------


def test_open_creates_folder_and_current_schema(data_paths, fake_clock):
    assert not data_paths.root.exists()
    with Diary.open(data_paths, fake_clock) as diary:
        conn = diary._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        assert {"sessions", "runs", "pain", "shoes", "settings"} <= tables(conn)
        assert diary.opening_report.messages() == []
    assert data_paths.diary.is_file()


def test_indexes_on_time_columns(diary):
    indexes = {row[0]: row[1] for row in diary._conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")}
    assert {"sessions_started", "runs_at", "pain_at"} <= set(indexes)


def test_migrate_from_empty_file(data_paths, fake_clock):
    data_paths.root.mkdir(parents=True)
    data_paths.diary.write_bytes(b"")
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.migrated_from == 0
        assert diary.sessions() == []


def test_migrate_from_version_1_keeps_sessions(data_paths, fake_clock):
    data_paths.root.mkdir(parents=True)
    conn = raw(data_paths)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO sessions (routine_id, routine_hash, focus, started, ended, status, steps_done, steps_total)"
        " VALUES ('pre-run-warm-up', 'h1', 'warm-up', '2026-11-20T07:00:00', '2026-11-20T07:10:00', 'completed', 5, 5)"
    )
    conn.execute("INSERT INTO settings VALUES ('sound', 'off')")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "runs" not in tables(conn)
    conn.close()

    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.migrated_from == 1
        [session] = diary.sessions()
        assert (session.routine_id, session.status, session.steps_done, session.ended) == (
            "pre-run-warm-up", "completed", 5, datetime(2026, 11, 20, 7, 10))  # fmt: skip
        assert diary.get_setting("sound") == "off"
        diary.add_run(Run(datetime(2026, 11, 22, 7), 5.0))
        assert len(diary.runs()) == 1


def test_each_migration_is_one_transaction(data_paths, monkeypatch):
    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom in the middle of a migration")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, broken])
    data_paths.root.mkdir(parents=True)
    conn = raw(data_paths)
    with pytest.raises(RuntimeError):
        migrate(conn, target=CURRENT_VERSION + 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert "half_done" not in tables(conn)
    conn.close()


def test_adding_a_migration_is_one_function(data_paths, fake_clock, monkeypatch):
    def v_next(conn):
        conn.execute("ALTER TABLE runs ADD COLUMN feel TEXT")

    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, v_next])
    conn = raw(data_paths)
    assert migrate(conn, target=CURRENT_VERSION + 1) == CURRENT_VERSION
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION + 1
    assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    conn.close()


def test_newer_database_is_refused_untouched(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    conn = raw(data_paths)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")  # a plain single file, easy to compare
    conn.close()
    before = data_paths.diary.read_bytes()
    listing = sorted(p.name for p in data_paths.root.rglob("*"))

    fake_clock.advance(DAY)  # a new day: a daily backup would be due
    with pytest.raises(StorageError, match="newer version"):
        Diary.open(data_paths, fake_clock)

    assert data_paths.diary.read_bytes() == before
    assert sorted(p.name for p in data_paths.root.rglob("*")) == listing


# -- damaged files --------------------------------------------------------------


def test_garbage_file_is_moved_aside_and_reported(data_paths, fake_clock):
    data_paths.root.mkdir(parents=True)
    garbage = b"this is not a database at all\n" * 200
    data_paths.diary.write_bytes(garbage)
    wal = data_paths.root / "diary.sqlite3-wal"
    wal.write_bytes(b"stale wal")

    with Diary.open(data_paths, fake_clock) as diary:
        report = diary.opening_report
        assert report.moved_aside == data_paths.root / "diary.sqlite3.corrupt-20261123-080000"
        assert report.moved_aside.read_bytes() == garbage
        assert (data_paths.root / "diary.sqlite3.corrupt-20261123-080000-wal").read_bytes() == b"stale wal"
        assert "not a database" in report.damage
        assert report.newest_backup is None
        assert any("moved to" in line for line in report.messages())
        assert diary.runs() == []  # a fresh, working diary
        diary.add_run(Run(fake_clock.now(), 3.0))


def test_flipped_bytes_are_detected_and_a_backup_offered(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        for day in range(30):
            diary.add_pain(PainEntry(datetime(2026, 10, 1, 8) + timedelta(days=day), "next-morning", right=day % 10,
                                     note="x" * 300))  # fmt: skip
    fake_clock.advance(DAY)
    with Diary.open(data_paths, fake_clock) as diary:
        backup = diary.opening_report.backup
        assert backup is not None
    data = bytearray(data_paths.diary.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # damage every b-tree page header
        data[offset : offset + 8] = b"\xff" * 8
    data_paths.diary.write_bytes(bytes(data))

    fake_clock.advance(3600)
    with Diary.open(data_paths, fake_clock) as diary:
        report = diary.opening_report
        assert report.moved_aside is not None and report.moved_aside.read_bytes() == bytes(data)
        assert report.newest_backup == backup
        assert report.backup is None  # an empty diary never replaces a good backup
        diary.add_run(Run(fake_clock.now(), 4.0))  # logged before the user restores

        saved = restore_backup(diary, report.newest_backup)

        assert len(diary.pain_entries()) == 30
        assert diary.runs() == []
        assert diary._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert saved.parent == data_paths.backups and saved.is_file()  # the replaced content is kept
    with Diary.open(data_paths, fake_clock) as diary:
        assert len(diary.pain_entries()) == 30


def test_moved_aside_names_never_clash(data_paths, fake_clock):
    data_paths.root.mkdir(parents=True)
    for attempt in range(3):
        data_paths.diary.write_bytes(b"garbage %d" % attempt * 100)
        Diary.open(data_paths, fake_clock).close()
        data_paths.diary.unlink()
        for side in ("-wal", "-shm"):
            (data_paths.root / f"diary.sqlite3{side}").unlink(missing_ok=True)
    kept = sorted(p.name for p in data_paths.root.glob("diary.sqlite3.corrupt-*"))
    assert kept == [
        "diary.sqlite3.corrupt-20261123-080000",
        "diary.sqlite3.corrupt-20261123-080000-2",
        "diary.sqlite3.corrupt-20261123-080000-3",
    ]


def test_restore_refuses_a_bad_backup(diary, data_paths):
    bad = data_paths.root / "not-a-backup.sqlite3"
    bad.write_bytes(b"nope" * 1000)
    with pytest.raises(StorageError, match="cannot restore"):
        restore_backup(diary, bad)


# -- backups ----------------------------------------------------------------------


def test_daily_backup_rotation_keeps_seven(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
        assert diary.opening_report.backup is None  # nothing worth keeping yet
    for _ in range(10):
        fake_clock.advance(DAY)
        for _ in range(2):  # a second open the same day makes no new backup
            Diary.open(data_paths, fake_clock).close()
    names = sorted(p.name for p in data_paths.backups.iterdir())
    assert names == [f"diary-2026-11-{day}.sqlite3" for day in range(27, 31)] + [
        f"diary-2026-12-0{day}.sqlite3" for day in range(1, 4)
    ]
    assert len(names) == BACKUPS_KEPT


def test_backup_is_a_standalone_readable_copy(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    fake_clock.advance(DAY)
    with Diary.open(data_paths, fake_clock) as diary:
        backup = diary.opening_report.backup
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    assert not list(data_paths.backups.glob("*.partial"))


def test_backup_failure_is_reported_not_raised(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    data_paths.backups.write_text("a file where the backups folder should be")
    fake_clock.advance(DAY)
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.backup is None
        assert "backups" in diary.opening_report.backup_error
        assert any("backup could not be made" in line for line in diary.opening_report.messages())
        assert len(diary.runs()) == 1


# -- environment faults and bugs ------------------------------------------------------


def test_data_folder_that_cannot_be_created(tmp_path, fake_clock):
    from coach.core.paths import DataPaths

    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(StorageError, match="cannot use .* as the data folder: Not a directory"):
        Diary.open(DataPaths(blocker / "data"), fake_clock)
    with pytest.raises(StorageError, match="as the data folder: it is a file, not a folder"):
        Diary.open(DataPaths(blocker), fake_clock)


def test_disk_full_is_a_storage_error_and_writes_nothing(diary, fake_clock):
    pages = diary._conn.execute("PRAGMA page_count").fetchone()[0]
    diary._conn.execute(f"PRAGMA max_page_count = {pages}")
    saved = 0
    with pytest.raises(StorageError, match="disk is full"):
        for _ in range(100):
            diary.add_pain(PainEntry(fake_clock.now(), "other", left=1, note="n" * 2000))
            saved += 1
    assert len(diary.pain_entries()) == saved  # the failed write left nothing half-done


def test_bugs_are_not_turned_into_storage_errors(diary):
    assert storage_error(sqlite3.OperationalError("near 'SELEC': syntax error"), diary.paths.diary) is None
    with pytest.raises(sqlite3.OperationalError):
        diary._conn.execute("SELEC 1")


def test_two_diaries_open_at_once(data_paths, fake_clock):
    """The command line writes while the app holds the diary open."""
    with Diary.open(data_paths, fake_clock) as app, Diary.open(data_paths, fake_clock) as cli:
        app.add_run(Run(fake_clock.now(), 5.0))
        cli.add_run(Run(fake_clock.now(), 6.0))
        assert [r.distance_km for r in app.runs()] == [5.0, 6.0]


def test_committed_writes_survive_kill_9(data_paths):
    script = textwrap.dedent(
        f"""
        import os, signal
        from datetime import datetime
        from pathlib import Path
        from coach.core.clock import FakeClock
        from coach.core.diary.diary import Diary
        from coach.core.paths import DataPaths
        from coach.core.diary.records import Run
        diary = Diary.open(DataPaths(Path({str(data_paths.root)!r})), FakeClock())
        for km in range(1, 21):
            diary.add_run(Run(datetime(2026, 11, 1, 7), float(km)))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert result.returncode == -9, result.stderr
    from coach.core.clock import FakeClock

    with Diary.open(data_paths, FakeClock()) as diary:
        assert len(diary.runs()) == 20


def test_core_modules_do_not_import_qt():
    code = (
        "import sys, coach.core.diary.diary, coach.core.diary.transfer, coach.core.diary.validate, coach.core.diary.migrations, "
        "coach.commands.diary; assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
