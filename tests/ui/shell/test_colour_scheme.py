"""System, light or dark: chosen in Settings, applied at once, readable in each."""

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coach.ui.shell.colour_scheme import ColourScheme, contrast, dark_palette

ROLE = QPalette.ColorRole
PAIRS = [(ROLE.WindowText, ROLE.Window), (ROLE.Text, ROLE.Base), (ROLE.ButtonText, ROLE.Button),
         (ROLE.HighlightedText, ROLE.Highlight), (ROLE.ToolTipText, ROLE.ToolTipBase), (ROLE.Link, ROLE.Base),
         (ROLE.PlaceholderText, ROLE.Base)]  # fmt: skip


@pytest.mark.parametrize("foreground, background", PAIRS)
def test_the_dark_palette_keeps_every_text_readable(qapp, foreground, background):
    palette = dark_palette()
    assert contrast(palette.color(foreground), palette.color(background)) >= 4.5


def test_contrast_is_the_wcag_ratio(qapp):
    from PySide6.QtGui import QColor

    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.fixture
def scheme(qapp):
    chosen = ColourScheme(QApplication.instance())
    yield chosen
    chosen.apply("system")


def test_dark_light_and_back_to_the_system(qapp, scheme):
    system = QPalette(qapp.palette()).color(ROLE.Window)
    scheme.apply("dark")
    assert qapp.palette().color(ROLE.Window).lightness() < 128
    scheme.apply("light")
    assert qapp.palette().color(ROLE.Window).lightness() >= 128
    scheme.apply("system")
    assert qapp.palette().color(ROLE.Window) == system
    scheme.apply("purple")  # an unknown word in the diary: the system's colours
    assert scheme.current == "system"


def test_settings_switch_the_whole_app_to_dark(qtbot, make_window, services, qapp):
    from PySide6.QtCore import Qt

    window = make_window()
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.mouseClick(dialog.findChild(type(dialog.colour_buttons.buttons()[0]), "colours-dark"), Qt.MouseButton.LeftButton)
    try:
        dialog.accept()
        assert services.settings.get("theme") == "dark"
        assert qapp.palette().color(ROLE.Window).lightness() < 128
        qtbot.waitUntil(lambda: window.home.palette().color(ROLE.Window).lightness() < 128)  # the open window too
    finally:
        window.colour_scheme.apply("system")
