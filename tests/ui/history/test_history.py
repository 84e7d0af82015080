"""History (chart, week view, entries with edit, delete and undo), shoes, export and import."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from coach.core.diary.changes import DiaryChanges
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.ui.history.model import EntriesModel
from tests.ui.diary_fixtures import actions_of, days_ago, fill_weeks

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def open_history(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    history = actions_of(window).history
    assert history is not None and history.isVisible()
    qtbot.waitUntil(history.isActiveWindow)  # its shortcuts need it active
    qtbot.waitUntil(lambda: history.loaded)  # read off the GUI thread, charted after the first paint
    return history


def cells(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_pyqtgraph_is_imported_only_when_history_opens(tmp_path):
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from coach.core.routines.catalog import load_catalog
        from coach.core.clock import FakeClock
        from coach.core.diary.diary import Diary
        from coach.core.paths import DataPaths
        from coach.core.context import CoachContext
        from coach.ui.diary.actions import DiaryActions
        from coach.ui.main_window import MainWindow
        from coach.ui.shell.notify import RecordingNotifier
        from coach.ui.services import Services
        paths = DataPaths(__import__("pathlib").Path({str(tmp_path)!r}))
        clock = FakeClock()
        diary = Diary.open(paths, clock)
        window = MainWindow(Services(CoachContext.open(paths, clock, diary=diary), RecordingNotifier()))
        window.show()
        app.processEvents()
        print("before", "pyqtgraph" in sys.modules)
        history = window.findChild(DiaryActions).open_history()
        print("opened", "pyqtgraph" in sys.modules)  # not yet: the chart follows the first paint
        while history.chart is None:
            app.processEvents()
        print("charted", "pyqtgraph" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "opened", "False", "charted", "True"]


def test_history_lists_every_entry_newest_first(qtbot, diary, fake_clock, make_window):
    fill_weeks(diary, fake_clock.now())
    window = make_window()
    history = open_history(qtbot, window)
    model = history.model
    assert model.rowCount() == len(diary.pain_entries()) + len(diary.runs()) + len(diary.sessions()) == 36
    assert cells(model, 0)[:4] == ["Sun 22 Nov 2026 08:00", "Routine Knee strength: completed in 20 min", "", ""]
    assert cells(model, 1)[:4] == ["Sat 21 Nov 2026 19:00", "Pain after a run", "1", "2"]
    assert cells(model, 2)[:2] == ["Sat 21 Nov 2026 18:00", "Run 7.0 km in 30 min (Trail 3)"]
    assert cells(model, 1)[4] == "front / kneecap"
    assert history.trend.text().startswith(
        "Average worst pain over the last 28 days: 2.0/10 (13 ratings); the 28 days before: 2.0/10."
    )


def test_week_view_counts_strength_routines_against_the_goal(qtbot, diary, fake_clock, make_window):
    fill_weeks(diary, fake_clock.now())
    history = open_history(qtbot, make_window())
    weeks = history.weeks_model
    assert weeks.rowCount() == 8
    assert cells(weeks, 0)[0] == "23 Nov (now)"
    rows = [cells(weeks, r) for r in range(weeks.rowCount())]
    assert [r[1] for r in rows] == ["0", "2", "2", "2", "2", "0", "0", "0"]
    assert [r[5] for r in rows] == ["", "✓", "✓", "✓", "✓", "", "", ""]
    assert rows[1][3:5] == ["3", "18.0 km"]


def test_chart_shows_both_knees_and_marks_runs_and_routines(qtbot, diary, fake_clock, make_window):
    fill_weeks(diary, fake_clock.now())
    history = open_history(qtbot, make_window())
    chart = history.chart
    assert len(chart.left_curve.xData) == len(chart.right_curve.xData) == 14
    assert len(chart.run_ticks.xData) == 2 * 14  # a vertical tick is two points
    assert len(chart.strength_ticks.xData) == 2 * 8
    # "3 months" is the default, but it starts where the diary does: no empty weeks
    assert round(chart.visible_days()) in range(30, 33)
    qtbot.mouseClick(history.span_buttons.button(0), LEFT)
    assert round(chart.visible_days()) in range(28, 30)
    assert "Left knee" in chart.legend.text() and "Stopped for pain" in chart.legend.text()


def test_delete_and_undo_bring_back_the_same_entry(qtbot, diary, fake_clock, make_window):
    fill_weeks(diary, fake_clock.now())
    window = make_window()
    history = open_history(qtbot, window)
    before = diary.pain_entries()
    history.select(PainEntry, before[-1].id)
    shown = cells(history.model, history.current_row())
    qtbot.mouseClick(history.delete_button, LEFT)
    assert diary.pain_entries() == before[:-1]
    assert history.status.text() == "Deleted: Pain after a run, Sat 21 Nov 2026 19:00."
    assert history.undo_button.isEnabled()
    assert history.model.rowCount() == 35

    qtbot.keyClick(history.table, Qt.Key.Key_Z, CTRL)
    assert diary.pain_entries() == before  # same id, same values
    assert cells(history.model, history.current_row()) == shown
    assert history.status.text().startswith("Restored: Pain after a run")
    assert not history.undo_button.isEnabled()


def test_a_routine_session_is_listed_with_its_effort_and_can_be_deleted_and_put_back(qtbot, diary, fake_clock,
                                                                                     make_window):  # fmt: skip
    start = fake_clock.now() - timedelta(hours=3)
    session_id = diary.add_session(SessionRecord("knee-strength", "strength", start, "completed", 12, 12,
                                                 start + timedelta(minutes=26), effort=7))  # fmt: skip
    diary.start_session("knee-strength", "strength", "h", 12, start + timedelta(hours=1))  # the player's, now
    history = open_history(qtbot, make_window())
    assert history.model.rowCount() == 1  # the one in progress is the player's, not yet an entry
    assert cells(history.model, 0)[1] == "Routine Knee strength: completed in 26 min, effort 7/10"
    history.select(SessionRecord, session_id)
    qtbot.mouseClick(history.edit_button, LEFT)  # played, not typed: nothing to edit in the entry form
    assert history.status.text().startswith("A routine session is kept as it was played")
    qtbot.mouseClick(history.delete_button, LEFT)
    assert [s.status for s in diary.sessions()] == ["in-progress"]
    assert history.status.text().startswith("Deleted: Routine Knee strength: completed in 26 min, effort 7/10")
    qtbot.keyClick(history.table, Qt.Key.Key_Z, CTRL)
    assert [(s.id, s.effort) for s in diary.sessions() if s.status == "completed"] == [(session_id, 7)]
    assert cells(history.model, history.current_row())[1].startswith("Routine Knee strength")


def test_delete_key_then_undo_button_restore_a_run(qtbot, diary, fake_clock, make_window):
    fill_weeks(diary, fake_clock.now())
    history = open_history(qtbot, make_window())
    runs = diary.runs()
    history.select(Run, runs[0].id)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Delete)
    assert diary.runs() == runs[1:]
    qtbot.mouseClick(history.undo_button, LEFT)
    assert diary.runs() == runs


def test_deleting_refreshes_the_home_headline(qtbot, diary, fake_clock, make_window):
    diary.add_pain(PainEntry(fake_clock.now() - timedelta(hours=1), "after-run", left=8))
    window = make_window()
    assert window.advice_panel.headline.text() == "Back off"
    history = open_history(qtbot, window)
    history.select(PainEntry, diary.pain_entries()[0].id)
    qtbot.mouseClick(history.delete_button, LEFT)
    assert window.advice_panel.headline.text() == "Start"
    qtbot.mouseClick(history.undo_button, LEFT)
    assert window.advice_panel.headline.text() == "Back off"


def test_edit_opens_the_form_prefilled_and_saves_in_place(qtbot, diary, fake_clock, make_window):
    entry_id = diary.add_pain(PainEntry(days_ago(fake_clock.now(), 2), "after-run", left=2, right=3,
                                        locations=("inside",), flags=("swelling",), note="hills"))  # fmt: skip
    window = make_window()
    history = open_history(qtbot, window)
    history.select(PainEntry, entry_id)
    history.table.setFocus()
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    form = actions_of(window).entry_form
    assert form.isVisible() and not form.run_box.isVisibleTo(form)
    qtbot.waitUntil(form.isActiveWindow)
    assert (form.left.value(), form.right.value(), form.knee_map.selected()) == (2, 3, ("inside",))
    assert form.flags["swelling"].isChecked() and form.note.toPlainText() == "hills"
    form.left.setFocus()
    qtbot.keyClick(form.left, Qt.Key.Key_5)
    qtbot.keyClick(form.left, Qt.Key.Key_Return)
    [entry] = diary.pain_entries()
    assert (entry.id, entry.left, entry.right, entry.at) == (entry_id, 5, 3, days_ago(fake_clock.now(), 2))
    qtbot.waitUntil(lambda: cells(history.model, history.current_row())[2] == "5")  # reloaded off the GUI thread


def test_entries_model_formats_runs_in_miles():
    model = EntriesModel("mi")
    model.set_records([], [Run(days_ago(__import__("datetime").datetime(2026, 11, 23), 1), 16.09344, 80.5)])
    assert cells(model, 0)[1] == "Run 10.0 mi in 80.5 min"
    assert model.index(0, 2).data() == ""


# --- shoes -------------------------------------------------------------------------------


def test_shoes_dialog_warns_adds_and_retires(qtbot, diary, fake_clock, make_window):
    diary.add_shoe(Shoe("Old faithful", (fake_clock.now() - timedelta(days=400)).date(), 790.0))
    diary.add_run(Run(days_ago(fake_clock.now(), 3), 12.0, 60.0, "Old faithful"))
    diary.add_shoe(Shoe("Racer", (fake_clock.now() - timedelta(days=100)).date(), 470.0))
    diary.add_run(Run(days_ago(fake_clock.now(), 2), 11.0, 55.0, "Racer"))
    window = make_window()
    qtbot.mouseClick(window.toolbar.widgetForAction(actions_of(window).actions["shoes"]), LEFT)
    dialog = actions_of(window).shoes_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.name)  # typing goes straight into the new pair's name
    assert dialog.warning.text() == ("⚠ “Old faithful” 802 km: past 800 km, time to replace them.\n"
                                     "⚠ “Racer” 481 km: past 480 km, check their cushioning.")  # fmt: skip
    assert dialog.table.item(0, dialog.STATUS).text() == "Past 800 km, time to replace them"
    assert dialog.table.item(0, 3).text() == "800 km"  # the pair's limit

    qtbot.keyClicks(dialog.name, "Racer")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.errors.message("name") == "There are already shoes named 'Racer'"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Daily trainer")
    qtbot.keyClicks(dialog.start_distance, "35")
    qtbot.keyClick(dialog.start_distance, Qt.Key.Key_Return)
    assert [s.name for s in diary.shoes()] == ["Old faithful", "Racer", "Daily trainer"]
    assert diary.shoes()[-1].distance_km == 35.0

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.retire_button, LEFT)
    assert diary.shoes()[0].retired
    assert dialog.table.item(0, dialog.STATUS).text() == "Retired"
    assert "Old faithful" not in dialog.warning.text()
    assert "Old faithful" not in window.advice_panel.notes.text()


# --- export and import -----------------------------------------------------------------------


def test_export_then_import_into_an_empty_diary(qtbot, diary, fake_clock, make_window, tmp_path, data_paths):
    fill_weeks(diary, fake_clock.now())
    window = make_window()
    transfer = actions_of(window).transfer
    target = tmp_path / "out.json"
    assert transfer.export_to(target, "json")
    assert json.loads(target.read_text())["format"] == "prehab-coach-diary"
    for entry in diary.pain_entries():
        diary.delete_pain(entry.id)
    window.diary_changed.emit(DiaryChanges.everything())
    with qtbot.waitSignal(transfer.finished, timeout=10000):
        transfer.import_from(target)
    assert len(diary.pain_entries()) == 14
    assert window.services.notifier.infos[-1].startswith("Imported 14 pain entries")
    assert window.advice_panel.headline.text() != "Start"


def test_a_bad_import_lists_every_problem_and_imports_nothing(qtbot, diary, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.csv"
    bad.write_text("type,at,moment,left\npain,2026-11-20T18:00:00,after-run,4\npain,2026-11-21T18:00:00,after-run,12\n"
                   "pain,2099-01-01T10:00:00,after-run,3\n")  # fmt: skip
    transfer = actions_of(window).transfer
    with qtbot.waitSignal(transfer.finished, timeout=10000):
        transfer.import_from(bad)
    dialog = transfer.problems_dialog
    assert dialog is not None and dialog.isVisible()
    lines = dialog.text.toPlainText().splitlines()
    assert lines[0].startswith("line 3: left: ") and lines[1].startswith("line 4: at: ")
    assert "bad.csv has 2 problems. Nothing was imported" in dialog.heading.text()
    assert diary.pain_entries() == []


def test_export_to_an_unwritable_place_says_so(window, tmp_path):
    transfer = actions_of(window).transfer
    assert not transfer.export_to(tmp_path / "missing" / "x.csv", "csv")
    assert window.services.notifier.errors[-1].startswith(f"Cannot write {tmp_path / 'missing' / 'x.csv'}")


def test_export_never_replaces_a_pipe_or_a_folder(window, tmp_path):
    import os

    transfer = actions_of(window).transfer
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert not transfer.export_to(pipe, "csv")
    assert "is a named pipe" in window.services.notifier.errors[-1] or "not a regular file" in window.services.notifier.errors[-1]
    assert not transfer.export_to(tmp_path, "csv")
    assert pipe.exists() and not pipe.is_file() and tmp_path.is_dir()  # both left as they were


def test_the_report_never_replaces_a_pipe(qapp, diary, fake_clock, tmp_path):
    import os

    from coach.core.advice.report import report_from_diary
    from coach.core.errors import StorageError
    from coach.ui.history.report_pdf import write_report_pdf

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(StorageError, match="not a regular file"):
        write_report_pdf(report_from_diary(diary, fake_clock.now()), pipe)
    assert not pipe.is_file()


def test_export_asks_for_a_file_and_picks_the_format(qtbot, diary, fake_clock, make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    fill_weeks(diary, fake_clock.now())
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "diary"), "JSON (*.json)")))  # fmt: skip
    qtbot.mouseClick(window.toolbar.widgetForAction(actions_of(window).actions["export"]), LEFT)
    assert json.loads((tmp_path / "diary.json").read_text())["version"] == 1
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "d.csv"), "")))
    actions_of(window).transfer.export_interactive()
    assert (tmp_path / "d.csv").read_text().startswith("type,at,")


def test_export_asks_before_replacing_a_file_only_the_added_extension_names(qtbot, diary, fake_clock, make_window,
                                                                              tmp_path, monkeypatch):  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    notifier = window.services.notifier
    (tmp_path / "mine.csv").write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "mine"), "")))
    notifier.answers = [False]  # "mine.csv already exists … Replace it?" — Cancel
    actions_of(window).transfer.export_interactive()
    assert notifier.questions[-1].startswith("mine.csv already exists")
    assert (tmp_path / "mine.csv").read_text(encoding="utf-8") == "keep me"
    notifier.answers = [True]
    actions_of(window).transfer.export_interactive()
    assert (tmp_path / "mine.csv").read_text(encoding="utf-8").startswith("type,at,")


def test_a_run_is_edited_in_the_form_without_the_pain_part(qtbot, diary, fake_clock, make_window):
    run_id = diary.add_run(Run(days_ago(fake_clock.now(), 1), 8.0, 45.0))
    window = make_window()
    history = open_history(qtbot, window)
    history.select(Run, run_id)
    qtbot.mouseClick(history.edit_button, LEFT)
    form = actions_of(window).entry_form
    qtbot.waitUntil(form.isActiveWindow)
    assert not form.pain_box.isVisibleTo(form) and form.distance.text() == "8" and form.minutes.text() == "45"
    form.distance.selectAll()
    qtbot.keyClicks(form.distance, "8,5")  # a decimal comma is fine
    qtbot.keyClick(form.distance, Qt.Key.Key_Return)
    assert diary.runs() == [Run(days_ago(fake_clock.now(), 1), 8.5, 45.0, None, run_id)]
    assert diary.pain_entries() == []


def test_a_closed_history_reloads_when_shown_again_not_on_every_write(qtbot, diary, fake_clock, make_window, monkeypatch):
    window = make_window()
    history = open_history(qtbot, window)
    history.close()
    loads = []
    real = history.model.set_rows
    monkeypatch.setattr(history.model, "set_rows", lambda *a: loads.append(1) or real(*a))
    diary.add_pain(PainEntry(fake_clock.now(), "after-run", left=4))
    window.diary_changed.emit(DiaryChanges.everything())
    window.diary_changed.emit(DiaryChanges.everything())
    assert loads == []  # closed: nothing redrawn for nobody
    actions_of(window).open_history()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert loads == [1]


def test_runs_chart_draws_the_next_run_ceiling_with_its_band(qtbot, diary, fake_clock, make_window):
    import numpy as np

    from coach.core.plan.ceiling import next_run_ceiling
    from coach.ui.history.chart import seconds

    now = fake_clock.now()
    for days, km in ((20, 5.0), (15, 10.0), (10, 8.0), (3, 12.0)):
        diary.add_run(Run(days_ago(now, days), km, 50.0))
    history = open_history(qtbot, make_window())
    chart = history.chart
    spans = chart.runs_plot.spans
    # from the day after the third run: 1.1 × 10 km, then 1.1 × 12 km from the day after the 12 km run
    assert [(s.start, s.end, s.km, s.longest_km) for s in spans] == [
        ((now - timedelta(days=9)).date(), (now - timedelta(days=3)).date(), 11.0, 10.0),
        ((now - timedelta(days=2)).date(), now.date(), 13.2, 12.0)]
    assert spans[-1].km == next_run_ceiling(diary.runs(), now.date(), "progress").km
    xs, ys = chart.ceiling_curve.getData()
    assert list(ys) == [11.0, 11.0, 13.2, 13.2]  # a step line: flat over each span
    assert xs[0] == seconds(datetime.combine(spans[0].start, datetime.min.time()))
    assert not chart.runs_plot.band.path().isEmpty()
    band = chart.runs_plot.band.path().boundingRect()
    assert (band.top(), band.bottom()) == pytest.approx((10.0, 13.2))  # from the longest run up to the ceiling
    over_x, over_y = chart.runs_plot.over_stems.getData()
    assert list(over_x) == [seconds(days_ago(now, 3))] * 2 and list(over_y) == [0, 12.0]  # past that day's 11 km
    assert len(chart.runs_plot.stems.getData()[0]) == 2 * 3  # the other three runs
    assert "Next-run ceiling" in chart.legend.text()
    assert np.isfinite(xs).all()


def test_history_shows_the_programme_and_why_it_last_moved(qtbot, diary, fake_clock, make_window):
    from coach.core.plan import programme
    from coach.core.plan.programme import Change, Decision, ProgrammeState

    today = fake_clock.now().date()
    for state, change in ((ProgrammeState(2), Change(today - timedelta(days=8), "advance", 1, 2, "week 1 complete")),
                          (ProgrammeState(1), Change(today - timedelta(days=1), "step-back", 2, 1,
                                                     "today's advice is to back off"))):  # fmt: skip
        programme.save(diary, Decision(state, "plan", change.reason, change))
    history = open_history(qtbot, make_window())
    text = history.programme.accessibleName()
    assert text.startswith("Strength programme: week 1 of 8.")
    assert history.programme.text().startswith("<b>Strength programme: week 1 of 8.</b>")
    assert "stepped back, week 2 → 1 — today's advice is to back off" in text
    assert history.programme.toolTip() == "Source: Silbernagel et al. 2007"
    assert len(history.chart.programme_marks.getData()[0]) == 2
