"""A speech engine that never answers and a disk that takes seconds per write: the session plays on.

The backends run on threads of their own and the diary is written by a writer
thread, so the fake clock and the timer drive the session to its end on time,
the keys work, the user is told once that the voice is off, beeps carry on,
and every finished step reaches the diary once the writer is let through.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from coach.core.context import CoachContext
from coach.core.paths import assets_dir
from coach.core.session.session import State
from coach.ui.player.cue_player import QtCueOutput
from coach.ui.player.player import PlayerPage
from coach.ui.services import Services
from tests.ui.conftest import TINY_ROUTINE
from tests.ui.cue_fakes import HangingSpeech, RecordingSound, RecordingSpeech, SlowDiary, hanging_construction

VOICE_OFF = "Spoken announcements are off"


@pytest.fixture
def release():
    """Set at teardown: whatever a fake still blocks is let go."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def slow_disk(monkeypatch, release):
    """Every session write blocks on the writer's thread until the test opens the gate."""
    monkeypatch.setattr(SlowDiary, "gate", release)
    monkeypatch.setattr(SlowDiary, "seconds", 60.0)  # "until released": the test decides when the disk catches up
    monkeypatch.setattr(SlowDiary, "writes", [])
    return SlowDiary


@pytest.fixture
def slow_services(data_paths, fake_clock, notifier, slow_disk):
    data_paths.routines.mkdir(parents=True, exist_ok=True)
    (data_paths.routines / "tiny-test.yaml").write_text(TINY_ROUTINE, encoding="utf-8")
    diary = SlowDiary.open(data_paths, fake_clock)
    yield Services(CoachContext.open(data_paths, fake_clock, diary=diary), notifier)
    diary.close()


@pytest.fixture
def outputs():
    built: list[QtCueOutput] = []
    yield built
    for output in built:
        output.close()


def make_output(outputs, notifier, fake_clock, speech_factory, sound: RecordingSound) -> QtCueOutput:
    output = QtCueOutput(assets_dir() / "sounds", notifier, clock=fake_clock, speech_engine=speech_factory,
                         sound_engine=sound.factory)  # fmt: skip
    outputs.append(output)
    return output


def shown_player(qtbot, services, output, inhibitor) -> PlayerPage:
    player = PlayerPage(services.catalog.get("tiny-test"), services, cue_output=output, inhibitor=inhibitor)
    qtbot.addWidget(player)
    player.resize(1280, 800)
    player.show()
    player.activateWindow()
    qtbot.waitExposed(player)
    player.setFocus()
    return player


def voice_off_messages(notifier) -> list[str]:
    return [text for text in notifier.infos if text.startswith(VOICE_OFF)]


def test_a_hung_voice_and_a_slow_disk_do_not_hold_up_the_session(qtbot, slow_services, notifier, fake_clock, inhibitor,
                                                                 play, release, outputs, slow_disk):  # fmt: skip
    speech, sound = HangingSpeech(release), RecordingSound()
    output = make_output(outputs, notifier, fake_clock, speech.factory, sound)
    player = shown_player(qtbot, slow_services, output, inhibitor)
    began = fake_clock.monotonic()
    player.begin()
    qtbot.waitUntil(speech.entered.is_set)  # "Get ready: ..." is stuck inside say()
    qtbot.waitUntil(lambda: [name for name, _ in slow_disk.writes] == ["start"])  # the disk is stuck too

    play(player, 10.0)  # 10 s on: 5 s into the left hold
    assert player.session.position == 1 and player.view.digits.text() == "25"
    qtbot.waitUntil(lambda: bool(voice_off_messages(notifier)))  # the watchdog saw 2 s without an answer
    assert "did not answer within 2 seconds" in voice_off_messages(notifier)[0]

    qtbot.keyClick(player, Qt.Key.Key_Space)  # keys still work while both hang
    assert player.session.state == State.PAUSED and player.view.overlay.isVisible()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.session.state == State.RESUMING

    play(player, 167.9)  # the plan's 175 s plus the 3 s resume countdown, less a tenth
    assert player.session.state == State.RUNNING
    play(player, 0.2)
    assert player.session.state == State.FINISHED and player.pages.currentWidget() is player.done_view
    assert fake_clock.monotonic() - began == pytest.approx(178.1)

    assert len(voice_off_messages(notifier)) == 1  # told once
    assert speech.said == ["Get ready: Wall sit, left leg first"]  # nothing more was sent to the hung engine
    qtbot.waitUntil(lambda: sound.played[-1:] == ["done"])  # the beeps carried on to the end
    assert sound.played.count("tick") >= 3 * 9

    # The whole session was played while the first write was still on its way to the disk.
    assert [name for name, _ in slow_disk.writes] == ["start"]
    assert player.log.writer.outstanding == 4 and player.log.saved_status == ""
    with qtbot.waitSignal(player.log.saved, timeout=5000) as saved:
        release.set()  # the disk catches up
    assert saved.args == ["completed"]
    assert [name for name, _ in slow_disk.writes] == ["start", "progress", "progress", "finish"]
    assert all(thread is not threading.main_thread() for _, thread in slow_disk.writes)
    (row,) = slow_services.diary.sessions()
    assert (row.status, row.steps_done, row.position) == ("completed", 2, 9)


