"""The exercise library's place in the main window: a menu item, its key, and the page in the stack.

Kept here so main_window.py needs one line. The library file is read the first
time the page opens (start-up is measured), and the page is rebuilt when the
routines change, so "Used in" stays true.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from coach.core.errors import RoutineError

if TYPE_CHECKING:  # the page (QtSvg) and the loader (PyYAML) load when the library first opens
    from coach.core.routines.library import Library
    from coach.ui.library.library_page import LibraryPage

SHORTCUT = "Ctrl+Shift+L"


class LibraryActions(QObject):
    def __init__(self, window: Any):
        """``window`` is the main window: its ``services``, ``stack``, ``home``, ``player`` and
        ``first_frame_shown`` are used (not imported by type: that would be a cycle)."""
        super().__init__(window)
        self.setObjectName("library-actions")
        self.window = window
        self.page: LibraryPage | None = None
        self._loaded: tuple[Library, str] | None = None
        self.action = QAction(self.tr("Exercise library"), window)
        self.action.setObjectName("action-library")
        self.action.setToolTip(self.tr("Every exercise: how to do it, what it does for the knee, easier and harder ones"))
        self.action.triggered.connect(lambda _=False: self.open())
        menu = window.menuBar().addMenu(self.tr("&Exercises"))
        menu.addAction(self.action)
        window.addAction(self.action)
        window.first_frame_shown.connect(self._add_keys)

    def _add_keys(self) -> None:
        self.action.setShortcut(QKeySequence(SHORTCUT))
        native = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{self.action.toolTip()} ({native})")

    def open(self, exercise_id: str | None = None) -> LibraryPage | None:
        """Show the library page (not during a session: the player keeps the screen)."""
        window = self.window
        if window.player is not None:
            return None
        routines = list(window.services.catalog)
        if self.page is None:
            from coach.ui.library.library_page import LibraryPage

            library, problem = self.load()
            self.page = LibraryPage(library, routines, window.services.clock, problem)
            self.page.closed.connect(self.close)
            window.stack.addWidget(self.page)
        else:
            self.page.set_routines(routines)
        window.stack.setCurrentWidget(self.page)
        if exercise_id is not None:
            self.page.show_exercise(exercise_id)
        self.page.focus_search()
        return self.page

    def load(self) -> tuple[Library, str]:
        """The library in the app's language and why it is empty ("" when read); read once, on first use
        (the library page and the editor's "Add from library…" share it)."""
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    def _read(self) -> tuple[Library, str]:
        from coach.core.paths import builtin_routines_dir
        from coach.core.routines.library import Library, load_library
        from coach.core.routines.routine_text import library_in_language

        try:
            language = self.window.services.context.language  # the library's words in the app's language
            return library_in_language(load_library(), builtin_routines_dir(), language), ""
        except RoutineError as error:
            self.window.services.notifier.error(self.tr("The exercise library could not be read:\n{problems}").format(
                problems=error))  # fmt: skip
            return Library(), self.tr("The exercise library could not be read; see the message for where.")

    def close(self) -> None:
        """Back to home."""
        if self.page is not None and self.window.stack.currentWidget() is self.page:
            self.window.stack.setCurrentWidget(self.window.home)
            self.window.home.setFocus()


def install(window: Any) -> LibraryActions:
    return LibraryActions(window)
