"""How History's two tables are shaped, apart from what they show: ten years of entries
must never be measured row by row, and the week table takes the height its rows need
(the column around it scrolls below that) rather than what a splitter leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollArea, QTableView


def history_table(model: QAbstractItemModel, name: str) -> QTableView:
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


def fit_week_table(view: QTableView, side_scroll: QScrollArea, window_width: int) -> None:
    """The week table shows every column, and its rows as the room allows: all of them,
    at least four (the column around it scrolls below that)."""
    view.resizeColumnsToContents()
    frame = 2 * view.frameWidth()
    rows = view.verticalHeader().length() if view.model().rowCount() else view.verticalHeader().defaultSectionSize()
    top = view.horizontalHeader().height() + frame
    view.setMaximumHeight(top + rows)
    view.setMinimumHeight(top + min(rows, 3 * view.verticalHeader().defaultSectionSize()))
    view.setMinimumWidth(view.horizontalHeader().length() + frame + view.verticalScrollBar().sizeHint().width())
    bar = side_scroll.verticalScrollBar().sizeHint().width()
    side_scroll.setMinimumWidth(min(view.minimumWidth() + bar + 4, max(320, window_width // 2)))
