"""History: "am I getting better?" — the pain chart, the week view and every entry.

Opened from the tool bar (Ctrl+H) as its own window. The window paints at
once; the diary is read and every view's data (the chart's series included) is
prepared on a worker thread (``loader``), and pyqtgraph is imported there too,
so neither thirty years of diary nor the chart library ever holds up the GUI
thread. An answer that arrives after the diary changed again is dropped.
Deleting an entry can be undone (Ctrl+Z or the Undo button in the status
line): undo puts back the exact record, id included. Edits go out as
``edit_requested(record)``; whoever opened History shows the entry form.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary.records import PainEntry, Run
from coach.core.errors import CoachError
from coach.core.i18n import in_sentence
from coach.core.plan.changes_view import ProgrammeView, action_words, weeks_text
from coach.core.plan.programme import PROGRAMME_ROUTINE, programme_weeks
from coach.ui.history.chart_place import ChartPlace
from coach.ui.history.load_chart import LoadPanel
from coach.ui.history.loader import HistoryLoader
from coach.ui.history.model import EntriesModel, WeeksModel, describe, when_text
from coach.ui.history.room import WrapHeights, scroll_area
from coach.ui.record_ids import saved_id
from coach.ui.services import Services
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text
from coach.ui.shell.window_geometry import WindowPlace
from coach.ui.widgets.nrs_row import CHECKED_STYLE

if TYPE_CHECKING:  # the chart module imports pyqtgraph, which History loads on a worker after its first paint
    from coach.core.history.snapshot import HistorySnapshot
    from coach.ui.history.chart import PainChart

WEEKS_SHOWN = 8
SPANS = ((QT_TRANSLATE_NOOP("HistoryWindow", "4 weeks"), 28), (QT_TRANSLATE_NOOP("HistoryWindow", "3 months"), 91),
         (QT_TRANSLATE_NOOP("HistoryWindow", "1 year"), 365), (QT_TRANSLATE_NOOP("HistoryWindow", "All"), None))


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures ten years of rows.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setTabKeyNavigation(False)
    return view


class HistoryWindow(QWidget):
    """The history window. ``diary_changed`` after a delete or an undo."""

    diary_changed = Signal()
    edit_requested = Signal(object)  # a PainEntry or Run to open in the entry form
    imports_requested = Signal()  # the past run imports, to undo one

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.units = services.settings.get("units")
        self.undo_stack: list[PainEntry | Run] = []
        self._announcing = False  # our own diary_changed must not reload us twice
        self.setObjectName("history")
        self.setWindowTitle(self.tr("History — Prehab Coach"))
        self.setAccessibleName(self.tr("History"))
        self.place = WindowPlace(self, "history", services.paths.window_places, QSize(1200, 780))

        self.trend = QLabel()
        self.trend.setWordWrap(True)
        theme.set_font(self.trend, 1.15, bold=True)
        self._snapshot: HistorySnapshot | None = None  # the latest answer shown
        self._token = 0  # the latest read asked for; older answers are dropped
        self._chart_scheduled = False
        self._painted = False  # the reads start after the first frame
        self._pending_load: tuple | None = None
        self.loader = HistoryLoader(services.diary, self)
        self.loader.snapshot_ready.connect(self._snapshot_arrived)
        self.loader.load_failed.connect(self._load_failed)
        self._built = False  # the first refresh, in __init__, always loads
        self._stale = False
        self._loaded_from: tuple[object, ...] = ()  # (day, diary data version) of the last load
        self.span_buttons = QButtonGroup(self)
        spans = QHBoxLayout()
        spans.addWidget(QLabel(self.tr("Show:")))
        for number, (label, days) in enumerate(SPANS):
            button = QPushButton(self.tr(label))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show the last {span}").format(span=self.tr(label)) if days
                                     else self.tr("Show everything"))  # fmt: skip
            button.setChecked(days == 91)
            button.clicked.connect(lambda _=False, d=days: self.show_days(d))
            self.span_buttons.addButton(button, number)
            spans.addWidget(button)
        spans.addStretch(1)
        for span_button in self.span_buttons.buttons():
            span_button.setMinimumWidth(span_button.sizeHint().width())
            span_button.setStyleSheet("QPushButton { padding: 4px 12px; }" + CHECKED_STYLE)

        self.model = EntriesModel(self.units, self)
        self.table = _table(self.model, self.tr("Diary entries, newest first"))
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 255, 44, 48, 250)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Delete); Ctrl+Z undoes it"))
        self.imports_button = QPushButton(self.tr("&Imports…"))
        self.imports_button.setToolTip(self.tr("Runs imported from files: undo a whole import"))
        self.imports_button.clicked.connect(self.imports_requested)
        self.edit_button.clicked.connect(lambda: self.edit_row(self.current_row()))
        self.delete_button.clicked.connect(lambda: self.delete_row(self.current_row()))

        self.weeks_model = WeeksModel(self.units, self)
        self.weeks = _table(self.weeks_model, self.tr("Routines per week, last %n week(s)", "", WEEKS_SHOWN))
        self.weeks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.weeks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.weeks.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.programme = QLabel()  # today's week and the last change's reason; every change is marked on the chart
        self.programme.setObjectName("history-programme")
        self.programme.setWordWrap(True)
        self.programme.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it with Tab
        self.programme.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)  # fmt: skip
        self._programme_changes: tuple = ()

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Put the deleted entry back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)

        self.wrap_heights = WrapHeights(self)
        self.chart_place = ChartPlace(self, self.units, self.wrap_heights)  # the chart, once built
        self.loader.library_ready.connect(self.chart_place.library_arrived)
        self._layout(spans)
        self.wrap_heights.watch(self.trend, self.programme, self.load.legend, self._goal)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        table_keys = [(Qt.Key.Key_Delete, self.delete_row), (Qt.Key.Key_Return, self.edit_row),
                      (Qt.Key.Key_Enter, self.edit_row)]  # fmt: skip
        for key, act in table_keys:
            shortcut = QShortcut(QKeySequence(key), self.table, lambda act=act: act(self.current_row()))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()
        self._built = True

    def _layout(self, spans: QHBoxLayout) -> None:
        spans.addSpacing(16)
        spans.addWidget(self.programme, 4)  # beside the span buttons: the row has the room, the columns below do not
        entries = QWidget()
        column = QVBoxLayout(entries)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Entries"))
        theme.set_font(heading, 1.2, bold=True)
        buttons = QHBoxLayout()
        buttons.addWidget(heading)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.imports_button)
        column.addLayout(buttons)
        column.addWidget(self.table)
        weeks = QWidget()
        side = QVBoxLayout(weeks)
        side.setContentsMargins(0, 0, 0, 0)
        week_heading = QLabel(self.tr("Routines per week"))
        theme.set_font(week_heading, 1.2, bold=True)
        goal = QLabel(self.tr("Goal: 2-3 strength routines a week (✓ when met). Other: warm-up, cool-down, care."))
        goal.setWordWrap(True)
        self._goal = goal
        side.addWidget(week_heading)
        side.addWidget(goal)
        side.addWidget(self.weeks)
        self.load = LoadPanel(WEEKS_SHOWN)
        side.addWidget(self.load, 1)
        # The right column scrolls rather than squeezing: at a large text size or on a 1024×600
        # screen its table, legend and bars keep their room instead of overlapping.
        self.side_scroll = scroll_area(weeks, "history-side")
        line = self.fontMetrics().height()
        self.table.setMinimumHeight(7 * line)  # a few entries at least, at any text size
        self.side_scroll.setMinimumHeight(7 * line)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(entries)
        lower.addWidget(self.side_scroll)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([880, 380])
        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.trend)
        top.addLayout(spans)
        top.addWidget(self.chart_place.slot, 1)
        self.chart_place.layout = top
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([380, 360])
        split.setChildrenCollapsible(False)
        lower.setChildrenCollapsible(False)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        # Below the room chart, table and column need (a small screen, a large text size) the
        # window scrolls as a whole; above it, everything stretches as before.
        self.page_scroll = scroll_area(split, "history-page")
        layout.addWidget(self.page_scroll, 1)
        layout.addLayout(status)
        self.setTabOrder(self.table, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.imports_button)
        self.setTabOrder(self.imports_button, self.weeks)
        self.setTabOrder(self.weeks, self.undo_button)
        self.setTabOrder(self.span_buttons.buttons()[-1], self.programme)

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the diary, keeping the selected entry selected.

        While History is closed (hidden) it only notes that it is out of date
        and reloads when shown again: a write elsewhere must not redraw a chart
        nobody sees."""
        if self._announcing:
            return
        if self._built and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._loaded_from = self._diary_state()
        self._token += 1
        weeks = programme_weeks(self.services.catalog.get(PROGRAMME_ROUTINE))
        self._pending_load = (self._token, self.services.clock.now(), weeks, WEEKS_SHOWN, self.units)
        if self._painted:
            self._start_load()

    def _start_load(self) -> None:
        if self._pending_load is not None:
            self.loader.load(*self._pending_load)
            self._pending_load = None

    @property
    def loaded(self) -> bool:
        """The latest read is shown everywhere, chart included."""
        return self._snapshot is not None and self._snapshot.token == self._token and self.chart is not None

    def _snapshot_arrived(self, snapshot: HistorySnapshot) -> None:
        """Show a finished read, unless the diary changed since it was asked for."""
        if snapshot.token != self._token:
            return  # stale: a newer read is on its way
        selected = self.selected_record()
        self._snapshot = snapshot
        self.model.set_rows(snapshot.entries)
        self.weeks_model.set_weeks(snapshot.weeks)
        self._fit_weeks()
        self.load.show_weeks(snapshot.load)
        self._show_programme(snapshot.programme)
        self.trend.setText(snapshot.trend)
        self.chart_place.show(snapshot.series, snapshot.trend)
        if selected is not None:
            self.select(type(selected), selected.id)
        self._enable()

    def _fit_weeks(self) -> None:
        """The week table shows every column, and its rows as the room allows: all of them,
        at least four (the column around it scrolls below that)."""
        view = self.weeks
        view.resizeColumnsToContents()
        frame = 2 * view.frameWidth()
        rows = view.verticalHeader().length() if self.weeks_model.rowCount() else view.verticalHeader().defaultSectionSize()
        top = view.horizontalHeader().height() + frame
        view.setMaximumHeight(top + rows)
        view.setMinimumHeight(top + min(rows, 3 * view.verticalHeader().defaultSectionSize()))
        view.setMinimumWidth(view.horizontalHeader().length() + frame + view.verticalScrollBar().sizeHint().width())
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(min(view.minimumWidth() + bar + 4, max(320, self.width() // 2)))

    def _load_failed(self, token: int, error: str) -> None:
        if token != self._token:
            return
        self.status.setText(self.tr("The diary could not be read: {error}").format(error=error))
        self.services.notifier.error(self.tr("History cannot show the diary: {error}").format(error=error))

    def _show_programme(self, plan: ProgrammeView) -> None:
        """Today's week and why it last moved (the chart marks every move, ◆ on its day)."""
        last = plan.last
        said = self.tr("Strength programme: {current}.").format(current=in_sentence(plan.current()))
        if last is None:
            said += " " + self.tr("No changes yet.")
        else:
            said += " " + self.tr("Last change {day}: {change}, {weeks} — {reason}.").format(
                day=date_text(last.on, "ddd d MMM"), change=action_words(last), weeks=weeks_text(last), reason=last.reason)
        head, _, rest = said.partition(". ")
        self.programme.setText(f"<b>{html.escape(head)}.</b> {html.escape(rest)}" if rest else html.escape(said))
        self.programme.setToolTip(self.tr("Source: {source}").format(source=last.source) if last else "")
        self.programme.setAccessibleName(said)
        self._programme_changes = plan.changes

    # --- the chart, built after the first paint -------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.place.shown()
        # Re-opened: reload only what may differ — a change noticed while hidden, another
        # day, or a write from outside (another connection moves SQLite's data version).
        if self._stale or self._diary_state() != self._loaded_from:
            self.refresh()

    def _diary_state(self) -> tuple[object, ...]:
        try:
            return (self.services.clock.now().date(), self.services.diary.data_version())
        except CoachError:
            return ()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_weeks()  # the right column's width: its table's, up to half the window

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.place.save()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        # After the first frame, not on show: the worker's read and the library's import would
        # compete with it for the interpreter (a timer started here fires once the frame is done).
        if not self._chart_scheduled:
            self._chart_scheduled = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.chart_place.rebuild_if_scheme_changed()

    def _after_first_paint(self) -> None:
        self._painted = True
        self._start_load()
        if self.chart is None:
            self.loader.load_library()

    @property
    def chart(self) -> PainChart | None:
        """The chart, once built and showing data (None while History is still loading it)."""
        return self.chart_place.chart

    def show_days(self, days: int | None) -> None:
        self.chart_place.show_days(days)

    def select(self, record_type: type, record_id: int | None) -> None:
        row = self.model.row_of(record_type, record_id)
        if row is not None:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_record(self) -> PainEntry | Run | None:
        row = self.current_row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def _enable(self) -> None:
        has_row = self.current_row() >= 0
        self.edit_button.setEnabled(has_row or self.model.rowCount() > 0)
        self.delete_button.setEnabled(has_row or self.model.rowCount() > 0)
        self.undo_button.setEnabled(bool(self.undo_stack))

    # --- actions -----------------------------------------------------------------------------

    def edit_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.edit_requested.emit(self.model.record(row))
        else:
            self.status.setText(self.tr("Select an entry to edit."))

    def delete_row(self, row: int) -> None:
        """Delete the entry on ``row``; it can be put back with undo."""
        if not 0 <= row < self.model.rowCount():
            self.status.setText(self.tr("Select an entry to delete."))
            return
        record = self.model.record(row)
        diary = self.services.diary
        try:
            deleted = diary.delete_pain(saved_id(record)) if isinstance(record, PainEntry) else diary.delete_run(saved_id(record))
        except CoachError as error:
            self.services.notifier.error(self.tr("The entry could not be deleted: {error}").format(error=error))
            return
        self.undo_stack.append(deleted)
        self.status.setText(self.tr("Deleted: {entry}, {when}.").format(entry=describe(deleted, self.units),
                                                                        when=when_text(deleted)))
        self.model.remove(record)  # at once; the reload (off the GUI thread) follows
        self.refresh()
        following = min(row, self.model.rowCount() - 1)
        if following >= 0:
            self.select(type(self.model.record(following)), self.model.record(following).id)
        self._enable()
        self.table.setFocus()
        self._announce()

    def undo(self) -> None:
        """Put the last deleted entry back, exactly as it was."""
        if not self.undo_stack:
            self.status.setText(self.tr("Nothing to undo."))
            return
        record = self.undo_stack[-1]
        try:
            self.services.diary.restore(record)
        except CoachError as error:
            self.services.notifier.error(self.tr("The entry could not be put back: {error}").format(error=error))
            return
        self.undo_stack.pop()
        self.status.setText(self.tr("Restored: {entry}, {when}.").format(entry=describe(record, self.units),
                                                                         when=when_text(record)))
        self.model.insert(record)  # at once; the reload follows
        self.refresh()
        self.select(type(record), record.id)
        self._enable()
        self._announce()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.diary_changed.emit()
        finally:
            self._announcing = False
