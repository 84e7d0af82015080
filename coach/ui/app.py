"""Builds the clock, the diary, the settings and the catalog, and hands them to the window.

Nothing is a module-level singleton: a test builds the same window with a fake
clock and a temporary diary by calling ``MainWindow(Services(CoachContext.open(...), notifier))`` itself.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLockFile, QSocketNotifier
from PySide6.QtWidgets import QApplication

from coach.core.clock import SystemClock
from coach.core.errors import CoachError, StorageError
from coach.core.paths import DataPaths

if TYPE_CHECKING:
    from coach.core.settings import Settings


def _install_excepthook(paths: DataPaths, notifier=None) -> None:
    """A bug shows a dialog with the traceback and where the log is, instead of vanishing.

    A known failure (a CoachError such as a full disk or a read-only diary) that a
    slot did not handle is not a bug: the user gets its plain message, no traceback,
    and the app keeps running."""

    def hook(kind, value, tb):
        if notifier is not None and issubclass(kind, CoachError):
            sys.__stderr__.write(f"coach: {value}\n")
            text = str(value)
            notifier.error(text[:1].upper() + text[1:])
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log = paths.logs / "crash.log"
        try:
            paths.logs.mkdir(parents=True, exist_ok=True)
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(text + "\n")
        except OSError:
            log = None
        sys.__stderr__.write(text)
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        message = QCoreApplication.translate("App", "Something went wrong inside the app. Your diary is safe: "
                                                    "everything already saved stays saved.")  # fmt: skip
        if log:
            message += "\n\n" + QCoreApplication.translate("App", "The details were written to {log}.").format(log=log)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Prehab Coach: unexpected error"),
                          message)  # fmt: skip
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def _quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM and Ctrl+C close the window the normal way, so a running session is recorded.

    Python runs signal handlers only between bytecodes, which never happen while
    Qt's event loop waits; the wake-up pipe gives the loop something to read."""
    reader, writer = os.pipe()
    os.set_blocking(writer, False)
    os.set_blocking(reader, False)
    signal.set_wakeup_fd(writer)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)  # its parent, the app, keeps it alive

    def wake() -> None:
        try:
            os.read(reader, 64)
        except OSError:
            pass
        for window in app.topLevelWidgets():
            if window.objectName() == "main-window":
                window.close()  # first, so a running session is recorded
        # Then any dialog still open: a question, or the report of a bug raised
        # before the event loop ever ran, which app.quit() alone would not end.
        app.closeAllWindows()
        app.quit()

    notifier.activated.connect(wake)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)


def _refuse_to_start(text: str) -> None:
    """Why the app cannot open, in a box the user must read before it exits."""
    from PySide6.QtWidgets import QMessageBox  # only on failure, not on the way to the first frame

    QMessageBox.critical(None, "Prehab Coach", text)


QUESTION_LINES = 12  # entries listed per kind of loss in the restore question


def _tell_how_opening_went(window, diary, notifier) -> None:
    """A damaged diary was set aside: offer the newest good backup there and then."""
    report = diary.opening_report
    messages = report.messages()
    if report.moved_aside is None or report.newest_backup is None:
        for message in messages:
            notifier.error(message)
        return
    from PySide6.QtCore import QCoreApplication

    from coach.core.diary.restore import plan_restore, restore_backup

    try:  # the same losses `coach diary restore` lists, before the user says yes
        losses = "\n".join(plan_restore(diary, report.newest_backup).lines(limit=QUESTION_LINES))
    except CoachError as error:
        losses = QCoreApplication.translate("App", "What it would replace could not be listed: {error}").format(error=error)
    question = (" ".join(messages) + "\n\n" + losses + "\n\n"
                + QCoreApplication.translate("App", "Restore it now? The empty diary started in its place is kept in "
                                                    "backups/ first."))  # fmt: skip
    if not notifier.ask(question, yes=QCoreApplication.translate("App", "Restore the backup"),
                        no=QCoreApplication.translate("App", "Keep the empty diary")):  # fmt: skip
        notifier.info(QCoreApplication.translate("App", "Started with an empty diary; `coach diary restore` can still "
                                                        "bring the backup back."))  # fmt: skip
        return
    try:
        restore_backup(diary, report.newest_backup)
    except CoachError as error:
        notifier.error(QCoreApplication.translate("App", "The backup could not be restored: {error}").format(error=error))
        return
    notifier.confirm(QCoreApplication.translate("App", "Restored the diary from {file}.").format(
        file=report.newest_backup.name))
    from coach.core.diary.changes import DiaryChanges

    window.diary_changed.emit(DiaryChanges.everything())


