"""The entry form, driven through real widgets: keys, clicks, the knee map, validation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from coach.core.diary.changes import DiaryChanges
from coach.core.diary.records import KM_PER_MILE, NOTE_MAX_CHARS, PainEntry, Run
from coach.ui.diary.entry_form import EntryForm
from coach.ui.diary.morning_prompt import should_offer
from tests.ui.diary_fixtures import actions_of, days_ago

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def open_form(qtbot, window) -> EntryForm:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    form = actions_of(window).entry_form
    assert form is not None and form.isVisible()
    return form


def test_logging_worst_7_after_a_run_turns_the_headline_to_back_off(qtbot, window, diary, fake_clock):
    assert window.advice_panel.headline.text() == "Start"
    form = open_form(qtbot, window)
    assert form.focusWidget() is form.distance  # after a run, the distance comes first
    qtbot.keyClicks(form.distance, "8.2")
    qtbot.keyClicks(form.minutes, "47:30")
    form.left.setFocus()
    qtbot.keyClick(form.left, Qt.Key.Key_7)
    qtbot.mouseClick(form.right.buttons[3], LEFT)
    qtbot.keyClick(form.right, Qt.Key.Key_Return)  # Enter saves

    qtbot.waitUntil(lambda: window.advice_panel.headline.text() == "Back off")
    assert not form.isVisible()
    [run] = diary.runs()
    assert (run.distance_km, run.minutes, run.at) == (8.2, 47.5, fake_clock.now())
    [entry] = diary.pain_entries()
    assert (entry.moment, entry.left, entry.right) == ("after-run", 7, 3)
    assert "Pain reached 7/10 after a run today" in window.advice_panel.reasons.text()


def test_number_keys_arrows_and_delete_rate_a_knee(qtbot, window):
    form = open_form(qtbot, window)
    row = form.left
    row.setFocus()
    qtbot.keyClicks(row, "10")
    assert row.value() == 10 and row.buttons[10].isChecked()
    qtbot.keyClick(row, Qt.Key.Key_4)  # "104" is not a rating: a fresh 4
    assert row.value() == 4
    qtbot.keyClick(row, Qt.Key.Key_Right)
    assert row.value() == 5 and row.state.text() == "5/10"
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    assert row.value() is None and row.state.text() == "not rated"
    qtbot.mouseClick(row.buttons[2], LEFT)
    qtbot.mouseClick(row.buttons[2], LEFT)  # a second click clears
    assert row.value() is None


def test_a_future_date_is_refused_beside_the_date_and_nothing_is_written(qtbot, window, diary):
    form = open_form(qtbot, window)
    form.when.setFocus()
    qtbot.keyClick(form.when, Qt.Key.Key_Up)  # tomorrow
    form.left.setFocus()
    qtbot.keyClick(form.left, Qt.Key.Key_2)
    qtbot.keyClick(form.left, Qt.Key.Key_Return)
    assert form.isVisible()
    assert "in the future" in form.message("at")
    assert form.errors.labels["at"].isVisible()
    assert form.focusWidget() is form.when  # focus goes to the field to fix
    assert form.when.accessibleDescription() == form.message("at")
    assert diary.pain_entries() == [] and diary.runs() == []


def test_a_note_over_2000_characters_is_refused_beside_the_note(qtbot, window, diary):
    form = open_form(qtbot, window)
    form.note.setPlainText("x" * NOTE_MAX_CHARS)
    form.note.moveCursor(form.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.note, "y")
    assert form.note_count.text() == "2,001 / 2,000: 1 too many"
    qtbot.mouseClick(form.left.buttons[1], LEFT)
    qtbot.mouseClick(form.save_button, LEFT)
    assert "2,001 characters long; the limit is 2,000" in form.message("note")
    assert diary.pain_entries() == []
    qtbot.keyClick(form.note, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.note, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves from the note
    assert len(diary.pain_entries()) == 1 and not form.isVisible()


@pytest.mark.parametrize("megabytes", [1, 10])
def test_a_huge_unbroken_paste_into_the_note_is_cut_to_the_limit_and_said(qtbot, window, diary, megabytes):
    form = open_form(qtbot, window)
    qtbot.keyClicks(form.note, "sore ")
    QGuiApplication.clipboard().setText("z" * (megabytes * 1_000_000))
    form.note.paste()  # Ctrl+V's path: insertFromMimeData
    text = form.note.toPlainText()
    assert len(text) == NOTE_MAX_CHARS and text.startswith("sore zzz")
    left_out = megabytes * 1_000_000 - (NOTE_MAX_CHARS - 5)
    assert form.note_count.text() == f"2,000 / 2,000 · the paste was cut: {left_out:,} characters left out"
    qtbot.mouseClick(form.left.buttons[2], LEFT)
    qtbot.mouseClick(form.save_button, LEFT)
    assert [len(p.note) for p in diary.pain_entries()] == [NOTE_MAX_CHARS]


def test_a_paste_that_fits_goes_in_whole(qtbot, window):
    form = open_form(qtbot, window)
    data = QMimeData()
    data.setText("hills at km 6")
    form.note.insertFromMimeData(data)
    assert form.note.toPlainText() == "hills at km 6" and "cut" not in form.note_count.text()


def test_number_fields_cut_a_paste_to_their_length(qtbot, window):
    form = open_form(qtbot, window)
    QGuiApplication.clipboard().setText("9" * 1_000_000)
    form.distance.paste()
    assert len(form.distance.text()) == form.distance.maxLength() == 32


def test_minutes_without_a_distance_and_an_empty_form_are_explained(qtbot, window, diary):
    form = open_form(qtbot, window)
    qtbot.keyClick(form.distance, Qt.Key.Key_Return)
    assert form.general_error.text() == "Enter a run distance, or rate at least one knee (0-10)."
    qtbot.keyClicks(form.minutes, "30")
    qtbot.keyClick(form.minutes, Qt.Key.Key_Return)
    assert form.message("distance_km") == "Enter the distance of the run in km"
    assert form.general_error.isHidden()
    qtbot.keyClicks(form.distance, "-3")
    qtbot.keyClick(form.distance, Qt.Key.Key_Return)
    assert form.message("distance_km") == "Distance must be more than 0, not -3"
    assert diary.runs() == []


def test_details_without_a_rating_ask_for_one(qtbot, window, diary):
    form = open_form(qtbot, window)
    qtbot.mouseClick(form.flags["swelling"], LEFT)
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.message("left") == "Rate at least one knee (left or right, 0-10)"
    assert diary.pain_entries() == []


def test_the_knee_map_toggles_by_click_and_by_keyboard(qtbot, window, diary):
    form = open_form(qtbot, window)
    drawing = form.knee_map.drawing
    qtbot.mouseClick(drawing, LEFT, pos=drawing.region_centre("inside").toPoint())
    qtbot.mouseClick(drawing, LEFT, pos=drawing.region_centre("front").toPoint())
    qtbot.mouseClick(drawing, LEFT, pos=drawing.region_centre("inside").toPoint())  # off again
    assert form.knee_map.selected() == ("front",)
    qtbot.mouseClick(drawing, LEFT, pos=QPoint(2, 2))  # outside the knee: nothing
    drawing.setFocus()
    assert drawing.focused == "inside"  # the last region clicked
    qtbot.keyClick(drawing, Qt.Key.Key_Down)  # → outside
    qtbot.keyClick(drawing, Qt.Key.Key_Down)  # → below
    qtbot.keyClick(drawing, Qt.Key.Key_Space)
    assert "Current: Below kneecap, selected" in drawing.accessibleDescription()
    qtbot.mouseClick(form.knee_map.back, LEFT)
    assert form.knee_map.selected() == ("front", "back", "below")
    qtbot.mouseClick(form.left.buttons[4], LEFT)
    qtbot.mouseClick(form.characters["sharp"], LEFT)
    qtbot.keyClick(drawing, Qt.Key.Key_Return)
    [entry] = diary.pain_entries()
    assert (entry.locations, entry.characters, entry.left, entry.right) == (("front", "back", "below"), ("sharp",), 4, None)


def test_pain_behind_the_knee_says_see_a_clinician_with_questions_to_ask(qtbot, window):
    form = open_form(qtbot, window)
    qtbot.mouseClick(form.knee_map.back, LEFT)
    qtbot.mouseClick(form.right.buttons[4], LEFT)
    qtbot.mouseClick(form.save_button, LEFT)
    panel = window.advice_panel
    qtbot.waitUntil(lambda: panel.headline.text() == "See a clinician")
    assert panel.questions.isVisibleTo(window)
    text = panel.questions.text()
    assert "Questions you could ask a clinician" in text and "About the pain behind the knee" in text
    assert "What would you look at to find out what is causing pain behind the knee?" in text


def test_miles_are_typed_in_miles_and_stored_in_km(qtbot, services, make_window, diary):
    services.settings.set("units", "mi")
    window = make_window()
    form = open_form(qtbot, window)
    assert form.distance.accessibleName() == "Distance in mi"
    qtbot.keyClicks(form.distance, "5")
    qtbot.keyClick(form.distance, Qt.Key.Key_Return)
    [run] = diary.runs()
    assert run.distance_km == pytest.approx(5 * KM_PER_MILE, abs=0.001)


def test_tab_order_follows_the_form(qtbot, window):
    form = open_form(qtbot, window)
    order = [form.distance]
    for _ in range(7):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        order.append(form.focusWidget())
    assert order == [form.distance, form.minutes, form.shoes, form.ratings["effort"], form.moment, form.left, form.right,
                     form.knee_map.drawing]  # fmt: skip


def test_morning_banner_offers_a_next_morning_rating(qtbot, diary, fake_clock, make_window):
    diary.add_run(Run(days_ago(fake_clock.now(), 1), 10.0))
    window = make_window()
    banner = actions_of(window).banner
    assert banner.isVisible() and "How is your knee this morning?" in banner.text.text()
    qtbot.mouseClick(banner.rate_button, LEFT)
    form = actions_of(window).entry_form
    assert form.moment.currentData() == "next-morning"
    assert form.focusWidget() is form.left
    qtbot.keyClick(form.left, Qt.Key.Key_1)
    qtbot.keyClick(form.left, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert [e.moment for e in diary.pain_entries()] == ["next-morning"]


def test_morning_banner_can_be_put_off_for_the_day(qtbot, diary, fake_clock, make_window):
    diary.add_pain(PainEntry(days_ago(fake_clock.now(), 1), "after-run", left=2))
    window = make_window()
    banner = actions_of(window).banner
    qtbot.mouseClick(banner.later_button, LEFT)
    window.diary_changed.emit(DiaryChanges.everything())
    assert not banner.isVisible()


def test_should_offer_only_the_morning_after():
    from datetime import date, datetime

    today = date(2026, 11, 23)
    run = Run(datetime(2026, 11, 22, 18), 5.0)
    assert should_offer([], [run], today)
    assert not should_offer([], [Run(datetime(2026, 11, 21, 18), 5.0)], today)
    assert should_offer([PainEntry(datetime(2026, 11, 22, 19), "after-run", left=1)], [], today)
    assert not should_offer([PainEntry(datetime(2026, 11, 22, 19), "other", left=1)], [], today)
    morning = PainEntry(datetime(2026, 11, 23, 7), "next-morning", left=1)
    assert not should_offer([morning], [run], today)


def test_tool_bar_actions_have_names_shortcuts_and_tooltips(window):
    actions = actions_of(window).actions
    assert [a.text() for a in window.toolbar.actions()] == [
        "Log run / pain", "History", "Shoes", "Export…", "Import…", "Clinician report…", "Settings…"]  # fmt: skip
    assert actions["log"].shortcut().toString() == "Ctrl+L"
    assert actions["history"].shortcut().toString() == "Ctrl+H"
    assert actions["log"].toolTip() == "Log a run and knee pain (Ctrl+L)"
    button = window.toolbar.widgetForAction(actions["history"])
    assert button.accessibleName() == "History" and "(Ctrl+H)" in button.toolTip()


def test_fixing_a_field_takes_its_message_away(qtbot, window):
    form = open_form(qtbot, window)
    qtbot.keyClicks(form.distance, "-3")
    qtbot.keyClicks(form.minutes, "30")
    form.save()
    assert form.message("distance_km") == "Distance must be more than 0, not -3"
    qtbot.keyClick(form.distance, Qt.Key.Key_Backspace)
    assert form.message("distance_km") == ""


def test_a_failed_save_writes_neither_the_run_nor_the_pain_so_retrying_logs_the_run_once(qtbot, window, diary, monkeypatch):
    import coach.core.diary.diary as diary_module
    from coach.core.errors import StorageError

    form = open_form(qtbot, window)
    qtbot.keyClicks(form.distance, "8")
    form.left.set_value(3)
    real_insert = diary_module.insert
    calls = []

    def failing_insert(conn, record):
        calls.append(type(record).__name__)
        if type(record).__name__ == "PainEntry":
            raise StorageError("the disk is full")
        return real_insert(conn, record)

    monkeypatch.setattr(diary_module, "insert", failing_insert)
    assert form.save() is False
    assert calls == ["Run", "PainEntry"]  # the run went in first, and was rolled back with the pain
    assert diary.runs() == [] and diary.pain_entries() == []
    monkeypatch.setattr(diary_module, "insert", real_insert)
    assert form.save() is True
    assert len(diary.runs()) == 1 and len(diary.pain_entries()) == 1


def test_effort_is_asked_with_the_run_and_stored(qtbot, window, diary):
    form = open_form(qtbot, window)
    qtbot.keyClicks(form.distance, "8")
    qtbot.keyClicks(form.minutes, "40")
    effort = form.ratings["effort"]
    effort.setFocus()
    qtbot.keyClick(effort, Qt.Key.Key_6)
    assert effort.value() == 6
    form.save()
    [run] = diary.runs()
    assert (run.minutes, run.effort) == (40.0, 6)


def test_esc_asks_before_it_throws_away_a_typed_entry(qtbot, window, notifier, diary):
    form = open_form(qtbot, window)
    qtbot.keyClick(form.distance, Qt.Key.Key_Escape)  # nothing typed: closes at once, nothing asked
    assert not form.isVisible() and notifier.questions == []
    form = open_form(qtbot, window)
    qtbot.keyClicks(form.distance, "8.2")
    notifier.answers = [False]  # "Keep editing"
    qtbot.keyClick(form.distance, Qt.Key.Key_Escape)
    assert form.isVisible() and form.distance.text() == "8.2"
    assert notifier.questions == ["Throw away what you typed in this entry?"]
    notifier.answers = [True]  # "Throw away"
    qtbot.keyClick(form.distance, Qt.Key.Key_Escape)
    assert not form.isVisible() and diary.runs() == []
