"""The Shoes window: each pair's own limit and the default pair, as a user sets them."""

from datetime import date

from PySide6.QtCore import Qt

from coach.core.diary.records import Run, Shoe
from coach.ui.diary.entry_form import EntryForm
from coach.ui.diary.shoes import ShoesDialog


def open_dialog(qtbot, services) -> ShoesDialog:
    dialog = ShoesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_racing_flat_gets_its_own_limit_and_warns_sooner(qtbot, services, diary):
    diary.add_shoe(Shoe("Racer", date(2026, 1, 1), 320.0))
    dialog = open_dialog(qtbot, services)
    assert dialog.table.item(0, dialog.STATUS).text() == "In use"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.limit_button, Qt.MouseButton.LeftButton)
    ask = dialog.limit_dialog
    assert ask is not None and ask.isVisible() and ask.intValue() == 800
    ask.setIntValue(500)
    ask.accept()
    assert diary.shoes()[0].limit_km == 500.0
    assert (dialog.table.item(0, 3).text(), dialog.table.item(0, dialog.STATUS).text()) == (
        "500 km", "Past 300 km, check their cushioning")  # fmt: skip
    assert dialog.warning.text() == "⚠ “Racer” 320 km: past 300 km, check their cushioning."


def test_a_new_pair_may_be_given_a_limit_and_a_bad_one_is_said_beside_it(qtbot, services, diary):
    dialog = open_dialog(qtbot, services)
    qtbot.keyClicks(dialog.name, "Spikes")
    qtbot.keyClicks(dialog.limit, "20")
    assert dialog.add() is False
    assert dialog.errors.message("limit_km") == "The limit must be 50 to 5000 km, not 20 km"
    assert diary.shoes() == []
    dialog.limit.clear()
    qtbot.keyClicks(dialog.limit, "300")
    assert dialog.add() is True
    assert [(s.name, s.limit_km) for s in diary.shoes()] == [("Spikes", 300.0)]


def test_the_default_pair_is_marked_and_the_entry_form_starts_on_it(qtbot, services, diary, fake_clock):
    diary.add_shoe(Shoe("Daily", date(2026, 1, 1)))
    diary.add_shoe(Shoe("Racer", date(2026, 2, 1)))
    diary.add_run(Run(fake_clock.now(), 10.0, 60.0, "Racer"))  # the latest run was a race
    dialog = open_dialog(qtbot, services)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    assert services.settings.get("runs.default_shoe") == "Daily"
    assert dialog.table.item(0, 0).text() == "Daily  (default)" and dialog.default_button.text() == "No &default"
    form = EntryForm(services)
    qtbot.addWidget(form)
    assert form.shoes.currentData() == "Daily"  # the usual pair, not the race's
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    assert services.settings.get("runs.default_shoe") == ""
    again = EntryForm(services)
    qtbot.addWidget(again)
    assert again.shoes.currentData() == "Racer"  # no default: the latest run's pair
