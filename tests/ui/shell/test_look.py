"""Dark on every screen and dialog, charts readable in dark, and text that follows the system font size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.ui.shell import theme
from coach.ui.shell.colour_scheme import ColourScheme, contrast

ROLE = QPalette.ColorRole


@pytest.fixture
def dark(qapp):
    scheme = ColourScheme(qapp)
    scheme.apply("dark")
    yield scheme
    scheme.apply("system")


@pytest.fixture
def diary_filled(services):
    """Three weeks of runs, pain after each and a strength routine twice a week: every chart item has data."""
    now = services.clock.now()
    for day in range(21, 0, -2):
        at = (now - timedelta(days=day)).replace(hour=18, minute=0, second=0, microsecond=0)
        services.diary.add_run(Run(at, 6.0 + day % 5, 35.0, effort=5))
        services.diary.add_pain(PainEntry(at + timedelta(hours=1), "after-run", left=day % 3, right=1 + day % 4))
        if day % 4 == 1:
            services.diary.add_session(SessionRecord("tiny-test", "strength", at - timedelta(hours=3), "completed",
                                                     2, 2, at - timedelta(hours=2)))  # fmt: skip
    return services


def face(widget: QWidget) -> float:
    """The average lightness of what the widget paints (0 black … 255 white)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    values = [QColor(image.pixel(x, y)).lightness() for y in range(0, image.height(), step_y)
              for x in range(0, image.width(), step_x)]  # fmt: skip
    return sum(values) / len(values)


def is_dark_face(widget: QWidget) -> bool:
    return widget.palette().color(ROLE.Window).lightness() < 128 and face(widget) < 100


def test_the_check_sees_a_hard_coded_light_style_sheet(qtbot, dark):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(300, 200)
    assert is_dark_face(dialog)
    dialog.setStyleSheet("QDialog { background: #fafafa; }")
    assert not is_dark_face(dialog)


def _routine_file(tmp_path):
    from tests.ui.conftest import TINY_ROUTINE

    path = tmp_path / "sent.routine.yaml"
    path.write_text(TINY_ROUTINE.replace("id: tiny-test", "id: sent-by-physio"), encoding="utf-8")
    return path


def _watch_folder(tmp_path):
    from tests.runs_fixtures.fit_writer import garmin_run

    folder = tmp_path / "watch"
    folder.mkdir()
    (folder / "morning.fit").write_bytes(garmin_run(datetime(2026, 11, 18, 6, 30, tzinfo=UTC), 10.2, 54))
    (folder / "ride.fit").write_bytes(garmin_run(datetime(2026, 11, 19, 6, 30, tzinfo=UTC), 40, 80, sport="cycling"))
    return folder


def test_every_screen_and_dialog_opened_in_dark_is_dark(qtbot, dark, make_window, diary_filled, tmp_path):
    window = make_window()
    opened: dict[str, QWidget] = {"home": window}
    actions = window.diary_actions
    opened["history"] = actions.open_history()
    opened["shoes"] = actions.open_shoes()
    opened["past imports"] = window.run_import.show_imports()
    opened["routine offer"] = window.offer_routine_file(_routine_file(tmp_path))
    window.open_settings()
    settings = window.settings_dialog
    opened["settings"] = settings
    opened["about"] = window.open_about()
    opened["help"] = window.open_help()
    faces = {name: is_dark_face(widget) for name, widget in opened.items()}
    if settings.tabs is not None:  # the Plan tab (and Language, on the first tab, scrolled to)
        settings.tabs.setCurrentIndex(1)
        faces["settings, plan tab"] = is_dark_face(settings)
    settings.reject()  # deleted once closed
    del opened["settings"]
    editor = window.routine_editing.duplicate("tiny-test")
    assert editor is not None
    faces["editor"] = is_dark_face(editor)
    editor.close()
    faces["library"] = window.library.open() is not None and is_dark_face(window)
    window.library.close()
    window.run_import.preview([_watch_folder(tmp_path)])
    qtbot.waitUntil(lambda: window.run_import.dialog is not None, timeout=10_000)
    faces["import preview"] = is_dark_face(window.run_import.dialog)
    window.run_import.dialog.reject()
    for widget in opened.values():
        if widget is not window:
            widget.close()
    assert [name for name, dark_face in faces.items() if not dark_face] == []


def test_the_player_is_dark_in_each_kind_of_segment_and_when_done(qtbot, dark, make_player, services):
    player = make_player()
    player.begin()
    seen = {}
    for name, seconds in (("hold", 10.0), ("reps", 160.0), ("done", 30.0)):
        end = services.clock.monotonic() + seconds
        while services.clock.monotonic() < end and not player.session.is_over:
            services.clock.advance(0.5)
            player.timer.timeout.emit()
        seen[name] = (player.session.readout().segment.kind.value if not player.session.is_over else "done",
                      is_dark_face(player))  # fmt: skip
    player.shutdown()
    assert seen == {"hold": ("hold", True), "reps": ("reps", True), "done": ("done", True)}


