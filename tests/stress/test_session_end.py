"""SIGTERM, Ctrl+C and the window's close button during a session: recorded as stopped, nothing half-written.

The signal tests run the real ``coach play slow`` (on Xvfb when present) and
signal it once the first step has been written; the diary must then hold one
session, ``stopped``, with the steps done, an end time, and no row left
``in-progress``. The close button is pressed twice: on Xvfb, by sending the
live window the WM_DELETE_WINDOW message a window manager's close button sends;
in process, on the fake clock, to pin the exact step count. SIGTERM also ends
the app while a start-up question waits in a modal dialog.
"""

from __future__ import annotations

import signal

import pytest

from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from tests.stress.devices import quiet_devices
from tests.stress.live_app import (
    HAS_XVFB,
    LiveApp,
    assert_ended_cleanly,
    export_json,
    install_routines,
    session_row,
    wait_for,
)
from tests.stress.x11 import connect

needs_x = pytest.mark.skipif(not HAS_XVFB, reason="needs xvfb-run: a real X server to send the close message")


def _stopped_mid_session(data_dir, stop) -> dict:
    """Play ``slow``, call ``stop(app)`` once its first step is written; the session as exported."""
    install_routines(data_dir)
    app = LiveApp(data_dir, "play", "slow")
    try:
        wait_for(lambda: (row := session_row(data_dir)) and row["steps_done"] >= 1, "the first step to be written")
        assert session_row(data_dir)["status"] == "in-progress"
        stop(app)
        code = app.wait()
    finally:
        app.close()
    assert_ended_cleanly(app, code)
    (session,) = export_json(data_dir)["sessions"]
    assert session["routine"] == "slow" and session["status"] == "stopped"
    assert 1 <= session["steps_done"] < session["steps_total"] == 3
    assert session["ended"] is not None and session["ended"] >= session["started"]
    return session


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_mid_session_records_it_stopped_with_the_steps_done(data_dir, number):
    _stopped_mid_session(data_dir, lambda app: app.signal(number))


@needs_x
def test_the_window_managers_close_button_mid_session_records_it_stopped(data_dir):
    def press_close(app: LiveApp) -> None:
        with connect(*app.display) as x:
            (window,) = wait_for(lambda: x.windows("Prehab Coach"), "the app's window")
            x.close_window(window)

    _stopped_mid_session(data_dir, press_close)


@needs_x
def test_sigterm_while_a_start_up_question_is_open_ends_the_app(data_dir):
    """A session cut short by kill -9 is offered for resuming, in a modal dialog; SIGTERM still ends the app."""
    install_routines(data_dir)
    crashed = LiveApp(data_dir, "play", "slow")
    try:
        wait_for(lambda: (row := session_row(data_dir)) and row["steps_done"] >= 1, "the first step to be written")
        crashed.signal(signal.SIGKILL)
        crashed.wait()
    finally:
        crashed.close()
    assert session_row(data_dir)["status"] == "in-progress"

    app = LiveApp(data_dir)
    try:
        with connect(*app.display) as x:  # the main window and the question, both titled so
            wait_for(lambda: len(x.windows("Prehab Coach")) == 2, "the resume question")
        app.signal(signal.SIGTERM)
        code = app.wait(timeout=30)
    finally:
        app.close()
    assert_ended_cleanly(app, code)
    (session,) = export_json(data_dir)["sessions"]
    assert session["status"] == "interrupted"  # marked at start, kept as partial: nothing half-written


# A bug in building the window: the crash report opens before the event loop ever runs.
BROKEN_WINDOW = """
import sys
from coach.ui import main_window

def broken(self, *args, **kwargs):
    raise RuntimeError("a bug before the first frame")

main_window.MainWindow.__init__ = broken
from coach.cli import main
sys.exit(main(sys.argv[1:]))
"""


@needs_x
def test_sigterm_closes_the_crash_report_of_a_bug_before_the_first_frame(data_dir):
    app = LiveApp(data_dir, python=("-c", BROKEN_WINDOW))
    try:
        with connect(*app.display) as x:
            wait_for(lambda: x.windows("Prehab Coach: unexpected error"), "the crash report")
        app.signal(signal.SIGTERM)
        code = app.wait(timeout=30)  # before the fix, only kill -9 ended it
    finally:
        app.close()
    assert code == 1  # the bug, reported: not a hang
    assert "a bug before the first frame" in (data_dir / "logs" / "crash.log").read_text()


