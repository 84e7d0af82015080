"""Settings (Ctrl+,): what it holds, that it persists, that distances follow the units,
and that a routine file dropped into the routines folder shows up on home."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel

from coach.core.diary.changes import DiaryChanges
from coach.core.diary.records import Run
from coach.core.session.session import State
from coach.ui.main_window import MainWindow
from coach.ui.settings.settings_dialog import SettingsDialog
from coach.ui.settings.values import SettingsValues
from coach.ui.settings.voice_list import FixedVoiceList
from tests.ui.conftest import TINY_ROUTINE

# An offscreen platform cannot raise a popup or grab the keyboard for it; the list opens all the same.
POPUP_WARNINGS = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
BUILTIN_IDS = ["pre-run-warm-up", "post-run-cool-down", "knee-strength", "sore-knee-care"]


@pytest.fixture(autouse=True)
def recording_devices(monkeypatch, cue_output, inhibitor):
    """MainWindow builds its own players and cue output: recording ones, no sound device, no D-Bus."""
    import coach.ui.player.cue_player as cue_player_module
    import coach.ui.player.player as player_module

    monkeypatch.setattr(cue_player_module, "QtCueOutput", lambda *args, **kwargs: cue_output)
    monkeypatch.setattr(player_module, "ScreenSaverInhibitor", lambda *args, **kwargs: inhibitor)


@pytest.fixture
def window(qtbot, services):
    window = MainWindow(services)
    window.voices = FixedVoiceList(["Alba", "Brian"], window)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_frame_shown):
        window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    if window.player is not None:
        window.player.shutdown()


def open_dialog(qtbot, window) -> SettingsDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


# --- opening it ---------------------------------------------------------------------------


def test_ctrl_comma_opens_settings_and_the_tool_bar_names_it(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.isVisible() and dialog.windowTitle().startswith("Settings")
    assert "Ctrl+," in window.settings_action.toolTip()
    assert window.settings_action in window.toolbar.actions()
    dialog.reject()
    assert window.settings_dialog is None


def test_the_dialog_shows_the_saved_values_and_the_diary_folder(qtbot, window, services):
    services.settings.set("units", "mi")
    services.settings.set("get_ready_s", 12)
    dialog = open_dialog(qtbot, window)
    assert dialog.units_buttons.checkedButton().objectName() == "units-mi"
    assert dialog.get_ready.value() == 12
    assert dialog.folder.text() == str(services.paths.root) and dialog.folder.isReadOnly()
    assert dialog.values() == SettingsValues("mi", dialog.prefs(), "", 12, "", "system")
    dialog.reject()


def test_saving_persists_every_setting_through_the_settings_object(qtbot, window, services):
    dialog = open_dialog(qtbot, window)
    dialog.findChild(type(dialog.sound), "sound-on")  # same widgets the player's S shows
    qtbot.mouseClick(dialog.findChild(type(dialog.units_buttons.buttons()[0]), "units-mi"), Qt.MouseButton.LeftButton)
    dialog.sound.setChecked(False)
    dialog.volume.setValue(55)
    dialog.get_ready.setValue(15)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert window.settings_dialog is None
    assert services.settings.get("units") == "mi"
    assert services.settings.get("sound_on") is False and services.settings.get("voice_on") is True
    assert services.settings.get("cue_volume") == pytest.approx(0.55)
    assert services.settings.get("get_ready_s") == 15
    again = open_dialog(qtbot, window)
    assert again.units_buttons.checkedButton().objectName() == "units-mi"
    assert not again.sound.isChecked() and again.volume.value() == 55 and again.get_ready.value() == 15
    again.reject()


def test_escape_changes_nothing(qtbot, window, services):
    dialog = open_dialog(qtbot, window)
    dialog.findChild(type(dialog.units_buttons.buttons()[0]), "units-mi").setChecked(True)
    dialog.voice.setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert services.settings.get("units") == "km" and services.settings.get("voice_on") is True


def test_the_lowest_get_ready_means_each_routines_own(qtbot, window, services):
    services.settings.set("get_ready_s", 12)
    dialog = open_dialog(qtbot, window)
    dialog.get_ready.setValue(dialog.get_ready.minimum())
    assert dialog.get_ready.text() == "As each routine says"
    dialog.accept()
    assert services.settings.get("get_ready_s") == 0


def test_a_storage_fault_is_reported_not_raised(qtbot, window, services, monkeypatch):
    from coach.core.errors import StorageError

    def broken(key, value):
        raise StorageError("the disk is full")

    dialog = open_dialog(qtbot, window)
    monkeypatch.setattr(services.settings, "set", broken)
    dialog.accept()
    assert services.notifier.errors == ["The settings could not be saved: the disk is full"]


# --- voices and the folder -------------------------------------------------------------------


@POPUP_WARNINGS
def test_voices_are_listed_only_when_the_list_opens_and_the_choice_is_saved(qtbot, window, services):
    dialog = open_dialog(qtbot, window)
    assert window.voices.requests == 0  # opening Settings asked no speech engine anything
    assert [dialog.voice_choice.itemText(i) for i in range(dialog.voice_choice.count())] == ["System default"]
    dialog.voice_choice.showPopup()
    qtbot.waitUntil(lambda: dialog.voice_choice.count() == 3, timeout=2000)
    dialog.voice_choice.hidePopup()
    dialog.voice_choice.setCurrentIndex(dialog.voice_choice.findText("Brian"))
    dialog.accept()
    assert services.settings.get("voice_name") == "Brian"
    again = open_dialog(qtbot, window)
    assert again.voice_choice.currentText() == "Brian"  # kept before any list is asked for
    again.reject()


@POPUP_WARNINGS
def test_the_saved_voice_is_the_one_that_speaks(qtbot, window, services, cue_output):
    services.settings.set("voice_name", "Alba")
    window.play("tiny-test")  # the first session builds the cue output with the saved voice
    assert cue_output.voice == "Alba"
    window.player.open_settings()
    dialog = window.player.settings_dialog
    dialog.voice_choice.showPopup()
    qtbot.waitUntil(lambda: dialog.voice_choice.count() == 3, timeout=2000)
    dialog.voice_choice.hidePopup()
    dialog.voice_choice.setCurrentIndex(dialog.voice_choice.findText("Brian"))
    dialog.accept()
    assert cue_output.voice == "Brian"  # changed in Settings: the next cue is in the new voice


@POPUP_WARNINGS
def test_no_voices_at_all_is_said_and_the_default_stays(qtbot, window):
    window.voices = FixedVoiceList([], window)
    dialog = open_dialog(qtbot, window)
    dialog.voice_choice.showPopup()
    qtbot.waitUntil(lambda: dialog.voice_note.isVisibleTo(dialog), timeout=2000)
    dialog.voice_choice.hidePopup()
    assert "system's default voice" in dialog.voice_note.text()
    assert dialog.values().voice_name == ""
    dialog.reject()


def test_the_voice_choice_follows_the_voice_switch(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.voice.setChecked(False)
    assert not dialog.voice_choice.isEnabled()
    dialog.voice.setChecked(True)
    assert dialog.voice_choice.isEnabled()
    dialog.reject()


def test_open_folder_asks_for_the_local_folder(qtbot, window, services):
    dialog = open_dialog(qtbot, window)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(services.paths.root))] and opened[0].isLocalFile()
    dialog.open_url = lambda url: False
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_note.isVisibleTo(dialog) and str(services.paths.root) in dialog.folder_note.text()
    dialog.reject()


def test_try_it_plays_with_the_values_shown(qtbot, window, cue_output):
    dialog = open_dialog(qtbot, window)
    dialog.voice.setChecked(False)
    dialog.volume.setValue(30)
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    assert cue_output.events == [("sound", "go")] and cue_output.volume == pytest.approx(0.3)
    dialog.reject()


def test_the_dialog_fits_an_800_by_480_screen(qtbot, window):
    dialog = open_dialog(qtbot, window)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 480, hint
    dialog.resize(800, 480)
    for button in (dialog.save_button, dialog.cancel_button, dialog.try_button):
        assert dialog.rect().contains(button.geometry()), button.text()
    dialog.reject()


# --- what changing it changes ---------------------------------------------------------------


def test_new_units_show_in_history_and_the_entry_form(qtbot, window, services, diary, fake_clock):
    diary.add_run(Run(datetime(2026, 1, 5, 18, 0), 10.0))
    window.diary_changed.emit(DiaryChanges.everything())
    history = window.diary_actions.open_history()
    qtbot.waitUntil(lambda: history.loaded)  # read off the GUI thread
    assert history.model.data(history.model.index(0, 1)) == "Run 10.0 km"
    window.activateWindow()  # History took the keys meanwhile; Ctrl+, is the main window's
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_dialog(qtbot, window)
    dialog.findChild(type(dialog.units_buttons.buttons()[0]), "units-mi").setChecked(True)
    dialog.accept()
    shown = window.diary_actions.history
    assert shown is not history and shown.isVisible()  # rebuilt in place, still open
    qtbot.waitUntil(lambda: shown.loaded)
    assert shown.model.data(shown.model.index(0, 1)) == "Run 6.2 mi"
    form = window.diary_actions.open_entry_form()
    labels = [label.text() for label in form.findChildren(QLabel)]
    assert "&Distance (mi)" in labels, labels
    form.close()


def test_get_ready_applies_to_sessions_started_afterwards(qtbot, window, services):
    services.settings.set("get_ready_s", 12)
    window.play("knee-strength")
    first = window.player.plan.segments[0]
    assert first.kind == "get-ready" and first.duration_s == 12
    assert services.catalog.get("knee-strength").get_ready_s == 10  # the routine itself is unchanged


def test_ctrl_comma_during_a_session_opens_the_players_settings_paused(qtbot, window):
    window.play("tiny-test")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(player.settings_dialog, SettingsDialog) and window.settings_dialog is None
    assert player.session.state == State.PAUSED
    assert player.settings_dialog.sound.hasFocus() or player.settings_dialog.focusWidget() is player.settings_dialog.sound
    player.settings_dialog.reject()


def test_the_players_settings_save_units_too(qtbot, window, services):
    window.play("tiny-test")
    window.player.open_settings()
    dialog = window.player.settings_dialog
    dialog.findChild(type(dialog.units_buttons.buttons()[0]), "units-mi").setChecked(True)
    dialog.accept()
    assert services.settings.get("units") == "mi"


# --- the routines folder ------------------------------------------------------------------------

NEW_ROUTINE = TINY_ROUTINE.replace("id: tiny-test", "id: a-new-one").replace("title: Tiny test", "title: A new one")


def test_a_routine_dropped_in_shows_up_without_a_restart(qtbot, window, services):
    assert window.routines.watcher is not None
    (services.paths.routines / "a-new-one.yaml").write_text(NEW_ROUTINE, encoding="utf-8")
    qtbot.waitUntil(lambda: "a-new-one" in window.home.cards, timeout=5000)  # the real watcher, debounced
    assert services.catalog.get("a-new-one") is not None
    window.home.cards["a-new-one"].start_button.click()
    assert window.player is not None and window.player.routine.id == "a-new-one"


def test_adding_a_user_routine_never_renumbers_the_builtins(qtbot, window, services):
    before = [window.home.routine_for_key(n) for n in range(1, 10)]
    assert before[:5] == BUILTIN_IDS + ["tiny-test"]
    (services.paths.routines / "a-new-one.yaml").write_text(NEW_ROUTINE.replace("focus: strength", "focus: warm-up"),
                                                           encoding="utf-8")  # fmt: skip
    window.routines.watcher.reload()  # what the debounce timer calls
    after = [window.home.routine_for_key(n) for n in range(1, 10)]
    assert after[:4] == BUILTIN_IDS  # a warm-up titled "A…" still comes after every built-in
    assert after[4:6] == ["a-new-one", "tiny-test"]  # the user's own by title
    assert window.home.cards["knee-strength"].start_button.text().startswith("&3")
    started = []
    window.home.play_requested.connect(started.append)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_5)
    assert started == ["a-new-one"]


def test_a_broken_file_dropped_in_is_listed_not_a_crash(qtbot, window, services):
    (services.paths.routines / "oops.yaml").write_text("id: oops\ntitle: Oops\n", encoding="utf-8")
    window.routines.watcher.reload()
    assert window.home.broken_list is not None
    texts = [label.text() for label in window.home.broken_list.findChildren(QLabel)]
    assert texts[0] == "1 routine file could not be loaded"
    assert list(window.home.cards)[:4] == BUILTIN_IDS


def test_a_removed_file_goes_and_an_unchanged_folder_rebuilds_nothing(qtbot, window, services):
    card = window.home.cards["tiny-test"]
    window.routines.watcher.reload()
    assert window.home.cards["tiny-test"] is card  # nothing changed: the same widgets
    (services.paths.routines / "tiny-test.yaml").unlink()
    window.routines.watcher.reload()
    assert "tiny-test" not in window.home.cards and services.catalog.get("tiny-test") is None


def test_the_watched_folder_is_chosen_in_settings_and_looked_at_on_save(qtbot, window, services, tmp_path):
    from tests.runs_fixtures.fit_writer import garmin_run

    sync = tmp_path / "sync"
    sync.mkdir()
    (sync / "a.fit").write_bytes(garmin_run(datetime(2026, 11, 20, 6, 30, tzinfo=UTC), 10, 50))
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    dialog = open_dialog(qtbot, window)
    assert dialog.watch_folder.text() == "" and not dialog.stop_watch_button.isEnabled()
    asked = []
    dialog.choose_directory = lambda start: asked.append(start) or str(sync)
    qtbot.mouseClick(dialog.choose_watch_button, Qt.MouseButton.LeftButton)
    assert asked == [str(Path.home())] and dialog.watch_folder.text() == str(sync)
    watch = window.run_import.folder_watch
    with qtbot.waitSignal(watch.counted, timeout=10_000) as counted:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert services.settings.get("runs.watch_folder") == str(sync) and counted.args == [1]
    assert watch.banner.text.text() == "1 new run from your watch"
    window.open_settings()
    again = window.settings_dialog
    assert again is not None and again.watch_folder.text() == str(sync)
    qtbot.mouseClick(again.stop_watch_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(watch.counted) as counted:
        qtbot.keyClick(again, Qt.Key.Key_Return)
    assert services.settings.get("runs.watch_folder") == "" and counted.args == [0] and watch.banner.isHidden()
