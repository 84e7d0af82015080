"""The clinician report as an A4 PDF, laid out with QPainter on a QPdfWriter.

Order: title and date range, the disclaimer, today's headline with every
reason and its source (and the questions to ask, when it says "see a
clinician"), the pain chart, runs and routines per week, the strength
programme's week and its changes with their reasons, every pain entry
with where it hurt and its warning signs, and the routines done. Tables
continue on the next page with their header repeated. Only QtGui is used: the
command line paints this with an offscreen QGuiApplication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSaveFile,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,  # fmt: skip
)

from coach.core.advice.advice import disclaimer
from coach.core.advice.report import Cell, Column, ReportData, record_columns, week_columns
from coach.core.diary.records import format_distance
from coach.core.errors import InputError, StorageError
from coach.core.i18n import _
from coach.core.plan.changes_view import action_words, weeks_text
from coach.core.safe_write import write_target
from coach.core.vocabulary import LOCATION_PHRASES
from coach.ui.history.report_chart import INK, paint_pain_chart
from coach.ui.shell import theme
from coach.ui.shell.translations import QT_TRANSLATE_NOOP, date_text

RESOLUTION = 300
MUTED, RULE, SHADE = (QColor(theme.PRINT[name]) for name in ("muted", "rule", "shade"))


class Pages:
    """A cursor over A4 pages: text blocks and tables that break across pages."""

    def __init__(self, writer: QPdfWriter, painter: QPainter):
        self.writer, self.painter = writer, painter
        self.unit = writer.resolution() / 72.0  # device pixels per point
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.bottom = float(page.width()), float(page.height()) - 18 * self.unit
        self.y = 0.0
        self.number = 1
        self.base = QFont("DejaVu Sans")
        self.base.setStyleHint(QFont.StyleHint.SansSerif)
        self._footer()

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _footer(self) -> None:
        self.painter.save()
        self.painter.setFont(self.font(7.5))
        self.painter.setPen(MUTED)
        box = QRectF(0, self.bottom + 6 * self.unit, self.width, 12 * self.unit)
        title = QCoreApplication.translate("Report", "Prehab Coach knee diary report")
        self.painter.drawText(box, Qt.AlignmentFlag.AlignLeft, title)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignRight, QCoreApplication.translate("Report", "Page {number}").format(
            number=self.number))
        self.painter.restore()

    def new_page(self) -> None:
        self.writer.newPage()
        self.number += 1
        self.y = 0.0
        self._footer()

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self.y + height > self.bottom and self.y > 0:
            self.new_page()

    def gap(self, points: float) -> None:
        self.y += points * self.unit

    def text(self, text: str, size: float = 9.5, bold: bool = False, italic: bool = False,
             colour: QColor = INK, indent: float = 0.0) -> None:  # fmt: skip
        """A wrapped paragraph."""
        font = self.font(size, bold, italic)
        left = indent * self.unit
        flags = int(Qt.TextFlag.TextWordWrap)
        box = QFontMetricsF(font, self.writer).boundingRect(QRectF(left, 0, self.width - left, 1e6), flags, text)
        self.room(box.height())
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(QRectF(left, self.y, self.width - left, box.height() + 1), flags, text)
        self.y += box.height() + 2 * self.unit

    def bullet(self, text: str, source: str = "", size: float = 9.5) -> None:
        self.painter.setFont(self.font(size))
        top = self.y
        self.text(text + (f"  ({source})" if source else ""), size, indent=12)
        self.painter.setPen(INK)
        if self.y > top:  # not moved to a new page between
            self.painter.drawText(QPointF(3 * self.unit, top + QFontMetricsF(self.font(size), self.writer).ascent()), "•")

    def heading(self, text: str, keep: float = 80.0) -> None:
        """A section title, kept on the same page as ``keep`` points of what follows."""
        self.room((30 + keep) * self.unit)
        self.gap(8)
        self.text(text, 12.5, bold=True)
        self.painter.setPen(QPen(RULE, 0.8 * self.unit))
        self.painter.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))
        self.gap(4)

    def table(self, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]], size: float = 8.0) -> None:
        """Columns are (title, share of the width); cells wrap; the header repeats on each page."""
        font, bold = self.font(size), self.font(size, bold=True)
        metrics = QFontMetricsF(font, self.writer)
        pad = 3 * self.unit
        total = sum(share for _, share in columns)
        widths = [self.width * share / total for _, share in columns]
        flags = int(Qt.TextFlag.TextWordWrap)

        def height(cells: Sequence[str], face: QFont) -> float:
            fm = QFontMetricsF(face, self.writer)
            pairs = zip(cells, widths, strict=False)
            return max(fm.boundingRect(QRectF(0, 0, w - 2 * pad, 1e6), flags, c).height() for c, w in pairs)

        def draw(cells: Sequence[str], face: QFont, shade: bool) -> None:
            row_h = height(cells, face) + 2 * pad
            if shade:
                self.painter.fillRect(QRectF(0, self.y, self.width, row_h), SHADE)
            self.painter.setFont(face)
            self.painter.setPen(INK)
            x = 0.0
            for cell, w in zip(cells, widths, strict=False):
                self.painter.drawText(QRectF(x + pad, self.y + pad, w - 2 * pad, row_h), flags, cell)
                x += w
            self.y += row_h
            self.painter.setPen(QPen(RULE, 0.5 * self.unit))
            self.painter.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))

        def page_break() -> None:
            self.new_page()
            draw(header, bold, True)

        header = [title for title, _ in columns]
        first = height(rows[0], font) + 2 * pad if rows else metrics.height()
        page_room = self.bottom - height(header, bold) - 2 * pad  # a fresh page, under the repeated header
        self.room(height(header, bold) + 2 * pad + min(first, page_room / 2))  # never a header alone at a page foot
        draw(header, bold, True)
        for row in rows:
            cells = list(row)
            while self.y + height(cells, font) + 2 * pad > self.bottom:
                # A row taller than a page (a long note) continues on the next one, line by line.
                if height(cells, font) + 2 * pad <= page_room:
                    page_break()
                    break
                room = self.bottom - self.y - 2 * pad
                pairs = zip(cells, widths, strict=False)
                cut = [_lines_that_fit(cell, font, self.writer, w - 2 * pad, room) for cell, w in pairs]
                while any(cut) and height([cell[:n] for cell, n in zip(cells, cut, strict=False)], font) > room:
                    room -= metrics.height()  # drawText wrapped a line more than the layout: one line fewer
                    cut = [_lines_that_fit(c, font, self.writer, w - 2 * pad, room) for c, w in zip(cells, widths, strict=False)]
                if room < 3 * metrics.height() or not any(cut):
                    page_break()
                    continue
                draw([cell[:n] for cell, n in zip(cells, cut, strict=False)], font, False)
                cells = [cell[n:].lstrip() for cell, n in zip(cells, cut, strict=False)]
                cells[0] = cells[0] or QCoreApplication.translate("Report", "(continued)")
                page_break()
            draw(cells, font, False)


def _lines_that_fit(text: str, font: QFont, device: QPdfWriter, width: float, room: float) -> int:
    """How many characters of ``text``, wrapped at ``width`` as the table wraps it, fit in ``room``."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # what drawText's TextWordWrap does
    layout.setTextOption(option)
    layout.beginLayout()
    used, fits = 0.0, 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        used += line.height()
        if used > room:
            break
        fits = line.textStart() + line.textLength()
    layout.endLayout()
    return fits


