"""A routine file someone sent, before it joins the user's routines: what it is (title,
focus, length, its exercises) or every reason it cannot be used, and Add / Cancel —
or, when a routine with its id is there already, Replace / Keep both / Cancel.

Nothing is copied until the user says so; the routines folder's watcher then puts it on home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from coach.core.errors import CoachError
from coach.core.routines import offer as offers
from coach.core.routines import sharing
from coach.core.routines.routine import StepKind
from coach.core.session.plan import build_plan, format_duration
from coach.ui.services import Services
from coach.ui.shell import theme
from coach.ui.shell.window_geometry import fit_on_first_show


class RoutineOfferDialog(QDialog):
    """``added(path)`` once the file is in the user's routines folder."""

    added = Signal(object)

    def __init__(self, offer: offers.RoutineOffer, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.offer = offer
        self.services = services
        self.setObjectName("routine-offer")
        self.setWindowTitle(self.tr("Add a routine — Prehab Coach"))
        self.setAccessibleName(self.tr("Add a routine"))
        self.resize(640, 520)
        self.import_result: sharing.ImportResult | None = None  # what Add, Replace or Keep both wrote
        self.keep_both_id = ""
        if offer.usable and offer.routine is not None and offer.clashes:
            self.keep_both_id = sharing.keep_both_id(offer.routine.id, services.paths.routines, services.catalog)
            question = self.tr("“{title}” has the same id as {existing}.\nReplace it, or keep both (this one becomes {new_id})?")
            heading = question.format(title=offer.routine.title, existing=offer.replaces,
                                      new_id=self.keep_both_id)  # fmt: skip
        elif offer.usable:
            heading = self.tr("Add “{routine}” to your routines?").format(routine=offer.routine.title if offer.routine else "")
        else:
            heading = self.tr("{file} cannot be used as a routine:").format(file=offer.path.name)
        self.heading = QLabel(heading)
        self.heading.setObjectName("routine-offer-heading")
        self.heading.setWordWrap(True)
        theme.set_font(self.heading, 1.2, bold=True)
        self.details = QPlainTextEdit(self.describe(offer))
        self.details.setObjectName("routine-offer-details")
        self.details.setAccessibleName(self.tr("The routine") if offer.usable else self.tr("What is wrong with the file"))
        self.details.setReadOnly(True)
        source = QLabel(self.tr("From {path}").format(path=offer.path))
        source.setWordWrap(True)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel if offer.usable
                                   else QDialogButtonBox.StandardButton.Close, self)  # parented: setDefault holds  # fmt: skip
        self.add_button: QPushButton | None = None
        self.replace_button: QPushButton | None = None
        self.keep_both_button: QPushButton | None = None
        if offer.usable and offer.clashes:
            self.replace_button = buttons.addButton(self.tr("&Replace"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.replace_button.setToolTip(self.tr("This routine takes the place of {existing}").format(existing=offer.replaces))
            self.replace_button.clicked.connect(lambda: self.add(sharing.OnClash.REPLACE))
            self.keep_both_button = buttons.addButton(self.tr("Keep &both"), QDialogButtonBox.ButtonRole.ActionRole)
            self.keep_both_button.setToolTip(self.tr("Add this routine as {new_id}").format(new_id=self.keep_both_id))
            self.keep_both_button.clicked.connect(lambda: self.add(sharing.OnClash.KEEP_BOTH))
            self.keep_both_button.setDefault(True)  # the choice that loses nothing
        elif offer.usable:
            self.add_button = buttons.addButton(self.tr("&Add to my routines"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.add_button.setDefault(True)
            buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(source)
        layout.addWidget(buttons)

    def describe(self, offer: offers.RoutineOffer) -> str:
        """The routine as a reader checks it before adding it."""
        routine = offer.routine
        if routine is None:
            return "\n".join(offer.problems)
        length = format_duration(build_plan(routine).total_s)
        lines = [self.tr("{title} · {focus} · {length}").format(
            title=routine.title, focus=routine.focus, length=length), routine.when, "", routine.summary, ""]
        if routine.caution:
            lines += [self.tr("Caution: {caution}").format(caution=routine.caution), ""]
        for number, step in enumerate(routine.steps, start=1):
            if step.kind == StepKind.REPS:
                amount = self.tr("%n rep(s)", "", step.reps or 0)
            else:
                amount = self.tr("{seconds} s").format(seconds=step.duration_s)
            if step.hold_s:
                amount = self.tr("{amount}, {seconds} s hold").format(
                    amount=amount, seconds=step.hold_s)
            if step.sets > 1:
                amount = self.tr("{amount} × %n set(s)", "", step.sets).format(amount=amount)
            if step.sides == "each":
                amount = self.tr("{amount}, each side").format(amount=amount)
            elif step.sides == "alternate":
                amount = self.tr("{amount}, alternating sides").format(amount=amount)
            lines.append(self.tr("{number}. {exercise} — {amount}").format(
                number=number, exercise=step.name, amount=amount))
        return "\n".join(lines)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)

    def add(self, on_clash: sharing.OnClash = sharing.OnClash.ASK) -> None:
        """Write the routine (Add, Replace or Keep both); a clash that appeared since the
        dialog opened (another routine took the id) is asked about, never overwritten."""
        try:
            result = sharing.install(self.offer, self.services.paths.routines, self.services.catalog, on_clash)
        except CoachError as error:
            self.services.notifier.error(self.tr("The routine could not be added: {error}").format(error=error))
            return
        if result.outcome == "conflict":
            meanwhile = self.tr("A routine with the id {id} was added meanwhile ({existing}); open the file again to choose.")
            self.services.notifier.error(meanwhile.format(id=result.routine_id, existing=result.clash))
            return
        self.import_result = result
        self.accept()
        self.added.emit(result.path)
