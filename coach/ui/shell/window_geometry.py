"""Windows open at a size that fits the screen they are on, remember their size and place,
and come back on screen when the screen got smaller (a laptop off its monitor).

Nothing here touches the ``Qt`` namespace on an ordinary start (see main_window.py).
A window's place is kept in an ini file in the data folder (``DataPaths.window_places``),
which the window is handed; nothing here is global.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QObject, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # leave a margin for panels and window decorations
FRAME_GUESS = QMargins(4, 32, 4, 8)  # a title bar and borders, until the window manager says
SETTLE_MS = 400  # after a show, the window manager has framed and placed the window


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Resize ``window`` to ``preferred``, shrunk to the available part of its screen when that is smaller."""
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return
    room = screen.availableGeometry().size()
    window.resize(min(preferred.width(), int(room.width() * SCREEN_SHARE)),
                  min(preferred.height(), int(room.height() * SCREEN_SHARE)))  # fmt: skip


def _screen_for(window: QWidget) -> QScreen | None:
    """The screen under the window's middle, else the one Qt says it is on, else the primary."""
    return (QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
            or QGuiApplication.primaryScreen())  # fmt: skip


def keep_on_screen(window: QWidget, screen: QScreen | None = None, frame_guess: QMargins | None = None) -> bool:
    """Shrink and move ``window`` (frame included) into the available part of its screen.

    ``frame_guess`` stands in for the window manager's decorations while they are not
    known yet (before the window is shown). Returns True when it had to change. A
    maximised or full-screen window is the window manager's to place."""
    if window.isMaximized() or window.isFullScreen():
        return False
    screen = screen or _screen_for(window)
    if screen is None:
        return False
    room = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    if frame_guess is not None and frame == inner:
        frame = inner.marginsAdded(frame_guess)
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if room.contains(frame):
        return False
    width = max(window.minimumWidth(), min(inner.width(), room.width() - extra_w))
    height = max(window.minimumHeight(), min(inner.height(), room.height() - extra_h))
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    outer_w, outer_h = width + extra_w, height + extra_h
    x = max(room.left(), min(frame.left(), room.right() + 1 - outer_w))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - outer_h))
    window.move(x, y)
    return True


def fit_dialog(dialog: QWidget, wanted: QSize | None = None) -> None:
    """A dialog's first show: its size (or ``wanted``), never larger than the available screen.

    Call it from ``showEvent``: resizing a dialog that was never shown crashed PySide6."""
    screen = _screen_for(dialog)
    if screen is None:
        return
    room = screen.availableGeometry()
    size = wanted if wanted is not None else dialog.size()
    width = max(dialog.minimumWidth(), min(size.width(), room.width() - 16))
    height = max(dialog.minimumHeight(), min(size.height(), room.height() - 40))  # room for a title bar
    if (width, height) != dialog.size().toTuple():
        dialog.resize(width, height)
    keep_on_screen(dialog, screen, frame_guess=FRAME_GUESS)
    # The window manager places (centres) the dialog after it is shown, title bar included:
    # check again once it has, or its bottom (Save) may sit below a 600-pixel screen.
    QTimer.singleShot(SETTLE_MS, dialog, lambda: dialog.isVisible() and keep_on_screen(dialog))


def fit_on_first_show(dialog: QWidget, wanted: QSize | None = None) -> None:
    """:func:`fit_dialog` the first time ``dialog`` is shown; later shows keep the user's size."""
    if dialog.property("coach-fitted"):
        return
    dialog.setProperty("coach-fitted", True)
    fit_dialog(dialog, wanted)


def _rect(value) -> QRect | None:
    """A saved [x, y, width, height], or None when it is missing or not four sensible numbers."""
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        return None
    try:
        x, y, width, height = (int(n) for n in value)
    except (TypeError, ValueError):
        return None
    return QRect(x, y, width, height) if 0 < width <= 100_000 and 0 < height <= 100_000 else None


