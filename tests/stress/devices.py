"""Players built inside a test process make no sound and touch no screen saver."""

from __future__ import annotations


def quiet_devices(monkeypatch) -> None:
    """Players built in process beep and speak into recorders, and inhibit no screen saver."""
    from coach.ui.player import cue_player, player
    from coach.ui.player.cue_player import RecordingCueOutput
    from coach.ui.shell.screensaver import RecordingInhibitor

    for module in (player, cue_player):  # the main window builds its shared output from cue_player
        monkeypatch.setattr(module, "QtCueOutput", lambda *args, **kwargs: RecordingCueOutput())
    monkeypatch.setattr(player, "ScreenSaverInhibitor", lambda *args, **kwargs: RecordingInhibitor())
