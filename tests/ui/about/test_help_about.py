"""Help (F1) and About: offline pages from the packaged help files."""

from PySide6.QtCore import Qt

from coach import __version__
from coach.core.advice.advice import SOURCES


def test_f1_opens_help_with_the_keys(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    text = help_window.text.toPlainText()
    assert "The screens and their keys" in text and "Knee hurts" in text and "Ctrl+H" in text
    assert window.open_help() is help_window  # one at a time


def test_about_names_the_version_the_folder_and_every_source_in_full(qtbot, make_window, services):
    window = make_window()
    about = window.open_about()
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
