"""Room for text at any size: History scrolls rather than squeezing one widget over another."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget


def scroll_area(content: QWidget, name: str) -> QScrollArea:
    """``content`` at its minimum size or more, with scroll bars when the room is smaller."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds (and scrolls it into view)
    return area


class WrapHeights(QObject):
    """Keeps each watched word-wrapped label's height at what its text needs at its width.

    Qt asks a wrapped label for one line as its minimum, so a splitter or a scroll area
    squeezes it to one line and the widget below paints over the rest; pinned, the room
    is kept and the window scrolls instead."""

    def watch(self, *labels: QLabel) -> None:
        for label in labels:
            label.installEventFilter(self)
            # Its height is pinned here instead: a scroll area asked for a height for its width
            # would answer with the preferred height of everything and scroll needlessly.
            policy = label.sizePolicy()
            policy.setHeightForWidth(False)
            label.setSizePolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange) and isinstance(watched, QLabel):
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and needed != watched.minimumHeight():
                watched.setFixedHeight(needed)  # no less (cut) and no more (a gap under it)
        return False
