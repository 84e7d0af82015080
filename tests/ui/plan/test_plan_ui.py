"""The plan on screen: Home's today line and week strip, the tray menu and its
reminders, close-to-tray asked once, the export, and Settings' Plan tab."""

from datetime import datetime, time, timedelta

import icalendar
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPushButton

from coach.core.context import CoachContext
from coach.core.diary import changes as kinds
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run
from coach.core.plan.schedule import Schedule, load_schedule
from coach.core.plan.today import plan_today
from coach.core.routines.catalog import load_catalog
from coach.ui.main_window import MainWindow
from coach.ui.plan.plan_form import PlanForm, PlanSettings
from coach.ui.plan.tray import CLOSE_KEY, PlanTray
from coach.ui.plan.week_strip import WeekStrip
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier


@pytest.fixture
def notifier():
    return RecordingNotifier()


@pytest.fixture
def window(qtbot, data_paths, fake_clock, notifier):
    diary = Diary.open(data_paths, fake_clock)
    context = CoachContext.open(data_paths, fake_clock, diary=diary, catalog=load_catalog(data_paths.routines))
    services = Services(context, notifier)
    window = MainWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_frame_shown):
        window.show()
    yield window
    diary.close()


def test_week_strip_shows_seven_cells_with_their_states(qtbot, diary, fake_clock):
    fake_clock.wall = datetime(2026, 11, 26, 9, 0)  # Thursday
    diary.add_run(Run(at=datetime(2026, 11, 17, 8), distance_km=5))  # the diary began last week: Monday counts
    diary.add_run(Run(at=datetime(2026, 11, 24, 8), distance_km=5))
    strip = WeekStrip()
    qtbot.addWidget(strip)
    strip.show_cells(plan_today(diary, fake_clock.now()).cells)
    assert strip.states == ["missed", "done", "rest", "planned", "rest", "planned", "rest"]
    assert [c.text().split("\n")[0] for c in strip.cells] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert strip.cells[0].accessibleName() == "Monday: strength, missed"
    assert strip.cells[3].accessibleName().endswith("planned, today")


def test_home_shows_the_strength_day_line(window):
    assert window.plan.panel.today_label.text() == "Strength day: knee strength, week 1 of 8"  # Mon 23 Nov
    assert window.home.isAncestorOf(window.plan.panel)


def test_home_shows_the_run_day_ceiling_and_updates_with_the_diary(window, fake_clock):
    fake_clock.wall = datetime(2026, 11, 24, 9, 0)
    for days, km in ((2, 5.0), (5, 10.5), (9, 8.0)):
        window.services.diary.add_run(Run(at=fake_clock.wall - timedelta(days=days), distance_km=km))
    window.diary_changed.emit(kinds.RUNS)
    assert window.plan.panel.today_label.text() == "Run day: warm-up first · keep it under 11.6 km"


def test_tray_menu_lists_today_and_its_actions(qtbot, window):
    tray = window.plan.tray
    assert tray.menu is not None
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["Strength day: knee strength, week 1 of 8", "Open Prehab Coach", "Export to calendar…", "Quit"]
    assert not tray.menu.actions()[0].isEnabled()


