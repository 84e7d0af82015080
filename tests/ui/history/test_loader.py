"""History's workers put the GUI thread first: a short switch interval while any runs, the
usual one back after the last; the workers are History's own pool, not the global one."""

from __future__ import annotations

import sys
import threading

import pytest

from coach.ui.history.loader import GuiFirst, HistoryLoader


def test_the_switch_interval_is_short_while_workers_run_and_restored_after_the_last():
    usual = sys.getswitchinterval()
    gui_first = GuiFirst(interval_s=usual / 10)
    with gui_first.running():
        assert sys.getswitchinterval() == pytest.approx(usual / 10)
        with gui_first.running():  # a second worker (the chart library) overlapping the first
            pass
        assert sys.getswitchinterval() == pytest.approx(usual / 10)  # the first still runs
    assert sys.getswitchinterval() == pytest.approx(usual)


def test_a_failing_worker_restores_the_interval_too():
    usual = sys.getswitchinterval()
    with pytest.raises(RuntimeError), GuiFirst(interval_s=usual / 10).running():
        raise RuntimeError("the diary could not be read")
    assert sys.getswitchinterval() == pytest.approx(usual)


def test_the_workers_run_niced_on_a_pool_of_historys_own(qtbot, diary):
    loader = HistoryLoader(diary)
    seen: list[tuple[bool, int]] = []
    done = threading.Event()

    def probe() -> None:
        import os

        seen.append((threading.current_thread() is threading.main_thread(),
                     os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))  # fmt: skip
        done.set()

    def run() -> None:
        with loader.gui_first.running():
            probe()

    from PySide6.QtCore import QThreadPool

    assert loader.pool is not QThreadPool.globalInstance()
    loader.pool.start(run)
    assert done.wait(5)
    loader.pool.waitForDone(5000)
    [(on_main, nice)] = seen
    assert not on_main and (nice >= 10 or sys.platform != "linux")


def test_no_collection_runs_while_reading_and_what_was_read_is_kept_out_of_later_ones():
    import gc

    frozen = gc.get_freeze_count()
    from coach.ui.history.loader import no_collection_while_reading

    with no_collection_while_reading():
        assert not gc.isenabled()
        records = [[n] for n in range(1000)]  # tracked containers, as the records' tuples are
    assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(records)
    gc.disable()  # a caller that had it off keeps it off
    try:
        with no_collection_while_reading():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_exit_waits_for_a_job_in_flight_and_not_longer():
    jobs, release, started = GuiFirst(), threading.Event(), threading.Event()

    def job() -> None:
        with jobs.running():
            started.set()
            release.wait(5)

    worker = threading.Thread(target=job)
    worker.start()
    assert started.wait(5)
    assert not jobs.wait_idle(0.05)  # still importing: the exit would wait (at most its timeout)
    release.set()
    assert jobs.wait_idle(5)
    worker.join(5)