class ReportCounts(QObject):
    """The report's sentences with counts in them: tr() gives each its plural forms."""

    def span(self, data: ReportData) -> str:
        day = self.tr("ddd dd MMM yyyy")  # the language's day and month names
        return self.tr("{first} to {last}  ·  %n week(s)  ·  made {made}", "", len(data.weeks)).format(
            first=date_text(data.first, day), last=date_text(data.last, day),
            made=date_text(data.made, self.tr("dd MMM yyyy HH:mm")))

    def earlier(self, count: int) -> str:
        return self.tr("%n earlier change(s) before this period not shown.", "", count)

    def totals(self, data: ReportData) -> str:
        return self.tr("{pain}, {runs} ({distance}), {routines} completed in this period.").format(
            pain=self.tr("%n pain entry(ies)", "", len(data.pain)), runs=self.tr("%n run(s)", "", len(data.runs)),
            distance=format_distance(data.total_km, data.units),
            routines=self.tr("%n routine(s)", "", len(data.completed_sessions)))


def _when(moment: date | datetime, shape: str) -> str:
    """A date or time in the language's names; ``shape`` is one of DAY, DAY_TIME."""
    return date_text(moment, QCoreApplication.translate("Report", shape))


def _paint(data: ReportData, pages: Pages) -> None:
    u = pages.unit
    counts = ReportCounts()
    pages.text(QCoreApplication.translate("Report", "Knee diary report"), 20, bold=True)
    pages.text(counts.span(data), 10, colour=MUTED)
    pages.gap(4)
    pages.text(disclaimer(), 9, italic=True)
    pages.text(counts.totals(data), 9.5)

    pages.heading(QCoreApplication.translate("Report", "Today's advice"))
    ink = theme.PRINT_HEADLINE_INK.get(data.advice.headline, theme.PRINT["ink"])
    pages.text(data.advice.label, 16, bold=True, colour=QColor(ink))
    for reason in data.advice.reasons:
        pages.bullet(reason.text, reason.source)
    if data.advice.notes:
        pages.gap(2)
        pages.text(QCoreApplication.translate("Report", "Notes"), 9.5, bold=True)
        for note in data.advice.notes:
            pages.bullet(note.text, note.source, 9)
    for location, questions in data.questions:
        pages.gap(2)
        pages.text(QCoreApplication.translate("Report", "Questions to ask about the pain {where}").format(
            where=LOCATION_PHRASES.get(location, location)), 9.5, bold=True)
        for question in questions:
            pages.bullet(question, size=9)

    pages.heading(QCoreApplication.translate("Report", "Pain over time (0-10, worst imaginable = 10)"), keep=200)
    chart_h = 190 * u
    pages.room(chart_h)
    paint_pain_chart(pages.painter, QRectF(0, pages.y, pages.width, chart_h), data, u)
    pages.y += chart_h + 4 * u

    pages.heading(QCoreApplication.translate("Report", "Runs and routines per week"))
    _declared_table(pages, week_columns(), data.weeks, data, DAY)

    _programme(data, pages)

    pages.heading(QCoreApplication.translate("Report", "Pain entries"))
    if not data.pain:
        pages.text(QCoreApplication.translate("Report", "No pain entries in this period."), 9.5, colour=MUTED)
    else:  # headed and filled as the declaration says (coach.core.diary.fields)
        _declared_table(pages, record_columns("pain"), data.pain, data, DAY_TIME)

    pages.heading(QCoreApplication.translate("Report", "Routines done"))
    if not data.sessions:
        pages.text(QCoreApplication.translate("Report", "No routines recorded in this period."), 9.5, colour=MUTED)
    else:
        _declared_table(pages, record_columns("sessions"), data.sessions, data, DAY_TIME)


