"""The exercise library screen: every exercise, searchable, with its moving picture.

A page of the main window's stack, like the player. Typing filters the list by
name, cue or knee benefit; the detail shows the two-pose animation at the pace
the routines use, what the exercise does for the knee, its cues, its easier and
harder variants (buttons that go to them) and the routines it is in. Esc goes back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core.routines.library import Exercise, Library, routines_using
from coach.core.routines.routine import Routine
from coach.ui.shell import theme
from coach.ui.widgets.pose_animation import MonotonicClock, PoseAnimation

HOLD_TEMPO_S = 4.0  # a stretch or a hold has no rep tempo: it eases into its pose at this pace
PICTURE_SIDE = 240
ID_ROLE = Qt.ItemDataRole.UserRole


def pace_of(exercise_id: str, routines: list[Routine]) -> tuple[float, float]:
    """(tempo, hold) of the first routine step doing this exercise in reps; a slow default otherwise."""
    for routine in routines:
        for step in routine.steps:
            if step.exercise == exercise_id and step.reps is not None:
                return step.tempo_s, float(step.hold_s or 0)
    return HOLD_TEMPO_S, 0.0


class LibraryPage(QWidget):
    """List on the left, the chosen exercise on the right."""

    closed = Signal()

    def __init__(self, library: Library, routines: list[Routine], clock: MonotonicClock, problem: str = "",
                 parent: QWidget | None = None, timer: QTimer | None = None):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("library-page")
        self.library = library
        self.routines = routines
        self.current: Exercise | None = None

        self.back_button = QPushButton(self.tr("← Back  (Esc)"))
        self.back_button.setObjectName("library-back")
        self.back_button.setAccessibleName(self.tr("Back to home"))
        self.back_button.clicked.connect(self.closed.emit)
        title = QLabel(self.tr("Exercise library"))
        theme.set_font(title, 1.6, bold=True)
        self.search = QLineEdit()
        self.search.setObjectName("library-search")
        self.search.setPlaceholderText(self.tr("Search by name, cue or what it does for the knee (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.search, 1)

        self.exercises = QListWidget()
        self.exercises.setObjectName("library-list")
        self.exercises.setAccessibleName(self.tr("Exercises"))
        self.exercises.setMinimumWidth(240)
        self.exercises.setMaximumWidth(320)
        theme.set_font(self.exercises, 1.15)
        self.exercises.currentItemChanged.connect(lambda item, _: self._show_item(item))
        self.search.returnPressed.connect(self.exercises.setFocus)  # Enter: on to the list, arrows pick
        self.empty = QLabel()
        self.empty.setObjectName("library-empty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        left = QVBoxLayout()
        left.addWidget(self.exercises, 1)
        left.addWidget(self.empty)

        self.name = QLabel()
        self.name.setObjectName("library-name")
        self.name.setWordWrap(True)
        theme.set_font(self.name, 1.8, bold=True)
        self.card = QFrame()
        self.card.setObjectName("library-picture")
        mat = theme.PICTURE_MAT["dark" if theme.is_dark(self) else "light"]  # dark line art: a light mat always
        self.card.setStyleSheet(f"#library-picture {{ background: {mat}; border-radius: 14px; }}")
        self.card.setFixedSize(PICTURE_SIDE, PICTURE_SIDE)
        self.animation = PoseAnimation(clock, timer=timer)
        self.animation.setAccessibleName(self.tr("Animation of the exercise, start and end pose"))
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(12, 12, 12, 12)
        card_layout.addWidget(self.animation)
        self.no_picture = QLabel(self.tr("No picture yet"))
        self.no_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_picture.setStyleSheet(f"color: {theme.PRINT['muted']};")  # grey on the light mat, in either palette
        card_layout.addWidget(self.no_picture)
        self.knee = self._text("library-knee")
        self.cues = self._text("library-cues")
        self.used_in = self._text("library-used-in")
        self.easier_row, self.harder_row = QHBoxLayout(), QHBoxLayout()
        self.easier_buttons: list[QPushButton] = []
        self.harder_buttons: list[QPushButton] = []

        head = QHBoxLayout()
        head.setSpacing(20)
        head.addWidget(self.card, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.addWidget(self.name)
        facts.addWidget(self._heading(self.tr("What it does for the knee")))
        facts.addWidget(self.knee)
        facts.addStretch(1)
        head.addLayout(facts, 1)
        detail = QVBoxLayout()
        detail.addLayout(head)
        detail.addWidget(self._heading(self.tr("How to do it")))
        detail.addWidget(self.cues)
        self.easier_label = self._heading(self.tr("Easier"))
        self.harder_label = self._heading(self.tr("Harder"))
        for label, row in ((self.easier_label, self.easier_row), (self.harder_label, self.harder_row)):
            row.setSpacing(8)
            label.setContentsMargins(0, 0, 12, 0)
            label.setMinimumWidth(80)  # both rows' links start in one column
            row.addWidget(label)
            row.addStretch(1)
            detail.addLayout(row)
        detail.addWidget(self._heading(self.tr("Used in")))
        detail.addWidget(self.used_in)
        detail.addStretch(1)
        panel = QWidget()
        panel.setObjectName("library-detail")
        panel.setLayout(detail)
        scroll = QScrollArea()
        scroll.setObjectName("library-detail-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(panel)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        if problem:
            warning = QLabel(problem)
            warning.setObjectName("library-problem")
            warning.setWordWrap(True)
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setStyleSheet(f"color: {theme.ERROR_INK['dark' if theme.is_dark(self) else 'light']};")
            layout.addWidget(warning)
        layout.addLayout(body, 1)
        self.setStyleSheet(theme.focus_ring("QPushButton", "QLineEdit", "QListWidget")
                           + " QPushButton#variant { border: none; color: palette(link); text-decoration: underline;"
                           " padding: 4px 6px; text-align: left; }")  # fmt: skip

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        self._filter("")

    # --- building blocks -------------------------------------------------------------------

    def _text(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        theme.set_font(label, 1.15)
        return label

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        theme.set_font(label, 1.1, bold=True)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    # --- what is shown -------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_routines(self, routines: list[Routine]) -> None:
        """The routines as the catalog has them now ("Used in" and the pace follow)."""
        self.routines = routines
        if self.current is not None:
            self.show_exercise(self.current.id)

    def visible_ids(self) -> list[str]:
        return [self.exercises.item(row).data(ID_ROLE) for row in range(self.exercises.count())]

    def _filter(self, query: str) -> None:
        keep = self.current.id if self.current is not None else None
        found = self.library.search(query)
        self.exercises.blockSignals(True)
        self.exercises.clear()
        for exercise in found:
            item = QListWidgetItem(exercise.name)
            item.setData(ID_ROLE, exercise.id)
            item.setToolTip(exercise.knee)
            self.exercises.addItem(item)
        self.exercises.blockSignals(False)
        self.empty.setText(self.tr("No exercise matches “{query}”.").format(query=query.strip()) if not found else "")
        self.empty.setVisible(not found)
        ids = [exercise.id for exercise in found]
        if ids:
            self.exercises.setCurrentRow(ids.index(keep) if keep in ids else 0)
            self._show_item(self.exercises.currentItem())

    def _show_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_exercise(item.data(ID_ROLE))

    def show_exercise(self, exercise_id: str) -> bool:
        """Show one exercise (from a variant button too: a filter hiding it is cleared)."""
        exercise = self.library.get(exercise_id)
        if exercise is None:
            return False
        if exercise_id not in self.visible_ids():
            self.current = exercise
            self.search.clear()  # refills the list, keeping this one current
        for row, shown in enumerate(self.visible_ids()):
            if shown == exercise_id and self.exercises.currentRow() != row:
                self.exercises.setCurrentRow(row)  # shows it through currentItemChanged
                return True
        self.current = exercise
        self.name.setText(exercise.name)
        self.knee.setText(exercise.knee)
        self.cues.setText("\n".join(f"•  {cue}" for cue in exercise.cues))
        used = routines_using(exercise.id, self.routines)
        self.used_in.setText(", ".join(r.title for r in used) if used else self.tr("No routine yet"))
        self.easier_buttons = self._variants(self.easier_row, self.easier_label, exercise, "easier")
        self.harder_buttons = self._variants(self.harder_row, self.harder_label, exercise, "harder")
        self.animation.set_poses(exercise.start_image, exercise.end_image)
        self.no_picture.setVisible(not self.animation.has_picture)
        self.animation.setVisible(self.animation.has_picture)
        self.animation.play(*pace_of(exercise.id, self.routines))
        self._fit_text()
        QTimer.singleShot(0, self._fit_text)  # again with the width the new text's layout gives it
        return True

    def _fit_text(self) -> None:
        """Beside the picture a box layout does not ask a wrapped label its height: it is told, so no line is cut."""
        self.knee.setMinimumHeight(self.knee.heightForWidth(max(120, self.knee.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        side = max(160, min(PICTURE_SIDE, event.size().width() // 4))  # small windows keep room for the words
        self.card.setFixedSize(side, side)
        QTimer.singleShot(0, self._fit_text)  # once the layout has given the label its new width

    def _variants(self, row: QHBoxLayout, label: QLabel, exercise: Exercise, which: str) -> list[QPushButton]:
        while row.count() > 2:  # the label and the stretch stay
            taken = row.takeAt(1)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # out of the layout it would float until deleted
                widget.deleteLater()
        variants = self.library.variants(exercise, which)
        buttons: list[QPushButton] = []
        for variant in variants:
            button = QPushButton(variant.name)
            button.setObjectName("variant")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            theme.set_font(button, 1.1)
            template = self.tr("Easier variant: {name}") if which == "easier" else self.tr("Harder variant: {name}")
            button.setAccessibleName(template.format(name=variant.name))
            button.setToolTip(variant.knee)
            button.clicked.connect(lambda _=False, target=variant.id: self.show_exercise(target))
            row.insertWidget(row.count() - 1, button)
            buttons.append(button)
        label.setVisible(bool(variants))
        return buttons

