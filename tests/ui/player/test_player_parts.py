"""The player's parts on their own: runner scheduling, cue mapping, real outputs without
devices, the screensaver on a private bus, the dialogs, and the refcount guard."""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.core.paths import assets_dir
from coach.core.session.plan import build_plan
from coach.core.session.session import Cue, CueKind, Session, State
from coach.ui.diary.quick_pain import QuickPainDialog
from coach.ui.player.cue_player import CuePrefs, QtCueOutput, cue_actions
from coach.ui.player.session_runner import IDLE_MS, TICK_MS, SessionRunner
from coach.ui.shell.screensaver import ScreenSaverInhibitor
from coach.ui.widgets.nrs_row import NrsRow


@pytest.fixture
def tiny_plan(services):
    return build_plan(services.catalog.get("tiny-test"))


def test_runner_wakes_exactly_at_each_whole_second(qtbot, tiny_plan, fake_clock):
    runner = SessionRunner(Session(tiny_plan, fake_clock))
    assert runner.next_interval_ms() == IDLE_MS  # not started
    runner.start()
    assert runner.timer.isActive() and runner.timer.isSingleShot()
    assert runner.timer.timerType() == Qt.TimerType.PreciseTimer
    assert runner.next_interval_ms() == TICK_MS  # 5.000 s left: the next second is far
    fake_clock.advance(0.987)
    assert runner.next_interval_ms() == 13  # 4.013 s left: wake at 4.000
    fake_clock.advance(0.0129)
    assert runner.next_interval_ms() == 1
    runner.pause()
    assert runner.next_interval_ms() == IDLE_MS


def test_runner_emits_cues_in_order_then_one_update(qtbot, tiny_plan, fake_clock):
    runner = SessionRunner(Session(tiny_plan, fake_clock))
    seen = []
    runner.cue.connect(lambda cue: seen.append(cue.kind))
    runner.updated.connect(lambda: seen.append("updated"))
    runner.start()
    fake_clock.advance(5.0)
    runner.timer.timeout.emit()
    assert seen == [CueKind.SEGMENT, "updated", CueKind.COUNTDOWN, CueKind.COUNTDOWN, CueKind.COUNTDOWN,
                    CueKind.SEGMENT, "updated"]  # fmt: skip
    runner.stop("stopped")
    assert not runner.timer.isActive()


def test_a_resume_counts_3_2_1(qtbot, tiny_plan, fake_clock):
    runner = SessionRunner(Session(tiny_plan, fake_clock))
    counts = []
    runner.cue.connect(lambda cue: counts.append(cue.count) if cue.kind == CueKind.COUNTDOWN else None)
    runner.start()
    runner.pause()
    runner.resume()
    for _ in range(12):
        fake_clock.advance(0.25)
        runner.timer.timeout.emit()
    assert counts == [3, 2, 1] and runner.session.state == State.RUNNING


def test_cue_actions_for_every_kind(tiny_plan):
    work = tiny_plan.segments[1]
    assert cue_actions(Cue(CueKind.COUNTDOWN, work, 2), tiny_plan)[0].sound == "tick"
    assert [a.sound or a.phrase for a in cue_actions(Cue(CueKind.SEGMENT, work), tiny_plan)] == [
        "go", "Left leg. Wall sit, 30 seconds, set 1 of 2"]  # fmt: skip
    assert [a.phrase for a in cue_actions(Cue(CueKind.HALFWAY, work), tiny_plan)] == ["Halfway"]
    assert [a.sound for a in cue_actions(Cue(CueKind.RESUMED, work), tiny_plan)] == ["go"]
    assert [a.sound or a.phrase for a in cue_actions(Cue(CueKind.DONE), tiny_plan)] == ["done", "Well done. Routine complete"]
    assert cue_actions(Cue(CueKind.STEP_DONE, work), tiny_plan) == []
    assert cue_actions(Cue(CueKind.STOPPED, work), tiny_plan) == []


def test_sound_files_exist_and_beeps_last_at_least_150_ms():
    import wave

    for name in ("tick", "go", "done"):
        with wave.open(str(assets_dir() / "sounds" / f"{name}.wav")) as sound:
            assert sound.getnframes() / sound.getframerate() >= 0.150


def test_prefs_round_trip_through_settings(services):
    CuePrefs(False, True, 0.35).save(services.settings)
    assert CuePrefs.load(services.settings) == CuePrefs(False, True, 0.35)