def test_a_style_sheet_widget_built_in_light_turns_dark_with_the_app(qtbot, qapp):
    """Qt's style-sheet style copies the palette when it polishes: the banner on home kept white buttons."""
    banner = QWidget()
    banner.setObjectName("banner")
    qtbot.addWidget(banner)
    button = QPushButton("Rate it now", banner)
    banner.setStyleSheet("#banner { border: 2px solid #2a9d8f; }")
    banner.show()
    scheme = ColourScheme(qapp)
    try:
        scheme.apply("light")
        scheme.apply("dark")
        assert button.palette().color(ROLE.Button).lightness() < 128
        assert button.palette().color(ROLE.ButtonText).lightness() > 128
    finally:
        scheme.apply("system")


def _open_chart(qtbot, make_window):
    history = make_window().diary_actions.open_history()
    qtbot.waitExposed(history)
    history.grab()  # the chart is built after the first paint
    qtbot.waitUntil(lambda: history.chart is not None)
    return history


def _chart_pairs(history) -> dict[str, tuple[QColor, QColor]]:
    """Every text or mark colour of History's charts with the ground it sits on."""
    from coach.ui.history.runs_plot import ceiling_colours

    chart = history.chart
    plot_ground = chart.plot.backgroundBrush().color()
    legend_ground = chart.legend.palette().color(ROLE.Window)
    pairs: dict[str, tuple[QColor, QColor]] = {}
    for plot_name, plot in (("pain", chart.plot), ("runs", chart.runs_plot)):
        ground = plot.backgroundBrush().color()
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            pairs[f"{plot_name} {side} axis labels"] = (axis.textPen().color(), ground)
        assert ground == plot_ground
    for name, colour in chart.colours.items():
        pairs[f"{name} marks"] = (colour, plot_ground)
        pairs[f"{name} in the legend"] = (colour, legend_ground)
    line, _band, over = ceiling_colours(chart)
    pairs["ceiling line"] = (line, plot_ground)
    pairs["run over the ceiling"] = (over, plot_ground)
    pairs["run bars"] = (chart.runs_plot.stems.opts["pen"].color(), plot_ground)
    pairs["legend text"] = (chart.legend.palette().color(ROLE.WindowText), legend_ground)
    load = history.load.bars
    pairs["weekly load labels"] = (load.palette().color(ROLE.WindowText), load.palette().color(ROLE.Window))
    pairs["weekly load routines"] = (theme.chart_colour(load, "strength"), load.palette().color(ROLE.Window))
    return pairs


@pytest.mark.parametrize("scheme_name", ["dark", "light"])
def test_the_charts_text_and_marks_keep_4_5_to_1_on_their_ground(qtbot, qapp, diary_filled, make_window, scheme_name):
    scheme = ColourScheme(qapp)
    scheme.apply(scheme_name)
    try:
        history = _open_chart(qtbot, make_window)
        assert theme.is_dark(history.chart) == (scheme_name == "dark")
        low = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in _chart_pairs(history).items()
               if contrast(fg, bg) < 4.5}  # fmt: skip
        history.close()
    finally:
        scheme.apply("system")
    assert low == {}


def test_the_chart_takes_the_dark_colours_when_the_app_turns_dark(qtbot, qapp, diary_filled, make_window):
    scheme = ColourScheme(qapp)
    scheme.apply("light")
    try:
        history = _open_chart(qtbot, make_window)
        light_left = history.chart.colours["left"]
        scheme.apply("dark")
        qtbot.waitUntil(lambda: history.chart is not None and history.chart.colours["left"] != light_left)  # rebuilt
        assert history.chart.colours["left"] == QColor(theme.CHART_COLOURS["dark"]["left"])
        assert history.chart.plot.backgroundBrush().color().lightness() < 128
        history.close()
    finally:
        scheme.apply("system")


def test_the_advice_headline_keeps_4_5_to_1_in_dark_and_recolours_when_the_scheme_changes(qtbot, qapp, make_window):
    from coach.core.vocabulary import HEADLINES

    scheme = ColourScheme(qapp)
    scheme.apply("dark")
    try:
        window = make_window()
        ground = window.palette().color(QPalette.ColorRole.Window)
        for headline in HEADLINES:  # "see a clinician" was 2.3:1 on the dark window
            assert contrast(theme.headline_colour(headline, dark=True), ground) >= 4.5, headline
        panel = window.advice_panel
        assert QColor(theme.DARK_HEADLINE_COLOURS["start"]).name() in panel.headline.styleSheet()
        scheme.apply("light")
        qtbot.waitUntil(lambda: QColor(theme.HEADLINE_COLOURS["start"]).name() in panel.headline.styleSheet())
    finally:
        scheme.apply("system")


