"""Keep the screen awake while a session runs (``org.freedesktop.ScreenSaver`` over D-Bus).

Nobody touches the keyboard during a routine, so without this the screen would
blank or lock mid-exercise. Where there is no session bus (CI, offscreen, other
desktops) or no such service, inhibiting silently does nothing.

The inhibition is taken on a private bus connection of its own, and released
by sending ``UnInhibit`` and then closing that connection. The second step is
the one that counts: PySide6 cannot marshal a D-Bus ``uint32`` (a Python int
goes out as ``int32``, or ``uint16`` through ``QDBusArgument``), so strict
services refuse ``UnInhibit(i)``; but every screensaver service drops the
inhibitions of a client that leaves the bus.
"""

from __future__ import annotations

import logging
from typing import Protocol

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
        self._cookie: int | None = None
        self._connection_name = ""
        self._bus = None
        self._uses = 0

    @property
    def active(self) -> bool:
        return self._cookie is not None

    def inhibit(self) -> None:
        if self.active or self.unavailable:
            return
        try:
            from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
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
        reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("screensaver not inhibited: %s", reply.errorMessage())
            QDBusConnection.disconnectFromBus(name)
            self.unavailable = True
            return
        self._cookie = int(reply.arguments()[0])
        self._connection_name = name
        self._bus = bus

    def release(self) -> None:
        if not self.active:
            return
        from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "UnInhibit")
        message.setArguments([self._cookie])
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            log.debug("UnInhibit refused (%s); leaving the bus releases it", reply.errorMessage())
        self._bus = None
        QDBusConnection.disconnectFromBus(self._connection_name)
        self._cookie = None
