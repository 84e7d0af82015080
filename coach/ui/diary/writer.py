"""Diary writes off the GUI thread, in order: a slow disk never delays a cue, a repaint or a key.

Each job runs on the writer's thread against the writer's own connection
(:meth:`Diary.twin`: WAL lets the GUI's connection read meanwhile) and is
committed before the next one starts, so a crash loses at most what was still
queued. Its result, or the reason it failed, is handed back on the GUI thread,
and only to a receiver that still exists. The thread ends after a few idle
seconds and starts again with the next job; it is a daemon, so a disk that
never answers cannot keep the app from quitting (:meth:`flush` waits a bounded
time first).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from coach.core.diary.diary import Diary
from coach.core.errors import CoachError

IDLE_S = 5.0  # the thread (and its connection) ends after this long without work


@dataclass
class _Job:
    run: Callable[[Diary], Any] | None  # None: nothing to write, only to be told once the queue got here
    receiver: QObject
    done: Callable[[Any], None] | None
    failed: Callable[[str], None] | None


class _Inbox(QObject):
    """Lives on the GUI thread: what the writer emits here runs there."""

    arrived = Signal(object)

    def __init__(self) -> None:
        # Owned by the application, so that no Python reference dropped on the
        # writer thread can ever delete it there.
        super().__init__(QCoreApplication.instance())
        self.arrived.connect(self._deliver)

    def _deliver(self, item: tuple) -> None:
        receiver, callback, value = item
        if callback is not None and shiboken6.isValid(receiver):
            callback(value)


def _raise(error: BaseException) -> None:
    raise error


class DiaryWriter:
    """``submit(job, receiver, done, failed)``: ``job(diary)`` runs on the writer's thread."""

    def __init__(self, diary: Diary, idle_s: float = IDLE_S):
        self.diary = diary
        self.idle_s = idle_s
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._outstanding = 0
        self._inbox = _Inbox()

    @property
    def outstanding(self) -> int:
        """Jobs submitted and not finished yet."""
        with self._lock:
            return self._outstanding

    def submit(self, run: Callable[[Diary], Any] | None, receiver: QObject,
               done: Callable[[Any], None] | None = None, failed: Callable[[str], None] | None = None) -> None:  # fmt: skip
        """Queue ``run``; ``done(result)`` or ``failed(reason)`` then runs on the GUI thread if ``receiver`` lives."""
        with self._lock:
            self._outstanding += 1
            self._jobs.put(_Job(run, receiver, done, failed))
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="diary-writer", daemon=True)
                self._thread.start()

    def after_pending(self, receiver: QObject, callback: Callable[[], None]) -> None:
        """``callback()`` on the GUI thread once everything submitted so far is written (or failed)."""
        self.submit(None, receiver, lambda _result: callback())

    def flush(self, timeout_s: float) -> bool:
        """Block until every job is done, at most ``timeout_s``; for quitting only. True when all were."""
        with self._lock:
            return self._lock.wait_for(lambda: self._outstanding == 0, timeout_s)

    def _work(self) -> None:
        twin: Diary | None = None
        try:
            while True:
                try:
                    job = self._jobs.get(timeout=self.idle_s)
                except queue.Empty:
                    with self._lock:
                        if self._jobs.empty():
                            self._thread = None
                            return
                    continue
                try:
                    if job.run is None:
                        result = None
                    else:
                        if twin is None:
                            twin = self.diary.twin()
                        result = job.run(twin)
                except CoachError as error:
                    self._inbox.arrived.emit((job.receiver, job.failed, str(error)))
                except Exception as error:  # a bug: raised again on the GUI thread, where the crash report is
                    self._inbox.arrived.emit((self._inbox, _raise, error))
                else:
                    self._inbox.arrived.emit((job.receiver, job.done, result))
                finally:
                    del job
                    with self._lock:
                        self._outstanding -= 1
                        self._lock.notify_all()
        finally:
            if twin is not None:
                twin.close()
