"""`coach advice [--json]` against a fake diary and a fake clock."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date, datetime

import pytest

from coach.commands import advice as advice_command
from coach.commands.context import Context
from coach.core.advice.advice import DISCLAIMER
from coach.core.clock import FakeClock
from coach.core.diary.records import KM_PER_MILE, PainEntry, Run, SessionRecord, Shoe
from coach.core.paths import DataPaths

NOW = datetime(2026, 11, 23, 8, 0)


class FakeDiary:
    def __init__(self, pain=(), runs=(), sessions=(), shoes=(), settings=None):
        self._pain, self._runs, self._sessions, self._shoes = list(pain), list(runs), list(sessions), list(shoes)
        self.settings = settings or {}
        self.closed = False

    def pain_entries(self, since=None):
        return list(self._pain)

    def runs(self, since=None):
        return list(self._runs)

    def sessions(self, since=None):
        return list(self._sessions)

    def shoes(self):
        return list(self._shoes)

    def advice_facts(self, today):
        rated = sorted(e.at.date() for e in self._pain if e.at.date() <= today)
        logged = bool(rated) or any(r.at.date() <= today for r in self._runs)
        return (rated[0] if rated else None), logged

    def get_setting(self, key, default=None):
        return self.settings.get(key, default)

    def close(self):
        self.closed = True


def call(tmp_path, diary: FakeDiary, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="coach")
    advice_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["advice", *argv])
    out, err = io.StringIO(), io.StringIO()
    context = Context(paths=DataPaths(tmp_path), clock=FakeClock(wall=NOW), stdout=out, stderr=err)
    context.__dict__["diary"] = diary  # stands in for the lazily opened store
    code = args.run(args, context)
    return code, out.getvalue(), err.getvalue()


def busy_diary(**kw) -> FakeDiary:
    return FakeDiary(
        pain=[
            PainEntry(datetime(2026, 11, 22, 19), "after-run", left=4, right=1),
            PainEntry(datetime(2026, 11, 24, 9), "after-run", left=9, flags=("swelling",)),  # tomorrow: ignored
        ],
        runs=[Run(datetime(2026, 11, 22, 18), 8.0)],
        sessions=[SessionRecord("knee-strength", "strength", datetime(2026, 11, 21, 7), "completed")],
        shoes=[Shoe("Pegasus", date(2026, 1, 1), 850.0)],
        **kw,
    )


def test_text_output(tmp_path):
    code, out, err = call(tmp_path, busy_diary())
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Hold"
    assert lines[1].startswith("- Pain of 4/10 in your left knee after a run yesterday")
    assert lines[1].endswith("(Silbernagel et al. 2007)")
    assert "Notes:" in lines
    notes = lines[lines.index("Notes:") + 1 :]
    assert notes[0].startswith("- 1 strength session in the last 7 days") and notes[0].endswith(")")
    assert any("No warm-up routine" in line for line in notes)
    assert any('"Pegasus" have 850 km: past 800 km, time to replace them.' in line for line in notes)
    assert lines[-1] == DISCLAIMER


def test_json_output(tmp_path):
    code, out, _ = call(tmp_path, busy_diary(), "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["headline", "reasons", "notes", "ceiling"]  # issue 14 added the ceiling
    assert data["headline"] == "hold"
    assert data["reasons"] == [
        {
            "id": "pain-3-to-5",
            "text": "Pain of 4/10 in your left knee after a run yesterday: acceptable, but not a day to add distance.",
            "source": "Silbernagel et al. 2007",
        }
    ]
    assert [n["id"] for n in data["notes"]] == ["strength-gap", "no-warm-up", "shoes"]
    assert all(set(n) == {"id", "text", "source"} for n in data["notes"])


def test_json_for_an_empty_diary_is_start(tmp_path):
    code, out, _ = call(tmp_path, FakeDiary(), "--json")
    data = json.loads(out)
    assert code == 0 and data["headline"] == "start"
    assert data["reasons"] == [{"id": "start", "text": "Log a run or a routine to get advice", "source": ""}]


def test_text_for_an_empty_diary(tmp_path):
    _, out, _ = call(tmp_path, FakeDiary())
    assert out.splitlines()[:2] == ["Start", "- Log a run or a routine to get advice"]


def test_see_clinician_text(tmp_path):
    diary = FakeDiary(pain=[PainEntry(datetime(2026, 11, 23, 7), "next-morning", right=2, flags=("locking",))])
    _, out, _ = call(tmp_path, diary)
    lines = out.splitlines()
    assert lines[0] == "See a clinician"
    assert lines[1].startswith("- Locking logged today.") and "AAFP" in lines[1]


@pytest.mark.parametrize("units,expected", [("mi", "have 528 mi: past 500 mi"), ("km", "have 850 km: past 800 km")])
def test_units_setting_is_used(tmp_path, units, expected):
    diary = FakeDiary(shoes=[Shoe("Old", date(2025, 1, 1), 850.0)], settings={"units": units})
    _, out, _ = call(tmp_path, diary, "--json")
    assert expected in json.loads(out)["notes"][-1]["text"]


def test_unknown_units_fall_back_to_km(tmp_path):
    diary = FakeDiary(shoes=[Shoe("Old", date(2025, 1, 1), 500 * KM_PER_MILE + 10)], settings={"units": "furlongs"})
    _, out, _ = call(tmp_path, diary, "--json")
    assert "km" in json.loads(out)["notes"][-1]["text"]


def test_the_next_run_ceiling_in_text_and_json(tmp_path):
    runs = [Run(at=datetime(2026, 11, d, 8), distance_km=km) for d, km in ((20, 5.0), (18, 10.0), (10, 8.0))]
    code, out, _ = call(tmp_path, FakeDiary(runs=runs))
    assert code == 0 and "Next run: Keep today's run under 11.0 km (Frandsen et al. 2025)" in out
    data = json.loads(call(tmp_path, FakeDiary(runs=runs), "--json")[1])
    assert data["ceiling"]["state"] == "ceiling" and data["ceiling"]["km"] == pytest.approx(11.0)
    assert data["ceiling"]["source"] == "Frandsen et al. 2025"
    two = json.loads(call(tmp_path, FakeDiary(runs=runs[:2]), "--json")[1])
    assert two["ceiling"] == {"id": "next-run-ceiling", "state": "none-yet", "km": None, "longest_km": None,
                              "runs": 2, "text": "No ceiling yet (needs 3 runs in 30 days)", "source": "Frandsen et al. 2025"}


def test_no_run_today_on_a_back_off_day(tmp_path):
    pain = [PainEntry(at=datetime(2026, 11, 23, 7), moment="after-run", left=7)]
    code, out, _ = call(tmp_path, FakeDiary(pain=pain))
    assert out.splitlines()[0] == "Back off" and "Next run: No run today" in out