def test_tray_menu_actions_emit_their_signals(qtbot, diary, fake_clock):
    tray = PlanTray(fake_clock)
    tray.start()
    actions = {a.text(): a for a in tray.menu.actions()}
    assert "Today's plan is loading" in actions
    for text, signal in (("Export to calendar…", tray.export_requested), ("Open Prehab Coach", tray.open_requested),
                         ("Quit", tray.quit_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            actions[text].trigger()


def test_tray_reminds_once_at_the_chosen_time_without_scores(qtbot, diary, fake_clock):
    fake_clock.wall = datetime(2026, 11, 23, 17, 59)
    diary.add_pain(PainEntry(at=datetime(2026, 11, 23, 9), moment="other", left=4))
    tray = PlanTray(fake_clock)
    tray.show_plan(plan_today(diary, fake_clock.now()))
    tray.start()
    shown = []
    tray.notified.connect(lambda title, text: shown.append((title, text)))
    assert tray.check() == []
    fake_clock.wall = datetime(2026, 11, 23, 18, 0)
    tray.check()
    tray.check()
    assert shown == [("Strength day", "Strength day: knee strength, week 1 of 8")]
    assert "4" not in shown[0][1]


def test_closing_asks_once_then_keeps_the_setting(window, notifier, monkeypatch):
    monkeypatch.setattr(PlanTray, "available", property(lambda self: True))
    notifier.answers = [0]  # "Keep in the tray"
    event = QCloseEvent()
    assert window.plan.hide_instead_of_close(event)
    assert not event.isAccepted() and window.services.diary.get_setting(CLOSE_KEY) == "1"
    assert len(notifier.questions) == 1
    assert window.plan.hide_instead_of_close(QCloseEvent())
    assert len(notifier.questions) == 1  # asked once
    window.services.diary.set_setting(CLOSE_KEY, "0")
    assert not window.plan.hide_instead_of_close(QCloseEvent())
    window.plan.quitting = True
    window.services.diary.set_setting(CLOSE_KEY, "1")
    assert not window.plan.hide_instead_of_close(QCloseEvent())


def test_without_a_tray_closing_closes(window, notifier):
    assert not window.plan.hide_instead_of_close(QCloseEvent())
    assert notifier.questions == []


def test_export_writes_a_calendar(window, tmp_path, notifier):
    written = window.plan.export(str(tmp_path / "plan"))
    assert written == tmp_path / "plan.ics"
    events = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert events and notifier.confirmations[-1].startswith(f"Wrote {len(events)} plan events")


def test_plan_form_refuses_consecutive_strength_days(qtbot):
    form = PlanForm(PlanSettings(Schedule()))
    qtbot.addWidget(form)
    assert form.is_valid() and form.problem.text() == ""
    with qtbot.waitSignal(form.validity_changed, check_params_cb=lambda ok: ok is False):
        form.strength_boxes[1].setChecked(True)  # Mon + Tue
    assert not form.is_valid() and "follow each other" in form.problem.text()
    form.strength_boxes[1].setChecked(False)
    form.run_boxes[6].setChecked(True)
    assert form.is_valid() and 6 in form.schedule().run_days
    form.strength_boxes[0].setChecked(False)
    form.strength_boxes[6].setChecked(True)
    form.strength_boxes[0].setChecked(True)  # Sun then Mon follow each other too
    assert not form.is_valid()


def open_plan_tab(qtbot, window):
    window.plan.panel.findChild(QPushButton, "plan-settings").click()  # Home's "Plan…"
    dialog = window.settings_dialog
    assert dialog is not None and dialog.tabs.currentIndex() == 1
    qtbot.waitExposed(dialog)
    return dialog


def test_plan_settings_are_saved_from_the_settings_plan_tab(qtbot, window):
    dialog = open_plan_tab(qtbot, window)
    form = dialog.plan_form
    assert form.isVisible()
    qtbot.waitUntil(form.run_boxes[0].hasFocus)  # the keyboard starts on the plan's first control
    form.strength_boxes[0].setChecked(False)
    form.strength_boxes[5].setChecked(True)
    form.strength_time.setTime(QTime(19, 30))
    form.tray_box.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter saves
    schedule = load_schedule(window.services.diary)
    assert schedule.strength_days == (3, 5) and schedule.strength_time == time(19, 30)
    assert window.services.diary.get_setting(CLOSE_KEY) == "1"
    assert window.plan.panel.today_label.text() == "Rest day"  # Monday is no longer a strength day


def test_the_plan_tab_refuses_consecutive_strength_days_and_saves_nothing(qtbot, window):
    dialog = open_plan_tab(qtbot, window)
    dialog.plan_form.strength_boxes[1].setChecked(True)  # Mon + Tue
    assert not dialog.save_button.isEnabled() and "follow each other" in dialog.plan_form.problem.text()
    dialog.accept()  # Enter, whatever has the focus
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    dialog.plan_form.strength_boxes[1].setChecked(False)
    assert dialog.save_button.isEnabled()
    dialog.plan_form.run_boxes[6].setChecked(True)
    dialog.reject()  # Esc changes nothing
    assert load_schedule(window.services.diary) == Schedule()


def test_an_untouched_tray_box_leaves_the_question_for_the_first_close(qtbot, window):
    dialog = open_plan_tab(qtbot, window)
    dialog.accept()
    assert window.services.diary.get_setting(CLOSE_KEY) is None
    assert window.services.diary.get_setting("plan.strength_days") == "0,3"


def test_home_says_why_the_programme_last_moved(window, fake_clock):
    from coach.core.plan import programme
    from coach.core.plan.programme import Change, Decision, ProgrammeState

    change = Change(fake_clock.now().date() - timedelta(days=7), "advance", 1, 2,
                    "week 1 complete (2 sessions) with low pain and progress advice")
    today = fake_clock.now().date()
    programme.save(window.services.diary, Decision(ProgrammeState(2, today), "plan-advance", change.reason, change))
    window.diary_changed.emit(kinds.RUNS)
    assert window.plan.panel.why_label.text().endswith(
        "Last change Mon 16 Nov: moved up, week 1 → 2 — week 1 complete (2 sessions) with low pain and progress advice.")
    assert "Last change Mon 16 Nov" not in window.plan.panel.today_label.text()  # the why line, not today's line


def test_the_plan_tab_is_reached_and_worked_by_keyboard(qtbot, window):
    window.open_settings()  # Ctrl+, opens on the general part
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics need the dialog active
    assert dialog.tabs.currentIndex() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the tab's mnemonic
    assert dialog.tabs.currentIndex() == 1
    form = dialog.plan_form
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Strength d&ays: its first box (Monday)
    qtbot.waitUntil(form.strength_boxes[0].hasFocus)
    qtbot.keyClick(form.strength_boxes[0], Qt.Key.Key_Space)
    assert not form.strength_boxes[0].isChecked()
    dialog.reject()
