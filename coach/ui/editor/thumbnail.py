"""A routine picture as a small pixmap: the picker's thumbnails and the step form's preview.

The file is read with the loader's size cap (a picture swapped for a huge file
or a pipe must not stall the editor) and drawn by Qt: an SVG through
``QSvgRenderer``, a PNG through ``QImage``. Anything unreadable is no picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from coach.core.routines.rules import MAX_IMAGE_BYTES
from coach.core.safe_read import UnreadableFile, read_regular

PAPER = "#f6f5f1"


def picture_pixmap(path: Path | None, side: int) -> QPixmap | None:
    """The picture at ``path`` fitted into a ``side``×``side`` square of paper, or None."""
    if path is None:
        return None
    try:
        data = read_regular(path, MAX_IMAGE_BYTES)
    except (UnreadableFile, OSError):
        return None
    return pixmap_of(data, path.suffix.lower() == ".svg", side)


def pixmap_of(data: bytes, svg: bool, side: int) -> QPixmap | None:
    """Picture bytes (SVG or another format Qt reads) fitted into a square, or None when they draw nothing."""
    canvas = QPixmap(QSize(side, side))
    canvas.fill(QColor(PAPER))  # the drawings are dark ink: on paper they read in the dark colours too
    if svg:
        renderer = QSvgRenderer(data)
        if not renderer.isValid():
            return None
        size = renderer.defaultSize().scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
        painter = QPainter(canvas)
        renderer.render(painter, QRectF((side - size.width()) / 2, (side - size.height()) / 2, size.width(),
                                        size.height()))  # fmt: skip
        painter.end()
        return canvas
    image = QImage.fromData(data)
    if image.isNull():
        return None
    scaled = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(canvas)
    painter.drawImage((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    painter.end()
    return canvas
