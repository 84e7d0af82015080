"""``coach plan show`` says what this programme week changes; ``coach routines check``
locates every problem of a progression block."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from coach.commands.context import Context
from coach.core.clock import FakeClock
from coach.core.diary.diary import Diary
from coach.core.paths import DataPaths
from coach.core.routines.catalog import load_catalog
from tests.core.routine_text import BLOCKS, TINY


@pytest.fixture
def clock():
    return FakeClock(wall=datetime(2026, 11, 23, 7, 0))  # a Monday: a strength day by default


@pytest.fixture
def real_coach(coach, monkeypatch):
    """``coach`` on the real catalog: the built-in routines and the data folder's own."""
    monkeypatch.setattr(Context, "catalog", property(lambda self: load_catalog(self.paths.routines)))
    return coach


def at_week(data_dir, clock, week: int) -> None:
    with Diary.open(DataPaths(data_dir), clock) as diary:
        state = {"week": week, "since": clock.now().date().isoformat(), "paused": False, "last_headline": "hold"}
        diary.set_setting("plan.programme", json.dumps(state))


def test_plan_show_lists_what_week_five_changes(real_coach, data_dir, clock):
    at_week(data_dir, clock, 5)
    code, out, err = real_coach("plan", "show")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Strength day: knee strength, week 5 of 8"
    start = next(i for i, line in enumerate(lines) if line.startswith("Strength programme: week 5 of 8"))
    assert lines[start + 1:start + 3] == [
        "Week 5 changes (Harder: squats on one leg):",
        "- Squats → Single-leg squat to a chair: 6 reps (was 15), 4 s a rep (was 3 s), each side",
    ]


def test_plan_show_in_weeks_two_and_one(real_coach, data_dir, clock):
    at_week(data_dir, clock, 2)
    out = real_coach("plan", "show")[1]
    assert "- Squats: 12 reps (was 10)" in out.splitlines()
    assert "Week 2 changes (Two more reps):" in out
    at_week(data_dir, clock, 1)
    out = real_coach("plan", "show")[1]
    assert "Week 1: the routine as written, the starting load" in out.splitlines()
    assert "(was" not in out


def test_a_users_own_programme_sets_the_plans_length(real_coach, data_dir, clock):
    folder = DataPaths(data_dir).routines
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.yaml").write_text((TINY + BLOCKS).replace("id: tiny", "id: knee-strength"), encoding="utf-8")
    at_week(data_dir, clock, 3)
    out = real_coach("plan", "show")[1]
    assert out.splitlines()[0] == "Strength day: knee strength, week 3 of 4"
    assert "- Calf raises → Single-leg calf raises: 8 reps (was 12), each side" in out.splitlines()
    at_week(data_dir, clock, 7)  # kept for the built-in's 8 weeks: this programme has 4
    out = real_coach("plan", "show")[1]
    assert out.splitlines()[0] == "Strength day: knee strength, week 4 of 4"


def test_routines_check_locates_progression_problems(coach, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(TINY + BLOCKS.replace("swap: raise-one", "swap: raise-once").replace("reps: 12", "reps: -2"))
    code, out, err = coach("routines", "check", str(bad))
    assert code == 1 and out == ""
    lines = err.splitlines()
    text = bad.read_text()
    reps = text.index("-2")
    line = text.count("\n", 0, reps) + 1
    column = reps - text.rfind("\n", 0, reps)
    assert f"{bad}:{line}:{column}: 'reps' must be between 1 and 200, not -2" in lines
    good = tmp_path / "good.yaml"
    good.write_text(TINY + BLOCKS)
    code, out, err = coach("routines", "check", str(good))
    assert code == 0 and out.startswith(f"{good}: ok (tiny, ")


def test_routines_check_reports_the_rules_between_blocks_after_the_values(coach, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(TINY + BLOCKS.replace("swap: raise-one", "swap: raise-once"))
    code, _, err = coach("routines", "check", str(bad))
    text = bad.read_text()
    swap = text.index("raise-once")
    line = text.count("\n", 0, swap) + 1
    column = swap - text.rfind("\n", 0, swap)
    assert code == 1
    assert err.splitlines() == [f"{bad}:{line}:{column}: swap to 'raise-once': no such variant under 'variants:' "
                                "(did you mean 'raise-one'?)"]


def test_routines_show_a_programme_week(real_coach):
    code, out, err = real_coach("routines", "show", "knee-strength", "--week", "5")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith(" · week 5 of 8")
    assert any("Single-leg squat to a chair — reps, left, set 1/3, 6 reps @ 4s" in line for line in lines)
    assert not any(" Squats — " in line for line in lines)
    week_one = real_coach("routines", "show", "knee-strength")[1].splitlines()
    assert "week 1 of" not in week_one[0] and any(" Squats — reps, set 1/3, 10 reps @ 3s" in line for line in week_one)
    code, _, err = real_coach("routines", "show", "pre-run-warm-up", "--week", "2")
    assert code == 1 and "has no progression" in err
