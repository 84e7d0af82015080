"""End to end, as a user would: ``coach play tiny`` in a real window, to the end, then closed.

Runs the installed entry point (``python -m coach``) on a virtual X server
(``xvfb-run`` when present, offscreen otherwise) with a temporary data folder
holding a five-second routine of its own. No fixed sleeps: the test polls the
diary until the session is completed (the done screen is shown at that
moment), sends SIGTERM as a desktop does on close, and reads the JSON export.
"""

from __future__ import annotations

import signal

from tests.stress.live_app import (
    TINY_STEPS,
    LiveApp,
    assert_ended_cleanly,
    export_json,
    install_routines,
    session_row,
    wait_for,
)


def test_play_a_tiny_routine_to_the_end_in_a_real_window(data_dir):
    install_routines(data_dir)
    app = LiveApp(data_dir, "play", "tiny")
    try:
        wait_for(lambda: (row := session_row(data_dir)) and row["status"] == "completed", "the session to complete",
                 timeout=120)  # fmt: skip
        assert app.process.poll() is None  # still open, on the done screen
        app.signal(signal.SIGTERM)
        code = app.wait()
    finally:
        app.close()

    assert_ended_cleanly(app, code)
    export = export_json(data_dir)
    (session,) = export["sessions"]
    assert session["routine"] == "tiny" and session["focus"] == "strength"
    assert session["status"] == "completed"
    assert session["steps_done"] == session["steps_total"] == TINY_STEPS
    assert session["ended"] >= session["started"]
    assert export["pain"] == [] and export["runs"] == []

