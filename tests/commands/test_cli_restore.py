"""`coach diary restore` says what it would remove before it removes anything."""

from __future__ import annotations

import json
import shutil
from datetime import datetime

from coach.core.clock import FakeClock
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, Shoe
from coach.core.diary.restore import CONFIRM_HINT, plan_restore, resolve_backup
from coach.core.paths import DataPaths


def backed_up_then_pain(coach, clock):
    """A run, a backup of it (made when the diary is opened again), then a pain entry."""
    assert coach("diary", "add", "run", "--km", "5", "--at", "2026-11-22T08:00")[0] == 0
    clock.advance(60)
    assert coach("diary", "add", "pain", "--left", "4", "--moment", "after-run")[0] == 0


def pain_in_diary(coach):  # noqa: F811
    code, out, _ = coach("diary", "list", "--json")
    assert code == 0
    return json.loads(out)["pain"]


def test_without_yes_it_lists_the_pain_entry_changes_nothing_and_exits_1(coach, clock, data_dir):  # noqa: F811
    backed_up_then_pain(coach, clock)
    (backup,) = sorted((data_dir / "backups").glob("diary-*.sqlite3"))
    code, out, err = coach("diary", "restore")
    assert code == 1
    assert "It would remove 1 entry that the backup does not have:" in out
    assert "2026-11-23 18:06  pain     L 4/10  after-run" in out
    assert err.strip() == f"coach: {CONFIRM_HINT}"
    assert [p["left"] for p in pain_in_diary(coach)] == [4]  # it survives
    assert sorted((data_dir / "backups").glob("diary-*.sqlite3")) == [backup]  # no copy made either


def test_with_yes_it_keeps_the_current_diary_in_backups_then_restores(coach, clock, data_dir):  # noqa: F811
    backed_up_then_pain(coach, clock)
    code, out, _ = coach("diary", "restore", "--yes")
    assert code == 0
    assert "L 4/10" in out and "Restored the diary from" in out
    assert "It removed 1 " in out and "would" not in out  # told after the fact, in the past tense
    (saved,) = (data_dir / "backups").glob("diary-before-restore-*.sqlite3")
    assert saved.name == "diary-before-restore-2026-11-23-180600.sqlite3"
    assert pain_in_diary(coach) == []
    (data_dir / "kept").mkdir()
    saved.replace(data_dir / "kept" / "diary.sqlite3")  # the saved copy is a whole diary
    kept = Diary.open(DataPaths(data_dir / "kept"), FakeClock())
    try:
        assert [p.left for p in kept.pain_entries()] == [4]
    finally:
        kept.close()


def test_a_bare_file_name_from_backups_works(coach, clock, data_dir):  # noqa: F811
    backed_up_then_pain(coach, clock)
    (backup,) = (data_dir / "backups").glob("diary-*.sqlite3")
    code, out, _ = coach("diary", "restore", backup.name, "--yes")
    assert code == 0 and f"Restored the diary from {backup}" in out
    assert resolve_backup(backup.stem, data_dir / "backups") == backup  # ".sqlite3" may be left out


def test_an_unknown_name_says_which_backups_exist(coach, clock, data_dir):  # noqa: F811
    backed_up_then_pain(coach, clock)
    code, _, err = coach("diary", "restore", "diary-1999-01-01.sqlite3", "--yes")
    assert code == 1
    assert "cannot restore diary-1999-01-01.sqlite3: no such file" in err and "diary-2026-11-23.sqlite3" in err
    assert [p["left"] for p in pain_in_diary(coach)] == [4]


def test_the_plan_lists_removed_changed_and_returning_entries(tmp_path):
    clock = FakeClock(wall=datetime(2026, 11, 23, 9, 0))
    paths = DataPaths(tmp_path)
    with Diary.open(paths, clock) as diary:
        diary.add_shoe(Shoe("Pegasus", clock.now().date()))
        kept_id = diary.add_run(Run(clock.now(), 5.0))
        gone_id = diary.add_pain(PainEntry(clock.now(), "other", left=1))
    backup = tmp_path / "manual.sqlite3"
    shutil.copyfile(paths.diary, backup)
    clock.advance(3600)
    with Diary.open(paths, clock) as diary:
        diary.update_run(Run(clock.now().replace(hour=9), 6.0, id=kept_id))  # edited since
        diary.delete_pain(gone_id)  # deleted since
        diary.add_pain(PainEntry(clock.now(), "after-run", right=3))  # new since (it may get the deleted id)
        diary.retire_shoe(diary.shoes()[0].id)
        plan = plan_restore(diary, backup)
    assert plan.removed == ("2026-11-23 10:00  pain     R 3/10  after-run",)
    assert plan.changed == (
        ("2026-11-23        shoes    Pegasus  retired", "2026-11-23        shoes    Pegasus"),
        ("2026-11-23 09:00  run      6.00 km", "2026-11-23 09:00  run      5.00 km"),
    )
    assert plan.returned == ("2026-11-23 09:00  pain     L 1/10  other",)
    assert plan.loses_anything
    text = "\n".join(plan.lines())
    assert "would remove 1 entry" in text and "would change 2 entries back" in text and "bring back 1 entry" in text
    assert "  2026-11-23 09:00  run      6.00 km  →  2026-11-23 09:00  run      5.00 km" in plan.lines()


def test_long_lists_are_capped_in_a_question_but_not_on_the_command_line(tmp_path):
    from coach.core.diary.restore import RestorePlan

    plan = RestorePlan(tmp_path / "b.sqlite3", removed=tuple(f"r{i}" for i in range(30)),
                       returned=tuple(f"b{i}" for i in range(500)))  # fmt: skip
    full, short = plan.lines(), plan.lines(limit=5)
    assert sum(line.startswith("  r") for line in full) == 30
    assert sum(line.startswith("  r") for line in short) == 5 and "  … and 25 more" in "\n".join(short)
    assert sum(line.startswith("  b") for line in full) == 10  # what comes back is counted, not all listed
