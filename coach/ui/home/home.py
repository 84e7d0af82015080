"""The home screen: today's advice on top, the routines as large cards below."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.core.routines.catalog import BrokenRoutine, Catalog
from coach.core.routines.routine import Routine
from coach.core.session.plan import build_plan, format_duration
from coach.core.vocabulary import FOCUS_LABELS
from coach.ui.shell import theme


class RoutineCard(QFrame):
    """One routine: what it is, how long, and a Start button."""

    play_requested = Signal(str)

    def __init__(self, routine: Routine, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.routine = routine
        self.setObjectName(f"card-{routine.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        minutes = format_duration(build_plan(routine).total_s)

        self.title = QLabel(routine.title)
        theme.set_font(self.title, 1.6, bold=True)
        focus = FOCUS_LABELS.get(routine.focus, routine.focus)  # the vocabulary's, in the app's language
        self.meta = QLabel(self.tr("{focus} · {minutes} min · {when}").format(focus=focus, minutes=minutes, when=routine.when))
        self.meta.setWordWrap(True)  # two columns of cards fit an 800 px window
        theme.set_font(self.meta, 1.05)
        self.summary = QLabel(routine.summary)
        self.summary.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&{number}  Start").format(number=number) if number < 10 else self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start {routine}").format(routine=routine.title))
        self.start_button.setToolTip(self.tr("Start {routine} (key {number})").format(routine=routine.title, number=number))
        theme.set_font(self.start_button, 1.2, bold=True)
        self.start_button.setMinimumHeight(44)
        self.start_button.clicked.connect(lambda: self.play_requested.emit(routine.id))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)


class BrokenList(QFrame):
    """Routine files that could not be loaded, with the first reason for each."""

    def __init__(self, broken: list[BrokenRoutine], parent: QWidget | None = None):
        from PySide6.QtCore import Qt  # not at the top: see MainWindow.first_frame_shown

        super().__init__(parent)
        self.setObjectName("broken-routines")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("%n routine file(s) could not be loaded", "", len(broken)))
        theme.set_font(heading, 1.1, bold=True)
        layout.addWidget(heading)
        for item in broken:
            text = item.message if len(item.problems) <= 3 else "\n".join(str(p) for p in item.problems[:3]) + "\n…"
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)


class HomePage(QWidget):
    """Lists the routines; emits ``play_requested(routine_id)``.

    Keys 1–9 follow the catalog's order (built-ins first, then the user's own),
    and :meth:`show_catalog` rebuilds the cards when the routines folder changes."""

    play_requested = Signal(str)

    def __init__(self, catalog: Catalog, advice_panel: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home")
        self.cards: dict[str, RoutineCard] = {}
        self.broken_list: BrokenList | None = None

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(16)
        self._column = column
        if advice_panel is not None:
            column.addWidget(advice_panel)
        heading = QLabel(self.tr("Routines"))
        theme.set_font(heading, 1.4, bold=True)
        column.addWidget(heading)
        self._routines: QWidget | None = None
        self.show_catalog(catalog)  # the first time, added below the heading
        column.addStretch(1)

        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_catalog(self, catalog: Catalog) -> None:
        """Show these routines (and broken files) in place of the ones shown so far."""
        box = QWidget()
        box.setObjectName("routine-list")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        grid = QGridLayout()
        grid.setSpacing(16)
        cards: dict[str, RoutineCard] = {}
        for number, routine in enumerate(catalog, start=1):
            card = RoutineCard(routine, number)
            card.play_requested.connect(self.play_requested)
            cards[routine.id] = card
            grid.addWidget(card, (number - 1) // 2, (number - 1) % 2)
        layout.addLayout(grid)
        if not catalog.routines:
            layout.addWidget(QLabel(self.tr("No routines found.")))
        broken = BrokenList(catalog.broken) if catalog.broken else None
        if broken is not None:
            layout.addWidget(broken)
        had_focus = self._routines is not None and self._routines.isAncestorOf(self.focusWidget())
        if self._routines is not None:
            self._column.replaceWidget(self._routines, box)
            self._routines.hide()
            self._routines.deleteLater()
        else:
            self._column.addWidget(box)
        self._routines, self.cards, self.broken_list = box, cards, broken
        if had_focus and (button := self.first_start_button()) is not None:
            button.setFocus()

    def routine_for_key(self, number: int) -> str | None:
        """The routine that key ``number`` (1–9) starts now."""
        ids = list(self.cards)
        return ids[number - 1] if 1 <= number <= min(9, len(ids)) else None

    def add_keys(self) -> None:
        """Keys 1-9 start the routines. Called once the first frame is on screen: see
        ``MainWindow.first_frame_shown``."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards' buttons take Tab, not the scroll area
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.activated.connect(lambda n=number: self._start(n))

    def _start(self, number: int) -> None:
        routine_id = self.routine_for_key(number)
        if routine_id is not None:
            self.play_requested.emit(routine_id)

    def add_banner(self, banner: QWidget) -> None:
        """Put a banner (the morning check) above everything else on home."""
        self._column.insertWidget(0, banner)

    def add_plan(self, panel: QWidget) -> None:
        """Put the plan (today's line and the week strip) under the advice."""
        routines_at = self._column.indexOf(self._routines) if self._routines is not None else -1  # not built yet
        self._column.insertWidget(1 if routines_at > 1 else 0, panel)

    def first_start_button(self) -> QPushButton | None:
        return next(iter(self.cards.values())).start_button if self.cards else None