def _declared_table(pages: Pages, columns: Sequence[Column], rows: Sequence[object], data: ReportData, shape: str) -> None:
    """A table whose columns core declares: headings in the user's language, dates in its day names."""
    pages.table(
        [(_(column.label), column.share) for column in columns],
        [[_shown(column.cell(row, data), shape) for column in columns] for row in rows],
    )


def _shown(cell: Cell, shape: str) -> str:
    if isinstance(cell, (date, datetime)):
        return _when(cell, DAY if not isinstance(cell, datetime) else shape)
    return _breakable(cell)


DAY, DAY_TIME = QT_TRANSLATE_NOOP("Report", "ddd dd MMM"), QT_TRANSLATE_NOOP("Report", "ddd dd MMM HH:mm")  # for _when()


def _programme(data: ReportData, pages: Pages) -> None:
    """The strength programme: today's week, and each change in the period with its reason."""
    view = data.programme
    if view is None:
        return
    translate = QCoreApplication.translate
    pages.heading(QCoreApplication.translate("Report", "Strength programme"))
    if view.paused:  # whole sentences: "week" is lower case in English only
        now_at = QCoreApplication.translate("Report", "Knee strength, now at week {week} of {weeks}, paused.")
    else:
        now_at = QCoreApplication.translate("Report", "Knee strength, now at week {week} of {weeks}.")
    pages.text(now_at.format(week=view.week, weeks=view.weeks), 10, bold=True)
    if not view.changes:
        pages.text(QCoreApplication.translate("Report", "The programme did not change in this period."), 9.5, colour=MUTED)
    else:
        day = translate("Report", DAY_DATE)
        pages.table(
            [(translate("Report", title), width) for title, width in PROGRAMME_COLUMNS],
            [(date_text(c.on, day), action_words(c), weeks_text(c), c.reason, c.source) for c in view.changes],
        )  # fmt: skip
    if view.earlier:
        pages.text(ReportCounts().earlier(view.earlier), 8.5, colour=MUTED)


PROGRAMME_COLUMNS = ((QT_TRANSLATE_NOOP("Report", "Date"), 1.4), (QT_TRANSLATE_NOOP("Report", "Change"), 1.1),
                     (QT_TRANSLATE_NOOP("Report", "Week"), 0.9), (QT_TRANSLATE_NOOP("Report", "Reason"), 3.4),
                     (QT_TRANSLATE_NOOP("Report", "Source"), 1.8))
DAY_DATE = QT_TRANSLATE_NOOP("Report", "ddd dd MMM yyyy")


def _breakable(text: str) -> str:
    """Word wrap cannot break a 200-letter "word": give long runs break points,
    so a clinician sees the whole note instead of a line cut at the margin."""
    return re.sub(r"(\S{20})(?=\S)", "\\1\u200b", text)


def paint_report(data: ReportData, device: QIODevice) -> None:
    """Lay the report out on A4 pages into ``device`` (an open, writable QIODevice)."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setTitle(QCoreApplication.translate("Report", "Knee diary report {first} to {last}").format(
        first=data.first, last=data.last))
    writer.setCreator("Prehab Coach")
    painter = QPainter()
    if not painter.begin(writer):
        raise StorageError("could not start painting the PDF")
    try:
        _paint(data, Pages(writer, painter))
    finally:
        painter.end()


def write_report_pdf(data: ReportData, path: Path | str) -> None:
    """Write the report to ``path`` atomically; StorageError when it cannot be written
    (a device, a pipe or a folder is refused, never replaced by a regular file)."""
    try:
        path = write_target(Path(path))
    except InputError as error:
        raise StorageError(str(error)) from None
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise StorageError(f"cannot write {path}: {target.errorString()}")
    try:
        paint_report(data, target)
    except BaseException:
        target.cancelWriting()
        raise
    if not target.commit():
        raise StorageError(f"cannot write {path}: {target.errorString()}")
