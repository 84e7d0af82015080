"""A Qt event loop on a thread that may be abandoned: where cue backends run.

Why not ``QThread``: a sound or speech backend can hang inside a call
(speech-dispatcher with broken audio never returns from ``say()``). A QThread
stuck like that can neither be stopped safely (``terminate()`` may kill it
holding the GIL) nor destroyed: Qt aborts the process with "QThread: Destroyed
while thread is still running". A *daemon* Python thread running a
``QEventLoop`` gives the worker QObject the same queued slots and signals, and
a stuck one is simply left behind: the process still ends when the app quits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Signal, Slot

W = TypeVar("W", bound=QObject)
START_TIMEOUT_S = 5.0  # building the worker object itself is trivial; its backend loads later
JOIN_TIMEOUT_S = 0.5  # how long closing waits for a loop that is not stuck


class _Quitter(QObject):
    """Lives on the worker thread: ``quit`` ends that thread's loop from any thread."""

    quit = Signal()

    def __init__(self, loop: QEventLoop):
        super().__init__()
        self._loop = loop
        self.quit.connect(self._stop)

    @Slot()
    def _stop(self) -> None:
        self._loop.quit()


class WorkerThread(Generic[W]):
    """Builds ``build()`` on a new daemon thread and runs that thread's event loop.

    Connect the GUI's signals to ``worker``'s slots and the worker's signals to
    GUI-thread objects' methods (not lambdas: those run on the emitting thread).
    """

    def __init__(self, build: Callable[[], W], name: str):
        self._build = build
        self._built = threading.Event()
        self._quitter: _Quitter | None = None
        self._worker: W | None = None  # set by the new thread before it sets _built
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        if not self._built.wait(START_TIMEOUT_S):
            raise RuntimeError(f"the {name} thread did not start")
        if self.error is not None:
            raise self.error
        if self._worker is None:  # cannot happen: the thread sets a worker or an error first
            raise RuntimeError(f"the {name} thread built no worker")
        self.worker: W = self._worker

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        loop = QEventLoop()
        try:
            self._worker = self._build()
            self._quitter = _Quitter(loop)
        except BaseException as error:  # handed to the constructor, which raises it
            self.error = error
            self._built.set()
            return
        self._built.set()
        loop.exec()
        release = getattr(self._worker, "release", None)
        if release is not None:
            release()
        # Delete the worker (and the backend objects parented to it) here, on
        # their own thread, while it still exists.
        for item in (self._worker, self._quitter):
            if item is not None and shiboken6.isValid(item):
                shiboken6.delete(item)

    def close(self, timeout_s: float = JOIN_TIMEOUT_S) -> bool:
        """Ask the loop to end and wait a little; False when the thread is stuck and left behind."""
        quitter = self._quitter
        if quitter is not None and self._thread.is_alive() and shiboken6.isValid(quitter):
            quitter.quit.emit()  # queued: handled by the worker thread's loop
        self._thread.join(timeout_s)
        return not self._thread.is_alive()