def _answer_second_starts(paths: DataPaths, window) -> None:
    """A second ``coach`` (or ``coach play ID``) on this folder brings this window forward."""
    from coach.ui.shell.single_instance import FILE_REQUEST, InstanceServer, server_name

    def come_forward(routine_id: str) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if routine_id.startswith(FILE_REQUEST):
            window.offer_routine_file(Path(routine_id.removeprefix(FILE_REQUEST)))
        elif routine_id:
            window.play(routine_id)

    window.instance_server = InstanceServer(server_name(paths.root), window)
    window.instance_server.request.connect(come_forward)


def _no_display() -> str | None:
    """Why there is no screen to open on (Linux with neither X11 nor Wayland), or None.

    Qt itself would abort with a message about missing xcb libraries, which
    sends the user looking in the wrong place."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    from coach.core.start_up_words import no_display

    return no_display()


def _cannot_load_platform() -> str | None:
    """Which system packages Qt's X11 plugin lacks, said in one line instead of Qt's abort."""
    from coach.ui.shell import platform_check

    return platform_check.before_qt()


def _words(paths: DataPaths):
    """The refusals' sentences, with the language chosen first (the app has not chosen it yet)."""
    from coach.core import start_up_words

    start_up_words.choose_language(paths.diary)
    return start_up_words


def _refused_before_qt(paths: DataPaths) -> bool:
    """No display, or Qt's X11 plugin cannot load: said in one line on stderr, in the user's language."""
    if _no_display() is None and _cannot_load_platform() is None:  # the healthy start: one check each
        return False
    _words(paths)
    print(_no_display() or _cannot_load_platform(), file=sys.stderr)  # worded again, now in the chosen language
    return True


WARM_CUES_AFTER_MS = 400  # after "usable", so start-up does not pay for the cue threads
PRELOAD_CHART_AFTER_MS = 3000  # after the cue threads, while home sits idle


def _warm_cues_when_idle(window, settings: Settings) -> None:
    """Start the cue threads while the home screen is idle: started at a session's
    start they blocked the GUI thread for 31-87 ms just as the countdown began."""
    from PySide6.QtCore import QTimer

    def warm() -> None:
        if window.player is not None:  # a session already started its own
            return
        from coach.ui.player.cue_player import CuePrefs

        try:
            prefs = CuePrefs.load(settings)
        except CoachError:  # the settings cannot be read: the session will say so
            return
        window._shared_cue_output().prepare(prefs.sound_on, prefs.voice_on)

    QTimer.singleShot(WARM_CUES_AFTER_MS, warm)


def _preload_chart_library_when_idle() -> None:
    """Import History's chart library (pyqtgraph: ~0.8 s) on a thread of its own once the app is
    idle, so History's first open does not freeze the window while it loads. Only the import
    runs there; every Qt object is still made on the GUI thread. (Measured: the GUI thread's
    longest gap while it loads is ~40 ms; History opened meanwhile simply waits for it.)"""
    import importlib
    import threading

    from PySide6.QtCore import QCoreApplication, QTimer

    def load() -> None:
        try:
            # History's window first (~120 ms of imports), then pyqtgraph with History's chart
            for name in ("coach.ui.history.history", "coach.ui.history.chart"):
                importlib.import_module(name)
        except Exception:  # noqa: BLE001 (History says so itself when it opens)
            pass

    def start() -> None:
        thread = threading.Thread(target=load, name="chart-preload", daemon=True)
        thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # an import cut off by the interpreter's exit can crash it: let it finish first
            app.aboutToQuit.connect(lambda: thread.join(5))

    QTimer.singleShot(PRELOAD_CHART_AFTER_MS, start)


