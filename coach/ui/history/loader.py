"""History's reads off the GUI thread: the diary snapshot and the chart library.

``load(token, ...)`` reads the diary on a pool thread through a connection of its
own, opened for that read (:meth:`Diary.twin`, so the GUI's connection is never locked meanwhile) and
prepares every series (:mod:`coach.core.history.snapshot`); ``snapshot_ready``
then carries the result to the GUI thread. Whoever asked compares the token with
its latest and drops an answer that is no longer current: the diary may have
changed while it was being prepared. ``load_library()`` imports pyqtgraph and
the chart modules there too, so the GUI thread never waits on that import.

The GUI thread comes first while a worker runs (:class:`GuiFirst`). The worker holds
the GIL while it turns thirty years of rows into records, and the GUI thread, each
time it comes back from Qt, would wait a whole switch interval (5 ms) for it: the
interval is cut to 0.5 ms meanwhile. The workers are History's own pool, niced
behind the GUI thread, so on a busy two-core laptop the GUI gets the core first.
No cyclic collection runs during the read (:func:`no_collection_while_reading`):
a full one over the new records took 25-40 ms on the worker, holding the GIL.
Measured with ``bench/history.py --years 30``, the GUI thread's longest block while
History and its chart load went from 109-124 ms (first open) and 43-64 ms (cold, the
app's path) to 18-33 ms and 23-43 ms.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from coach.core.diary.diary import Diary
from coach.core.errors import CoachError


class _Inbox(QObject):
    """Lives on the GUI thread (owned by the application, so that no reference dropped
    on a pool thread deletes it there): what a worker emits here arrives there."""

    snapshot = Signal(object)  # a HistorySnapshot
    failed = Signal(int, str)  # token, reason
    library = Signal(str)  # "" when loaded, else why not

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())


GUI_FIRST_SWITCH_S = 0.0005  # how soon a busy worker hands the interpreter back
WORKER_NICE = 10  # History's workers yield the cores to the GUI thread (a pool thread keeps it: the pool is History's)


def _yield_cores() -> None:
    """This worker thread behind the GUI thread for the CPU (Linux: a thread's own nice value)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICE)
    except (AttributeError, OSError):  # not Linux, or not allowed: only the switch interval helps
        pass


EXIT_WAIT_S = 5.0  # how long the interpreter's exit waits for a job in flight


class GuiFirst:
    """History's jobs in flight: a shorter switch interval while any runs (the usual one
    restored after the last), and :meth:`wait_idle` for the interpreter's exit. An import
    cut off by the exit can crash the process, as the app's own preload of the chart library
    knows: the likely cause of two segfaults at exit in tests that open History and end at
    once, while its worker was importing pyqtgraph."""

    def __init__(self, interval_s: float = GUI_FIRST_SWITCH_S):
        self.interval_s = interval_s
        self._done = threading.Condition()
        self._running = 0
        self._usual = sys.getswitchinterval()

    @contextmanager
    def running(self) -> Iterator[None]:
        _yield_cores()
        with self._done:
            if self._running == 0:
                self._usual = sys.getswitchinterval()
                sys.setswitchinterval(min(self._usual, self.interval_s))
            self._running += 1
        try:
            yield
        finally:
            with self._done:
                self._running -= 1
                if self._running == 0:
                    sys.setswitchinterval(self._usual)
                self._done.notify_all()

    def wait_idle(self, timeout_s: float = EXIT_WAIT_S) -> bool:
        """Block (the GIL released) until no job runs; False if one still does after ``timeout_s``."""
        with self._done:
            return self._done.wait_for(lambda: self._running == 0, timeout_s)


@contextmanager
def no_collection_while_reading() -> Iterator[None]:
    """No cyclic garbage collection while thirty years of records are built, and those
    records kept out of every later one (``gc.freeze``).

    The records hold no cycles (reference counting frees a replaced snapshot), but the
    collector still walks them: a full collection during the read took 25-40 ms at thirty
    years, on the worker, holding the GIL, so the GUI thread stood still that long."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was made meanwhile (mostly these records) is never walked again
        if was_enabled:
            gc.enable()


class HistoryLoader(QObject):
    """Starts History's reads on the thread pool and hands their results back on the GUI thread."""

    snapshot_ready = Signal(object)  # a HistorySnapshot (check its token)
    load_failed = Signal(int, str)
    library_ready = Signal(str)  # "" when pyqtgraph and the chart are importable, else the error

    def __init__(self, diary: Diary, parent: QObject | None = None):
        super().__init__(parent)
        self.diary = diary
        self.pool = QThreadPool(self)  # its own: its threads are niced behind the GUI thread
        # A thread leaves as soon as its job is done, rather than idling 30 s: a pool thread that
        # ran Python code still alive while the interpreter shuts down is a suspect in the rare
        # segfault at exit of processes that opened History (see GuiFirst).
        self.pool.setExpiryTimeout(0)
        self.gui_first = GuiFirst()
        atexit.register(self.gui_first.wait_idle)  # a job still running at exit finishes first
        self._inbox = _Inbox()
        self._inbox.snapshot.connect(self.snapshot_ready)
        self._inbox.failed.connect(self.load_failed)
        self._inbox.library.connect(self.library_ready)

    def load(self, token: int, now: datetime, programme_weeks: int, weeks_shown: int, units: str) -> None:
        """Read and prepare everything History shows, on a pool thread."""
        inbox, diary, gui_first = self._inbox, self.diary, self.gui_first

        def run() -> None:
            with gui_first.running():
                read()

        def read() -> None:
            from coach.core.history import snapshot

            try:
                reader = self._reader()
                try:
                    with no_collection_while_reading():
                        result: Any = snapshot.read_snapshot(reader, now, token, programme_weeks=programme_weeks,
                                                             weeks_shown=weeks_shown, units=units)  # fmt: skip
                finally:
                    if reader is not diary:
                        reader.close()
            except CoachError as error:
                if shiboken6.isValid(inbox):
                    inbox.failed.emit(token, str(error))
                return
            if shiboken6.isValid(inbox):
                inbox.snapshot.emit(result)

        self.pool.start(run)

    def load_library(self) -> None:
        """Import pyqtgraph and the chart (a few hundred milliseconds the first time) on a pool thread."""
        inbox, gui_first = self._inbox, self.gui_first

        def run() -> None:
            with gui_first.running():
                load()

        def load() -> None:
            try:
                import coach.ui.history.chart  # noqa: F401 (imports pyqtgraph)
            except Exception as error:  # noqa: BLE001 (History says so in the chart's place)
                reason = str(error) or type(error).__name__
            else:
                reason = ""
            if shiboken6.isValid(inbox):
                inbox.library.emit(reason)

        self.pool.start(run)

    def _reader(self) -> Diary:
        """A connection of the worker's own for one read (a millisecond to open), so the
        GUI thread's connection and its lock stay free; the diary itself if it has no twin."""
        twin = getattr(self.diary, "twin", None)
        return twin() if twin is not None else self.diary
