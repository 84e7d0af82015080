"""Help (F1) and About: offline pages from the packaged help files."""

from PySide6.QtCore import Qt

from coach import __version__
from coach.core.advice.advice import SOURCES


def test_f1_opens_help_with_the_keys(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help_menu.help_window
    assert help_window is not None and help_window.isVisible()
    text = help_window.text.toPlainText()
    assert "The screens and their keys" in text and "Knee hurts" in text and "Ctrl+H" in text
    assert window.help_menu.open_help() is help_window  # one at a time
    help_window.activateWindow()
    qtbot.waitUntil(help_window.isActiveWindow)
    qtbot.keyClick(help_window.text, Qt.Key.Key_Escape)  # as every other window closes
    assert not help_window.isVisible()


def test_about_names_the_version_the_folder_and_every_source_in_full(qtbot, make_window, services):
    window = make_window()
    about = window.help_menu.open_about()
    assert about.isVisible()
    assert about.findChild(type(about.folder_note), "about-title").text() == f"Prehab Coach {__version__}"
    assert about.folder.text() == str(services.paths.root) and about.folder.isReadOnly()
    sources = about.sources.toPlainText()
    assert all(source in sources for source in SOURCES) and "Am J Sports Med" in sources
    opened = []
    about.open_url = lambda url: opened.append(url.toLocalFile()) or True
    qtbot.mouseClick(about.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(services.paths.root)]
    about.open_url = lambda url: False
    about.open_folder()
    assert about.folder_note.isVisible() and str(services.paths.root) in about.folder_note.text()


def test_a_routine_file_someone_sent_is_shown_and_added_on_the_users_word(qtbot, make_window, services, tmp_path):
    from tests.core.routine_text import TINY

    sent = tmp_path / "bridges.routine.yaml"
    sent.write_text(TINY.replace("id: tiny", "id: physio-bridges").replace("title: Tiny routine", "title: From Anna"))
    window = make_window()
    dialog = window.offer_routine_file(sent)
    assert dialog.isVisible() and dialog.heading.text() == "Add “From Anna” to your routines?"
    details = dialog.details.toPlainText()
    assert "1. Wall sit — 30 s × 2 sets, each side" in details and "2. Calf raises — 10 reps" in details
    assert not (services.paths.routines / "physio-bridges.yaml").exists()  # nothing before Add
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert (services.paths.routines / "physio-bridges.yaml").read_text() == sent.read_text()
    assert services.notifier.confirmations[-1].startswith("Added to your routines (physio-bridges.yaml)")


def test_a_broken_routine_file_says_why_and_offers_no_add(qtbot, make_window, services, tmp_path):
    sent = tmp_path / "broken.routine.yaml"
    sent.write_text("id: Not A Slug\n")
    window = make_window()
    dialog = window.offer_routine_file(sent)
    assert dialog.heading.text() == "broken.routine.yaml cannot be used as a routine:"
    assert dialog.add_button is None and "must be lowercase letters" in dialog.details.toPlainText()
