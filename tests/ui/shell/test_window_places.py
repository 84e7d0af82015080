"""Windows remember their size and place, come back on screen, and dialogs fit the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtWidgets import QWidget

from coach.ui.diary.entry_form import EntryForm
from coach.ui.diary.quick_pain import QuickPainDialog
from coach.ui.history.history import HistoryWindow
from coach.ui.main_window import MainWindow
from coach.ui.shell import window_geometry
from coach.ui.shell.window_geometry import keep_on_screen


class FakeScreen(QObject):
    """Only what the geometry code asks a screen: the room it leaves for windows, and when that changes."""

    availableGeometryChanged = Signal(QRect)  # noqa: N815 (Qt's name)

    def __init__(self, width: int, height: int, x: int = 0, y: int = 0):
        super().__init__()
        self.room = QRect(x, y, width, height)

    def shrink(self, width: int, height: int) -> None:
        self.room = QRect(self.room.x(), self.room.y(), width, height)
        self.availableGeometryChanged.emit(self.room)

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt's name)
        return self.room


@pytest.fixture
def small_screen(monkeypatch):
    """Every window's screen becomes a 1024×600 laptop's (less a 40 px panel)."""
    screen = FakeScreen(1024, 560)
    monkeypatch.setattr(window_geometry, "_screen_for", lambda _window: screen)
    return screen


def test_the_main_window_reopens_at_the_size_and_place_it_was_closed_at(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(60, 50, 700, 520)
    qtbot.waitUntil(lambda: window.size() == QSize(700, 520))
    window.close()
    assert services.paths.window_places.exists()

    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.place.restored
    assert again.size() == QSize(700, 520)
    assert again.geometry().topLeft().toTuple() == (60, 50)


def test_a_window_saved_on_a_bigger_screen_is_clamped_back_on_this_one(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(1500, 1200, 1900, 1000)  # a second monitor, since unplugged
    window.close()

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    room = again.screen().availableGeometry()
    assert room.contains(again.frameGeometry()), (again.frameGeometry(), room)


def test_a_damaged_places_file_only_means_the_default_size(qtbot, services):
    services.paths.root.mkdir(parents=True, exist_ok=True)
    services.paths.window_places.write_bytes(b"\x00\xff[main-window]\ngeometry=@ByteArray(nonsense)\n")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert not window.place.restored
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()


def test_history_remembers_its_own_place(qtbot, services):
    history = HistoryWindow(services)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitExposed(history)
    history.resize(640, 480)
    qtbot.waitUntil(lambda: history.size() == QSize(640, 480))
    history.close()
    again = HistoryWindow(services)
    qtbot.addWidget(again)
    assert again.size() == QSize(640, 480)


def test_a_screen_that_shrinks_brings_the_window_back_on_it(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(300, 200, 760, 560)
    qtbot.waitUntil(lambda: window.size() == QSize(760, 560))
    smaller = FakeScreen(1024, 560)
    window.setMinimumSize(1, 1)
    assert keep_on_screen(window, smaller)
    frame = window.frameGeometry()
    assert smaller.room.contains(frame), frame
    assert not keep_on_screen(window, smaller)  # already on screen: left alone


def test_a_screen_change_calls_the_clamp(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.setMinimumSize(1, 1)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(900, 700, 700, 500)
    screen = FakeScreen(1600, 1200)
    window.place._screen_changed(screen)  # what the window's screenChanged calls
    assert screen.room.contains(window.frameGeometry())
    screen.shrink(800, 480)  # a lower resolution, or a panel added
    assert QRect(0, 0, 800, 480).contains(window.frameGeometry()), window.frameGeometry()


def test_the_entry_form_fits_a_1024x600_screen_and_save_is_in_sight(qtbot, services, small_screen):
    form = EntryForm(services)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.height() <= small_screen.room.height() and form.width() <= small_screen.room.width()
    save = form.save_button
    top_left = save.mapTo(form, save.rect().topLeft())
    assert save.isVisible() and form.rect().contains(QRect(top_left, save.size()))
    assert form.scroll_area.verticalScrollBar().maximum() > 0  # the fields scroll instead


def test_the_entry_form_opens_whole_when_the_screen_has_room(qtbot, services):
    form = EntryForm(services)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    if form.height() < form.screen().availableGeometry().height() - 40:
        assert form.scroll_area.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("make", [lambda parent: QuickPainDialog(parent), lambda parent: EntryForm(parent.services, parent)])
def test_dialogs_are_never_larger_than_the_screen(qtbot, services, monkeypatch, make):
    tiny = FakeScreen(800, 440)
    monkeypatch.setattr(window_geometry, "_screen_for", lambda _window: tiny)
    parent = QWidget()
    parent.services = services
    qtbot.addWidget(parent)
    dialog = make(parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 440 or dialog.height() == dialog.minimumHeight()
    assert dialog.width() <= 800


def test_where_qt_refuses_its_own_record_the_plain_rectangle_is_used(qtbot, services):
    from PySide6.QtCore import QSettings

    places = QSettings(str(services.paths.window_places), QSettings.Format.IniFormat)
    places.setValue("main-window/geometry", b"not Qt's format")
    places.setValue("main-window/rect", [30, 40, 640, 480])
    places.sync()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.place.restored
    assert window.size() == QSize(640, 480)


def test_the_rectangle_is_saved_beside_qts_record(qtbot, services):
    from PySide6.QtCore import QSettings

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(20, 30, 660, 500)
    qtbot.waitUntil(lambda: window.size() == QSize(660, 500))
    window.close()
    places = QSettings(str(services.paths.window_places), QSettings.Format.IniFormat)
    assert [int(n) for n in places.value("main-window/rect")] == [20, 30, 660, 500]


def test_a_maximised_window_opens_maximised_again(qtbot, services):
    from PySide6.QtCore import QSettings

    places = QSettings(str(services.paths.window_places), QSettings.Format.IniFormat)
    places.setValue("main-window/rect", [30, 40, 640, 480])
    places.setValue("main-window/maximized", True)
    places.sync()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.isMaximized()
