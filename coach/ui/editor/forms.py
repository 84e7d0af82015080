"""The routine's form and the selected step's form: widgets in, draft values out.

Each form emits ``edited(name)`` when the user changes a field; the editor reads
the value with ``value(name)``, makes a new draft and pushes it on the undo
stack. ``show`` paints a draft, touching only fields that differ.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.core.routines.draft import EditKind, RoutineDraft, StepDraft
from coach.core.routines.routine import FOCUSES
from coach.core.vocabulary import FOCUS_LABELS
from coach.ui.editor.fields import Field, make_field, spin
from coach.ui.widgets.field_errors import make_error_label

PREVIEW_PX = 96


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
        self.add("title", self.tr("Title"), QLineEdit(), self.tr("Routine title"))
        self.add("id", self.tr("Id"), QLineEdit(), self.tr("Routine id"),
                 self.tr("The file name: lowercase letters, digits and hyphens"))  # fmt: skip
        focus = QComboBox()
        for code in FOCUSES:
            focus.addItem(FOCUS_LABELS.get(code, code), code)  # the routine cards' words, in the app's language
        self.add("focus", self.tr("Focus"), focus, self.tr("Focus"))
        self.add("when", self.tr("When"), QLineEdit(), self.tr("When to do it"))
        summary = _text_box(5)
        summary.setPlaceholderText(self.tr("What this routine does, in a sentence."))
        self.add("summary", self.tr("Summary"), summary, self.tr("Summary"))
        self.add("caution", self.tr("Caution"), _text_box(4), self.tr("Caution (optional)"))
        self.add("get_ready_s", self.tr("Get ready"), spin(0, 999, " s"), self.tr("Get-ready seconds before each exercise"))
        self.add("switch_s", self.tr("Switch sides"), spin(0, 999, " s"), self.tr("Seconds to switch sides"))

    def show(self, draft: RoutineDraft) -> None:  # type: ignore[override]
        values = {f.name: getattr(draft, f.name) for f in dataclass_fields(draft) if f.name != "steps"}
        self._paint(values)


class StepForm(_Form):
    """One step: its exercise, kind, and the numbers that kind needs."""

    def __init__(self, pictures: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.add("name", self.tr("Name"), QLineEdit(), self.tr("Step name"), self.tr("Shown and spoken on the player"))
        self.add("exercise", self.tr("Exercise id"), QLineEdit(), self.tr("Exercise id"),
                 self.tr("Lowercase letters, digits and hyphens, like leg-swings"))  # fmt: skip
        kind = QComboBox()
        for code, label in ((EditKind.REPS, self.tr("Reps")), (EditKind.REPS_WITH_HOLD, self.tr("Reps with a hold")),
                            (EditKind.HOLD, self.tr("Hold")), (EditKind.TIMED, self.tr("Timed"))):  # fmt: skip
            kind.addItem(label, code.value)
        self.add("kind", self.tr("Kind"), kind, self.tr("Step kind"))
        self.add("duration_s", self.tr("Duration"), spin(0, 99999, " s"), self.tr("Duration in seconds"))
        self.add("reps", self.tr("Reps"), spin(0, 9999), self.tr("Repetitions"))
        tempo = QDoubleSpinBox()
        tempo.setRange(0, 999)
        tempo.setSingleStep(0.5)
        tempo.setDecimals(1)
        tempo.setSuffix(" s")
        self.add("tempo_s", self.tr("Tempo"), tempo, self.tr("Seconds per repetition"))
        self.add("hold_s", self.tr("Hold at top"), spin(0, 999, " s"), self.tr("Seconds each rep is held"))
        sides = QComboBox()
        for side, label in (("none", self.tr("Both legs / none")), ("each", self.tr("Each side")),
                            ("alternate", self.tr("Alternate sides"))):  # fmt: skip
            sides.addItem(label, side)
        self.add("sides", self.tr("Sides"), sides, self.tr("Sides"))
        self.add("sets", self.tr("Sets"), spin(0, 999), self.tr("Sets"))
        self.add("rest_s", self.tr("Rest"), spin(0, 9999, " s"), self.tr("Rest between sets in seconds"))
        self.add("cues", self.tr("Cues"), _text_box(5), self.tr("Cues, one a line"))
        picture = QComboBox()
        picture.setEditable(True)
        picture.addItem("")
        picture.addItems(pictures)
        if (line := picture.lineEdit()) is not None:
            line.setAccessibleName(self.tr("Picture file name"))
        self.add("image", self.tr("Picture"), picture, self.tr("Picture"),
                 self.tr("A picture's file name, from assets/images or your routines folder"))  # fmt: skip
        self._add_picture_tools(self.cells["image"])

    def _add_picture_tools(self, cell: QWidget) -> None:
        """Under the picture's name: its preview, "Choose picture…", and why a chosen file was refused."""
        self.choose_picture_button = QPushButton(self.tr("Choose picture…"))
        self.choose_picture_button.setObjectName("choose-picture")
        self.choose_picture_button.setToolTip(self.tr("Use a picture of your own (SVG or PNG); it is saved beside the routine"))
        self.picture_preview = QLabel()
        self.picture_preview.setObjectName("picture-preview")
        self.picture_preview.setAccessibleName(self.tr("Picture preview"))
        self.picture_preview.setFixedSize(PREVIEW_PX, PREVIEW_PX)
        self.picture_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.picture_note = make_error_label("picture-choice")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picture_preview)
        row.addWidget(self.choose_picture_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        column = cell.layout()
        if isinstance(column, QVBoxLayout):
            column.addLayout(row)
            column.addWidget(self.picture_note)

    def show_picture(self, pixmap: QPixmap | None) -> None:
        """The step's picture, or the words that it has none (or none that can be shown)."""
        if pixmap is None:
            self.picture_preview.setPixmap(QPixmap())
            self.picture_preview.setText(self.tr("No picture"))
        else:
            self.picture_preview.setText("")
            self.picture_preview.setPixmap(pixmap)

    def show_picture_note(self, text: str) -> None:
        """Why the chosen file was not taken (beside the field); "" hides it."""
        self.picture_note.setText(text)
        self.picture_note.setVisible(bool(text))
        self.choose_picture_button.setAccessibleDescription(text)

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
