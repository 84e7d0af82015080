"""History reads the diary and prepares its chart off the GUI thread, shows what it
always showed, and drops an answer the diary has moved past."""

from __future__ import annotations

import threading
from datetime import timedelta

import numpy as np
from PySide6.QtCore import Qt, QThreadPool

from coach.core.diary import changes as kinds
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.history import series as series_module
from coach.core.history.series import seconds
from tests.ui.diary_fixtures import actions_of, days_ago, fill_weeks


def _loaded(qtbot, window):
    history = actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.loaded)
    return history


def test_the_series_are_prepared_off_the_gui_thread(qtbot, diary, fake_clock, make_window, monkeypatch):
    fill_weeks(diary, fake_clock.now())
    threads = []
    real = series_module.chart_series
    monkeypatch.setattr(series_module, "chart_series",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))  # fmt: skip
    history = _loaded(qtbot, make_window())
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert len(history.chart.left_curve.getData()[0]) == 14  # and what they prepared is what the chart shows


def test_the_chart_shows_the_same_points_as_before_for_a_small_diary(qtbot, diary, fake_clock, make_window):
    now = fake_clock.now()
    fill_weeks(diary, now, days=120)
    diary.add_session(SessionRecord("knee-strength", "strength", days_ago(now, 5), "stopped-for-pain", 3, 8))
    diary.add_session(SessionRecord("warm-up", "warm-up", days_ago(now, 4), "completed", 5, 5))
    history = _loaded(qtbot, make_window())
    chart = history.chart
    qtbot.mouseClick(history.span_buttons.button(3), Qt.MouseButton.LeftButton)  # "All": nothing out of view
    pain, runs, sessions = diary.pain_entries(), diary.runs(), diary.sessions()
    # What the chart drew from the records before its series were prepared in core:
    for side, curve in (("left", chart.left_curve), ("right", chart.right_curve)):
        xs, ys = curve.getData()
        rated = [(seconds(e.at), getattr(e, side)) for e in pain if getattr(e, side) is not None]
        assert list(zip(xs.tolist(), ys.tolist(), strict=True)) == rated
    def ticks(times, band):
        return np.repeat(times, 2).tolist(), np.tile(band, len(times)).tolist()
    run_x, run_y = chart.run_ticks.getData()
    assert (run_x.tolist(), run_y.tolist()) == ticks([seconds(r.at) for r in runs], (-1.35, -0.55))
    strength = [seconds(s.started) for s in sessions if s.status == "completed" and s.focus == "strength"]
    assert chart.strength_ticks.getData()[0].tolist() == np.repeat(strength, 2).tolist()
    assert chart.other_ticks.getData()[0].tolist() == np.repeat([seconds(days_ago(now, 4))], 2).tolist()
    assert chart.pain_stop_ticks.getData()[0].tolist() == np.repeat([seconds(days_ago(now, 5))], 2).tolist()
    bars_x, bars_y = chart.runs_plot.stems.getData()
    over_x, _ = chart.runs_plot.over_stems.getData()
    assert sorted(bars_x.tolist() + over_x.tolist()) == sorted(np.repeat([seconds(r.at) for r in runs], 2).tolist())
    assert max(bars_y) == max(r.distance_km for r in runs if seconds(r.at) in bars_x)
    # The default span clips to the view, and keeps every point in it
    qtbot.mouseClick(history.span_buttons.button(0), Qt.MouseButton.LeftButton)
    (x0, x1), _ = chart.plot.getPlotItem().viewRange()
    xs, _ = chart.left_curve.getData()
    seen = [x for x, _ in ((seconds(e.at), e.left) for e in pain) if x0 <= x <= x1]
    assert set(seen) <= set(xs.tolist()) and len(xs) <= len(seen) + 2


def test_an_answer_prepared_before_the_diary_changed_is_dropped(qtbot, diary, fake_clock, make_window, monkeypatch):
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), 3))  # the held read must not keep the next from running
    now = fake_clock.now()
    diary.add_pain(PainEntry(now - timedelta(days=2), "after-run", left=2))
    real, held, release, calls = series_module.chart_series, threading.Event(), threading.Event(), []

    def slow(pain, *args, **kwargs):
        calls.append(len(pain))
        if len(calls) == 1:  # the first read stops here until the test lets it go
            held.set()
            release.wait(30)
        return real(pain, *args, **kwargs)

    monkeypatch.setattr(series_module, "chart_series", slow)
    window = make_window()
    history = actions_of(window).open_history()
    qtbot.waitUntil(held.is_set)
    diary.add_pain(PainEntry(now - timedelta(hours=1), "after-run", left=7))
    diary.add_run(Run(now - timedelta(hours=2), 6.0, 35.0))
    window.diary_changed.emit(kinds.ENTRY)
    qtbot.waitUntil(lambda: history.loaded)  # the second read is shown while the first still waits
    assert history.model.rowCount() == 3
    with qtbot.waitSignal(history.loader.snapshot_ready, timeout=10000) as stale:
        release.set()
    assert len(stale.args[0].pain) == 1  # the first read, prepared from the diary as it was ...
    assert history.loaded and history.model.rowCount() == 3  # ... changed nothing
    assert sorted(history.chart.left_curve.getData()[1].tolist()) == [2.0, 7.0]
    assert len(history.chart.runs_plot.stems.getData()[0]) + len(history.chart.runs_plot.over_stems.getData()[0]) == 2
    assert calls == [1, 2]
