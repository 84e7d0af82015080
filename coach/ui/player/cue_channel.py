"""One cue backend seen from the GUI thread: requests go out queued, a watchdog waits for answers.

The GUI never calls a backend directly, so a backend that hangs (speech-dispatcher
with broken audio) cannot stop the timer, the keys or the window. A request
not answered within ``timeout_s`` on the injected clock means the backend
hung: the channel goes down and ``down`` says why. A hung thread is left
behind; if it ever answers everything it owes, :meth:`revive` may bring it back
for the next session.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coach.core.clock import Clock
from coach.ui.player.cue_backends import CueWorker
from coach.ui.shell.worker_thread import WorkerThread

ANSWER_TIMEOUT_S = 2.0
WATCH_MS = 250  # how often an unanswered request is looked at


class CueChannel(QObject):
    """``call(name, *args)`` runs ``engine.name(*args)`` on the backend's thread."""

    send = Signal(int, str, object)
    down = Signal(str)  # the backend failed or stopped answering: why (said once)
    voices = Signal(list)  # the answer to ``call("voices")``
    language_voice = Signal(str)  # the answer to ``call("set_language", code)``: a voice's name, "" for none

    def __init__(self, name: str, factory: Callable[..., Any], clock: Clock, hung_reason: str,
                 timeout_s: float = ANSWER_TIMEOUT_S, parent: QObject | None = None):  # fmt: skip
        super().__init__(parent)
        self.clock = clock
        self.timeout_s = timeout_s
        self.hung_reason = hung_reason
        self.worker_thread = WorkerThread(lambda: CueWorker(factory), name)
        self.worker: CueWorker = self.worker_thread.worker
        self.send.connect(self.worker.request)  # queued: the worker lives on its thread
        self.worker.answered.connect(self._answered)
        self.worker.broke.connect(self._broke)
        self.worker.voices.connect(self.voices)
        self.worker.language_voice.connect(self.language_voice)
        self._numbers = itertools.count(1)
        self._sent: dict[int, float] = {}  # request number -> when it was sent (clock.monotonic)
        self.down_reason = ""
        self.hung = False
        self.watchdog = QTimer(self)
        self.watchdog.setObjectName(f"{name}-watchdog")
        self.watchdog.setInterval(WATCH_MS)
        self.watchdog.timeout.connect(self.check)

    @property
    def is_up(self) -> bool:
        return not self.down_reason

    @property
    def pending(self) -> int:
        """Requests sent and not answered yet."""
        self._forget_answered()
        return len(self._sent)

    def call(self, name: str, *args: Any) -> None:
        if self.down_reason:
            return
        number = next(self._numbers)
        self._sent[number] = self.clock.monotonic()
        self.send.emit(number, name, args)
        if not self.watchdog.isActive():
            self.watchdog.start()

    def check(self) -> None:
        """Has any request waited longer than ``timeout_s``? Then the backend hung."""
        self._forget_answered()
        if not self._sent:
            self.watchdog.stop()
            return
        if self.clock.monotonic() - min(self._sent.values()) > self.timeout_s:
            self.hung = True
            self._go_down(self.hung_reason)

    def revive(self) -> bool:
        """A backend that hung and has since answered everything is given another chance."""
        if self.hung and self.pending == 0:
            self.hung = False
            self.down_reason = ""
        return self.is_up

    def close(self) -> bool:
        """End the thread; False when it is stuck in the backend and is left behind."""
        self.watchdog.stop()
        return self.worker_thread.close()

    def _forget_answered(self) -> None:
        done = self.worker.done  # read across threads: the worker answers in order
        for number in [n for n in self._sent if n <= done]:
            del self._sent[number]

    def _answered(self, _number: int) -> None:
        self._forget_answered()
        if not self._sent:
            self.watchdog.stop()

    def _broke(self, reason: str) -> None:
        self._go_down(reason)

    def _go_down(self, reason: str) -> None:
        self.watchdog.stop()
        if not self.down_reason:
            self.down_reason = reason
            self.down.emit(reason)
