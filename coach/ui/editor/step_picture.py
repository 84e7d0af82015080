"""The editor's pictures of the user's own: a step's preview, "Choose picture…", and where chosen ones wait.

A mixin of ``RoutineEditor`` (it uses the editor's draft, selection, step form
and ``_edit``), kept apart so each file holds one job. A chosen picture stays in
``pictures`` (name → bytes) until the routine is saved, when ``save_draft``
writes it beside the routine file; meanwhile the draft is checked, and tried,
from a staging folder of this editor's own (removed when it closes).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from coach.core.paths import assets_dir
from coach.core.routines.draft_pictures import PictureRefused, choose_picture
from coach.ui.editor.forms import PREVIEW_PX
from coach.ui.editor.thumbnail import picture_pixmap, pixmap_of

if TYPE_CHECKING:
    from coach.core.routines.draft import RoutineDraft
    from coach.ui.editor.forms import StepForm
    from coach.ui.services import Services


class PictureChoosing:
    """Needs ``services``, ``path``, ``draft``, ``selected``, ``step_form`` and ``_edit`` of the editor.
    Its words go through ``QCoreApplication.translate("PictureChoosing", …)``: ``self.tr`` here would
    look them up under the editor's class name, not the one lupdate files them under."""

    services: Services
    path: Path | None
    draft: RoutineDraft
    selected: int
    step_form: StepForm
    pictures: dict[str, bytes]
    _staging: Path | None
    _preview_of: str | None
    ask_picture_file: Callable[[], Path | None]

    if TYPE_CHECKING:
        def _edit(self, draft: RoutineDraft, text: str, merge_key: str = "", selected: int | None = None) -> None: ...

    def _init_pictures(self) -> None:
        self.pictures = {}  # pictures chosen for steps, written beside the routine on save
        self._staging = None  # where a draft with chosen pictures is checked (and tried) meanwhile
        self._preview_of = None  # the picture name the preview shows
        self.ask_picture_file = self._ask_picture_file  # a test replaces it

    def _show_picture(self, name: str) -> None:
        if name == self._preview_of:
            return
        self._preview_of = name
        pixmap = None
        if name in self.pictures:
            pixmap = pixmap_of(self.pictures[name], name.lower().endswith(".svg"), PREVIEW_PX)
        elif name and Path(name).name == name:
            folders = (self.path.parent if self.path else self.services.paths.routines, assets_dir() / "images",
                       assets_dir())  # fmt: skip
            found = next((folder / name for folder in folders if (folder / name).is_file()), None)
            pixmap = picture_pixmap(found, PREVIEW_PX)
        self.step_form.show_picture(pixmap)

    def _ask_picture_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.step_form.window(), QCoreApplication.translate("PictureChoosing", "Choose a picture for this step"),
            str(Path.home()), QCoreApplication.translate("PictureChoosing", "Pictures (*.svg *.png)"))  # fmt: skip
        return Path(name) if name else None

    def choose_picture(self, path: Path | None = None) -> bool:
        """"Choose picture…": an SVG or PNG of the user's own for the selected step, checked as an
        imported picture is; refused with the reason beside the field. It is written on save."""
        if not 0 <= self.selected < len(self.draft.steps):
            return False
        path = path or self.ask_picture_file()
        if path is None:
            return False
        try:
            chosen = choose_picture(path, self.services.paths.routines, assets_dir(), self.pictures)
        except PictureRefused as error:
            self.step_form.show_picture_note(str(error))
            return False
        self.step_form.show_picture_note("")
        self.pictures[chosen.name] = chosen.data
        step = replace(self.draft.steps[self.selected], image=chosen.name)
        self._edit(self.draft.with_step(self.selected, step), QCoreApplication.translate("PictureChoosing", "Choose picture"))
        return True

    def _staging_folder(self) -> Path | None:
        if not self.pictures:
            return None
        if self._staging is None:
            self._staging = Path(tempfile.mkdtemp(prefix="coach-editor-"))
        return self._staging


    def _drop_staging(self) -> None:
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)  # a try-out still playing shows no picture then
            self._staging = None
