"""Routines → Export routine… and Import routine…: sharing a routine with a physio or a friend.

Export asks which routine and where, then writes one ``.routine.yaml`` (a zip
with the user's own pictures, see ``core.routines.sharing``). Import asks for a
file and shows it in the same offer dialog as ``coach open FILE``, which asks
Replace / Keep both when the id is taken. The three questions (which routine,
which file to write, which file to read) are attributes a test replaces, so no
test opens a real file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMainWindow, QMenu

from coach.core.errors import CoachError
from coach.core.routines.routine import Routine

MENU_NAME = "menu-routines"


def routines_menu(window: QMainWindow, title: str) -> QMenu:
    """The window's Routines menu, made once: other routine actions (the editor's) may share it."""
    found = window.menuBar().findChild(QMenu, MENU_NAME)
    if found is not None:
        return found
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(MENU_NAME)
    return menu


class RoutineSharing(QObject):
    """Owns the two actions; uses the window's ``services`` and ``offer_routine_file``."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("routine-sharing")
        self.window: Any = window  # the main window (not imported by type: that would be a cycle)
        self.import_action = QAction(self.tr("Import routine…"), window)
        self.import_action.setObjectName("action-import-routine")
        self.import_action.setToolTip(self.tr("Add a routine someone sent you: a .routine.yaml file or a .zip"))
        self.import_action.triggered.connect(lambda _=False: self.import_routine())
        self.export_action = QAction(self.tr("Export routine…"), window)
        self.export_action.setObjectName("action-export-routine")
        self.export_action.setToolTip(self.tr("Save a routine as one file to send to a physio or a friend"))
        self.export_action.triggered.connect(lambda _=False: self.export_routine())
        menu = routines_menu(window, self.tr("&Routines"))
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        self.choose_import_file: Callable[[], Path | None] = self._ask_import_file
        self.choose_export_file: Callable[[Routine, str], Path | None] = self._ask_export_file
        self.choose_routine: Callable[[list[Routine]], Routine | None] = self._ask_routine

    # --- import ------------------------------------------------------------------

    def import_routine(self, path: Path | None = None) -> QDialog | None:
        """Ask for a routine file (unless given) and offer it, as ``coach open FILE`` does."""
        path = path or self.choose_import_file()
        if path is None:
            return None
        dialog: QDialog = self.window.offer_routine_file(path)
        return dialog

    def _ask_import_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a routine"), str(Path.home()),
                                              self.tr("Routines (*.routine.yaml *.yaml *.yml *.zip);;All files (*)"))  # fmt: skip
        return Path(name) if name else None

    # --- export ------------------------------------------------------------------

    def export_routine(self, routine_id: str | None = None) -> Path | None:
        """Ask which routine (unless given) and where, then write it; the file written, or None."""
        from coach.core.routines import sharing

        catalog = self.window.services.catalog
        routine = catalog.get(routine_id) if routine_id else self.choose_routine(list(catalog))
        if routine is None:
            return None
        target = self.choose_export_file(routine, sharing.suggested_name(routine))
        if target is None:
            return None
        notifier = self.window.services.notifier
        try:
            result = sharing.export_routine(routine, target)
        except CoachError as error:
            notifier.error(self.tr("The routine could not be exported: {problem}").format(problem=error))
            return None
        if result.pictures:
            done = self.tr("Exported “{title}” with %n picture(s) of your own to {file}", "", len(result.pictures))
        else:
            done = self.tr("Exported “{title}” to {file}")
        notifier.confirm(done.format(title=routine.title, file=result.path.name))
        return result.path

    def _ask_routine(self, routines: list[Routine]) -> Routine | None:
        labels = [f"{routine.title} ({routine.id})" for routine in routines]
        if not labels:
            return None
        label, ok = QInputDialog.getItem(self.window, self.tr("Export a routine"), self.tr("Routine to export:"),
                                         labels, 0, False)  # fmt: skip
        return routines[labels.index(label)] if ok and label in labels else None

    def _ask_export_file(self, routine: Routine, suggested: str) -> Path | None:
        if suggested.endswith(".zip"):
            kinds = self.tr("Routine with its pictures (*.zip)")
        else:
            kinds = self.tr("Routine (*.routine.yaml *.yaml);;Routine in a zip (*.zip)")
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export “{title}”").format(title=routine.title),
                                              str(Path.home() / suggested), kinds)  # fmt: skip
        return Path(name) if name else None


def install(window: QMainWindow) -> RoutineSharing:
    return RoutineSharing(window)
