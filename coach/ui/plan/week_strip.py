"""Seven small day cells, Monday to Sunday: done, planned, missed or rest."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from coach.core.plan.week import DayCell
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP

MARKS = {"done": "✓", "planned": "•", "missed": "✗", "rest": ""}
WORDS = {"done": QT_TRANSLATE_NOOP("WeekStrip", "done"), "planned": QT_TRANSLATE_NOOP("WeekStrip", "planned"),
         "missed": QT_TRANSLATE_NOOP("WeekStrip", "missed"), "rest": QT_TRANSLATE_NOOP("WeekStrip", "rest day")}
# Not colour alone: each state also has its mark and its words for screen readers.
# The colours are the palette's pair (theme.week_day_colours), chosen again when the palette changes.


class WeekStrip(QWidget):
    """The week's cells; ``cells`` holds the labels, ``states`` what each shows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("week-strip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.cells: list[QLabel] = []
        for index in range(7):
            label = QLabel()
            label.setObjectName(f"day-{index}")
            label.setMinimumSize(52, 48)
            layout.addWidget(label)
            self.cells.append(label)
        layout.addStretch(1)
        self.states: list[str] = []
        self._cells: tuple[DayCell, ...] = ()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._cells:
            self.show_cells(self._cells)  # light or dark: the other pair of colours

    def show_cells(self, cells: Sequence[DayCell]) -> None:
        self._cells = tuple(cells)
        self.states = [c.state for c in cells]
        colours = theme.week_day_colours(self)
        for label, cell in zip(self.cells, cells, strict=True):
            planned = " + ".join(cell.planned) or self.tr("rest")
            locale = QLocale()  # the app's language: its day names
            label.setText(f"{locale.dayName(cell.day.isoweekday(), QLocale.FormatType.ShortFormat)}\n{MARKS[cell.state]}")
            name = self.tr("{day}: {planned}, {state}").format(day=locale.dayName(cell.day.isoweekday()), planned=planned,
                                                                state=self.tr(WORDS[cell.state]))
            label.setAccessibleName(self.tr("{day}, today").format(day=name) if cell.today else name)
            label.setToolTip(label.accessibleName())
            border = "3px solid palette(highlight)" if cell.today else f"1px solid {colours[cell.state]}"
            label.setStyleSheet(f"QLabel {{ qproperty-alignment: AlignCenter; border: {border}; border-radius: 6px;"
                                f" color: {colours[cell.state]};"
                                " font-weight: bold; }")
