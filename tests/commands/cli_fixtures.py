"""The command-line tests' fixtures: ``coach(...)`` runs the real CLI in-process
on a temporary data folder, with a fake clock and a small fake catalog."""

from __future__ import annotations

import importlib.util
import sys
import types
from dataclasses import dataclass
from datetime import datetime

import pytest

from coach.commands.context import Context
from coach.core.clock import FakeClock


@dataclass(frozen=True)
class FakeRoutine:
    id: str
    title: str
    focus: str
    content_hash: str
    steps: tuple = ()
    progression: tuple = ()  # no programme of its own: the plan's 8 weeks
    weeks: int = 0


class FakeCatalog:
    routines = {
        "knee-strength": FakeRoutine("knee-strength", "Knee strength", "strength", "c0ffee", tuple(range(6))),
        "pre-run-warm-up": FakeRoutine("pre-run-warm-up", "Pre-run warm-up", "warm-up", "beef"),
    }

    def get(self, routine_id):
        return self.routines.get(routine_id)


@pytest.fixture
def clock():
    return FakeClock(wall=datetime(2026, 11, 23, 18, 5, 0))


@pytest.fixture
def coach(monkeypatch, capsys, data_dir, clock):
    """Run ``coach --data-dir DIR ...``; returns (exit code, stdout, stderr)."""
    if importlib.util.find_spec("coach.commands.play") is None:  # until the player issue lands
        stub = types.ModuleType("coach.commands.play")
        stub.register = lambda commands: commands.add_parser("play")
        monkeypatch.setitem(sys.modules, "coach.commands.play", stub)
    from coach import cli

    monkeypatch.setattr(cli, "SystemClock", lambda: clock)
    monkeypatch.setattr(Context, "catalog", property(lambda self: FakeCatalog()))

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(["--data-dir", str(data_dir), *argv])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    return run
