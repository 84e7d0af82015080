"""Files the diary trusts no more than it must: its schema, its header, what else is in it.

Issue 10: a reset ``user_version`` crashed every start; the app wrote its tables
into another program's SQLite file; a trigger in a restored backup rewrote
"pain 9/10 + swelling" as 0/0. Version 3 makes every table STRICT with CHECKs
and marks the file as ours.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from coach.cli import main
from coach.core.diary import backups, storage
from coach.core.diary.diary import Diary
from coach.core.diary.migrations import APPLICATION_ID, CURRENT_VERSION, migrate
from coach.core.diary.records import PainEntry, Run
from coach.core.diary.restore import restore_backup
from coach.core.errors import StorageError

DAY = timedelta(days=1)


def raw(paths) -> sqlite3.Connection:
    return sqlite3.connect(paths.diary, isolation_level=None)


def fill(diary: Diary, clock) -> None:
    at = clock.now() - timedelta(hours=2)
    diary.add_run(Run(at - timedelta(hours=1), 8.0, 45.0, shoes="Road"))
    diary.add_pain(PainEntry(at, "after-run", left=9, right=2, flags=("swelling",), note="stairs"))


def v2_diary(paths, rows: list[str] = ()) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    conn = raw(paths)
    migrate(conn, target=2)
    conn.execute("INSERT INTO shoes (id, name, started, start_km) VALUES (1, 'Road', '2026-01-05', 120)")
    conn.execute("INSERT INTO runs (at, distance_km, minutes, shoe_id) VALUES ('2026-11-20T07:00:00', 10, 55, 1)")
    conn.execute("INSERT INTO pain (at, moment, left_nrs, right_nrs, flags) "
                 "VALUES ('2026-11-20T09:00:00', 'after-run', 3, 1, 'swelling')")  # fmt: skip
    for row in rows:
        conn.execute(row)
    conn.close()


# -- version 3: STRICT, CHECKs, the mark in the header ---------------------------------------


def test_a_version_2_diary_becomes_strict_and_keeps_every_entry_and_shoe_link(data_paths, fake_clock):
    v2_diary(data_paths)
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.migrated_from == 2 and diary.opening_report.messages() == []
        [run] = diary.runs()
        assert (run.distance_km, run.minutes, run.shoes) == (10.0, 55.0, "Road")  # the link survived the rebuild
        [shoe] = diary.shoes()
        assert shoe.distance_km == 130.0
        assert diary.pain_entries()[0].flags == ("swelling",)
        conn = diary._conn
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        strict = {row[0] for row in conn.execute("SELECT name FROM pragma_table_list WHERE strict = 1")}
        assert {"pain", "runs", "sessions", "shoes", "settings"} <= strict
        assert {"runs_at", "pain_at", "sessions_started"} <= {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_rows_the_stricter_schema_refuses_are_set_aside_and_said_not_dropped(data_paths, fake_clock):
    v2_diary(data_paths, ["INSERT INTO pain (at, moment, right_nrs) VALUES ('2026-11-21T09:00:00', 'after-run', 99)",
                          "INSERT INTO runs (at, distance_km) VALUES ('yesterday', 'far')"])  # fmt: skip
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.set_aside == 2
        assert any("2 entries held values the app never writes" in line for line in diary.opening_report.messages())
        assert len(diary.pain_entries()) == 1 and len(diary.runs()) == 1  # the good ones
        kept = diary._conn.execute("SELECT source, entry FROM set_aside ORDER BY id").fetchall()
        assert [source for source, _ in kept] == ["runs", "pain"] and '"right_nrs": 99' in kept[1][1]


def test_the_database_itself_refuses_what_the_app_never_writes(diary):
    conn = sqlite3.connect(diary.paths.diary)
    for bad in ("INSERT INTO pain (at, moment, left_nrs) VALUES ('2026-11-21T09:00:00', 'after-run', 11)",
                "INSERT INTO pain (at, moment, left_nrs) VALUES ('2026-11-21T09:00:00', 'after-run', 'seven')",
                "INSERT INTO pain (at, moment, left_nrs) VALUES ('2026-11-21T09:00:00+02:00', 'after-run', 1)",
                "INSERT INTO runs (at, distance_km) VALUES ('2026-11-21T09:00:00', -3)"):  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(bad)
    conn.close()


# -- a header that does not match the schema ---------------------------------------------------


@pytest.mark.parametrize("version", [0, 1, -1])
def test_a_version_number_that_does_not_match_the_schema_is_damage_with_a_backup_offered(data_paths, fake_clock,
                                                                                         version):  # fmt: skip
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    fake_clock.advance(DAY.total_seconds())
    with Diary.open(data_paths, fake_clock) as diary:  # the next day: a daily backup
        assert diary.opening_report.backup is not None
    conn = raw(data_paths)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()

    with Diary.open(data_paths, fake_clock) as diary:
        report = diary.opening_report
        assert report.moved_aside is not None and report.moved_aside.exists()
        assert "schema version reads" in report.damage
        assert report.newest_backup is not None
        assert diary.runs() == []  # a fresh diary; the old file is kept, the backup offered
        restored_from = report.newest_backup
        restore_backup(diary, restored_from)
        assert len(diary.runs()) == 1


# -- another program's file --------------------------------------------------------------------


def test_another_programs_database_at_the_diary_path_is_refused_untouched(data_paths, fake_clock, capsys):
    data_paths.root.mkdir(parents=True)
    conn = raw(data_paths)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.execute("INSERT INTO photos (path) VALUES ('/home/me/cat.jpg')")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = data_paths.diary.read_bytes()

    with pytest.raises(StorageError, match="is not a Prehab Coach diary: it holds another program's tables"):
        Diary.open(data_paths, fake_clock)
    assert data_paths.diary.read_bytes() == before
    assert main(["--data-dir", str(data_paths.root), "advice"]) == 1
    assert "not a Prehab Coach diary" in capsys.readouterr().err
    assert data_paths.diary.read_bytes() == before


def test_a_header_naming_another_program_is_refused(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    conn = raw(data_paths)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    with pytest.raises(StorageError, match=r"header names another program \(application id 0x4d2\)"):
        Diary.open(data_paths, fake_clock)


# -- triggers, views and tables the app did not create -----------------------------------------

REWRITE_PAIN = ("CREATE TRIGGER calm AFTER INSERT ON pain BEGIN "
                "UPDATE pain SET left_nrs = 0, right_nrs = 0, flags = '' WHERE id = new.id; END")  # fmt: skip


def test_a_trigger_in_the_diary_is_removed_before_it_can_rewrite_an_entry(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    conn = raw(data_paths)
    conn.execute(REWRITE_PAIN)
    conn.execute("CREATE VIEW quiet AS SELECT * FROM pain WHERE left_nrs < 3")
    conn.close()

    with Diary.open(data_paths, fake_clock) as diary:
        said = " ".join(diary.opening_report.messages())
        assert "trigger 'calm'" in said and "view 'quiet'" in said and "did not create" in said
        diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=9, right=1, flags=("swelling",)))
        latest = diary.pain_entries()[-1]
        assert (latest.left, latest.flags) == (9, ("swelling",))  # stored as given


@pytest.mark.parametrize("extra, named", [
    (REWRITE_PAIN, "trigger 'calm'"),
    ("CREATE VIEW quiet AS SELECT * FROM pain", "view 'quiet'"),
    ("CREATE TABLE notes (x TEXT)", "table 'notes'"),
    ("CREATE INDEX pain_note ON pain (note)", "index 'pain_note'"),
])  # fmt: skip
def test_a_backup_holding_anything_the_app_did_not_create_is_refused(data_paths, fake_clock, tmp_path, extra, named):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
        backup = tmp_path / "crafted.sqlite3"
        backups.copy_to(diary._conn, backup)
        conn = sqlite3.connect(backup, isolation_level=None)
        conn.execute(extra)
        conn.close()
        assert named in backups.backup_problem(backup)
        with pytest.raises(StorageError, match="did not create"):
            restore_backup(diary, backup)
        assert diary.pain_entries()[-1].left == 9  # nothing was replaced


# -- which backup is the newest ------------------------------------------------------------


def test_the_newest_backup_is_decided_by_what_is_inside_not_its_name(data_paths, fake_clock):
    from coach.core.clock import FakeClock

    wrong = FakeClock(wall=fake_clock.now().replace(year=2099))
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
    with Diary.open(data_paths, wrong):  # a clock set to 2099 makes a backup named diary-2099-…
        pass
    for _ in range(1, 10):  # then nine ordinary days, each with its backup and one more run
        fake_clock.advance(DAY.total_seconds())
        with Diary.open(data_paths, fake_clock) as diary:
            diary.add_run(Run(fake_clock.now() - timedelta(hours=1), 5.0))
    names = [path.name for path in backups.backups(data_paths.backups)]
    assert len(names) == storage.BACKUPS_KEPT
    assert not any(name.startswith("diary-2099") for name in names)  # rotated out as the oldest by content
    newest = backups.newest_backup(data_paths.backups)
    assert newest is not None and newest.name == f"diary-{fake_clock.now():%Y-%m-%d}.sqlite3"
    assert backups.backup_sequence(newest) == 10


# -- a write-ahead log from another diary --------------------------------------------------------


def _unapplied_wal(paths, clock, note: str) -> bytes:
    """A diary whose last write is still only in its -wal (as a crash leaves it); returns that log."""
    with Diary.open(paths, clock) as diary:
        fill(diary, clock)
        diary._conn.execute("PRAGMA wal_autocheckpoint = 0")
        diary.add_pain(PainEntry(clock.now(), "other", left=4, note=note))
        wal = paths.diary.with_name(paths.diary.name + "-wal").read_bytes()
    return wal  # (closing checkpointed this copy; the bytes are the log as a crash would leave it)


def test_a_write_ahead_log_from_another_diary_is_set_aside_not_applied(tmp_path, fake_clock):
    from coach.core.paths import DataPaths

    ours, theirs = DataPaths(tmp_path / "ours"), DataPaths(tmp_path / "theirs")
    with Diary.open(ours, fake_clock) as diary:
        fill(diary, fake_clock)
    stale = _unapplied_wal(theirs, fake_clock, "from the other diary")
    ours.diary.with_name(ours.diary.name + "-wal").write_bytes(stale)

    with Diary.open(ours, fake_clock) as diary:
        report = diary.opening_report
        assert report.wal_aside is not None and report.wal_aside.read_bytes() == stale  # kept, not deleted
        assert "did not belong to it" in " ".join(report.messages())
        assert [entry.note for entry in diary.pain_entries()] == ["stairs"]  # nothing of theirs came in


def test_the_diarys_own_write_ahead_log_after_a_crash_is_applied(data_paths, fake_clock):
    own = _unapplied_wal(data_paths, fake_clock, "written just before the crash")
    with Diary.open(data_paths, fake_clock) as diary:  # roll the file back to before that write
        diary._conn.execute("DELETE FROM pain WHERE note = 'written just before the crash'")
    data_paths.diary.with_name(data_paths.diary.name + "-wal").write_bytes(own)
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.wal_aside is None
        assert "written just before the crash" in [entry.note for entry in diary.pain_entries()]


def test_a_backup_with_a_damaged_value_is_refused_before_anything_is_replaced(data_paths, fake_clock, tmp_path):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
        backup = tmp_path / "damaged.sqlite3"
        backups.copy_to(diary._conn, backup)
        conn = sqlite3.connect(backup, isolation_level=None)
        conn.execute("PRAGMA ignore_check_constraints = ON")  # as bytes changed on disk would leave it
        conn.execute("UPDATE pain SET right_nrs = 99")
        conn.close()
        diary.add_pain(PainEntry(fake_clock.now(), "other", left=1, note="logged after the backup"))
        with pytest.raises(StorageError, match="cannot restore .*damaged entry"):
            restore_backup(diary, backup)
        assert diary.pain_entries()[-1].note == "logged after the backup"  # nothing was replaced
        assert not list(diary.paths.backups.glob("diary-before-restore-*"))


def test_a_log_in_use_by_a_connection_of_this_very_process_is_left_alone(data_paths, fake_clock):
    from coach.core.diary import wal_check

    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
        assert wal_check.wal_in_use(data_paths.diary)  # our own open connection counts
        assert wal_check.foreign_wal(data_paths.diary) == ""
        diary.add_pain(PainEntry(fake_clock.now(), "other", left=2))  # its locks were not disturbed
    assert not wal_check.wal_in_use(data_paths.diary)
