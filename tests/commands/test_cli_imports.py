"""Each sub-command imports what it runs, not what its neighbours need (start-up is measured)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import contextlib, io, json, sys
import coach.cli
with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
    try:
        code = coach.cli.main(sys.argv[1:])
    except SystemExit as end:
        code = end.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def run_cli(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.parametrize(
    "argv, absent",
    [
        (("advice",), {"yaml", "coach.commands.routines", "coach.commands.report", "coach.core.advice.report", "PySide6"}),
        (("diary", "list"), {"yaml", "coach.core.advice.advice", "coach.commands.report", "PySide6"}),
        (("routines", "list"), {"yaml", "coach.core.advice.advice", "coach.core.diary.diary", "PySide6"}),
    ],
)
def test_a_command_imports_only_its_own_module(tmp_path, argv, absent):
    data = ["--data-dir", str(tmp_path)]
    run_cli(*data, *argv)  # the first run writes the routine cache
    result = run_cli(*data, *argv)
    assert result["code"] == 0
    assert absent.isdisjoint(result["modules"]), sorted(absent & set(result["modules"]))


def test_help_still_lists_every_command(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "--help")
    assert result["code"] == 0
    for command in ("play", "routines", "diary", "advice", "report"):
        assert command in result["out"]


def test_a_typo_still_names_the_commands_there_are(tmp_path):
    done = subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "advise"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    assert "invalid choice: 'advise'" in done.stderr and "advice" in done.stderr