COLLECT_BY_MS = 10_000


def _collect_from_now_on() -> None:
    """Start-up is done. What it built lives as long as the app, so it is frozen out of every
    later collection (a full one walking it all took tens of milliseconds on the GUI thread,
    mid-session as likely as not), and cyclic collection is turned back on (see open_app)."""
    import gc

    if gc.isenabled():  # done already (the window was usable before the fallback timer)
        return
    gc.freeze()
    gc.enable()


def run_app(paths: DataPaths, routine_id: str | None = None, argv: list[str] | None = None,
            routine_file: Path | None = None) -> int:
    if QApplication.instance() is None and _refused_before_qt(paths):
        return 1
    # A QApplication's instance() is that QApplication; the stubs only promise a QCoreApplication.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Prehab Coach")
    app.setOrganizationName("prehab-coach")
    app.setDesktopFileName("prehab-coach")
    from coach.ui.about.icon import app_icon

    app.setWindowIcon(app_icon())

    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _refuse_to_start(_words(paths).folder_cannot_be_created(paths.root, error.strerror or str(error)))
        return 1
    lock = QLockFile(str(paths.root / "coach.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        if lock.error() == QLockFile.LockError.LockFailedError:
            from coach.ui.shell.single_instance import FILE_REQUEST, ask_running_app, server_name

            request = routine_id or (f"{FILE_REQUEST}{routine_file}" if routine_file else None)
            handed = ask_running_app(server_name(paths.root), request)
            print(_words(paths).already_open(handed), file=sys.stderr)
            return 0
        # Not another instance: the folder itself cannot be written (read-only, no permission).
        _refuse_to_start(_words(paths).folder_cannot_be_written(paths.root))
        return 1

    from coach.ui.shell.notify import Notifier

    notifier = Notifier()
    _install_excepthook(paths, notifier)
    _quit_on_sigterm(app)

    from coach.core.context import CoachContext
    from coach.core.i18n import start_up_language, use_language
    from coach.ui.main_window import MainWindow
    from coach.ui.services import Services

    def language(settings) -> str:
        """The core's sentences and the built-in routines' texts: one language, chosen once."""
        return use_language(start_up_language(settings.get("language"), os.environ))

    try:
        context = CoachContext.open(paths, SystemClock(), cache=True, language=language)
    except StorageError as error:
        _refuse_to_start(_words(paths).diary_cannot_be_opened(paths.root, error))
        return 1
    diary = context.diary
    from coach.core.i18n import active_language
    from coach.ui.shell.translations import install_translators

    # The language the core chose above (COACH_LANG, the setting, else the system's): the
    # widgets speak the same one as the advice, the routines and the spoken cues.
    install_translators(app, active_language())  # before any widget asks tr() for its texts
    services = Services(context, notifier)
    window = MainWindow(services)
    window.setObjectName("main-window")
    # Whatever can wait for the home screen to be on screen does: the local
    # socket (QtNetwork), and the questions a start may ask, in dialogs that then
    # run inside the event loop, so SIGTERM during one still ends the app.
    window.first_frame_shown.connect(lambda: _answer_second_starts(paths, window))
    window.first_frame_shown.connect(lambda: _tell_how_opening_went(window, diary, notifier))
    window.first_frame_shown.connect(window.offer_interrupted)
    window.first_frame_shown.connect(window.start_up_done)  # last: slots run in the order connected
    window.start_up_done.connect(lambda: _warm_cues_when_idle(window, services.settings))
    window.start_up_done.connect(_preload_chart_library_when_idle)
    window.start_up_done.connect(_collect_from_now_on)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(COLLECT_BY_MS, _collect_from_now_on)  # a window never painted (hidden at start) still collects
    if routine_id:
        window.first_frame_shown.connect(lambda: window.play(routine_id))
    elif routine_file is not None:
        window.first_frame_shown.connect(lambda: window.offer_routine_file(routine_file))
    window.show()
    try:
        return app.exec()
    finally:
        diary.close()
        lock.unlock()
