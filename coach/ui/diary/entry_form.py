"""Log a run and/or knee pain in under 15 seconds, keyboard first.

A typical after-run entry: Ctrl+L, type the distance, Tab, the minutes, Tab
past the shoes and the moment to the left knee, a digit, Tab, a digit, Enter. Everything is checked
with ``coach.core.diary.validate`` before anything is written; each message appears
under its field and nothing is saved while any remains. The same dialog edits
one existing pain entry or run (from History), prefilled.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import fields, text_input, validate
from coach.core.diary.draft import PainDraft, RunDraft
from coach.core.diary.records import NOTE_MAX_CHARS, PainEntry, Run, in_units
from coach.core.diary.text_input import NUMBER_MAX_CHARS
from coach.core.errors import CoachError, InputError, StorageError
from coach.core.i18n import _, sentence_start
from coach.core.locale_format import count
from coach.core.settings import DEFAULT_SHOE
from coach.core.vocabulary import CHARACTERS, FLAGS, MOMENTS, Moment
from coach.ui.diary.form_columns import check_grid, labelled
from coach.ui.diary.note_edit import NoteEdit
from coach.ui.services import Services
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP
from coach.ui.shell.window_geometry import fit_on_first_show
from coach.ui.widgets.field_errors import FieldErrors, error_colour, make_error_label
from coach.ui.widgets.knee_map import KneeMap
from coach.ui.widgets.nrs_row import NrsRow

NO_SHOES = QT_TRANSLATE_NOOP("EntryForm", "No shoes")


def _distance_text(km: float, units: str) -> str:
    return text_input.number_text(in_units(km, units))  # 8,2 in German: the form reads the comma back


def _minutes_text(minutes: float | None) -> str:
    if minutes is None:
        return ""
    whole, seconds = int(minutes), round((minutes - int(minutes)) * 60)
    return str(whole) if seconds == 0 else f"{whole}:{seconds:02d}"


class EntryForm(QDialog):
    """New entry (run and/or pain), or the edit of one pain entry or one run."""

    saved = Signal()  # something was written to the diary

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        moment: str = "after-run",
        pain: PainEntry | None = None,
        run: Run | None = None,
    ):
        super().__init__(parent)
        if moment not in MOMENTS:
            raise ValueError(f"unknown moment {moment!r}")
        self.services = services
        self.editing = pain or run
        self.units = services.settings.get("units")
        self.setObjectName("entry-form")
        self.setWindowTitle(self.tr("Edit entry") if self.editing else self.tr("Log a run or knee pain"))
        self.setAccessibleName(self.windowTitle())
        self.general_error = make_error_label("entry")
        self.errors = FieldErrors(self.general_error)
        self._wide_width: int | None = None  # the width the ratings and the map need side by side

        # The fields scroll; Save and Cancel stay below them, in sight on a 1024×600 screen.
        self.body = QWidget()
        self.body.setObjectName("entry-form-body")
        layout = QVBoxLayout(self.body)
        layout.setSpacing(10)
        layout.addLayout(self._when_row(pain.at if pain else run.at if run else services.clock.now()))
        self.run_box = self._run_box(run)
        self.pain_box = self._pain_box(pain, moment)
        layout.addWidget(self.run_box)
        layout.addWidget(self.pain_box)
        self.run_box.setVisible(pain is None)
        self.pain_box.setVisible(run is None)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("entry-form-scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields; the area follows the focus
        self._outer = outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(self.scroll_area, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.setStyleSheet(theme.focus_ring())
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Enter; Ctrl+Enter from the note)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._tab_order()
        self._first_focus(moment)
        self._as_opened = self._typed()  # Esc asks before it throws away anything typed since

    def _typed(self) -> tuple[object, ...]:
        """Everything the user can change in the form, to tell whether they changed any of it."""
        values: list[object] = []
        for widget in self.body.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
            elif isinstance(widget, QDateTimeEdit):
                values.append(widget.dateTime().toString())
        values.append(tuple(self.knee_map.selected()))
        return tuple(values)

    def reject(self) -> None:
        """Esc or Cancel: close, but ask first when something was typed (a run typed in on the
        mat is not lost to one stray key)."""
        if self._typed() != self._as_opened and not self.services.notifier.ask(
            self.tr("Throw away what you typed in this entry?"), self.windowTitle(),
            yes=self.tr("Throw away"), no=self.tr("Keep editing"), default_yes=False,
        ):  # fmt: skip
            return
        super().reject()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # The whole form, ratings and map side by side, when the screen has room for it; otherwise
        # the screen's size, scrolling (and resizeEvent puts the map below the ratings if need be).
        if self.property("coach-fitted"):
            return
        self._top.setDirection(QBoxLayout.Direction.LeftToRight)
        margins = self._outer.contentsMargins()
        body = QSize(self.body.minimumSizeHint().width(), self.body.sizeHint().height())
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        wanted = QSize(body.width() + scroll_bar + margins.left() + margins.right(),
                       body.height() + self.buttons.sizeHint().height() + self._outer.spacing()
                       + margins.top() + margins.bottom())  # fmt: skip
        fit_on_first_show(self, wanted)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Side by side the ratings and the map need about 900 px; at 1024×600 and 125 % (819 px) or
        # 1280×720 at 150 % they would be cut off on the right, so the map moves below the ratings.
        if self._wide_width is None and self._top.direction() == QBoxLayout.Direction.LeftToRight:
            margins = self._outer.contentsMargins()
            self._wide_width = (self.body.minimumSizeHint().width() + margins.left() + margins.right()
                                + self.scroll_area.verticalScrollBar().sizeHint().width())  # fmt: skip
        if self._wide_width is not None:
            wide = event.size().width() >= self._wide_width
            direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            if self._top.direction() != direction:
                self._top.setDirection(direction)
        super().resizeEvent(event)

    def _tab_order(self) -> None:
        """Top to bottom, the pain ratings before the map and the check boxes."""
        chain = [self.when, self.distance, self.minutes, self.shoes, *self.ratings.values(), self.moment, self.left, self.right,
                 self.knee_map.drawing, self.knee_map.back, *self.characters.values(), *self.flags.values(),
                 self.note, self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # --- building ---------------------------------------------------------------------

    def _when_row(self, at: datetime) -> QHBoxLayout:
        self.when = QDateTimeEdit(QDateTime(QDate(at.year, at.month, at.day),
                                              QTime(at.hour, at.minute, at.second, at.microsecond // 1000)))
        self.when.setDisplayFormat(self.tr("ddd d MMM yyyy  HH:mm"))  # the language's day and month names
        self.when.setCalendarPopup(True)
        row = QHBoxLayout()
        row.addLayout(labelled(self.errors, self.tr("&When"), self.when, "at"))
        row.addStretch(1)
        return row

    def _run_box(self, run: Run | None) -> QGroupBox:
        box = QGroupBox(self.tr("Run") if run else self.tr("Run (leave empty if you did not run)"))
        self.distance = QLineEdit(_distance_text(run.distance_km, self.units) if run else "")
        self.distance.setMaxLength(NUMBER_MAX_CHARS)  # a paste is cut before it is laid out
        self.distance.setPlaceholderText(self.tr("e.g. 8.2"))
        self.distance.setAccessibleName(self.tr("Distance in {units}").format(units=self.units))
        self.minutes = QLineEdit(_minutes_text(run.minutes) if run else "")
        self.minutes.setMaxLength(NUMBER_MAX_CHARS)
        self.minutes.setPlaceholderText(self.tr("45 or 52:30"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.shoes = QComboBox()
        self.shoes.setAccessibleName(self.tr("Shoes"))
        self.shoes.addItem(self.tr(NO_SHOES), None)
        try:
            names = [s.name for s in self.services.diary.shoes(include_runs=False) if not s.retired]
            current = run.shoes if run else self._usual_shoes(names)
        except CoachError:  # the form still works; saving will say what is wrong
            names, current = [], run.shoes if run else None
        if current and current not in names:
            names.append(current)
        for name in names:
            self.shoes.addItem(name, name)
        self.shoes.setCurrentIndex(max(0, self.shoes.findData(current)) if current else 0)
        grid = QGridLayout(box)
        distance = self.tr("&Distance ({units})").format(units=self.units)
        grid.addLayout(labelled(self.errors, distance, self.distance, "distance_km"), 0, 0)
        grid.addLayout(labelled(self.errors, self.tr("Mi&nutes"), self.minutes, "minutes"), 0, 1)
        grid.addLayout(labelled(self.errors, self.tr("S&hoes"), self.shoes, "shoes"), 0, 2)
        self.ratings: dict[str, NrsRow] = {}  # the run's declared ratings (effort), by field key
        for line, asked in enumerate((f for f in fields.asked("runs") if f.question), start=1):
            scale = self.ratings[asked.key] = NrsRow(_(asked.label), words=asked.words)
            scale.setMaximumWidth(scale.minimumSizeHint().width())  # sized like the knee rows, not stretched
            scale.set_value(getattr(run, asked.name) if run else None)
            grid.addLayout(labelled(self.errors, _(asked.question), scale, asked.key), line, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        return box

    def _usual_shoes(self, names: list[str]) -> str | None:
        """The default pair the user chose (Shoes…), else the latest run's, when still in use."""
        default = self.services.settings.get(DEFAULT_SHOE)
        if default in names:
            return str(default)
        runs = self.services.diary.runs(since=self.services.clock.now().date() - timedelta(days=120))
        latest = runs[-1].shoes if runs else None
        return latest if latest in names else None

    def _pain_box(self, pain: PainEntry | None, moment: str) -> QGroupBox:
        box = QGroupBox(self.tr("Knee pain (0 = none, 10 = worst imaginable)"))
        self.moment = QComboBox()
        for value in MOMENTS:
            self.moment.addItem(sentence_start(value.label), value)
        self.moment.setCurrentIndex(MOMENTS.index(pain.moment if pain else moment))
        self.left = NrsRow(self.tr("Left knee"))
        self.right = NrsRow(self.tr("Right knee"))
        self.left.set_value(pain.left if pain else None)
        self.right.set_value(pain.right if pain else None)
        self.knee_map = KneeMap()
        self.knee_map.set_selected(pain.locations if pain else ())
        self.characters: dict[str, QCheckBox] = {c: QCheckBox(c.label.capitalize()) for c in CHARACTERS}
        self.flags: dict[str, QCheckBox] = {f: QCheckBox(f.label) for f in FLAGS}
        for name, box_ in (*self.characters.items(), *self.flags.items()):
            box_.setChecked(pain is not None and (name in pain.characters or name in pain.flags))
        self.note = NoteEdit(pain.note if pain else "")
        self.note.submitted.connect(self.save)
        self.note.paste_cut.connect(self._paste_cut)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything worth remembering: hills, new shoes, how it felt…"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        self.note_count = QLabel()
        self.note_count.setAccessibleName(self.tr("Note length"))
        self.note.textChanged.connect(self._count_note)

        left_column = QVBoxLayout()
        left_column.addLayout(labelled(self.errors, self.tr("&Moment"), self.moment, "moment"))
        left_column.addLayout(labelled(self.errors, self.tr("&Left knee"), self.left, "left"))
        left_column.addLayout(labelled(self.errors, self.tr("&Right knee"), self.right, "right"))
        left_column.addLayout(check_grid(self.errors, self.tr("Character"), self.characters, "characters"))
        left_column.addLayout(check_grid(self.errors, self.tr("Warning signs"), self.flags, "flags", per_row=3))
        map_column = QVBoxLayout()
        map_column.addLayout(labelled(self.errors, self.tr("Where (front view; inside = towards the other knee)"), self.knee_map,
                                            "locations"))  # fmt: skip
        map_column.addStretch(1)
        self._top = top = QHBoxLayout()  # the map goes below the ratings on a narrow screen, see resizeEvent
        top.addLayout(left_column, 3)
        top.addLayout(map_column, 2)
        note_column = labelled(self.errors, self.tr("N&ote"), self.note, "note")
        note_column.insertWidget(2, self.note_count, alignment=Qt.AlignmentFlag.AlignRight)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addLayout(note_column)
        self._count_note()
        return box

    def _first_focus(self, moment: str) -> None:
        """Straight after a run the distance comes first; otherwise the left knee."""
        logs_run = isinstance(self.editing, Run) or (self.editing is None and moment in (Moment.AFTER_RUN, Moment.DURING_RUN))
        (self.distance if logs_run else self.left).setFocus()

    def _paste_cut(self, left_out: int) -> None:
        self.note_count.setText(self.tr("{count} · the paste was cut: {left_out} characters left out").format(
            count=self.note_count.text(), left_out=count(left_out)))

    def _count_note(self) -> None:
        typed = len(self.note.toPlainText())
        over = typed > NOTE_MAX_CHARS
        text = f"{count(typed)} / {count(NOTE_MAX_CHARS)}"  # "2,000" in English, "2.000" in German
        if over:
            text = self.tr("{count}: {over} too many").format(count=text, over=count(typed - NOTE_MAX_CHARS))
        self.note_count.setText(text)
        self.note_count.setStyleSheet(f"color: {error_colour(self).name()};" if over else "")

    # --- reading the form -----------------------------------------------------------------

    def _chosen(self, boxes: dict[str, QCheckBox]) -> tuple[str, ...]:
        return tuple(name for name, box in boxes.items() if box.isChecked())

    def pain_entry(self, at: datetime) -> PainEntry | None:
        """The pain entry the form describes, or None when the pain part is empty."""
        if not self.pain_box.isVisibleTo(self):
            return None
        editing = self.editing.id if isinstance(self.editing, PainEntry) else None
        draft = PainDraft(at, self.moment.currentData(), self.left.value(), self.right.value(), self.knee_map.selected(),
                          self._chosen(self.characters), self._chosen(self.flags), self.note.toPlainText().strip(),
                          editing)  # fmt: skip
        return None if draft.empty and editing is None else draft.parsed()

    def run_record(self, at: datetime) -> tuple[Run | None, list[InputError]]:
        """The run the form describes (None when left empty), or why it cannot be read."""
        if not self.run_box.isVisibleTo(self):
            return None, []
        run_id = self.editing.id if isinstance(self.editing, Run) else None
        ratings = {key: scale.value() for key, scale in self.ratings.items()}
        draft = RunDraft(at, self.distance.text(), self.minutes.text(), self.shoes.currentData(), ratings, self.units, run_id)
        if draft.empty and run_id is None:
            return None, []
        return draft.parsed()

    def problems(self, now: datetime) -> tuple[Run | None, PainEntry | None, list[InputError]]:
        """The records to write and every problem with them."""
        at = cast(datetime, self.when.dateTime().toPython()).replace(microsecond=0)  # the stubs say object
        if self.editing is not None and at.replace(second=0) == self.editing.at.replace(second=0):
            at = self.editing.at  # untouched: keep the seconds the display hides
        run, found = self.run_record(at)
        early = text_input.date_problem(at, "at")  # the same words as the command line and imports
        found = ([early] if early else []) + found
        entry = self.pain_entry(at)
        if run is not None:
            found += validate.problems_run(run, now)
        if entry is not None:
            found += validate.problems_pain(entry, now)
        if run is None and entry is None and not found:
            found.append(InputError(self.tr("Enter a run distance, or rate at least one knee (0-10)."), None))
        return run, entry, found

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Check everything, write it, emit ``saved`` and close; False when refused."""
        self.errors.clear()
        run, entry, found = self.problems(self.services.clock.now())
        if found:
            self.errors.show(found)
            return False
        diary = self.services.diary
        wrote = False
        try:
            for record in (r for r in (run, entry) if r is not None and r.id is not None):
                diary.update_run(record) if isinstance(record, Run) else diary.update_pain(record)
                wrote = True
            new = [r for r in (run, entry) if r is not None and r.id is None]
            if new:
                # One transaction: a failed pain entry must not leave the run in,
                # or saving again would log the run twice.
                diary.add_many(new)
                wrote = True
        except InputError as error:
            self.errors.show([error])
            return False
        except StorageError as error:
            self.services.notifier.error(self.tr("The entry could not be saved: {error}").format(error=error))
            return False
        finally:
            if wrote:
                self.saved.emit()  # the run may be in even if the pain entry then failed
        self.services.notifier.confirm(self._summary(run, entry))
        self.accept()
        return True

    def _summary(self, run: Run | None, entry: PainEntry | None) -> str:
        parts = []
        if run is not None:
            parts.append(self.tr("run of {distance} {units}").format(distance=_distance_text(run.distance_km, self.units),
                                                                      units=self.units))
        if entry is not None:
            sides = [text.format(value=value) for text, value in ((self.tr("left {value}/10"), entry.left),
                                                                  (self.tr("right {value}/10"), entry.right))
                     if value is not None]  # fmt: skip
            parts.append(self.tr("knee pain {sides}").format(sides=", ".join(sides)))
        what = self.tr(" and ").join(parts)
        return self.tr("Updated: {what}.").format(what=what) if self.editing else self.tr("Saved: {what}.").format(what=what)

    def message(self, field: str) -> str:
        """The error shown beside ``field`` ("" when none), for tests and screen readers."""
        return self.errors.message(field)