def test_without_multimedia_modules_the_output_says_so_once_and_stays_quiet(qtbot, notifier, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    output = QtCueOutput(assets_dir() / "sounds", notifier)
    output.prepare(True, True)
    qtbot.waitUntil(lambda: len(notifier.infos) == 2)  # each backend fails on its own thread
    for _ in range(3):
        output.play("tick")
        output.say("Left leg")
    output.set_volume(0.3)
    output.stop()
    output.close()
    assert sorted(t.split(":")[0] for t in notifier.infos) == ["Sound is off", "Spoken announcements are off"]
    assert "could not be loaded" in output.sound_off_reason and "could not be loaded" in output.voice_off_reason


@pytest.mark.qt_log_ignore(".*")  # whatever this machine's audio stack says on stderr
def test_the_real_output_never_raises_on_this_machine(qtbot, notifier):
    output = QtCueOutput(assets_dir() / "sounds", notifier)
    output.prepare(True, True)
    for name in ("tick", "go", "done"):
        output.play(name)
    output.say("Right leg. Standing quad stretch, 30 seconds")
    output.set_volume(0.5)
    output.stop()
    qtbot.waitUntil(lambda: all(c.pending == 0 for c in output._channels(every=True)))  # the backends answered
    assert output.close() is None
    assert len([t for t in notifier.infos if t.startswith("Sound is off")]) <= 1
    assert len([t for t in notifier.infos if t.startswith("Spoken announcements are off")]) <= 1


@pytest.mark.qt_log_ignore(".*")
def test_screensaver_without_a_bus_is_silently_skipped(qtbot, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    inhibitor = ScreenSaverInhibitor(bus_address="unix:path=/nonexistent/bus")
    inhibitor.inhibit()
    assert not inhibitor.active and inhibitor.unavailable
    inhibitor.release()
    inhibitor.inhibit()  # not retried


FAKE_SCREENSAVER = textwrap.dedent("""
    import sys
    from gi.repository import Gio, GLib
    XML = ("<node><interface name='org.freedesktop.ScreenSaver'>"
           "<method name='Inhibit'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
           "<arg type='u' direction='out'/></method>"
           "<method name='UnInhibit'><arg type='u' direction='in'/></method></interface></node>")
    holders = {}
    def call(conn, sender, path, iface, method, params, invocation):
        if method == "Inhibit":
            holders[sender] = params.unpack()
            print("inhibit", *params.unpack(), flush=True)
            invocation.return_value(GLib.Variant("(u)", (len(holders) + 40,)))
        else:
            print("uninhibit", flush=True)
            invocation.return_value(None)
    def owner_changed(conn, sender, path, iface, signal, params):
        name, old, new = params.unpack()
        if not new and holders.pop(old, None):
            print("released", flush=True)
    bus = Gio.DBusConnection.new_for_address_sync(sys.argv[1], Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                                                  | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
    bus.register_object("/org/freedesktop/ScreenSaver", Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0], call, None, None)
    bus.signal_subscribe("org.freedesktop.DBus", "org.freedesktop.DBus", "NameOwnerChanged", "/org/freedesktop/DBus",
                         None, 0, owner_changed)
    bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
                  GLib.Variant("(su)", ("org.freedesktop.ScreenSaver", 4)), None, 0, -1, None)
    print("ready", flush=True)
    GLib.MainLoop().run()
""")


def _system_python_with_gi() -> str | None:
    for python in ("/usr/bin/python3", shutil.which("python3")):
        if python and subprocess.run([python, "-c", "import gi"], capture_output=True).returncode == 0:
            return python
    return None


@pytest.fixture
def private_bus():
    """The address of a D-Bus daemon of the test's own."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(5)
        daemon.stdout.close()


def test_screensaver_is_inhibited_and_released_on_a_private_bus(qtbot, tmp_path, private_bus):
    python = _system_python_with_gi()
    if python is None:
        pytest.skip("needs a python3 with PyGObject for the fake screensaver")
    log = tmp_path / "screensaver.log"
    script = tmp_path / "fake_screensaver.py"
    script.write_text(FAKE_SCREENSAVER)
    with open(log, "w") as out:
        service = subprocess.Popen([python, str(script), private_bus], stdout=out, stderr=subprocess.STDOUT)
    try:
        qtbot.waitUntil(lambda: "ready" in log.read_text(), timeout=10000)
        inhibitor = ScreenSaverInhibitor(bus_address=private_bus)
        inhibitor.inhibit()
        assert inhibitor.active  # asked for; nothing waited for the answer
        qtbot.waitUntil(lambda: inhibitor.cookie is not None, timeout=10000)
        assert "inhibit Prehab Coach A guided session is running" in log.read_text()
        inhibitor.release()
        assert not inhibitor.active
        qtbot.waitUntil(lambda: "released" in log.read_text(), timeout=10000)
    finally:
        service.terminate()
        service.wait(5)


@pytest.mark.qt_log_ignore(".*")
def test_a_bus_without_a_screensaver_is_given_up_on_without_waiting(qtbot, private_bus):
    inhibitor = ScreenSaverInhibitor(bus_address=private_bus)
    inhibitor.inhibit()  # returns at once; the bus answers "no such service" later
    assert inhibitor.active
    qtbot.waitUntil(lambda: inhibitor.unavailable, timeout=10000)
    assert not inhibitor.active
    inhibitor.release()
    inhibitor.inhibit()  # not retried
    assert not inhibitor.active


def test_quick_pain_rates_each_knee_with_the_apps_one_rating_row(qtbot):
    dialog = QuickPainDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.left, NrsRow) and isinstance(dialog.right, NrsRow)  # the entry form's widget
    assert dialog.rating() == (None, None)
    qtbot.mouseClick(dialog.left.buttons[7], Qt.MouseButton.LeftButton)
    assert dialog.rating() == (7, None)
    dialog.left.setFocus()
    qtbot.keyClicks(dialog.left, "10")  # "1" then "0" at once: ten
    assert dialog.rating() == (10, None)
    assert [b.isChecked() for b in dialog.left.buttons] == [i == 10 for i in range(11)]
    qtbot.keyClick(dialog.left, Qt.Key.Key_Delete)
    assert dialog.rating() == (None, None) and not any(b.isChecked() for b in dialog.left.buttons)
    assert dialog.left.state.text() == "not rated"
    for widget in [dialog.left, dialog.right, dialog.save_button, dialog.skip_button]:
        assert widget.accessibleName()
    assert "Left knee" in dialog.left.accessibleName()


def test_the_caution_and_other_assets_resolve(services):
    routine = services.catalog.get("tiny-test")
    assert routine.caution == "Stop if your knee hurts."
    assert all(isinstance(step.image, Path) and step.image.is_file() for step in routine.steps)


def test_audio_voice_and_dbus_are_imported_only_when_a_session_needs_them():
    code = ("import sys, coach.ui.player.player, coach.ui.main_window; "
            "print(sorted(m for m in sys.modules if m.split('.')[-1] in ('QtMultimedia', 'QtTextToSpeech', 'QtDBus')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_a_picture_swapped_for_a_huge_file_after_loading_is_not_read_at_the_step_change(tmp_path):
    from coach.core.routines.rules import MAX_IMAGE_BYTES
    from coach.ui.player.player_view import BLANK_PICTURE, _picture_bytes

    drawing = tmp_path / "squat.svg"
    drawing.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><rect width='4' height='4'/></svg>")
    assert _picture_bytes(drawing).startswith(b"<svg")
    drawing.write_bytes(b" " * (MAX_IMAGE_BYTES + 1))  # replaced after the routine was checked
    assert _picture_bytes(drawing) == BLANK_PICTURE
    drawing.unlink()
    os.mkfifo(drawing)  # or a pipe: never opened for reading
    assert _picture_bytes(drawing) == BLANK_PICTURE
    assert _picture_bytes(None) == BLANK_PICTURE


class CountingClock:
    """A fake clock that counts how often the time is read."""

    def __init__(self, clock):
        self.clock, self.reads = clock, 0

    def monotonic(self) -> float:
        self.reads += 1
        return self.clock.monotonic()

    def now(self):
        return self.clock.now()


def test_a_frame_is_painted_from_one_reading_of_the_clock(qtbot, services, fake_clock):
    from coach.ui.player.player_view import PlayerView

    clock = CountingClock(fake_clock)
    session = Session(build_plan(services.catalog.get("tiny-test")), clock, start_position=9)  # the reps
    session.start()
    view = PlayerView()
    qtbot.addWidget(view)
    fake_clock.advance(3.0)
    for _ in range(3):  # a segment's first frame and the ones after it
        clock.reads = 0
        view.show_session(session)
        assert clock.reads == 1
        fake_clock.advance(0.4)
    assert (view.digits.text(), view.pace_bar.value()) == ("2 / 10", 900)  # 3.8 s in, 2 s a rep


def test_a_held_rep_shows_its_count_and_the_hold_left(qtbot, fake_clock):
    from coach.core.routines.file import parse_routine
    from coach.ui.player.player_view import PlayerView
    from tests.core.routine_text import TINY

    held = TINY.replace("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 3\n")
    plan = build_plan(parse_routine(held.encode(), Path("t.yaml")))
    session = Session(plan, fake_clock, start_position=len(plan.segments) - 1)
    session.start()
    view = PlayerView()
    qtbot.addWidget(view)
    fake_clock.advance(15 + 1 + 1.2)  # rep 4: up in 1 s, 1.2 s into its 3 s hold
    view.show_session(session)
    assert (view.digits.text(), view.detail_label.text()) == ("4 / 10", "Hold 2")
    fake_clock.advance(2.5)  # coming down
    view.show_session(session)
    assert (view.digits.text(), view.detail_label.text()) == ("4 / 10", "")
