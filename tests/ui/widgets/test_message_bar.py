"""Confirmations that matter appear in the window, not only in a status bar that may be off-screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt

from coach.core.paths import assets_dir
from coach.ui.main_window import MainWindow
from coach.ui.player.cue_player import QtCueOutput, RecordingCueOutput
from coach.ui.widgets.message_bar import SHOWN_MS, MessageBar


def _rect_in(window, widget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _shown_window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 560)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_confirmation_shows_in_the_window_and_goes_after_its_time(qtbot, services):
    window = _shown_window(qtbot, services)
    assert not window.message_bar.isVisible()
    services.notifier.confirm("Saved the clinician report to /tmp/knee.pdf.")
    bar = window.message_bar
    qtbot.waitUntil(bar.isVisible)
    assert bar.text() == "Saved the clinician report to /tmp/knee.pdf."
    assert window.rect().contains(_rect_in(window, bar))
    assert window.statusBar().currentMessage() == bar.text()  # the status bar keeps it too
    assert bar.timer.isActive() and bar.timer.interval() == SHOWN_MS
    bar.timer.timeout.emit()  # the time is up
    assert not bar.isVisible() and bar.text() == ""


def test_the_bar_goes_by_itself(qtbot):
    bar = MessageBar(shown_ms=50)
    qtbot.addWidget(bar)
    bar.show_message("Imported 3 runs.")
    assert bar.isVisible()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)


def test_a_click_dismisses_it(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("Imported 3 runs.")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_quiet_information_stays_in_the_status_bar(qtbot, services):
    window = _shown_window(qtbot, services)
    services.notifier.info("Advice unavailable: the diary is locked")
    assert not window.message_bar.isVisible()
    assert window.statusBar().currentMessage().startswith("Advice unavailable")


def test_the_report_saved_message_is_a_confirmation(qtbot, services, tmp_path):
    window = _shown_window(qtbot, services)
    assert window.diary_actions.save_report(tmp_path / "knee.pdf")
    assert services.notifier.confirmations == [f"Saved the clinician report to {tmp_path / 'knee.pdf'}."]
    assert window.message_bar.isVisible()


def test_the_bar_does_not_cover_the_players_countdown_or_controls(qtbot, services):
    window = _shown_window(qtbot, services)
    window._cue_output = RecordingCueOutput()
    window.play("tiny-test")
    player = window.player
    services.notifier.confirm("Sound is off: no audio device.")
    qtbot.waitUntil(window.message_bar.isVisible)
    bar = _rect_in(window, window.message_bar)
    for widget in (player.view.digits, player.knee_button, player.pause_button, player.stop_button):
        assert widget.isVisible()
        assert not bar.intersects(_rect_in(window, widget)), widget.objectName()
        assert window.rect().contains(_rect_in(window, widget))
    player.shutdown()


def test_speech_missing_is_said_once_per_app_run_not_every_session(qtbot, services, monkeypatch):
    def no_speech(broke):
        raise RuntimeError("no speech engine")

    def silent_sound(sounds_dir: Path, broke):
        from tests.ui.cue_fakes import RecordingSound

        return RecordingSound()

    window = _shown_window(qtbot, services)
    window._cue_output = QtCueOutput(assets_dir() / "sounds", services.notifier, window, clock=services.clock,
                                     speech_engine=no_speech, sound_engine=silent_sound)  # fmt: skip
    for _ in range(3):
        window.play("tiny-test")
        window._cue_output.prepare(True, True)
        qtbot.waitUntil(lambda: window._cue_output.voice_off_reason != "")
        window.player.shutdown()
        window._player_closed()
    said = [t for t in services.notifier.confirmations if t.startswith("Spoken announcements are off")]
    assert len(said) == 1
    assert window.message_bar.text().startswith("Spoken announcements are off")
    window._cue_output.close()
