"""The session player page: a routine played hands-free, controlled with single keys.

Wiring only. The engine (``coach.core.session.session``) owns time, the runner owns the
timer, the view paints, :class:`Cues` makes the sounds, :class:`SessionLog`
writes the diary row. Keys: Space pause/resume, → skip, ← back, Esc stop (asks
first), K knee hurts, S sound settings, Enter back to routines on the done
screen. F11 belongs to the main window.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from coach.core.diary.records import PainEntry
from coach.core.errors import CoachError
from coach.core.paths import assets_dir
from coach.core.routines.routine import Routine
from coach.core.session.cue_words import cue_words
from coach.core.session.plan import build_plan
from coach.core.session.session import Cue, CueKind, Session, State
from coach.ui.diary.quick_pain import QuickPainDialog
from coach.ui.diary.writer import DiaryWriter
from coach.ui.player.cue_player import CueOutput, CuePrefs, Cues, QtCueOutput
from coach.ui.player.done_view import DoneView
from coach.ui.player.player_view import PlayerView
from coach.ui.player.session_log import SessionLog
from coach.ui.player.session_runner import SessionRunner
from coach.ui.services import Services
from coach.ui.settings.settings_dialog import SettingsDialog
from coach.ui.settings.values import load_values, save_values
from coach.ui.shell import theme
from coach.ui.shell.screensaver import Inhibitor, ScreenSaverInhibitor

PAIN_MOMENT = "during-routine"
PAGE_MIN_SIZE = QSize(640, 400)
CONTROL_MAX_PX, CONTROL_MIN_PX = 22, 13  # the control row's text: 22 px at 1240 px wide, never below 13
FOCUS_RING = theme.focus_ring()


class PlayerPage(QWidget):
    """Plays one routine. Build, connect ``closed`` and ``diary_changed``, then call :meth:`begin`."""

    closed = Signal()  # the user left the player (done screen, stop, or after the pain rating)
    diary_changed = Signal()
    settings_saved = Signal()  # units and the rest may have changed: the window shows them anew

    def __init__(self, routine: Routine, services: Services, start_position: int = 0, session_id: int | None = None,
                 *, cue_output: CueOutput | None = None, inhibitor: Inhibitor | None = None,
                 voices=None, writer: DiaryWriter | None = None, trial: bool = False,
                 parent: QWidget | None = None):  # fmt: skip
        """``trial``: a try-out of a routine being edited; it is played, never written into the diary."""
        super().__init__(parent)
        self.trial = trial
        self.setObjectName("player")
        self.setAccessibleName(self.tr("Playing {routine}").format(routine=routine.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.routine = routine
        self.services = services
        self.plan = build_plan(routine, cue_words(services.context.language))
        self.session = Session(self.plan, services.clock, start_position=start_position)
        self.runner = SessionRunner(self.session, self)
        self.log = SessionLog(services.diary, services.clock, self.plan, session_id, self, writer=writer,
                              record=not trial)  # fmt: skip
        if cue_output is None:
            cue_output = QtCueOutput(assets_dir() / "sounds", services.notifier, self, clock=services.clock)
            cue_output.set_language(services.context.language)
        self.cue_output = cue_output
        self.cues = Cues(self.cue_output, self.plan, self._load_prefs())
        self.inhibitor = inhibitor if inhibitor is not None else ScreenSaverInhibitor()
        self.pain_dialog: QuickPainDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.voices = voices  # a VoiceList for the Settings dialog, or None
        self.begun = False
        self._began_at = 0.0
        self._storage_errors = 0
        self._resume_after_dialog = False
        self._segments_started = 0

        self.view = PlayerView()
        self.done_view = DoneView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.done_view)
        self._build_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self.controls)
        self._build_keys()
        # An explicit minimum: the layout's own would be that of the first, full-size fonts, which
        # resizeEvent shrinks to fit; a laptop's 1024×600 (or 800×480) is room enough.
        self.setMinimumSize(PAGE_MIN_SIZE)
        for page in (self.view, self.done_view):
            page.setMinimumSize(1, 1)

        self.runner.cue.connect(self._on_cue)
        self.runner.updated.connect(self._refresh)
        self.log.written.connect(self.diary_changed)
        self.log.failed.connect(self._storage_failed, Qt.ConnectionType.QueuedConnection)
        self.done_view.back_button.clicked.connect(self.back_to_routines)
        self.done_view.ratings.bind(self.log)
        self.view.show_session(self.session)

    @property
    def timer(self) -> QTimer:
        """The runner's timer: tests fire ``timer.timeout.emit()`` after advancing the fake clock."""
        return self.runner.timer

    # --- building ---------------------------------------------------------------------

    def _button(self, name: str, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not move focus off the page
        button.setAutoDefault(True)  # Enter presses the focused button
        button.setMinimumHeight(60)
        button.clicked.connect(slot)
        font = button.font()
        font.setPixelSize(round(CONTROL_MAX_PX * theme.text_factor()))
        font.setBold(True)
        button.setFont(font)
        return button

    def _build_controls(self) -> None:
        self.pause_button = self._button("pause", self.tr("Pause  (Space)"), self.tr("Pause or resume"), self.toggle_pause)
        self.back_button = self._button("back", self.tr("←  Back"), self.tr("Back to the start of this segment"), self.back)
        self.skip_button = self._button("skip", self.tr("Skip  →"), self.tr("Skip to the next segment"), self.skip)
        self.settings_button = self._button("settings", self.tr("Sound  (S)"), self.tr("Sound and voice settings"),
                                            self.open_settings)
        self.stop_button = self._button("stop", self.tr("Stop  (Esc)"), self.tr("Stop the session"), self.request_stop)
        self.knee_button = self._button("knee-hurts", self.tr("Knee hurts  (K)"), self.tr("Knee hurts: stop and rate the pain"),
                                        self.knee_hurts)  # fmt: skip
        self.knee_button.setStyleSheet(
            f"QPushButton {{ background: {theme.DANGER}; color: white; border-radius: 10px; padding: 0 16px; }}"
            + theme.focus_ring(width=4)
        )
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(24, 0, 24, 0)
        self.controls.setSpacing(12)
        for button in (self.pause_button, self.back_button, self.skip_button, self.settings_button, self.stop_button):
            button.setStyleSheet(FOCUS_RING)
            self.controls.addWidget(button)
        self.controls.addStretch(1)
        self.controls.addWidget(self.knee_button)
        self.session_buttons = (self.pause_button, self.back_button, self.skip_button, self.stop_button)

    def _build_keys(self) -> None:
        # Window shortcuts: they work whatever has focus on this page, and not while a dialog is up.
        self.shortcuts: dict[str, QShortcut] = {}
        keys = {
            "pause": (Qt.Key.Key_Space, self.toggle_pause),
            "skip": (Qt.Key.Key_Right, self.skip),
            "back": (Qt.Key.Key_Left, self.back),
            "stop": (Qt.Key.Key_Escape, self._escape),
            "knee": (Qt.Key.Key_K, self.knee_hurts),
            "settings": (Qt.Key.Key_S, self.open_settings),
            "return": (Qt.Key.Key_Return, self._enter),
            "enter": (Qt.Key.Key_Enter, self._enter),
        }
        for name, (key, slot) in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut

    # --- lifecycle ----------------------------------------------------------------------

    def begin(self) -> None:
        """Show the caution, write (or reuse) the session row, load the cues and start."""
        if self.begun:
            return
        self.begun = True
        self._began_at = self.services.clock.monotonic()
        self.view.set_caution(self.routine.caution)
        self.log.open()
        self.cues.prepare()
        self.runner.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The control row shrinks with the window so that every button, Knee hurts above all, stays on screen."""
        super().resizeEvent(event)
        width, height = event.size().width(), event.size().height()
        largest = round(CONTROL_MAX_PX * theme.text_factor())  # the user's text size, then as fits the width
        pixels = max(CONTROL_MIN_PX, min(largest, round(largest * width / 1240)))
        tall = max(40, min(60, round(height / 12)))
        margin = 24 if width >= 1000 else 8
        self.controls.setContentsMargins(margin, 0, margin, 0)
        self.controls.setSpacing(12 if width >= 1000 else 6)
        buttons = (*self.session_buttons, self.settings_button, self.knee_button)
        for button in buttons:
            button.setMinimumHeight(tall)
        spacing = self.controls.spacing() * (len(buttons) - 1) + 2 * margin
        while True:  # smaller still where the words are longer than English's (German's "Leertaste")
            for button in buttons:
                if button.font().pixelSize() != pixels:
                    font = button.font()
                    font.setPixelSize(pixels)
                    button.setFont(font)
            needed = spacing + sum(b.sizeHint().width() for b in buttons if not b.isHidden())
            if needed <= width or pixels <= CONTROL_MIN_PX:
                break
            pixels -= 1

    def shutdown(self) -> None:
        """The window is closing: record the session as stopped (or leave it completed). Idempotent."""
        self.runner.halt()
        if self.begun and not self.session.is_over:
            self.runner.stop("stopped")
        elif self.begun:
            self.log.leave(self.session)
        if self.begun:
            self.log.flush()  # the window is going: the last write lands first (bounded; a hung disk is left)
        self.runner.halt()
        self.inhibitor.release()
        self.cue_output.stop()
        for dialog in (self.pain_dialog, self.settings_dialog):
            if dialog is not None:
                dialog.finished.disconnect()  # closing the window is not an answer
                dialog.reject()
        self.pain_dialog = self.settings_dialog = None

    # --- controls -----------------------------------------------------------------------

    def _playing(self) -> bool:
        return self.begun and not self.session.is_over and self._no_dialog()

    def _no_dialog(self) -> bool:
        return self.pain_dialog is None and self.settings_dialog is None

    def toggle_pause(self) -> None:
        if self._playing():
            self.runner.toggle_pause()

    def skip(self) -> None:
        if self._playing():
            self.runner.skip()

    def back(self) -> None:
        if self._playing():
            self.runner.back()

    def request_stop(self) -> bool:
        """Esc: ask first, in big type (pausing meanwhile): Enter stops, Esc again keeps going,
        through the resume countdown.

        True when nothing is left running: stopped now, or not playing at all."""
        if not self._playing():
            return True
        was_moving = self.session.state in (State.RUNNING, State.RESUMING)
        if was_moving:
            self.runner.pause()
        total = self.plan.steps_total
        if self.trial:
            question = self.tr("Stop trying {routine}? A try-out is not written to your diary.").format(
                routine=self.routine.title)
        else:
            question = self.tr("Stop {routine}? It is saved as stopped after {done} of %n exercise(s).", "", total).format(
                routine=self.routine.title, done=self.session.steps_done)
        if self.services.notifier.ask(question, yes=self.tr("Stop"), no=self.tr("Keep going"), big=True):
            if not self.session.is_over:
                self.runner.stop("stopped")
            self.closed.emit()
            return True
        if was_moving:
            self.runner.resume()
        return False

    def knee_hurts(self) -> None:
        """Stop at once as stopped-for-pain, record it, and ask for a quick 0–10 per knee."""
        if not self.begun or not self._no_dialog():
            return
        if self.session.is_over:
            heading = self.tr("How much does each knee hurt?")  # the session ended as it was; nothing was stopped
        else:
            self.runner.stop("stopped-for-pain")
            heading = self.tr("Session stopped. How much does each knee hurt?")
        dialog = QuickPainDialog(self, heading=heading)
        dialog.finished.connect(self._pain_rated)
        self.pain_dialog = dialog
        dialog.open()

    def _pain_rated(self, result: int) -> None:
        dialog, self.pain_dialog = self.pain_dialog, None
        if dialog is None:
            return
        if result == QuickPainDialog.DialogCode.Accepted:
            left, right = dialog.rating()
            entry = PainEntry(self.services.clock.now(), PAIN_MOMENT, left, right)
            notifier = self.services.notifier  # outlives this page, which may be gone when the write lands

            # Both texts asked for now: the page may be gone when the write lands.
            saved, failed = self.tr("Saved the knee rating."), self.tr("The pain rating could not be saved: {reason}")

            def landed(_id: int) -> None:
                notifier.confirm(saved)
                if shiboken6.isValid(self):  # once the page is gone, the main window refreshes after the last write
                    self.diary_changed.emit()

            self.log.write(lambda diary: diary.add_pain(entry), landed,
                           lambda reason: notifier.error(failed.format(reason=reason)),
                           receiver=notifier)  # fmt: skip
        dialog.deleteLater()
        if self.session.state != State.FINISHED:  # completed or partial: the done screen stays
            self.closed.emit()

    def open_settings(self) -> None:
        """S: the Settings dialog, on its sound part. A running session pauses and carries on afterwards."""
        if not self._no_dialog():
            return
        self._resume_after_dialog = self.session.state in (State.RUNNING, State.RESUMING)
        if self._resume_after_dialog:
            self.runner.pause()
        values = load_values(self.services.settings)
        values = replace(values, cues=self.cues.prefs)  # the rest as saved (the watched folder, colours, language)
        dialog = SettingsDialog(values, self.services.paths.root, self.voices, self, start_on_sound=True)
        dialog.preview_requested.connect(self._preview)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _preview(self, prefs: CuePrefs) -> None:
        saved = self.cues.prefs
        self.cues.set_prefs(prefs)
        self.cues.preview()
        self.cues.set_prefs(saved)

    def _settings_closed(self, result: int) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is None:
            return
        if result == SettingsDialog.DialogCode.Accepted:
            values = dialog.values()
            self.cues.set_prefs(values.cues)
            if save_values(values, self.services.settings, self.services.notifier):
                self.settings_saved.emit()
        dialog.deleteLater()
        if self._resume_after_dialog and self.session.state == State.PAUSED:
            self.runner.resume()
        self._resume_after_dialog = False

    def back_to_routines(self) -> None:
        if self.session.is_over and self._no_dialog():
            self.closed.emit()

    def _escape(self) -> None:
        if self.session.state == State.FINISHED:
            self.back_to_routines()
        else:
            self.request_stop()

    def _enter(self) -> None:
        if self.session.state == State.FINISHED:
            self.back_to_routines()
        else:
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isVisible():
                focused.click()

    # --- engine events ------------------------------------------------------------------

    def _on_cue(self, cue: Cue) -> None:
        self.cues.handle(cue)
        self.log.heard(cue, self.session)
        if cue.kind == CueKind.SEGMENT:
            self._segments_started += 1
            if self._segments_started > 1:
                self.view.set_caution("")  # the caution belongs to the start only
        elif cue.kind == CueKind.DONE:
            self._show_done()

    def _refresh(self) -> None:
        if self.session.state != State.FINISHED:
            self.view.show_session(self.session)
        paused = self.session.state == State.PAUSED
        self.pause_button.setText(self.tr("Resume  (Space)") if paused else self.tr("Pause  (Space)"))
        should_inhibit = self.begun and self.session.state in (State.RUNNING, State.RESUMING)
        if should_inhibit != self.inhibitor.active:
            self.inhibitor.inhibit() if should_inhibit else self.inhibitor.release()

    def _show_done(self) -> None:
        seconds = self.services.clock.monotonic() - self._began_at
        done, total = self.session.steps_trained, self.plan.steps_total
        partial = self.session.outcome == "partial"
        title = self.tr("Finished") if partial else self.tr("Well done!")
        self.done_view.show_result(title, self.routine.title, done, total, seconds,
                                   skipped=self.session.skipped_steps(), partial=partial)  # fmt: skip
        if self.trial:  # nothing to rate: the try-out is in no diary
            self.done_view.ratings.hide()
            self.done_view.notes.setText("\n".join(filter(None, (self.done_view.notes.text(),
                                         self.tr("A try-out: nothing was written to your diary.")))))  # fmt: skip
            self.done_view.notes.show()
        self.pages.setCurrentWidget(self.done_view)
        for button in self.session_buttons + (self.settings_button,):
            button.hide()
        self.knee_button.setText(self.tr("Knee hurts?  (K)"))
        self.done_view.back_button.setFocus()

    def _storage_failed(self, reason: str) -> None:
        """The first fault of a session is shown; later ones go to the status bar, so the session keeps playing."""
        self._storage_errors += 1
        text = self.tr("The diary could not be updated: {reason}. The session carries on.").format(reason=reason)
        if self._storage_errors == 1:
            self.services.notifier.error(text)
        else:
            self.services.notifier.info(text)

    def _load_prefs(self) -> CuePrefs:
        try:
            return CuePrefs.load(self.services.settings)
        except CoachError:
            return CuePrefs()
