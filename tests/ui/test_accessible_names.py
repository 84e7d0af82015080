"""Every control of the newer windows can be found by a screen reader: each control that
takes focus has a name (its own text, or an accessible name)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from coach.core.diary.records import Shoe
from tests.core.routine_text import TINY


def unnamed(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        internal = widget.objectName().startswith("qt_")  # a spin box's own line edit: the spin box is named
        silent = widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel)
        if internal or silent or not widget.isVisibleTo(window):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (text.replace("&", "").strip() or widget.accessibleName().strip()):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def windows(services, window, tmp_path):
    from coach.core.routines.exercise_choices import exercise_choices
    from coach.ui.about.about_dialog import AboutDialog
    from coach.ui.about.help_window import HelpWindow
    from coach.ui.diary.shoes import ShoesDialog
    from coach.ui.editor.picker import ExercisePicker
    from coach.ui.runs.imports_dialog import ImportsDialog

    services.diary.add_shoe(Shoe("Daily", date(2026, 1, 1)))
    sent = tmp_path / "sent.routine.yaml"
    sent.write_text(TINY.replace("id: tiny", "id: sent"))
    return {
        "shoes": ShoesDialog(services, window),
        "imports": ImportsDialog(services, window),
        "about": AboutDialog(services.paths.root, window),
        "help": HelpWindow(window),
        "routine offer": window.offer_routine_file(sent),
        "routine editor": window.routine_editing.duplicate("knee-strength"),
        "exercise picker": ExercisePicker(exercise_choices(window.library.load()[0], services.catalog), window),
    }


@pytest.mark.parametrize("name", ["shoes", "imports", "about", "help", "routine offer", "routine editor",
                                  "exercise picker"])
def test_every_control_is_named(qtbot, make_window, services, tmp_path, name):
    window = make_window()
    shown = windows(services, window, tmp_path)[name]
    shown.show()
    QApplication.processEvents()
    assert unnamed(shown) == []


def test_the_settings_dialog_names_every_control_it_gained(qtbot, make_window):
    window = make_window()
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    dialog.tabs.setCurrentIndex(1)  # the Plan tab
    assert dialog.plan_form.isVisible()
    assert unnamed(dialog) == []
    dialog.reject()
