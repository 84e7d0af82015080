"""Atomic writes keep the permissions a plain write would give (a routine sent to a physio
must be readable like any other file the user makes)."""

from __future__ import annotations

import os
import stat

from coach.core.safe_write import write_atomically


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umasks_permissions_not_mkstemps(tmp_path):
    before = os.umask(0o022)
    try:
        write_atomically(tmp_path / "knee.routine.yaml", "id: knee\n")
        os.umask(0o077)
        write_atomically(tmp_path / "private.json", "{}")
    finally:
        os.umask(before)
    assert _mode(tmp_path / "knee.routine.yaml") == 0o644  # mkstemp alone gave 0o600
    assert _mode(tmp_path / "private.json") == 0o600  # a user who asks for private files gets them


def test_replacing_a_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "plan.ics"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert target.read_text() == "new" and _mode(target) == 0o640
