"""The app follows the system palette, dark or light: no screen keeps a hard-coded light face.

The application palette is set to a dark one (and, as a control, a light one)
before the windows are built, as a dark desktop does; each screen is then
rendered and its average lightness measured. Style sheets are also read: a
hard-coded light background, or black text, would be unreadable on a dark
desktop. Accents (the red "Knee hurts" button with white text, coloured
headlines) are fine; a white panel is not.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

DARK = {
    "Window": "#202124", "WindowText": "#e8eaed", "Base": "#17181a", "AlternateBase": "#2a2b2e", "Text": "#e8eaed",
    "Button": "#303134", "ButtonText": "#e8eaed", "ToolTipBase": "#303134", "ToolTipText": "#e8eaed",
    "PlaceholderText": "#9aa0a6", "Highlight": "#8ab4f8", "HighlightedText": "#202124", "Light": "#3c4043",
    "Midlight": "#35363a", "Mid": "#2b2c2f", "Dark": "#121314", "Shadow": "#000000", "BrightText": "#ffffff",
    "Link": "#8ab4f8",
}  # fmt: skip
# "background: white" / "#fff..." / light rgb(), and dark text colours, written into a style sheet.
COLOUR = r"(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|\b[a-z]+\b)"
BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*" + COLOUR)
TEXT = re.compile(r"(?<![-\w])color\s*:\s*" + COLOUR)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


@pytest.fixture(params=["dark", "light"])
def scheme(request, qapp):
    saved = QPalette(qapp.palette())
    qapp.setPalette(dark_palette() if request.param == "dark" else qapp.style().standardPalette())
    yield request.param
    qapp.setPalette(saved)


def lightness(widget: QWidget) -> float:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 80)
    values = [QColor(image.pixel(x, y)).lightness() for y in range(0, image.height(), step_y)
              for x in range(0, image.width(), step_x)]  # fmt: skip
    return sum(values) / len(values)


def _colour(text: str) -> QColor | None:
    colour = QColor(text)
    if colour.isValid():
        return colour
    numbers = [float(n) for n in re.findall(r"[\d.]+", text)]
    if text.startswith("rgb") and len(numbers) >= 3:
        alpha = numbers[3] / (255 if numbers[3] > 1 else 1) if len(numbers) > 3 else 1.0
        return QColor(int(numbers[0]), int(numbers[1]), int(numbers[2]), int(alpha * 255))
    return None  # palette(...), transparent, inherit...


def hard_coded(widgets: list[QWidget]) -> list[str]:
    """Style sheets that paint a light background with no text colour of their own, or set black text."""
    found = []
    for widget in widgets:
        sheet = widget.styleSheet()
        if not sheet:
            continue
        for rule in re.findall(r"[^{}]*\{[^}]*\}", sheet) or [sheet]:
            background = next((c for c in map(_colour, BACKGROUND.findall(rule)) if c is not None), None)
            text = next((c for c in map(_colour, TEXT.findall(rule)) if c is not None), None)
            where = f"{type(widget).__name__}#{widget.objectName()}: {rule.strip()[:90]}"
            if background is not None and background.alpha() > 128 and background.lightness() > 200:
                found.append(f"light background: {where}")
            if text is not None and text.lightness() < 60 and (background is None or background.lightness() < 128):
                found.append(f"dark text: {where}")
    return found


def screens(main_window, diary_actions, fake_clock) -> dict[str, QWidget]:
    """Every screen, built after the palette was set."""
    built = {"home": main_window}
    form = diary_actions.open_entry_form()
    built["entry form"] = form
    built["history"] = diary_actions.open_history()
    built["shoes"] = diary_actions.open_shoes()
    return built


def test_every_screen_follows_the_palette(scheme, main_window, diary_actions, fake_clock, qtbot):
    built = screens(main_window, diary_actions, fake_clock)
    faces = {name: lightness(widget) for name, widget in built.items()}
    main_window.play("knee-strength")
    faces["player"] = lightness(main_window)
    for widget in built.values():
        if widget is not main_window:
            widget.close()

    if scheme == "dark":
        assert {name: round(v) for name, v in faces.items() if v > 100} == {}, faces
    else:
        assert {name: round(v) for name, v in faces.items() if v < 155} == {}, faces


def test_the_history_chart_follows_the_palette(scheme, diary_actions, qtbot):
    history = diary_actions.open_history()
    qtbot.waitExposed(history)
    history.grab()  # the chart (and pyqtgraph) is built on the first paint
    qtbot.waitUntil(lambda: history.chart is not None)
    face = lightness(history.chart)
    history.close()
    assert face < 100 if scheme == "dark" else face > 155, face


def _all_widgets(main_window, diary_actions) -> list[QWidget]:
    tops = [main_window, diary_actions.open_entry_form(), diary_actions.open_history(), diary_actions.open_shoes()]
    main_window.play("knee-strength")
    widgets = [w for top in tops for w in (top, *top.findChildren(QWidget))]
    return widgets + list(QApplication.instance().findChildren(QWidget))


def test_no_style_sheet_hard_codes_a_light_background(main_window, diary_actions):
    # The one exception: the illustrations are dark line art and keep a light mat
    # (softened on dark desktops, see player_view.py).
    found = [p for p in hard_coded(_all_widgets(main_window, diary_actions)) if "light background" in p]
    assert [p for p in found if "#picture-card" not in p] == []


def test_no_style_sheet_hard_codes_black_text(main_window, diary_actions):
    assert [p for p in hard_coded(_all_widgets(main_window, diary_actions)) if "dark text" in p] == []


def test_the_palette_scheme_is_what_the_app_reports(scheme, main_window):
    from coach.ui.shell import theme

    assert theme.is_dark(main_window) == (scheme == "dark")
