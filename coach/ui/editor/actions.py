"""The main window's Routines menu: New routine…, Duplicate routine…, Edit routine….

Built-in routines are read-only: they can be duplicated (a new id, saved in the
user's folder), not edited. The editor's "Try it" plays through the window's
own player; a save reloads the routines so home shows it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow

from coach.core.routines.routine import Routine
from coach.ui.services import Services

if TYPE_CHECKING:  # the editor's modules (and ruamel.yaml) load when an editor first opens, not at start-up
    from coach.core.routines.document import RoutineDocument
    from coach.core.routines.draft import RoutineDraft
    from coach.core.routines.library import Library
    from coach.ui.editor.editor_window import RoutineEditor


@dataclass
class EditorHost:
    """What routine editing needs from the window it lives in, and nothing more."""

    services: Services
    window: QMainWindow  # holds the Routines menu, parents the editors and their questions
    exercise_library: Callable[[], tuple[Library, str]]  # read once, shared with the library page
    play_trial: Callable[[Routine], None]  # a try-out of a draft: nothing goes into the diary
    reload_routines: Callable[[], None]  # the routines folder read again now (after a save)


class RoutineEditing(QObject):
    """Opens editors for the main window and carries their results back to it."""

    def __init__(self, host: EditorHost):
        super().__init__(host.window)
        self.host = host
        self.services = host.services
        window = self.window = host.window
        self.editors: list[RoutineEditor] = []
        from coach.ui.home.routine_sharing import routines_menu  # one Routines menu, shared with Import / Export

        menu = routines_menu(window, QCoreApplication.translate("RoutineEditing", "&Routines"))
        if not menu.isEmpty():
            menu.addSeparator()
        specs = (
            (QCoreApplication.translate("RoutineEditing", "New routine…"), "action-new-routine", self.new_routine),
            (QCoreApplication.translate("RoutineEditing", "Duplicate routine…"), "action-duplicate-routine",
             self.ask_duplicate),
            (QCoreApplication.translate("RoutineEditing", "Edit routine…"), "action-edit-routine", self.ask_edit),
        )  # fmt: skip
        for text, name, slot in specs:
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            menu.addAction(action)

    def user_routines(self) -> list[Routine]:
        folder = self.services.paths.routines
        return [r for r in self.services.catalog if r.source is not None and r.source.parent == folder]

    def new_routine(self) -> RoutineEditor:
        from coach.core.routines.document import RoutineDocument
        from coach.core.routines.draft import RoutineDraft

        draft = RoutineDraft(id=self._free_id("my-routine"),
                             title=QCoreApplication.translate("RoutineEditing", "My routine"),
                             when=QCoreApplication.translate("RoutineEditing", "Any day"),
                             summary="")  # the box shows what belongs there; nothing unwritten is saved
        return self._open(draft, RoutineDocument(), None)

    def duplicate(self, routine_id: str) -> RoutineEditor | None:
        from coach.core.routines.draft import routine_draft

        routine = self.services.catalog.get(routine_id)
        if routine is None:
            return None
        title = QCoreApplication.translate("RoutineEditing", "{title} (copy)").format(title=routine.title)
        draft = replace(routine_draft(routine), id=self._free_id(f"{routine.id}-copy"), title=title[:60])
        return self._open(draft, _document(routine.source), None)

    def edit(self, routine_id: str) -> RoutineEditor | None:
        from coach.core.routines.draft import routine_draft

        routine = next((r for r in self.user_routines() if r.id == routine_id), None)
        if routine is None or routine.source is None:
            return None
        return self._open(routine_draft(routine), _document(routine.source), routine.source)

    def ask_duplicate(self) -> None:
        routines = list(self.services.catalog)
        title = QCoreApplication.translate("RoutineEditing", "Duplicate routine")
        label = QCoreApplication.translate("RoutineEditing", "Routine to copy:")
        if (chosen := self._choose(title, label, routines)) is not None:
            self.duplicate(chosen.id)

    def ask_edit(self) -> None:
        routines = self.user_routines()
        if not routines:
            self.services.notifier.info(QCoreApplication.translate(
                "RoutineEditing", "The built-in routines cannot be changed: duplicate one first, then edit your copy."))
            return
        title = QCoreApplication.translate("RoutineEditing", "Edit routine")
        label = QCoreApplication.translate("RoutineEditing", "Your routine to edit:")
        if (chosen := self._choose(title, label, routines)) is not None:
            self.edit(chosen.id)

    def _choose(self, title: str, label: str, routines: list[Routine]) -> Routine | None:
        names = [QCoreApplication.translate("RoutineEditing", "{title} ({id})").format(title=r.title, id=r.id) for r in routines]
        name, ok = QInputDialog.getItem(self.window, title, label, names, 0, False)
        return routines[names.index(name)] if ok and name in names else None

    def _free_id(self, base: str) -> str:
        taken = set(self.services.catalog.routines)
        folder = self.services.paths.routines
        candidate, number = base, 2
        while candidate in taken or (folder / f"{candidate}.yaml").exists():
            candidate, number = f"{base}-{number}", number + 1
        return candidate

    def _open(self, draft: RoutineDraft, document: RoutineDocument, path: Path | None) -> RoutineEditor:
        from PySide6.QtCore import Qt  # not at the top: this module loads on the way to the first frame

        from coach.core.routines.exercise_choices import exercise_choices
        from coach.ui.editor.editor_window import RoutineEditor

        library, _problem = self.host.exercise_library()  # read once (its problems told then)
        choices = exercise_choices(library, self.services.catalog)
        editor = RoutineEditor(self.services, draft, document, path, choices, self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed is gone: a new one opens next time
        editor.play_requested.connect(self._try)
        editor.saved.connect(lambda _path: self.host.reload_routines())
        editor.destroyed.connect(lambda _obj=None, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        editor.activateWindow()
        return editor

    def _try(self, routine: Routine) -> None:
        self.host.play_trial(routine)
        self.window.raise_()
        self.window.activateWindow()


def _document(source: Path | None) -> RoutineDocument:
    """The file as written, so its comments survive; empty when it cannot be read (it is written afresh)."""
    from coach.core.routines.document import RoutineDocument
    from coach.core.safe_read import UnreadableFile, read_regular

    if source is None:
        return RoutineDocument()
    try:
        return RoutineDocument(read_regular(source, 256 * 1024).decode("utf-8"))
    except (UnreadableFile, UnicodeDecodeError, OSError):
        return RoutineDocument()
