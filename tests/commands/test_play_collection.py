"""The app starts with cyclic garbage collection off and turns it back on, with what start-up
built frozen out of it, once the window is usable: start-up made nothing to collect."""

from __future__ import annotations

import gc

import coach.ui.app as app_module
from coach.commands.play import open_app
from coach.core.paths import DataPaths


def test_start_up_runs_without_collection_and_collection_returns_once_usable(tmp_path, monkeypatch):
    seen: list[bool] = []

    def fake_run_app(paths, routine_id=None, argv=None, routine_file=None):
        seen.append(gc.isenabled())
        app_module._collect_from_now_on()  # what the window's start_up_done calls
        return 0

    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    frozen = gc.get_freeze_count()
    try:
        assert open_app(DataPaths(tmp_path), routine_id=None) == 0
        assert seen == [False]  # off all through start-up
        assert gc.isenabled() and gc.get_freeze_count() > frozen  # on again, start-up's objects frozen
    finally:
        gc.enable()
        gc.unfreeze()