# --- text size -------------------------------------------------------------------------


@pytest.fixture
def larger_text(qapp):
    """The application font at 1.5 times its size, as a system text size of 150% gives it."""
    saved = QFont(qapp.font())

    def apply(factor: float) -> None:
        font = QFont(saved)
        font.setPointSizeF(saved.pointSizeF() * factor)
        qapp.setFont(font)

    yield apply
    qapp.setFont(saved)


def _text_sizes(widget: QWidget) -> list[tuple[str, int]]:
    """The pixel size of every label's and button's text, in a fixed order."""
    found = [w for w in widget.findChildren(QWidget) if isinstance(w, QLabel | QPushButton) and w.text()]
    return [(f"{type(w).__name__}:{w.objectName() or w.text()[:30]}", QFontInfo(w.font()).pixelSize()) for w in found]


def _grown(before: list[tuple[str, int]], after: list[tuple[str, int]], at_least: float) -> list[str]:
    assert [name for name, _ in before] == [name for name, _ in after]
    return [f"{name}: {small} -> {big}" for (name, small), (_, big) in zip(before, after, strict=True)
            if big < small * at_least]  # fmt: skip


def test_the_app_s_own_text_grows_with_the_system_font_size(qtbot, larger_text, services, diary_filled):
    from coach.ui.main_window import MainWindow

    def measure() -> dict[str, list[tuple[str, int]]]:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        sizes = {"home": _text_sizes(window)}
        history = window.diary_actions.open_history()
        sizes["history"] = _text_sizes(history)
        history.close()
        window.open_settings()
        sizes["settings"] = _text_sizes(window.settings_dialog)
        window.settings_dialog.reject()
        about = window.open_about()
        sizes["about"] = _text_sizes(about)
        about.reject()
        window.close()
        return sizes

    usual = measure()
    larger_text(1.5)
    larger = measure()
    assert {screen: _grown(usual[screen], larger[screen], 1.3) for screen in usual} == {screen: [] for screen in usual}


def test_the_player_s_big_digits_grow_with_the_system_font_size(qtbot, larger_text, services):
    from coach.ui.player.cue_player import RecordingCueOutput
    from coach.ui.player.player import PlayerPage
    from coach.ui.shell.screensaver import RecordingInhibitor

    def digits_and_name() -> tuple[int, int, int]:
        page = PlayerPage(services.catalog.get("tiny-test"), services, 1, cue_output=RecordingCueOutput(),
                          inhibitor=RecordingInhibitor())  # fmt: skip
        qtbot.addWidget(page)
        page.resize(1600, 1000)  # room to spare: the digits are not held back by the window
        page.show()
        qtbot.waitExposed(page)
        page.begin()
        services.clock.advance(2.0)
        page.timer.timeout.emit()
        view = page.view
        sizes = (QFontInfo(view.digits.font()).pixelSize(), QFontInfo(view.name_label.font()).pixelSize(),
                 QFontInfo(page.knee_button.font()).pixelSize())  # fmt: skip
        page.shutdown()
        page.close()
        return sizes

    usual = digits_and_name()
    larger_text(1.5)
    assert theme.text_factor() > 1.2
    larger = digits_and_name()
    assert [big > small for small, big in zip(usual, larger, strict=True)] == [True, True, True], (usual, larger)


def test_the_player_keeps_its_column_inside_a_small_window_at_a_large_text_size(qtbot, larger_text, services):
    """1024×600 at 150%: the text is as large as fits, and the cue stays below the digits."""
    from coach.ui.player.cue_player import RecordingCueOutput
    from coach.ui.player.player import PlayerPage
    from coach.ui.shell.screensaver import RecordingInhibitor

    larger_text(1.5)
    page = PlayerPage(services.catalog.get("tiny-test"), services, 1, cue_output=RecordingCueOutput(),
                      inhibitor=RecordingInhibitor())  # fmt: skip
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.show()
    qtbot.waitExposed(page)
    page.begin()
    services.clock.advance(2.0)
    page.timer.timeout.emit()
    view = page.view
    digits, cue = view.digits.geometry(), view.cue_label.geometry()
    glyphs_bottom = digits.center().y() + QFontInfo(view.digits.font()).pixelSize() * 0.4
    page.shutdown()
    assert glyphs_bottom <= cue.top() + 2
    assert cue.bottom() <= view.content.height()
