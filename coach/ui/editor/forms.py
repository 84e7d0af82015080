"""The routine's form and the selected step's form: widgets in, draft values out.

Each form emits ``edited(name)`` when the user changes a field; the editor reads
the value with ``value(name)``, makes a new draft and pushes it on the undo
stack. ``show`` paints a draft, touching only fields that differ.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach.core.routines.draft import EditKind, RoutineDraft, StepDraft
from coach.core.routines.routine import FOCUSES
from coach.ui.editor.fields import Field, make_field, spin


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorForms", text)


def _cell(field: Field) -> QWidget:
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field.widget)
    column.addWidget(field.error)
    return cell


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class _Form(QWidget):
    edited = Signal(str)  # the field's name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Field] = {}
        self.cells: dict[str, QWidget] = {}
        self._painting = False

    def add(self, name: str, label: str, widget: QWidget, accessible: str, tip: str = "") -> Field:
        field = make_field(name, widget, accessible)
        if tip:
            widget.setToolTip(tip)
        self.fields[name] = field
        self.cells[name] = _cell(field)
        self.layout_.addRow(label, self.cells[name])
        field.on_change(lambda: None if self._painting else self.edited.emit(name))
        return field

    def value(self, name: str) -> Any:
        """The field's value as the draft holds it."""
        raw = self.fields[name].value()
        if name == "cues":
            return tuple(line.strip() for line in str(raw).splitlines() if line.strip())
        if name == "kind":
            return EditKind(str(raw))
        return raw

    def _paint(self, values: dict[str, object]) -> None:
        self._painting = True
        try:
            for name, value in values.items():
                if name in self.fields and self.value(name) != value:
                    shown = "\n".join(value) if isinstance(value, tuple) else value  # cues: one a line
                    self.fields[name].show(shown)
        finally:
            self._painting = False

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        for name, field in self.fields.items():
            field.show_problems(by_field.get(name, []))


class RoutineForm(_Form):
    """Title, id, focus, when, summary, caution, get-ready and switch times."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.add("title", _tr("Title"), QLineEdit(), _tr("Routine title"))
        self.add("id", _tr("Id"), QLineEdit(), _tr("Routine id"),
                 _tr("The file name: lowercase letters, digits and hyphens"))  # fmt: skip
        focus = QComboBox()
        for code in FOCUSES:
            focus.addItem(code.replace("-", " ").capitalize(), code)
        self.add("focus", _tr("Focus"), focus, _tr("Focus"))
        self.add("when", _tr("When"), QLineEdit(), _tr("When to do it"))
        self.add("summary", _tr("Summary"), _text_box(5), _tr("Summary"))
        self.add("caution", _tr("Caution"), _text_box(4), _tr("Caution (optional)"))
        self.add("get_ready_s", _tr("Get ready"), spin(0, 999, " s"), _tr("Get-ready seconds before each exercise"))
        self.add("switch_s", _tr("Switch sides"), spin(0, 999, " s"), _tr("Seconds to switch sides"))

    def show(self, draft: RoutineDraft) -> None:  # type: ignore[override]
        values = {f.name: getattr(draft, f.name) for f in dataclass_fields(draft) if f.name != "steps"}
        self._paint(values)


class StepForm(_Form):
    """One step: its exercise, kind, and the numbers that kind needs."""

    def __init__(self, pictures: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.add("name", _tr("Name"), QLineEdit(), _tr("Step name"), _tr("Shown and spoken on the player"))
        self.add("exercise", _tr("Exercise id"), QLineEdit(), _tr("Exercise id"),
                 _tr("Lowercase letters, digits and hyphens, like leg-swings"))  # fmt: skip
        kind = QComboBox()
        for code, label in ((EditKind.REPS, _tr("Reps")), (EditKind.REPS_WITH_HOLD, _tr("Reps with a hold")),
                            (EditKind.HOLD, _tr("Hold")), (EditKind.TIMED, _tr("Timed"))):  # fmt: skip
            kind.addItem(label, code.value)
        self.add("kind", _tr("Kind"), kind, _tr("Step kind"))
        self.add("duration_s", _tr("Duration"), spin(0, 99999, " s"), _tr("Duration in seconds"))
        self.add("reps", _tr("Reps"), spin(0, 9999), _tr("Repetitions"))
        tempo = QDoubleSpinBox()
        tempo.setRange(0, 999)
        tempo.setSingleStep(0.5)
        tempo.setDecimals(1)
        tempo.setSuffix(" s")
        self.add("tempo_s", _tr("Tempo"), tempo, _tr("Seconds per repetition"))
        self.add("hold_s", _tr("Hold at top"), spin(0, 999, " s"), _tr("Seconds each rep is held"))
        sides = QComboBox()
        for side, label in (("none", _tr("Both legs / none")), ("each", _tr("Each side")),
                            ("alternate", _tr("Alternate sides"))):  # fmt: skip
            sides.addItem(label, side)
        self.add("sides", _tr("Sides"), sides, _tr("Sides"))
        self.add("sets", _tr("Sets"), spin(0, 999), _tr("Sets"))
        self.add("rest_s", _tr("Rest"), spin(0, 9999, " s"), _tr("Rest between sets in seconds"))
        self.add("cues", _tr("Cues"), _text_box(5), _tr("Cues, one a line"))
        picture = QComboBox()
        picture.setEditable(True)
        picture.addItem("")
        picture.addItems(pictures)
        if (line := picture.lineEdit()) is not None:
            line.setAccessibleName(_tr("Picture file name"))
        self.add("image", _tr("Picture"), picture, _tr("Picture"),
                 _tr("A picture's file name, from assets/images or your routines folder"))  # fmt: skip

    def show(self, step: StepDraft) -> None:  # type: ignore[override]
        values = {f.name: getattr(step, f.name) for f in dataclass_fields(step) if f.name != "origin"}
        values["kind"] = step.kind
        self._paint(values)
        self._show_rows(step.kind)

    def _show_rows(self, kind: EditKind) -> None:
        shown = {
            "duration_s": kind.timed,
            "reps": not kind.timed,
            "tempo_s": not kind.timed,
            "hold_s": kind is EditKind.REPS_WITH_HOLD,
            "sides": kind is not EditKind.TIMED,
        }
        for name, visible in shown.items():
            self.layout_.setRowVisible(self.cells[name], visible)


def picture_names(*folders: Path) -> list[str]:
    """The pictures a step can name: file names in these folders, sorted, each once."""
    names: set[str] = set()
    for folder in folders:
        try:
            names |= {p.name for p in folder.iterdir() if p.suffix.lower() in (".svg", ".png", ".jpg", ".jpeg")}
        except OSError:
            continue
    return sorted(names)
