"""The import preview: what each file becomes, nothing written before Import, gear only when ticked;
File → Import runs… and files dropped on the window."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from coach.ui.main_window import MainWindow
from coach.ui.runs.preview_dialog import ImportPreviewDialog
from tests.runs_fixtures.fit_writer import garmin_run
from tests.runs_fixtures.text_files import StravaActivity, laps_tcx, phone_gpx, strava_zip

T0 = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def watch_folder(tmp_path):
    folder = tmp_path / "watch"
    folder.mkdir()
    (folder / "morning.fit").write_bytes(garmin_run(T0.replace(day=18), 10.2, 54))
    (folder / "easy.gpx").write_bytes(phone_gpx(T0.replace(day=19), 6.0, 36))
    (folder / "intervals.tcx").write_bytes(laps_tcx(T0.replace(day=21), [2, 1, 1, 1, 2], 5))
    (folder / "ride.fit").write_bytes(garmin_run(T0.replace(day=22), 40, 80, sport="cycling"))
    (folder / "copied.fit").write_bytes(garmin_run(T0, 8, 40)[:-25])
    (folder / "strava.zip").write_bytes(strava_zip([StravaActivity(T0.replace(day=15), 12, 66, gear="Pegasus 40")]))
    return folder


def synced_run(tmp_path, services):
    """A watched folder holding one run that arrived while the app was closed."""
    folder = tmp_path / "sync"
    folder.mkdir()
    (folder / "a.fit").write_bytes(garmin_run(T0, 10, 50))
    services.diary.set_setting("runs.watch_folder", str(folder))
    return folder


def _window(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def opened(qtbot, window):
    """The preview dialog, once the files are read (on a thread of their own)."""
    qtbot.waitUntil(lambda: window.run_import.dialog is not None, timeout=10_000)
    return window.run_import.dialog


def _runs(services):
    return services.diary.runs()


def test_preview_lists_each_file_and_writes_only_on_import(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    window = _window(qtbot, services)
    window.run_import.preview([watch_folder(tmp_path)])
    dialog = opened(qtbot, window)
    assert isinstance(dialog, ImportPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    statuses = [dialog.table.item(row, 5).text() for row in range(dialog.table.rowCount())]
    assert statuses.count("new") == 4
    assert "skipped: cycling, not a run" in statuses
    assert any(status.startswith("unreadable: is a truncated FIT") for status in statuses)
    assert _runs(services) == []
    assert dialog.import_button.text() == "Import 4 runs"
    assert [box.property("gear") for box in dialog.gear_boxes] == ["Pegasus 40"]
    os.makedirs("docs", exist_ok=True) if os.environ.get("COACH_SCREENSHOT") else None
    if os.environ.get("COACH_SCREENSHOT"):
        dialog.grab().save(os.environ["COACH_SCREENSHOT"])
    with qtbot.waitSignal(window.diary_changed):
        dialog.import_button.click()
    assert len(_runs(services)) == 4
    assert services.diary.shoes(include_runs=False) == []  # the gear was not ticked: no pair made


def test_ticked_gear_becomes_a_pair(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    window = _window(qtbot, services)
    window.run_import.preview([watch_folder(tmp_path) / "strava.zip"])
    dialog = opened(qtbot, window)
    dialog.gear_boxes[0].setChecked(True)
    dialog.import_button.click()
    runs = _runs(services)
    assert [(run.shoes, round(run.distance_km)) for run in runs] == [("Pegasus 40", 12)]


def test_file_menu_has_import_runs(qtbot, services):
    window = _window(qtbot, services)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&File" in titles
    assert window.run_import.action.text() == "Import runs…"


def test_dropping_files_on_the_window_opens_the_preview(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    window = _window(qtbot, services)
    window.show()
    qtbot.waitExposed(window)
    folder = watch_folder(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "morning.fit")), QUrl.fromLocalFile(str(tmp_path))])
    drop = QDropEvent(QPointF(QPoint(100, 100)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    assert window.acceptDrops()
    # Qt delivers a drop only during a real drag (QDrag); the window's filter is handed it as Qt would.
    assert window.run_import.eventFilter(window, drop) is True
    dialog = opened(qtbot, window)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.rowCount() >= 1 and dialog.table.item(0, 0).text() == "morning.fit"
    dialog.reject()
    assert _runs(services) == []


def test_watched_folder_offers_new_runs_never_imports_them(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    folder = synced_run(tmp_path, services)
    window = _window(qtbot, services)
    watch = window.run_import.folder_watch
    assert watch.banner.isHidden()  # not looked at before home is on screen
    window.show()
    qtbot.waitUntil(lambda: watch.banner.text.text() == "1 new run from your watch")
    assert not watch.banner.isHidden()
    (folder / "b.gpx").write_bytes(phone_gpx(T0.replace(day=21), 5, 30))
    (folder / "c.tcx").write_bytes(laps_tcx(T0.replace(day=22), [3], 15))
    qtbot.waitUntil(lambda: watch.banner.text.text() == "3 new runs from your watch", timeout=10_000)
    assert _runs(services) == []  # offered, not imported
    watch.banner.import_button.click()
    dialog = opened(qtbot, window)
    qtbot.waitUntil(dialog.isVisible)
    dialog.import_button.click()
    assert len(_runs(services)) == 3
    assert watch.banner.isHidden()


def test_declined_files_are_not_offered_again(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    synced_run(tmp_path, services)
    window = _window(qtbot, services)
    watch = window.run_import.folder_watch
    with qtbot.waitSignal(watch.counted) as counted:
        watch.start()
    assert counted.args == [1] and not watch.banner.isHidden()
    watch.banner.later_button.click()
    with qtbot.waitSignal(watch.counted) as counted:
        watch.check()
    assert counted.args == [0] and watch.banner.isHidden()
    assert _runs(services) == []


def test_runs_without_gear_go_to_the_chosen_default_pair(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    services.diary._conn.execute("INSERT INTO shoes (name, started) VALUES ('Clifton 9', '2026-09-01')")
    window = _window(qtbot, services)
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "a.fit").write_bytes(garmin_run(T0, 10, 50))
    window.run_import.preview([folder])
    dialog = opened(qtbot, window)
    dialog.default_shoe.setCurrentIndex(1)
    dialog.import_button.click()
    assert [run.shoes for run in _runs(services)] == ["Clifton 9"]
    window.run_import.preview([folder])  # remembered for the next import
    assert opened(qtbot, window).chosen_default_shoe() == "Clifton 9"


def test_undo_the_last_import_from_the_menu(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    window = _window(qtbot, services)
    window.run_import.preview([watch_folder(tmp_path)])
    opened(qtbot, window).import_button.click()
    assert len(_runs(services)) == 4
    services.notifier.answers = [False]
    assert window.run_import.undo_last() is None and len(_runs(services)) == 4  # kept when the user says no
    services.notifier.answers = [True]
    with qtbot.waitSignal(window.diary_changed):
        assert window.run_import.undo_last() == 1
    assert _runs(services) == []
    assert window.run_import.undo_last() is None
    assert services.notifier.infos[-1] == "There is no run import to undo."


def test_an_import_is_undone_from_history_with_the_pair_it_made(qtbot, services, tmp_path):
    services.clock.wall = datetime(2026, 12, 1, 9, 0)  # type: ignore[attr-defined]
    window = _window(qtbot, services)
    window.show()
    window.run_import.preview([watch_folder(tmp_path)])
    dialog = opened(qtbot, window)
    dialog.gear_boxes[0].setChecked(True)  # Pegasus 40 becomes a pair
    dialog.import_button.click()
    assert len(_runs(services)) == 4 and [s.name for s in services.diary.shoes()] == ["Pegasus 40"]
    history = window.diary_actions.open_history()
    qtbot.waitUntil(lambda: history.model.rowCount() == 4)
    qtbot.mouseClick(history.imports_button, Qt.MouseButton.LeftButton)
    imports = window.run_import.imports_dialog
    assert imports is not None and imports.isVisible() and imports.parent() is history
    assert [imports.table.item(0, c).text() for c in (2, 4)] == ["4", "In the diary"]
    services.notifier.answers = [True]
    with qtbot.waitSignal(window.diary_changed):
        qtbot.mouseClick(imports.undo_button, Qt.MouseButton.LeftButton)
    assert _runs(services) == [] and services.diary.shoes() == []
    assert imports.table.item(0, 4).text() == "Undone 01 Dec 2026 09:00" and not imports.undo_button.isEnabled()
    qtbot.waitUntil(lambda: history.model.rowCount() == 0)  # History follows the change
    assert services.notifier.confirmations[-1] == "Removed 4 imported runs"


def test_the_watched_folder_is_counted_off_the_gui_thread(qtbot, services, tmp_path, monkeypatch):
    import threading

    from coach.core.runs import watched

    release, threads = threading.Event(), []
    real = watched.new_runs

    def slow(*args, **kwargs):  # a big sync folder: the count takes as long as the test says
        threads.append(threading.current_thread())
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(watched, "new_runs", slow)
    synced_run(tmp_path, services)
    window = _window(qtbot, services)
    watch = window.run_import.folder_watch
    watch.check()  # returns while the count is still blocked
    assert watch.counter is not None and watch.banner.isHidden()
    watch.check()  # a change meanwhile: counted again once this count is done
    with qtbot.waitSignal(watch.counted, timeout=10_000) as counted:
        release.set()
    assert counted.args == [1] and len(threads) == 2 and threading.main_thread() not in threads


def test_closing_the_window_mid_preview_imports_nothing_and_leaves_no_thread(qtbot, services, tmp_path, monkeypatch):
    import threading

    from coach.core.runs import preview as preview_module

    release = threading.Event()
    real = preview_module.build_preview

    def slow(*args, **kwargs):
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(preview_module, "build_preview", slow)
    window = _window(qtbot, services)
    window.show()
    window.run_import.preview([watch_folder(tmp_path)])
    reader = window.run_import.reader
    assert reader is not None and reader.isRunning()
    watch = window.run_import.folder_watch
    stop_watching = watch.shutdown

    def shutdown():  # the files finish reading just as the window closes
        stop_watching()
        release.set()

    monkeypatch.setattr(watch, "shutdown", shutdown)
    window.close()
    assert not reader.isRunning() and window.run_import.reader is None and window.run_import.dialog is None
    assert _runs(services) == []


def test_closing_the_window_with_the_preview_open_imports_nothing(qtbot, services, tmp_path):
    window = _window(qtbot, services)
    window.show()
    window.run_import.preview([watch_folder(tmp_path)])
    dialog = opened(qtbot, window)
    qtbot.waitUntil(dialog.isVisible)
    window.close()
    assert not dialog.isVisible() and _runs(services) == []
