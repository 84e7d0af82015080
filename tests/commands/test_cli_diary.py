"""`coach diary ...` through ``coach.cli.main`` with a fake clock and catalog."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from coach.core.clock import FakeClock
from coach.core.diary import transfer
from coach.core.diary.diary import Diary
from coach.core.diary.records import KM_PER_MILE, PainEntry, Run, Shoe
from coach.core.paths import DataPaths


@pytest.fixture
def stored(data_dir, clock):
    """Open the diary the command wrote to (after the command has run)."""
    opened = []

    def open_() -> Diary:
        opened.append(Diary.open(DataPaths(data_dir), clock))
        return opened[-1]

    yield open_
    for diary in opened:
        diary.close()


@pytest.fixture
def pairs(data_dir, clock):
    """Shoes the user already made in the app: ``pairs("Pegasus 40", ...)``."""

    def add(*names: str) -> None:
        with Diary.open(DataPaths(data_dir), clock) as diary:
            for name in names:
                diary.add_shoe(Shoe(name, date(2026, 11, 1)))

    return add


# -- add ------------------------------------------------------------------------------


def test_add_pain(coach, stored):
    code, out, err = coach("diary", "add", "pain", "--moment", "after-run", "--left", "4", "--location", "front,below",
                           "--character", "aching", "--flag", "swelling", "--note", "stairs hurt")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Logged pain 4/10 (left) after-run, 2026-11-23 18:05\n"
    [entry] = stored().pain_entries()
    assert entry == PainEntry(datetime(2026, 11, 23, 18, 5), "after-run", 4, None, ("front", "below"), ("aching",),
                              ("swelling",), "stairs hurt", entry.id)  # fmt: skip


def test_add_pain_both_knees_at_a_time(coach, stored):
    code, out, _ = coach("diary", "add", "pain", "--moment", "next-morning", "--left", "0", "--right", "2",
                         "--at", "2026-11-22T07:30")  # fmt: skip
    assert code == 0 and out == "Logged pain 0/10 (left), 2/10 (right) next-morning, 2026-11-22 07:30\n"
    assert stored().pain_entries()[0].at == datetime(2026, 11, 22, 7, 30)


def test_add_run_in_km_and_miles(coach, stored, pairs):
    pairs("Pegasus 40")
    code, out, _ = coach("diary", "add", "run", "--km", "8.2", "--minutes", "45", "--shoes", "Pegasus 40")
    assert code == 0 and out == "Logged run 8.2 km in 45 min (Pegasus 40), 2026-11-23 18:05\n"
    code, out, _ = coach("diary", "add", "run", "--mi", "5", "--at", "2026-11-20")
    assert code == 0 and out == "Logged run 5 mi (8.05 km), 2026-11-20 12:00\n"
    diary = stored()
    assert [r.distance_km for r in diary.runs()] == [round(5 * KM_PER_MILE, 3), 8.2]
    assert diary.shoes()[0].name == "Pegasus 40" and diary.shoes()[0].distance_km == 8.2


def test_add_run_refuses_shoes_that_match_no_pair_and_names_the_pairs(coach, stored, pairs):
    code, _, err = coach("diary", "add", "run", "--km", "5", "--shoes", "Nope")
    assert code == 1 and "no pair of shoes is called 'Nope' (your pairs: none yet)" in err
    pairs("Pegasus 40", "Clifton")
    code, _, err = coach("diary", "add", "run", "--km", "5", "--shoes", "Nope")
    assert code == 1 and "(your pairs: 'Pegasus 40', 'Clifton')" in err
    assert stored().runs() == [] and len(stored().shoes()) == 2
    code, out, _ = coach("diary", "add", "run", "--km", "5", "--shoes", "pegasus 40")
    assert code == 0 and "(Pegasus 40)" in out


def test_add_session_uses_the_catalog(coach, stored):
    code, out, _ = coach("diary", "add", "session", "--routine", "knee-strength", "--status", "completed")
    assert code == 0 and out == "Logged session Knee strength (completed), 2026-11-23 18:05\n"
    [session] = stored().sessions()
    assert (session.routine_id, session.focus, session.routine_hash) == ("knee-strength", "strength", "c0ffee")
    assert (session.status, session.steps_done, session.steps_total, session.ended) == ("completed", 6, 6, None)


REFUSALS = [
    (["pain", "--moment", "after-run", "--left", "2", "--at", "2026-11-24T09:00"], "in the future"),
    (["pain", "--moment", "after-run", "--left", "11"], "left knee pain must be from 0 to 10, not 11"),
    (["pain", "--moment", "after-run", "--right", "-1"], "right knee pain must be from 0 to 10, not -1"),
    (["pain", "--moment", "after-run", "--left", "4.5"], "whole number"),
    (["pain", "--moment", "after-run"], "rate at least one knee"),
    (["pain", "--moment", "mid-run", "--left", "2"], "unknown moment 'mid-run'; allowed: during-run"),
    (["pain", "--moment", "other", "--left", "2", "--location", "kneecap"], "unknown location 'kneecap'"),
    (["pain", "--moment", "other", "--left", "2", "--flag", "limping"], "unknown flag 'limping'"),
    (["pain", "--moment", "other", "--left", "2", "--note", "x" * 2001], "2,001 characters long; the limit is 2,000"),
    (["pain", "--moment", "other", "--left", "2", "--at", "last tuesday"], "must look like 2026-11-23"),
    (["run", "--km", "-3"], "distance must be more than 0"),
    (["run", "--mi", "0"], "distance must be more than 0"),
    (["run", "--km", "900"], "not plausible"),
    (["run", "--km", "ten"], "distance must be a number"),
    (["run", "--km", "10", "--minutes", "-5"], "minutes must be more than 0"),
    (["run", "--km", "10", "--at", "2027-01-01"], "in the future"),
    (["session", "--routine", "no-such-routine", "--status", "completed"], "unknown routine 'no-such-routine'"),
    (["session", "--routine", "knee-strength", "--status", "done"], "unknown status 'done'"),
    (["session", "--routine", "knee-strength", "--status", "interrupted"], "unknown status 'interrupted'"),
]


@pytest.mark.parametrize("argv, message", REFUSALS, ids=[" ".join(a)[:40] for a, _ in REFUSALS])
def test_refusals_exit_1_with_one_line_and_write_nothing(coach, data_dir, argv, message):
    code, out, err = coach("diary", "add", *argv)
    assert code == 1
    assert out == ""
    assert err.startswith("coach: ") and err.count("\n") == 1
    assert message in err
    assert not (data_dir / "diary.sqlite3").exists()  # checked before the diary is even opened


def test_refusal_after_opening_writes_nothing(coach, stored):
    coach("diary", "add", "run", "--km", "5")
    code, _, err = coach("diary", "add", "run", "--km", "-5")
    assert code == 1 and "more than 0" in err
    assert len(stored().runs()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["diary"],
        ["diary", "add"],
        ["diary", "add", "pain", "--left", "3"],  # --moment is required
        ["diary", "add", "run"],
        ["diary", "add", "run", "--km", "5", "--mi", "3"],
        ["diary", "add", "session", "--status", "completed"],
        ["diary", "export", "--format", "xml"],
        ["diary", "import"],
        ["diary", "list", "--bogus"],
    ],
)
def test_usage_errors_exit_2(coach, data_dir, argv):
    code, _, err = coach(*argv)
    assert code == 2 and "usage:" in err
    assert not (data_dir / "diary.sqlite3").exists()


# -- list, export, import ----------------------------------------------------------------


def test_list_newest_first(coach, pairs):
    pairs("Pegasus")
    coach("diary", "add", "run", "--km", "8.2", "--minutes", "45", "--at", "2026-11-20T07:00", "--shoes", "Pegasus")
    coach("diary", "add", "pain", "--moment", "after-run", "--left", "3", "--at", "2026-11-20T08:00", "--flag", "swelling")
    coach("diary", "add", "session", "--routine", "knee-strength", "--status", "stopped-for-pain", "--at", "2026-11-21")
    code, out, _ = coach("diary", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Type", "Details"]
    assert lines[1].startswith("2026-11-21 12:00  session  knee-strength  stopped-for-pain  0/6 steps")
    assert lines[2].startswith("2026-11-20 08:00  pain     L 3  after-run  [swelling]")
    assert lines[3].startswith("2026-11-20 07:00  run      8.20 km  45 min  Pegasus")


def test_list_empty_and_json(coach, stored):
    code, out, _ = coach("diary", "list")
    assert code == 0 and "empty" in out
    coach("diary", "add", "run", "--km", "5")
    code, out, _ = coach("diary", "list", "--json")
    assert code == 0 and json.loads(out)["runs"][0]["distance_km"] == 5.0
    assert out == transfer.export_json(stored())


def test_export_to_stdout_and_files(coach, stored, tmp_path, pairs):
    pairs("Clifton")
    coach("diary", "add", "run", "--km", "5", "--shoes", "Clifton")
    coach("diary", "add", "session", "--routine", "pre-run-warm-up", "--status", "completed")
    code, out, err = coach("diary", "export")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["sessions"] == [{"routine": "pre-run-warm-up", "focus": "warm-up", "status": "completed",
                                 "started": "2026-11-23T18:05:00", "ended": None, "steps_done": 0, "steps_total": 0,
                                 "routine_hash": "beef"}]  # fmt: skip

    target = tmp_path / "out.csv"
    code, out, _ = coach("diary", "export", "--format", "csv", "-o", str(target))
    assert code == 0 and str(target) in out
    assert target.read_text(encoding="utf-8") == transfer.export_csv(stored())

    code, _, err = coach("diary", "export", "-o", str(tmp_path / "missing" / "out.json"))
    assert code == 1 and err.startswith("coach: cannot write")


def test_import_round_trip_and_refusal(coach, stored, tmp_path, data_dir):
    source = tmp_path / "source"
    with Diary.open(DataPaths(source), FakeClock()) as other:
        other.add_run(Run(datetime(2026, 11, 1, 7), 10.0, 55.0, "Clifton"))
        other.add_pain(PainEntry(datetime(2026, 11, 1, 9), "after-run", right=2))
        other.add_shoe(Shoe("Spare", date(2026, 1, 1)))
        good = tmp_path / "good.json"
        good.write_text(transfer.export_json(other), encoding="utf-8")

    code, out, err = coach("diary", "import", str(good))
    assert (code, err) == (0, "")
    assert out == "Imported 1 run, 1 pain entry, 2 pairs of shoes.\n"
    code, out, _ = coach("diary", "import", str(good))
    assert code == 0 and out == "Nothing new to import; skipped 4 already in the diary.\n"

    bad = tmp_path / "bad.csv"
    bad.write_text("type,at,moment,left,distance_km\nrun,2026-11-02,,,7\npain,2026-11-02,after-run,12,\n"
                   "run,2026-11-03,,,-1\n", encoding="utf-8")  # fmt: skip
    code, out, err = coach("diary", "import", str(bad))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "coach: bad.csv: 2 problems, nothing was imported:",
        "line 3: left: left knee pain must be from 0 to 10, not 12",
        "line 4: distance_km: distance must be more than 0, not -1.0",
    ]
    assert len(stored().runs()) == 1

    code, _, err = coach("diary", "import", str(tmp_path / "nope.json"))
    assert code == 1 and "cannot read" in err


def test_bad_import_into_a_new_folder_creates_nothing(coach, data_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"runs": [{"at": "2026-11-02", "distance_km": 0}]}', encoding="utf-8")
    code, _, err = coach("diary", "import", str(bad))
    assert code == 1 and "line 1: runs[1]: distance_km: distance must be more than 0" in err
    assert not data_dir.exists()


def test_damaged_diary_is_reported_on_stderr(coach, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "diary.sqlite3").write_bytes(b"\x00garbage" * 512)
    code, out, err = coach("diary", "add", "run", "--km", "5")
    assert code == 0 and out.startswith("Logged run")
    assert "moved to" in err and "diary.sqlite3.corrupt-20261123-180500" in err
    assert (data_dir / "diary.sqlite3.corrupt-20261123-180500").read_bytes() == b"\x00garbage" * 512


def test_newer_diary_is_refused_with_exit_1(coach, data_dir):
    data_dir.mkdir(parents=True)
    import sqlite3

    conn = sqlite3.connect(data_dir / "diary.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, _, err = coach("diary", "list")
    assert code == 1 and "newer version" in err


def test_restore_puts_the_newest_backup_back_and_keeps_the_replaced_diary(tmp_path, capsys):
    from coach.cli import main

    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "diary", "add", "run", "--km", "5", "--at", "2026-11-01"]) == 0
    assert main(["--data-dir", str(folder), "diary", "add", "run", "--km", "7", "--at", "2026-11-02"]) == 0
    backups = sorted((folder / "backups").glob("diary-*.sqlite3"))
    assert len(backups) == 1  # made when the diary was opened the second time: one run in it
    assert main(["--data-dir", str(folder), "diary", "restore", "--yes"]) == 0
    assert f"Restored the diary from {backups[-1]}" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "diary", "list", "--json"]) == 0
    runs = __import__("json").loads(capsys.readouterr().out)["runs"]
    assert [run["distance_km"] for run in runs] == [5.0]
    assert list((folder / "backups").glob("diary-before-restore-*.sqlite3"))


def test_restore_without_backups_exits_1(tmp_path, capsys):
    from coach.cli import main

    folder = tmp_path / "d"
    (folder / "backups").mkdir(parents=True)
    assert main(["--data-dir", str(folder), "diary", "restore", str(tmp_path / "nope.sqlite3")]) == 1
    assert "cannot restore" in capsys.readouterr().err


def test_advice_on_a_damaged_diary_says_it_was_set_aside(tmp_path, capsys):
    from coach.cli import main

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "diary.sqlite3").write_bytes(b"not a database at all" * 100)
    assert main(["--data-dir", str(folder), "advice"]) == 0
    err = capsys.readouterr().err
    assert "coach: The diary could not be read" in err and "moved to" in err


def test_list_shows_one_minute_in_the_order_the_day_went_newest_first(coach, data_dir):
    for argv in (["session", "--routine", "pre-run-warm-up", "--status", "completed", "--at", "2026-11-22T18:00"],
                 ["run", "--km", "5", "--at", "2026-11-22T18:00"],
                 ["pain", "--left", "2", "--moment", "after-run", "--at", "2026-11-22T18:00"],
                 ["pain", "--left", "3", "--moment", "after-run", "--at", "2026-11-22T18:00"]):  # fmt: skip
        assert coach("diary", "add", *argv)[0] == 0
    code, out, _ = coach("diary", "list")
    kinds = [line.split()[2] for line in out.splitlines()[1:]]
    assert code == 0 and kinds == ["pain", "pain", "run", "session"]
    assert out.index("L 3") < out.index("L 2")  # the later of two pain entries first


def test_add_run_and_session_with_effort(coach, stored):
    code, out, _ = coach("diary", "add", "run", "--km", "8", "--minutes", "40", "--effort", "6")
    assert code == 0 and out == "Logged run 8 km in 40 min, effort 6/10, 2026-11-23 18:05\n"
    code, _, err = coach("diary", "add", "run", "--km", "8", "--effort", "11")
    assert code == 1 and "effort" in err
    assert [r.effort for r in stored().runs()] == [6]
