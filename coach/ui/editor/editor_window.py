"""The routine editor: a form for the routine, its steps, and the selected step.

Every edit makes a new (frozen) draft and goes on a ``QUndoStack``; the draft is
judged by the loader's own rules a moment after typing stops (``draft_check``)
and each problem is shown beside its field. "Try it" hands the checked routine
to the main window's player; Save writes it into the user's routines folder.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.core.errors import CoachError
from coach.core.paths import assets_dir
from coach.core.routines.document import RoutineDocument
from coach.core.routines.draft import RoutineDraft, StepDraft, id_from_title
from coach.core.routines.draft_check import CheckedDraft, check_draft, routine_path, save_draft
from coach.core.routines.exercise_choices import ExerciseChoice
from coach.core.safe_write import write_problem
from coach.core.session.plan import build_plan, format_duration
from coach.ui.editor.commands import DraftEdit
from coach.ui.editor.fields import UndoKeysToWindow
from coach.ui.editor.forms import RoutineForm, StepForm, picture_names
from coach.ui.editor.step_list import StepList
from coach.ui.editor.step_picture import PictureChoosing
from coach.ui.services import Services
from coach.ui.widgets.field_errors import make_error_label

CHECK_DELAY_MS = 300  # the loader runs once typing pauses


class RoutineEditor(PictureChoosing, QMainWindow):
    """Edits one routine draft; ``path`` is the user's file it edits, None until first saved."""

    play_requested = Signal(object)  # a checked Routine, to play at once
    saved = Signal(object)  # the Path written

    def __init__(self, services: Services, draft: RoutineDraft, document: RoutineDocument, path: Path | None,
                 choices: list[ExerciseChoice], parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("routine-editor")
        self.services, self.document, self.path, self.choices = services, document, path, choices
        self.draft, self.selected = draft, 0 if draft.steps else -1
        self._id_follows_title = path is None  # a new routine's file name follows its title until saved or typed
        self.checked: CheckedDraft | None = None
        self._init_pictures()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._build()
        self._set_tab_order()
        self._add_actions()
        self._keys = UndoKeysToWindow(self)
        for widget in self.findChildren(QWidget):
            widget.installEventFilter(self._keys)
        self.set_draft(draft, self.selected)
        self.check_now()
        self.resize(1000, 580)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.routine_form = RoutineForm()
        self.routine_form.edited.connect(self._routine_edited)
        pictures = picture_names(assets_dir() / "images", self.services.paths.routines)
        self.step_form = StepForm(pictures)
        self.step_form.edited.connect(self._step_edited)
        self.step_form.choose_picture_button.clicked.connect(lambda _=False: self.choose_picture())
        self.step_list = StepList()
        self.step_list.currentRowChanged.connect(self._select)
        self.step_list.reordered.connect(self._reordered)

        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add from library…"), "add-from-library", self.add_from_library)
        self.new_button = self._button(self.tr("New exercise"), "new-exercise", lambda: self.add_step(StepDraft()))
        self.remove_button = self._button(self.tr("Remove"), "remove-step", self.remove_step)
        for button in (self.add_button, self.new_button, self.remove_button):
            buttons.addWidget(button)
        moves = QHBoxLayout()
        self.up_button = self._button(self.tr("Move up (Alt+↑)"), "move-up", lambda: self.move_step(-1))
        self.down_button = self._button(self.tr("Move down (Alt+↓)"), "move-down", lambda: self.move_step(1))
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        self.steps_error = make_error_label("steps")
        steps_box = QGroupBox(self.tr("Steps"))
        steps_column = QVBoxLayout(steps_box)
        steps_column.addWidget(self.step_list, 1)
        steps_column.addWidget(self.steps_error)
        steps_column.addLayout(buttons)
        steps_column.addLayout(moves)

        self.step_box = QGroupBox(self.tr("Step"))
        step_column = QVBoxLayout(self.step_box)
        step_column.addWidget(self.step_form)
        step_column.addStretch(1)

        routine_box = QGroupBox(self.tr("Routine"))
        routine_column = QVBoxLayout(routine_box)
        routine_column.addWidget(self.routine_form)
        routine_column.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(_scrolling(routine_box), 4)
        columns.addWidget(steps_box, 3)
        columns.addWidget(_scrolling(self.step_box), 4)

        from coach.ui.editor.timeline import TimelinePreview

        self.timeline = TimelinePreview()
        self.total_label = QLabel()
        self.total_label.setObjectName("total-length")
        self.total_label.setAccessibleName(self.tr("Total length"))
        self.general_error = make_error_label("routine")
        self.status_label = QLabel()
        self.status_label.setObjectName("editor-status")
        self.status_label.setWordWrap(True)
        self.try_button = self._button(self.tr("Try it"), "try-it", self.try_it)
        self.save_button = self._button(self.tr("Save"), "save", self.save)
        self.save_as_button = self._button(self.tr("Save as…"), "save-as", self.ask_save_as)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label)
        bottom.addWidget(self.timeline, 1)
        bottom.addWidget(self.try_button)
        bottom.addWidget(self.save_as_button)
        bottom.addWidget(self.save_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: the routine, its steps and their buttons, the step, then Try it and Save."""
        chain: list[QWidget] = [f.widget for f in self.routine_form.fields.values()]
        chain += [self.step_list, self.add_button, self.new_button, self.remove_button, self.up_button,
                  self.down_button]  # fmt: skip
        chain += [f.widget for f in self.step_form.fields.values()] + [self.step_form.choose_picture_button]
        chain += [self.try_button, self.save_as_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    def _add_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addActions([undo, redo])
        specs = ((self.tr("Save"), "Ctrl+S", self.save), (self.tr("Save as…"), "Ctrl+Shift+S", self.ask_save_as),
                 (self.tr("Try it"), "Ctrl+T", self.try_it), (self.tr("Move step up"), "Alt+Up", lambda: self.move_step(-1)),
                 (self.tr("Move step down"), "Alt+Down", lambda: self.move_step(1)),
                 (self.tr("Close"), "Ctrl+W", self.close))  # fmt: skip
        for text, key, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(action)

    # --- the draft ------------------------------------------------------------------

    def set_draft(self, draft: RoutineDraft, selected: int) -> None:
        """Show ``draft`` (an undo step lands here too) and check it once typing pauses."""
        self.draft = draft
        self.selected = min(selected, len(draft.steps) - 1)
        self.routine_form.show(draft)
        self.step_list.show_steps(draft.steps, self.selected)
        self._show_step()
        plan = build_plan(draft.to_routine())
        self.timeline.show_plan(plan)
        count = len(draft.steps)
        self.total_label.setText(self.tr("Total {length} · %n step(s)", "", count).format(
            length=format_duration(plan.total_s)))
        self._show_title()
        self._check_timer.start()

    def _edit(self, draft: RoutineDraft, text: str, merge_key: str = "", selected: int | None = None) -> None:
        if draft == self.draft:
            return
        after = self.selected if selected is None else selected
        self.undo_stack.push(DraftEdit(self, (self.draft, self.selected), (draft, after), text, merge_key))

    def _routine_edited(self, name: str) -> None:
        value = self.routine_form.value(name)
        changed = {name: value}
        if name == "id":
            self._id_follows_title = False  # typed by hand: the user's choice from now on
        elif name == "title" and self._id_follows_title and (base := id_from_title(str(value))):
            changed["id"] = self._free_id(base)  # "Quick knee test" -> quick-knee-test, until the file exists
        self._edit(replace(self.draft, **changed), self.tr("Edit {field}").format(field=name), f"routine.{name}")

    def _free_id(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``... when a routine or a file has it already."""
        taken = set(self.services.catalog.routines)
        folder = self.services.paths.routines
        candidate, number = base, 2
        while candidate in taken or (folder / f"{candidate}.yaml").exists():
            candidate, number = f"{base}-{number}", number + 1
        return candidate

    def _step_edited(self, name: str) -> None:
        if self.selected < 0:
            return
        step = replace(self.draft.steps[self.selected], **{name: self.step_form.value(name)})
        key = f"step.{self.selected}.{name}" if name not in ("kind", "sides") else ""
        self._edit(self.draft.with_step(self.selected, step), self.tr("Edit step {field}").format(field=name), key)

    def _select(self, row: int) -> None:
        if row != self.selected and 0 <= row < len(self.draft.steps):
            self.selected = row
            self._show_step()

    def _show_step(self) -> None:
        has = 0 <= self.selected < len(self.draft.steps)
        self.step_box.setEnabled(has)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        if has:
            self.step_form.show(self.draft.steps[self.selected])
            self.step_box.setTitle(self.tr("Step {number}").format(number=self.selected + 1))
            self._show_picture(self.draft.steps[self.selected].image.strip())
        self._show_problems()

    def add_step(self, step: StepDraft) -> None:
        at = self.selected + 1 if self.selected >= 0 else len(self.draft.steps)
        self._edit(self.draft.inserted(at, step), self.tr("Add step"), selected=at)
        self.step_form.fields["name"].widget.setFocus()

    def add_from_library(self) -> None:
        from coach.ui.editor.picker import ExercisePicker

        picker = ExercisePicker(self.choices, self)
        if picker.exec() and (choice := picker.chosen()) is not None:
            self.add_step(choice.as_step())

    def remove_step(self) -> None:
        if 0 <= self.selected < len(self.draft.steps):
            after = min(self.selected, len(self.draft.steps) - 2)
            self._edit(self.draft.without(self.selected), self.tr("Remove step"), selected=after)

    def move_step(self, by: int) -> None:
        to = self.selected + by
        if 0 <= self.selected < len(self.draft.steps) and 0 <= to < len(self.draft.steps):
            self._edit(self.draft.moved(self.selected, to), self.tr("Move step"), selected=to)
            self.step_list.setFocus()

    def _reordered(self, order: list[int]) -> None:
        if sorted(order) != list(range(len(self.draft.steps))):
            self.set_draft(self.draft, self.selected)  # a drop that does not fit this draft: show it as it is
            return
        selected = order.index(self.selected) if self.selected in order else 0
        self._edit(self.draft.reordered(order), self.tr("Move step"), selected=selected)

    # --- checking, trying, saving ----------------------------------------------------

    def target(self) -> Path:
        return self.path or routine_path(self.services.paths.routines, self.draft.id)

    def check_now(self) -> CheckedDraft:
        """Judge the draft by the loader now (the timer does it a moment after each edit)."""
        self._check_timer.stop()
        user = self.services.paths.routines
        taken = {r.id: r.source for r in self.services.catalog
                 if r.source is not None and r.source.parent == user and r.source != self.path}  # fmt: skip
        self.checked = check_draft(self.draft, self.document, self.target(), assets_dir(), taken, self.pictures,
                                   self._staging_folder())  # fmt: skip
        self._show_problems()
        self.try_button.setEnabled(self.checked.ok)
        return self.checked

    def _show_problems(self) -> None:
        checked = self.checked
        problems = checked.problems if checked is not None else ()
        by_routine: dict[str, list[str]] = {}
        by_step: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.step is None and problem.field in self.routine_form.fields:
                by_routine.setdefault(problem.field, []).append(problem.message)
            elif problem.step == self.selected and problem.field in self.step_form.fields:
                by_step.setdefault(problem.field, []).append(problem.message)
            elif problem.step is None and problem.field == "steps":
                by_routine.setdefault("steps", []).append(problem.message)
            else:
                general.append(str(problem))
        self.routine_form.show_problems(by_routine)
        self.step_form.show_problems(by_step)
        steps = by_routine.get("steps", [])
        self.steps_error.setText("\n".join(steps))
        self.steps_error.setVisible(bool(steps))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def try_it(self) -> None:
        checked = self.check_now()
        if checked.ok and checked.routine is not None:
            self.play_requested.emit(checked.routine)
        else:
            self.status_label.setText(self.tr("Fix the problems shown first, then try it."))

    def save(self) -> bool:
        """Write the draft to its file (``<id>.yaml`` in the user's routines folder the first time)."""
        checked = self.check_now()
        if not checked.ok:
            self.status_label.setText(self.tr("Not saved: fix the problems shown first."))
            return False
        target = self.target()
        if self.path is None and target.exists():
            question = self.tr("There is already a routine file {name}. Replace it?").format(name=target.name)
            if not self.services.notifier.ask(question, yes=self.tr("Replace"), no=self.tr("Cancel")):
                return False
        try:
            save_draft(checked, target, self.pictures)
        except OSError as error:
            self.status_label.setText(self.tr("Not saved: {why}").format(why=write_problem(error)))
            return False
        except CoachError as error:
            self.status_label.setText(self.tr("Not saved: {why}").format(why=str(error)))
            return False
        self.path = target
        self._id_follows_title = False  # the file is named now
        self.undo_stack.setClean()
        self.status_label.setText(self.tr("Saved to {path}").format(path=str(target)))
        self.saved.emit(target)
        return True

    def ask_save_as(self) -> None:
        new_id, ok = QInputDialog.getText(self, self.tr("Save as"), self.tr("New routine id (its file name):"),
                                          text=f"{self.draft.id}-2")  # fmt: skip
        if ok and new_id.strip():
            self.save_as(new_id.strip())

    def save_as(self, new_id: str) -> bool:
        """Save under another id, as a new file; the file opened before stays as it was."""
        self._edit(replace(self.draft, id=new_id), self.tr("Change id"))
        self.path = None
        return self.save()

    def _clean_changed(self, _clean: bool) -> None:
        self._show_title()

    def _show_title(self) -> None:
        title = self.draft.title.strip() or self.tr("New routine")
        mark = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("{title}{mark} — routine editor").format(title=title, mark=mark))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.undo_stack.isClean():
            title = self.draft.title.strip() or self.tr("this routine")
            choice = self.services.notifier.choose(
                self.tr("Save the changes to {title} before closing?").format(title=title),
                [self.tr("Save"), self.tr("Discard"), self.tr("Cancel")])  # fmt: skip
            if choice == 2 or (choice == 0 and not self.save()):
                event.ignore()
                return
        self._drop_staging()
        event.accept()


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
