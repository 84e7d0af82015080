"""Keep the screen awake while a session runs (``org.freedesktop.ScreenSaver`` over D-Bus).

Nobody touches the keyboard during a routine, so without this the screen would
blank or lock mid-exercise. Where there is no session bus (CI, offscreen, other
desktops) or no such service, inhibiting silently does nothing.

Nothing waits for the bus: a session starts, pauses and resumes on the GUI
thread, and a slow or hung screensaver service must not freeze the player. The
inhibition is asked for asynchronously on a private bus connection of its own,
and released by sending ``UnInhibit`` and then closing that connection. The second step is
the one that counts: PySide6 cannot marshal a D-Bus ``uint32`` (a Python int
goes out as ``int32``, or ``uint16`` through ``QDBusArgument``), so strict
services refuse ``UnInhibit(i)``; but every screensaver service drops the
inhibitions of a client that leaves the bus.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # QtDBus itself is imported on first use
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
CALL_TIMEOUT_MS = 1000


class Inhibitor(Protocol):
    @property
    def active(self) -> bool: ...

    def inhibit(self) -> None: ...

    def release(self) -> None: ...


class RecordingInhibitor:
    """For tests: remembers the calls; ``active`` mirrors the real one."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.active = False

    def inhibit(self) -> None:
        if not self.active:
            self.calls.append("inhibit")
            self.active = True

    def release(self) -> None:
        if self.active:
            self.calls.append("release")
            self.active = False


class ScreenSaverInhibitor:
    """The real one. ``QtDBus`` is imported on first use."""

    def __init__(self, application: str = "Prehab Coach", reason: str = "A guided session is running",
                 bus_address: str | None = None):  # fmt: skip
        self.application = application
        self.bus_address = bus_address  # None: the session bus; tests pass a private bus
        self.reason = reason
        self.unavailable = False  # no bus or no service: stop trying
        self.cookie: int | None = None  # the service's answer, once it came
        self._connection_name = ""
        self._bus: QDBusConnection | None = None
        self._watcher: QDBusPendingCallWatcher | None = None
        self._uses = 0

    @property
    def active(self) -> bool:
        """Inhibition asked for, on a connection still open (the answer may be on its way)."""
        return self._bus is not None

    def inhibit(self) -> None:
        if self.active or self.unavailable:
            return
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
        except ImportError:
            self.unavailable = True
            return
        self._uses += 1
        name = f"coach-screensaver-{id(self)}-{self._uses}"
        if self.bus_address:
            bus = QDBusConnection.connectToBus(self.bus_address, name)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self.unavailable = True
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([self.application, self.reason])
        self._connection_name = name
        self._bus = bus
        pending = QDBusPendingCallWatcher(bus.asyncCall(message, CALL_TIMEOUT_MS))
        self._watcher = pending
        pending.finished.connect(lambda watcher, name=name: self._answered(watcher, name))

    def _answered(self, watcher: QDBusPendingCallWatcher, name: str) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        watcher.deleteLater()
        if watcher is self._watcher:
            self._watcher = None
        if name != self._connection_name or self._bus is None:
            return  # released meanwhile: that connection is gone, and the inhibition with it
        reply = watcher.reply()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("screensaver not inhibited: %s", reply.errorMessage())
            self._bus = None
            QDBusConnection.disconnectFromBus(name)
            self.unavailable = True
            return
        self.cookie = int(reply.arguments()[0])

    def release(self) -> None:
        bus = self._bus
        if bus is None:  # not active
            return
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        if self.cookie is not None:  # best effort, unanswered: leaving the bus is what releases it
            message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "UnInhibit")
            message.setArguments([self.cookie])
            bus.send(message)
        self._bus = None
        self._watcher = None
        QDBusConnection.disconnectFromBus(self._connection_name)
        self.cookie = None
