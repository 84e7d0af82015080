"""One app per data folder: a second start hands its request to the first.

The lock file says *whether* the app is open; this local socket (a Unix domain
socket or a named pipe — nothing on the network) lets the second start ask the
open window to come forward, or to play a routine, instead of silently exiting.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 500
FILE_REQUEST = "file:"  # then a routine file's path to offer (a routine id has no colon)


def server_name(data_root: Path) -> str:
    digest = hashlib.sha1(str(data_root.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"prehab-coach-{digest}"


class InstanceServer(QObject):
    """Listens in the running app; ``request(routine_id)`` ("" = just come forward)."""

    request = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a socket left by a killed app
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        while isinstance(socket, QLocalSocket) and socket.canReadLine():
            self.request.emit(bytes(socket.readLine().data()).decode("utf-8", "replace").strip())


def ask_running_app(name: str, routine_id: str | None) -> bool:
    """Hand the request to the running app; False if it did not answer."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(f"{routine_id or ''}\n".encode())
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent
