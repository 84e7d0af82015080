"""Table models for History: every entry (pain and runs), and the week view.

``EntriesModel`` holds the records and formats a cell only when the view asks
for it, so ten years of daily entries cost one list, not thousands of items.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coach.core.advice.report import WeekSummary
from coach.core.diary.fields import said
from coach.core.diary.records import PainEntry, Run, SessionRecord, format_distance
from coach.core.history.snapshot import entry_order, entry_time, newest_first
from coach.core.i18n import in_sentence
from coach.core.vocabulary import FLAG_LABELS, LOCATION_WORDS, MOMENT_LABELS, SESSION_STATUS_LABELS, character_label
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text

Index = QModelIndex | QPersistentModelIndex
Record = PainEntry | Run | SessionRecord


def when_text(record: Record) -> str:
    shape = QCoreApplication.translate("History", "ddd dd MMM yyyy HH:mm")  # the language's day and month names
    return date_text(entry_time(record), shape)


def describe(record: Record, units: str = "km", titles: Mapping[str, str] | None = None) -> str:
    """One line a runner recognises: "Run 8.2 km in 45 min (Pegasus)", "Pain after a run" or
    "Routine Knee strength: completed in 26 min, effort 7/10" (``titles``: routine id -> title)."""
    if isinstance(record, SessionRecord):
        translate = QCoreApplication.translate
        title = (titles or {}).get(record.routine_id, record.routine_id)
        text = translate("History", "Routine {title}: {status}").format(
            title=title, status=SESSION_STATUS_LABELS.get(record.status, record.status))
        if record.ended is not None and record.ended > record.started:
            minutes = max(1, round((record.ended - record.started).total_seconds() / 60))
            text = translate("History", "{routine} in {minutes} min").format(routine=text, minutes=minutes)
        return text + said(record)
    if isinstance(record, Run):
        translate = QCoreApplication.translate
        text = translate("History", "Run {distance}").format(distance=format_distance(record.distance_km, units))
        if record.minutes is not None:
            text = translate("History", "{run} in {minutes} min").format(run=text, minutes=f"{record.minutes:g}")
        text += f" ({record.shoes})" if record.shoes else ""
        return text + said(record)  # its declared ratings: ", effort 7/10"
    return QCoreApplication.translate("History", "Pain {moment}").format(moment=MOMENT_LABELS.get(record.moment, record.moment))


def details(entry: PainEntry) -> str:
    """Where, what it felt like and any warning sign: "front / kneecap · aching · ⚠ swelling"."""
    parts = [", ".join(LOCATION_WORDS.get(loc, loc) for loc in entry.locations),
             ", ".join(map(character_label, entry.characters)),
             ", ".join(f"⚠ {in_sentence(FLAG_LABELS.get(flag, flag))}" for flag in entry.flags)]  # fmt: skip
    return " · ".join(part for part in parts if part)




class _ListModel(QAbstractTableModel):
    """A flat list shown as rows, with fixed column titles (``COLUMNS``)."""

    COLUMNS: tuple[str, ...] = ()
    _items: list

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("History", self.COLUMNS[section])
        return None


class EntriesModel(_ListModel):
    """Pain entries, runs and routine sessions, newest first; ``titles`` names the routines."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("History", "When"),
        QT_TRANSLATE_NOOP("History", "Entry"),
        QT_TRANSLATE_NOOP("History", "Left"),
        QT_TRANSLATE_NOOP("History", "Right"),
        QT_TRANSLATE_NOOP("History", "Where, character, warning signs"),
        QT_TRANSLATE_NOOP("History", "Note"),
    )  # translated in headerData

    def __init__(self, units: str = "km", parent=None):
        super().__init__(parent)
        self.units = units
        self.titles: Mapping[str, str] = {}  # routine id -> title, from the catalog
        self._items: list[Record] = []

    def set_records(self, pain: Sequence[PainEntry], runs: Sequence[Run]) -> None:
        """Replace the rows; both lists oldest first, as the diary returns them."""
        self.set_rows(newest_first(tuple(pain), tuple(runs)))

    def set_rows(self, rows: Sequence[Record]) -> None:
        """Replace the rows with these, already newest first (sorted off the GUI thread)."""
        self.beginResetModel()
        self._items = list(rows)
        self.endResetModel()

    def remove(self, record: Record) -> None:
        """Drop the row of this record at once (its deletion is written; the reload follows)."""
        row = self.row_of(type(record), record.id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def insert(self, record: Record) -> None:
        """Show a record put back at once, in its place newest first (the reload follows)."""
        key = entry_order(record)
        row = next((n for n, item in enumerate(self._items) if entry_order(item) < key), len(self._items))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, record)
        self.endInsertRows()

    def record(self, row: int) -> Record:
        return self._items[row]

    def row_of(self, record_type: type, record_id: int | None) -> int | None:
        """The row showing the record of this type and id, if any."""
        for row, record in enumerate(self._items):
            if type(record) is record_type and record.id == record_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and (column == 1 or column >= 4 and isinstance(record, PainEntry)):
            return self._text(record, column) or None  # the whole line, where the column cuts it short
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.COLUMNS[column]}: {self._text(record, column) or 'none'}"
        return None

    def _text(self, record: Record, column: int) -> str:
        if column == 0:
            return when_text(record)
        if column == 1:
            return describe(record, self.units, self.titles)
        if not isinstance(record, PainEntry):
            return ""
        if column in (2, 3):
            value = record.left if column == 2 else record.right
            return "–" if value is None else str(value)
        if column == 4:
            return details(record)
        return record.note.replace("\n", " ")


class WeeksModel(_ListModel):
    """The last weeks, newest first: routines against the 2-3 strength sessions goal."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("History", "Week of"),
        QT_TRANSLATE_NOOP("History", "Strength"),
        QT_TRANSLATE_NOOP("History", "Other"),
        QT_TRANSLATE_NOOP("History", "Runs"),
        QT_TRANSLATE_NOOP("History", "Distance"),
        QT_TRANSLATE_NOOP("History", "Goal"),
    )  # translated in headerData

    def __init__(self, units: str = "km", parent=None):
        super().__init__(parent)
        self.units = units
        self._items: list[WeekSummary] = []
        self._this_week: date | None = None

    def set_weeks(self, weeks: Sequence[WeekSummary]) -> None:
        self.beginResetModel()
        self._items = list(reversed(weeks))
        self._this_week = weeks[-1].start if weeks else None
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        week = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(week, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.COLUMNS[index.column()]}: {self._text(week, index.column()) or 'no'}"
        return None

    def _text(self, week: WeekSummary, column: int) -> str:
        if column == 0:
            label = date_text(week.start, "d MMM")  # the language's month names
            return self.tr("{week} (now)").format(week=label) if week.start == self._this_week else label
        if column == 1:
            return str(week.strength)
        if column == 2:
            return str(week.other_sessions)
        if column == 3:
            return str(week.runs)
        if column == 4:
            return format_distance(week.km, self.units) if week.runs else "–"
        return "✓" if week.goal_met else ""