def test_a_speech_engine_that_never_starts_is_dropped_and_the_beeps_carry_on(qtbot, services, notifier, fake_clock,
                                                                            inhibitor, play, release, outputs):  # fmt: skip
    started = threading.Event()
    sound = RecordingSound()
    output = make_output(outputs, notifier, fake_clock, hanging_construction(release, started), sound)
    player = shown_player(qtbot, services, output, inhibitor)
    player.begin()
    qtbot.waitUntil(started.is_set)
    play(player, 2.5)  # the engine has had 2.5 s to start
    qtbot.waitUntil(lambda: bool(voice_off_messages(notifier)))
    play(player, 10.0)
    qtbot.keyClick(player, Qt.Key.Key_Right)  # skip the rest of the left hold
    assert player.session.position == 2
    qtbot.waitUntil(lambda: sound.played.count("go") >= 3)  # the start, the left hold, the switch
    assert len(voice_off_messages(notifier)) == 1
    assert output.voice_off_reason.startswith("the speech engine did not answer")


def test_a_healthy_engine_is_not_dropped_and_a_recovered_one_is_given_another_session(qtbot, notifier, fake_clock,
                                                                                       release, outputs):  # fmt: skip
    speech, sound = RecordingSpeech(), RecordingSound()
    output = make_output(outputs, notifier, fake_clock, speech.factory, sound)
    output.set_voice("Kal")
    output.prepare(True, True)
    output.say("Left leg")
    qtbot.waitUntil(lambda: speech.said == ["Left leg"])
    qtbot.waitUntil(lambda: output._speech.pending == 0)
    fake_clock.advance(10.0)
    output._speech.check()  # answered in time: nothing is wrong
    assert output._speech.is_up and voice_off_messages(notifier) == []
    assert speech.voice == "Kal" and speech.volume == 0.8
    output.set_voice("")  # "System default" chosen again in Settings
    qtbot.waitUntil(lambda: speech.voice == "")
    output.set_voice("Kal")
    qtbot.waitUntil(lambda: speech.voice == "Kal")
    with qtbot.waitSignal(output.voices_listed, timeout=2000) as listed:
        output.list_voices()
    assert listed.args == [["Alba", "Kal"]]

    # It hangs once (a say that takes 3 s): dropped and told; then it answers again.
    stuck = threading.Event()
    speech.say = lambda text: stuck.wait()
    output.say("Halfway")
    fake_clock.advance(3.0)
    output._speech.check()
    assert len(voice_off_messages(notifier)) == 1
    output.say("Not sent")  # the voice is off: nothing more goes to it
    stuck.set()
    qtbot.waitUntil(lambda: output._speech.pending == 0)  # the stuck say returned: everything is answered
    output.prepare(True, True)  # the next session: the engine answered everything, so it is back
    assert output._speech.is_up and output.voice_off_reason == ""


def test_settings_lists_the_voices_of_the_session_engine_and_none_when_it_is_off(qtbot, notifier, fake_clock, outputs):
    from coach.ui.settings.voice_list import CueVoiceList

    speech = RecordingSpeech()
    speech.voices = lambda: ["Kal", "Alba", "Kal", ""]
    output = make_output(outputs, notifier, fake_clock, speech.factory, RecordingSound())
    voices = CueVoiceList(lambda: output)
    with qtbot.waitSignal(voices.listed, timeout=2000) as listed:
        voices.request()
    assert listed.args == [["Alba", "Kal"]]  # sorted, once each, no blank names

    def broken(broke):
        raise RuntimeError("no speech-dispatcher")

    silent = make_output(outputs, notifier, fake_clock, broken, RecordingSound())
    silent.prepare(False, True)
    qtbot.waitUntil(lambda: silent.voice_off_reason != "", timeout=2000)
    none = CueVoiceList(lambda: silent)
    with qtbot.waitSignal(none.listed, timeout=500) as listed:
        none.request()
    assert listed.args == [[]]  # speech is off: "no voices" at once, the dialog keeps the default