def test_the_close_button_mid_session_records_it_stopped(qtbot, data_paths, fake_clock, monkeypatch):
    quiet_devices(monkeypatch)
    install_routines(data_paths.root)
    diary = Diary.open(data_paths, fake_clock)
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.play("slow")
    player = window.player
    for _ in range(12):  # 3 s on the fake clock: the first step (1 s) is done, the second is running
        fake_clock.advance(0.25)
        player.timer.timeout.emit()

    window.close()  # what the title bar's close button sends

    (row,) = diary.sessions()
    assert (row.status, row.steps_done, row.steps_total, row.ended) == ("stopped", 1, 3, fake_clock.now())
    assert diary.mark_interrupted() == []  # nothing left in progress
    assert diary._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    diary.close()


def test_ctrl_q_mid_session_asks_first_as_esc_does(qtbot, data_paths, fake_clock, monkeypatch):
    quiet_devices(monkeypatch)
    install_routines(data_paths.root)
    diary = Diary.open(data_paths, fake_clock)
    notifier = RecordingNotifier(answers=[False, True])  # "Keep going", then "Stop"
    window = MainWindow(Services(CoachContext.open(data_paths, fake_clock, diary=diary), notifier))  # fmt: skip
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_frame_shown):
        window.show()
    window.play("slow")
    quit_action = next(a for a in window.actions() if a.text() == "Quit")

    quit_action.trigger()
    assert window.isVisible() and window.player is not None  # kept going
    quit_action.trigger()
    assert not window.isVisible()
    (row,) = diary.sessions()
    assert row.status == "stopped"
    assert len(notifier.questions) == 2 and notifier.questions[0].startswith("Stop Tiny stress routine?")


# The real app with a speech engine whose say() never returns (speech-dispatcher with
# its audio broken): the factory the app looks up is replaced before the app starts.
# It writes a marker once say() is stuck, so the test knows the engine hangs.
HANGING_SPEECH = """
import sys, threading
from pathlib import Path
from coach.ui.player import cue_backends

MARKER = Path(sys.argv[sys.argv.index("--data-dir") + 1]).parent / "speech-stuck"
NEVER = threading.Event()

class Hanging:
    def say(self, text):
        MARKER.write_text(text)
        NEVER.wait()
    def stop(self): pass
    def set_volume(self, volume): pass
    def voices(self): return []
    def set_voice(self, name): pass

cue_backends.qt_speech_engine = lambda broke: Hanging()
from coach.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _stopped_while_the_voice_hangs(data_dir, stop) -> None:
    install_routines(data_dir)
    app = LiveApp(data_dir, "play", "slow", python=("-c", HANGING_SPEECH))
    try:
        marker = data_dir.parent / "speech-stuck"
        wait_for(marker.exists, "say() to hang")
        wait_for(lambda: (row := session_row(data_dir)) and row["steps_done"] >= 1, "the first step to be written")
        stop(app)
        code = app.wait(timeout=30)  # before the fix, only kill -9 ended it
    finally:
        app.close()
    assert_ended_cleanly(app, code)
    assert "QThread" not in app.output()  # no "Destroyed while thread is still running" abort
    (session,) = export_json(data_dir)["sessions"]
    assert session["status"] == "stopped" and session["steps_done"] >= 1


def test_sigterm_ends_the_app_while_the_speech_engine_hangs(data_dir):
    _stopped_while_the_voice_hangs(data_dir, lambda app: app.signal(signal.SIGTERM))


@needs_x
def test_the_close_button_ends_the_app_while_the_speech_engine_hangs(data_dir):
    def press_close(app: LiveApp) -> None:
        with connect(*app.display) as x:
            (window,) = wait_for(lambda: x.windows("Prehab Coach"), "the app's window")
            x.close_window(window)

    _stopped_while_the_voice_hangs(data_dir, press_close)
