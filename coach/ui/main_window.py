"""The main window: home screen and player in one stack, plus window-wide keys.

Start-up is measured against a bare window (bench/startup.py), and PySide6
builds all of the ``Qt`` namespace's ~100 enums (about 15 ms) the first time
anything touches it, keyboard shortcuts included. So the modules on the way to
the first frame do not import ``Qt`` at the top, and the keys are added once
that frame is on screen (``first_frame_shown``), which no user can beat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from coach.core.advice.advice import advice_from_diary
from coach.core.diary import changes as kinds
from coach.core.diary.changes import DiaryChanges
from coach.core.diary.records import SessionRecord
from coach.core.errors import CoachError
from coach.core.plan.programme import routine_to_play
from coach.core.routines.routine import Routine
from coach.core.session.plan import build_plan, with_get_ready
from coach.ui.diary.actions import DiaryActions, DiaryHost
from coach.ui.help_menu import HelpMenu
from coach.ui.home.advice_panel import AdvicePanel
from coach.ui.home.home import HomePage
from coach.ui.outside_changes import OutsideChanges
from coach.ui.routine_folder import RoutineFolder
from coach.ui.runs import actions as runs_actions
from coach.ui.services import Services
from coach.ui.shell.window_geometry import WindowPlace
from coach.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from pathlib import Path

    from coach.ui.diary.writer import DiaryWriter
    from coach.ui.player.cue_player import QtCueOutput
    from coach.ui.player.player import PlayerPage
    from coach.ui.settings.settings_dialog import SettingsDialog
    from coach.ui.settings.voice_list import VoiceList


class MainWindow(QMainWindow):
    """Owns the pages; pages talk to it only through their signals."""

    # A DiaryChanges: what a write (or a change outside the app) touched. Each view
    # listening refreshes only if that is what it shows.
    diary_changed = Signal(object)
    first_frame_shown = Signal()  # home is on screen: keys and start-up questions may follow
    # Everything first_frame_shown starts is done: keys live, the single-instance
    # socket listening, the interrupted-session check made. What bench/startup.py
    # calls "usable"; app.run_app emits it (a test window has no socket to wait for).
    start_up_done = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.player: PlayerPage | None = None
        self._first_frame_pending = True
        self._cue_output: QtCueOutput | None = None  # one per app run, so "sound is off" is said once
        self._diary_writer: DiaryWriter | None = None  # the players' diary writes, off the GUI thread
        self.setWindowTitle("Prehab Coach")
        self.place = WindowPlace(self, "main-window", services.paths.window_places, QSize(1280, 800))
        services.notifier.parent_widget = self
        services.notifier.status.connect(self._show_status)  # a bound slot: gone with the window
        services.notifier.confirmed.connect(self._confirm)

        self.advice_panel = AdvicePanel()
        self.home = HomePage(services.catalog, self.advice_panel)
        self.home.play_requested.connect(self.play)
        self.routines = RoutineFolder(services, self.home, self)  # as they are in the folder, watched after start-up
        from coach.ui.plan.controls import install as install_plan  # the plan: panel, tray, export

        self.plan = install_plan(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.message_bar = MessageBar()  # in the layout, above the pages: it never covers the player
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.diary_changed.connect(self._diary_changed)
        # Writes from outside (see changeEvent) refresh home, except while the window is in the tray
        # or closing, or a session is on screen (the player owns it, and its end refreshes home).
        self.outside_changes = OutsideChanges(services, self.diary_changed.emit,
                                              lambda: self.isHidden() or self.player is not None, self)  # fmt: skip
        self.toolbar = self.addToolBar(self.tr("Diary"))
        self.toolbar.setObjectName("diary-toolbar")
        self.toolbar.setMovable(False)
        self.diary_actions = DiaryActions(DiaryHost(services, self, self.toolbar, self.diary_changed,
                                                    self.first_frame_shown, self.home.add_banner,
                                                    lambda parent: self.run_import.show_imports(parent)))  # fmt: skip
        self.run_import = runs_actions.install(self)  # File → Import runs…, and runs dropped on the window
        from coach.ui.library.actions import install as install_library  # Exercises → Exercise library (Ctrl+Shift+L)

        self.library = install_library(self)
        from coach.ui.home import routine_sharing  # Routines → Import routine…, Export routine…

        self.routine_sharing = routine_sharing.install(self)
        self.routine_offer: QDialog | None = None  # the last routine file offered
        from coach.ui.editor.actions import EditorHost, RoutineEditing  # Routines → New, Duplicate, Edit routine…

        self.routine_editing = RoutineEditing(EditorHost(services, self, self.library.load,
                                                         lambda routine: self.play_routine(routine, trial=True),
                                                         self.routines.reload))  # fmt: skip
        self.help_menu = HelpMenu(self, services.paths.root)
        from coach.ui.shell.colour_scheme import ColourScheme

        self.colour_scheme = ColourScheme(cast("QApplication", QApplication.instance()))
        self._apply_colours()
        self.settings_dialog: SettingsDialog | None = None
        self.voices: VoiceList | None = None  # the speech voices for Settings, asked for only when its list opens
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setObjectName("action-settings")
        self.settings_action.setToolTip(self.tr("Units, sound and voice, get-ready time, the diary's folder"))
        self.settings_action.triggered.connect(lambda _=False: self.open_settings())
        self.toolbar.addAction(self.settings_action)
        if (button := self.toolbar.widgetForAction(self.settings_action)) is not None:
            button.setAccessibleName(self.tr("Settings"))
        self.addAction(self.settings_action)  # its keys work during a session too, with the tool bar hidden
        self.first_frame_shown.connect(self._add_keys)
        self.after_start_up(self.routines.watch)
        self.after_start_up(self.outside_changes.start)
        self.refresh_advice()

    def after_start_up(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` once start-up is done and the event loop is free again: for work the
        user does not need to start using the window (the tray icon, the folder watches).
        ``first_frame_shown`` only starts a timer owned by the window, so ``start_up_done``
        (emitted by that same signal) is not held up, and nothing fires after the window is gone."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        self.first_frame_shown.connect(timer.start)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._first_frame_pending:
            self._first_frame_pending = False
            QTimer.singleShot(0, self.first_frame_shown.emit)  # once the children are painted too

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.place.shown()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _confirm(self, text: str) -> None:
        self.message_bar.show_message(text)

    def _add_keys(self) -> None:
        from PySide6.QtCore import Qt

        self.home.add_keys()
        self.help_menu.add_key()
        full_screen = QAction(self.tr("Full screen"), self)
        full_screen.setShortcut(QKeySequence(Qt.Key.Key_F11))
        full_screen.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        full_screen.triggered.connect(self.toggle_full_screen)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_asking)
        self.addActions([full_screen, quit_action])
        keys = [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        unique = {key.toString(): key for key in keys if not key.isEmpty()}
        self.settings_action.setShortcuts(list(unique.values()))
        native = self.settings_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.settings_action.setToolTip(self.tr("{what} ({keys})").format(what=self.settings_action.toolTip(), keys=native))

    def quit_asking(self) -> None:
        """Ctrl+Q: during a session, Esc's question first. (The close button, logging
        out and SIGTERM do not ask; they record the session as stopped.)"""
        if self.player is None or self.player.request_stop():
            self.close()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # Coming back to the window: the diary may have changed from the command
        # line, or the day may have turned since the advice was worked out.
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.outside_changes.look()

    def _diary_changed(self, changes: DiaryChanges) -> None:
        if changes:  # the advice reads all of pain, runs, sessions, shoes, units and the date
            self.refresh_advice()

    def refresh_advice(self) -> None:
        today = self.services.clock.now().date()
        units = self.services.settings.get("units")
        self.outside_changes.mark_seen()
        try:
            advice = advice_from_diary(self.services.diary, today, units)
            self.advice_panel.show_advice(advice)
            self.plan.refresh(advice)
        except CoachError as error:
            self.services.notifier.info(self.tr("Advice unavailable: {error}").format(error=error))

    # --- sessions ----------------------------------------------------------------

    def play(self, routine_id: str, resume: SessionRecord | None = None) -> None:
        """Open the player on a routine (from its start, or where ``resume`` left off)."""
        if self.player is not None:
            return
        routine = self.services.catalog.get(routine_id)
        if routine is None:
            self.services.notifier.error(self.tr("There is no routine called '{routine}'.").format(routine=routine_id))
            return
        routine = routine_to_play(routine, self.services.diary)  # the programme routine: this week's load
        self.play_routine(routine, resume)

    def play_routine(self, routine: Routine, resume: SessionRecord | None = None, *, trial: bool = False) -> None:
        """Play a routine itself (the editor's "Try it" plays a draft that is in no catalog, as a ``trial``:
        a try-out is not training, so no session is written to the diary)."""
        if self.player is not None:
            return
        try:
            routine = with_get_ready(routine, self.services.settings.get("get_ready_s"))
        except CoachError:
            pass  # an unreadable setting: the routine's own get-ready
        from coach.ui.player.player import PlayerPage

        start = 0
        if resume is not None:
            plan = build_plan(routine)
            start = plan.step_start(min(resume.position, len(plan.segments) - 1))
        self.player = PlayerPage(routine, self.services, start_position=start,
                                 session_id=resume.id if resume else None, cue_output=self._shared_cue_output(),
                                 voices=self.voice_list(), writer=self._shared_writer(), trial=trial)  # fmt: skip
        self.player.closed.connect(self._player_closed)
        self.player.settings_saved.connect(self._settings_saved)
        self.stack.addWidget(self.player)
        self.stack.setCurrentWidget(self.player)
        self.toolbar.hide()  # the mat is no place for the diary; it comes back after
        self.player.setFocus()
        self.player.begin()

    def _shared_cue_output(self) -> QtCueOutput:
        if self._cue_output is None:
            from coach.core.paths import assets_dir
            from coach.ui.player.cue_player import QtCueOutput

            self._cue_output = QtCueOutput(assets_dir() / "sounds", self.services.notifier, self,
                                           clock=self.services.clock)  # fmt: skip
            self._cue_output.set_language(self.services.context.language)  # a voice of the app's language speaks
            self._apply_voice()
        return self._cue_output

    def _apply_voice(self) -> None:
        """The voice chosen in Settings speaks (a setting that cannot be read keeps the default)."""
        if self._cue_output is None:
            return
        try:
            self._cue_output.set_voice(self.services.settings.get("voice_name"))
        except CoachError:
            self._cue_output.set_voice("")

    # --- settings and routines ----------------------------------------------------------

    def voice_list(self) -> VoiceList:
        """The speech voices, as a VoiceList; built on first use (a test may put a fake here first)."""
        if self.voices is None:
            from coach.ui.settings.voice_list import CueVoiceList

            self.voices = CueVoiceList(self._shared_cue_output, self)
        return self.voices

    def open_settings(self, page: str = "") -> None:
        """Ctrl+, (or Settings… on the tool bar): during a session, the player's own (it pauses first).
        ``page="plan"`` opens it on the Plan tab (Home's "Plan…")."""
        if self.player is not None:
            self.player.open_settings()
            return
        if self.settings_dialog is not None:
            if page == "plan" and self.settings_dialog.tabs is not None:
                self.settings_dialog.tabs.setCurrentIndex(1)
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from coach.core.session.cue_words import cue_words
        from coach.ui.player.cue_player import preview_cues
        from coach.ui.settings.settings_dialog import SettingsDialog
        from coach.ui.settings.values import load_values

        dialog = SettingsDialog(load_values(self.services.settings), self.services.paths.root, self.voice_list(), self,
                                plan=self.plan.settings_values(), start_on_plan=page == "plan")  # fmt: skip
        words = cue_words(self.services.context.language)  # the Test button speaks the app's language
        dialog.preview_requested.connect(lambda prefs: preview_cues(self._shared_cue_output(), prefs, words))
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, result: int) -> None:
        from coach.ui.settings.settings_dialog import SettingsDialog
        from coach.ui.settings.values import save_values

        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is None:
            return
        if result == SettingsDialog.DialogCode.Accepted:
            planned = self.plan.save_settings(dialog.plan_values())
            if save_values(dialog.values(), self.services.settings, self.services.notifier):
                self._settings_saved()  # which shows the new plan too
            elif planned:
                self.plan.refresh()
        dialog.deleteLater()

    def offer_routine_file(self, path: Path) -> QDialog:
        """A routine file someone sent (``coach open FILE``): shown, checked, offered for the user's routines."""
        from PySide6.QtCore import Qt

        from coach.core.routines import offer
        from coach.ui.home.routine_offer import RoutineOfferDialog

        if self.isMinimized():
            self.showNormal()
        dialog = RoutineOfferDialog(offer.inspect(path, self.services.paths.routines, self.services.catalog),
                                    self.services, self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        added = self.tr("Added to your routines ({file}): it is on home in a moment")
        dialog.added.connect(lambda target: self.services.notifier.confirm(added.format(file=target.name)))
        self.routine_offer = dialog
        dialog.open()
        return dialog

    def _apply_colours(self) -> None:
        try:
            self.colour_scheme.apply(str(self.services.settings.get("theme")))
        except CoachError:
            pass  # an unreadable setting: the system's colours

    def _settings_saved(self) -> None:
        """Distances show in the new units at once: advice here, History and Shoes when next shown."""
        self._apply_colours()
        self._apply_voice()
        self.run_import.folder_watch.start()  # a new watched folder (or none) is looked at now
        self.diary_changed.emit(kinds.SETTINGS)

    def _shared_writer(self) -> DiaryWriter:
        if self._diary_writer is None:
            from coach.ui.diary.writer import DiaryWriter

            self._diary_writer = DiaryWriter(self.services.diary)
        return self._diary_writer

    def _player_closed(self) -> None:
        player, self.player = self.player, None
        if player is None:
            return
        self.stack.setCurrentWidget(self.home)
        self.toolbar.show()
        self.stack.removeWidget(player)
        player.deleteLater()
        self.diary_changed.emit(kinds.PLAYER)
        if self._diary_writer is not None and self._diary_writer.outstanding:  # the last writes land soon
            self._diary_writer.after_pending(self, lambda: self.diary_changed.emit(kinds.PLAYER))
        if self.isFullScreen():
            self.showNormal()

    def offer_interrupted(self) -> None:
        """At start: a session a crash cut short can be resumed or kept as partial."""
        from coach.ui.interrupted_offer import InterruptedOffer

        if InterruptedOffer(self.services, self.play).ask():
            self.diary_changed.emit(kinds.SESSIONS)

    # --- closing -----------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.plan.hide_instead_of_close(event):
            return
        self.outside_changes.stop()  # the diary closes after this window
        # Closing mid-session records it as stopped with the steps done; never half-written.
        if self.player is not None:
            self.player.shutdown()
        self.run_import.shutdown()
        if self._diary_writer is not None:  # a player that just closed may still have writes on their way
            from coach.ui.player.session_log import FLUSH_AT_EXIT_S

            self._diary_writer.flush(FLUSH_AT_EXIT_S)
        self.place.save()
        history = self.diary_actions.history
        if history is not None and history.isVisible():
            history.place.save()
        event.accept()