class WindowPlace(QObject):
    """Restores one window's size and place on open, saves them on close, keeps it on screen.

    Owned by the window (a child QObject), so its connections to the screen end with it.
    The window calls :meth:`shown` from ``showEvent`` and :meth:`save` from ``closeEvent``."""

    def __init__(self, window: QWidget, key: str, settings_file: Path, preferred: QSize):
        super().__init__(window)
        self.window = window
        self.key = key
        self.settings_file = settings_file
        self._handle: QWindow | None = None
        self._screen: QScreen | None = None
        self._frame_at_show = (0, 0)
        fit_to_screen(window, preferred)
        self.restored = self.restore()

    def _settings(self) -> QSettings:
        return QSettings(str(self.settings_file), QSettings.Format.IniFormat)

    def restore(self) -> bool:
        """The saved size and place, if any (a damaged or missing file leaves the default size).

        Qt's own blob comes first; where Qt refuses it (xcb does when the screen it was saved on
        is gone: the monitor was unplugged) the plain rectangle saved beside it is used."""
        settings = self._settings()
        data = settings.value(f"{self.key}/geometry")
        if isinstance(data, QByteArray) and not data.isEmpty() and self.window.restoreGeometry(data):
            keep_on_screen(self.window, frame_guess=FRAME_GUESS)
            return True
        rect = _rect(settings.value(f"{self.key}/rect"))
        if rect is None:
            return False
        self.window.resize(max(rect.width(), self.window.minimumWidth()), max(rect.height(), self.window.minimumHeight()))
        self.window.move(rect.topLeft())
        if str(settings.value(f"{self.key}/maximized", "false")).lower() == "true":
            from PySide6.QtCore import Qt  # not on every start's way to the first frame (see main_window)

            self.window.setWindowState(self.window.windowState() | Qt.WindowState.WindowMaximized)
        keep_on_screen(self.window, frame_guess=FRAME_GUESS)
        return True

    def save(self) -> None:
        """Write the size and place; a folder that cannot be written only means they are not kept."""
        if self.window.isFullScreen():
            return  # full screen is for the session; the next start opens as a window again
        settings = self._settings()
        settings.setValue(f"{self.key}/geometry", self.window.saveGeometry())
        normal = self.window.normalGeometry() if self.window.isMaximized() else self.window.geometry()
        settings.setValue(f"{self.key}/rect", [normal.x(), normal.y(), normal.width(), normal.height()])
        settings.setValue(f"{self.key}/maximized", self.window.isMaximized())
        settings.sync()

    def shown(self) -> None:
        """Watch the window's screen (it may change or shrink) and bring the window on to it."""
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            self._handle = handle
            handle.screenChanged.connect(self._screen_changed)
        self._watch(self.window.screen())
        keep_on_screen(self.window)
        self._frame_at_show = self._frame_margins()
        QTimer.singleShot(SETTLE_MS, self, self._settled)  # once the real frame is known

    def _frame_margins(self) -> tuple[int, int]:
        frame, inner = self.window.frameGeometry(), self.window.geometry()
        return frame.width() - inner.width(), frame.height() - inner.height()

    def _settled(self) -> None:
        # Only when the window manager has since framed the window: nothing else was learnt,
        # and a size set meanwhile (by the user, or a test) is not second-guessed.
        if self.window.isVisible() and self._frame_margins() != self._frame_at_show:
            keep_on_screen(self.window)

    def _watch(self, screen: QScreen | None) -> None:
        if screen is self._screen:
            return
        if self._screen is not None:
            try:
                self._screen.availableGeometryChanged.disconnect(self._room_changed)
            except (RuntimeError, TypeError):
                pass  # the old screen is gone (unplugged)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._room_changed)

    def _screen_changed(self, screen: QScreen | None) -> None:
        self._watch(screen)
        if screen is not None:
            keep_on_screen(self.window, screen)

    def _room_changed(self, _room: QRect) -> None:
        keep_on_screen(self.window, self._screen)
