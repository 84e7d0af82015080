"""What the player shows, sized to be read from a mat three metres away.

``PlayerView.show_session(session)`` paints everything from the engine's
read-outs; it holds no timing logic and no state of its own beyond caching
what does not change within a segment (colours, picture, next-up). Sizes are
pixel sizes scaled with the widget's height, so full screen gets bigger text.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from coach.core.routines.pictures import start_picture
from coach.core.routines.rules import MAX_IMAGE_BYTES
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.session.announce import headline, kind_label, set_label, side_label
from coach.core.session.cue_words import CueWords, cue_words
from coach.core.session.plan import Segment, format_duration
from coach.core.session.session import Readout, Session, State
from coach.core.vocabulary import SegmentKind
from coach.ui.shell import theme
from coach.ui.widgets.pose_animation import PoseAnimation

KIND_COLOURS = theme.SEGMENT_COLOURS  # keyed by the kinds
BASE_HEIGHT = 720  # the view's height in a 1280×800 window; sizes below are for this
MIN_SCALE = 0.4  # every size below shrinks with the window down to this (an 800×480 window)
PICTURE_MIN_SCALE = 0.55  # below this, or in a portrait window, the picture goes first
BAR_RANGE = 1000


def clock_text(seconds: float) -> str:
    """What the big digits say: ``45`` under a minute, ``1:30`` above (whole seconds, rounded up)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return format_duration(whole) if whole >= 60 else str(whole)


def next_up_text(segment: Segment | None, words: CueWords | None = None) -> str:
    words = words if words is not None else cue_words()
    if segment is None:
        return words.say("next-up.last")
    parts = [segment.name, side_label(segment.side, words), set_label(segment, words)]
    return words.say("next-up", what=" · ".join(p for p in parts if p))


def pixel_font(widget: QWidget, pixels: int, bold: bool = False, factor: float | None = None) -> QFont:
    """``pixels`` (sized for the window) times the user's text size (``theme.text_factor``, or ``factor``)."""
    font = QFont(widget.font())
    font.setPixelSize(max(8, round(pixels * (theme.text_factor() if factor is None else factor))))
    font.setBold(bold)
    return font


def mat_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    return label


def _bar(name: str, accessible: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setAccessibleName(accessible)
    bar.setRange(0, BAR_RANGE)
    bar.setTextVisible(False)
    return bar


class PauseOverlay(QFrame):
    """A dark veil over the exercise with what to do next, in big letters."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("pause-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("#pause-overlay { background: rgba(20, 24, 28, 215); border-radius: 18px; }"
                           "QLabel { color: white; }")  # fmt: skip
        self.title = mat_label("pause-title", self.tr("Paused"))
        self.hint = mat_label("pause-hint", self.tr("How to continue"))
        for label in (self.title, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.hide()

    def show_text(self, title: str, hint: str, title_px: int, hint_px: int) -> None:
        if self.title.text() != title or self.title.font().pixelSize() != round(title_px * theme.text_factor()):
            self.title.setFont(pixel_font(self, title_px, bold=True))
            self.title.setText(title)
        if self.hint.text() != hint or self.hint.font().pixelSize() != round(hint_px * theme.text_factor()):
            self.hint.setFont(pixel_font(self, hint_px))
            self.hint.setText(hint)
        if not self.isVisible():
            self.show()
            self.raise_()


class PlayerView(QWidget):
    """The running session: band, picture, name, side and set, digits, cue, bars, next up."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("player-view")
        self._scale = 1.0
        self._digits_height = 0  # the digits' row when their font was last chosen
        self._text = 1.0  # the user's text size, as far as the window has room for it (see _apply_sizes)
        self._room_for_picture = True  # a small or portrait window gives the picture's room to the digits
        self._segment_key: tuple | None = None
        self._image: Path | None = None

        self.band = QFrame()
        self.band.setObjectName("kind-band")
        self.kind_label = mat_label("kind", self.tr("Segment kind"))
        self.step_label = mat_label("step", self.tr("Exercise number"))
        band_row = QHBoxLayout(self.band)
        band_row.setContentsMargins(24, 6, 24, 6)
        band_row.addWidget(self.kind_label)
        band_row.addStretch(1)
        band_row.addWidget(self.step_label)

        self.caution_label = mat_label("caution", self.tr("Caution"))
        self.caution_label.setWordWrap(True)
        self.caution_label.setContentsMargins(24, 6, 24, 0)
        self.caution_label.setStyleSheet(f"color: {theme.CAUTION_TEXT[theme.scheme(self)]};")
        self.caution_label.hide()

        self.picture_card = QFrame()
        self.picture_card.setObjectName("picture-card")
        # The illustrations are dark line art: they sit on a light mat in every
        # palette, a softer one on a dark desktop so it does not glare.
        mat = theme.PICTURE_MAT["dark" if theme.is_dark(self) else "light"]
        self.picture_card.setStyleSheet(f"#picture-card {{ background: {mat}; border-radius: 18px; }}")
        self.picture = QSvgWidget()
        self.picture.setObjectName("illustration")
        self.picture.setAccessibleName(self.tr("Illustration of the exercise"))
        self.picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        card_layout = QVBoxLayout(self.picture_card)
        card_layout.setContentsMargins(16, 16, 16, 16)
        card_layout.addWidget(self.picture)
        # During reps the two poses move at the rep's pace, painted from the engine's read-out.
        self.animation = PoseAnimation()
        self.animation.setAccessibleName(self.tr("Animation of the exercise"))
        self.animation.hide()
        card_layout.addWidget(self.animation)

        self.name_label = mat_label("exercise-name", self.tr("Exercise"))
        self.name_label.setWordWrap(True)
        self.detail_label = mat_label("side-and-set", self.tr("Side and set"))
        self.digits = mat_label("digits", self.tr("Time left or rep count"))
        self.digits.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.pace_bar = _bar("pace", self.tr("Pace of the current rep"))
        self.time_left = mat_label("time-left", self.tr("Time left in this set"))
        self.cue_label = mat_label("cue", self.tr("Current cue"))
        self.cue_label.setWordWrap(True)
        self.pace_row = QWidget()  # shown for reps only; a widget so hiding it leaves no trace in the layout
        pace_row = QHBoxLayout(self.pace_row)
        pace_row.setContentsMargins(0, 0, 0, 0)
        pace_row.setSpacing(16)
        pace_row.addWidget(self.pace_bar, 1)
        pace_row.addWidget(self.time_left)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.name_label)
        text.addWidget(self.detail_label)
        text.addWidget(self.digits, 1)
        text.addWidget(self.pace_row)
        text.addSpacing(8)
        text.addWidget(self.cue_label)

        self.content = QWidget()
        self.content.setObjectName("player-content")
        middle = QHBoxLayout(self.content)
        middle.setContentsMargins(24, 12, 24, 8)
        middle.setSpacing(32)
        middle.addWidget(self.picture_card, 0)
        middle.addLayout(text, 1)

        self.segment_bar = _bar("segment-progress", self.tr("Progress of this segment"))
        self.routine_bar = _bar("routine-progress", self.tr("Progress of the whole routine"))
        self.routine_bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 4px; background: rgba(128,128,128,60); }"
            f"QProgressBar::chunk {{ border-radius: 4px; background: {theme.ROUTINE_BAR[theme.scheme(self)]}; }}"
        )
        self.next_label = mat_label("next-up", self.tr("Next up"))
        self.next_label.setWordWrap(True)
        self.routine_label = mat_label("routine-left", self.tr("Time left in the routine"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 1)
        bottom.addWidget(self.routine_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.band)
        layout.addWidget(self.caution_label)
        layout.addWidget(self.content, 1)
        bars = QVBoxLayout()
        bars.setContentsMargins(24, 0, 24, 0)
        bars.setSpacing(8)
        bars.addWidget(self.segment_bar)
        bars.addLayout(bottom)
        bars.addWidget(self.routine_bar)
        layout.addLayout(bars)

        self.overlay = PauseOverlay(self.content)
        self._apply_sizes()

    # --- painting from the engine ----------------------------------------------------

    def set_caution(self, text: str) -> None:
        self.caution_label.setText(self.tr("Caution: {caution}").format(caution=text) if text else "")
        self.caution_label.setVisible(bool(text))

    def show_session(self, session: Session) -> None:
        """Paint the session as it is now: one read-out, so every part shows the same instant."""
        frame = session.readout()
        segment = frame.segment
        key = (segment.index, segment.kind)
        if key != self._segment_key:
            self._segment_key = key
            self._show_segment(segment, session)
        hold = frame.rep.hold_left_s if frame.rep is not None else None
        words = session.plan.words
        held = words.say("hold", seconds=math.ceil(hold - 1e-9)) if hold is not None else ""
        detail = " · ".join(p for p in (side_label(frame.side, words), set_label(segment, words), held) if p)
        if segment.kind in (SegmentKind.REST, SegmentKind.SWITCH) and detail:
            detail = words.say("detail.next", detail=detail)  # the big line says "Rest" or "Switch sides"
        self.detail_label.setText(detail)
        if frame.rep is not None:
            if self.animation.isVisibleTo(self.picture_card) and segment.pace is not None:
                self.animation.show_rep(frame.rep.progress, segment.pace.tempo_s, segment.pace.hold_s)
            self._set_digits(f"{frame.rep.rep} / {frame.rep.reps}")
            self.pace_bar.setValue(round(frame.rep.progress * BAR_RANGE))
            left = format_duration(math.ceil(frame.remaining_s - 1e-9))
            self.time_left.setText(self.tr("{time} left").format(time=left))
        else:
            self._set_digits(clock_text(frame.remaining_s))
        self.cue_label.setText(frame.cue)
        self.segment_bar.setValue(round(frame.segment_progress * BAR_RANGE))
        self.routine_bar.setValue(round(frame.routine_progress * BAR_RANGE))
        left = format_duration(math.ceil(frame.routine_left_s - 1e-9))
        self.routine_label.setText(self.tr("{time} left in routine").format(time=left))
        self._show_state(frame, words)

    def _show_segment(self, segment: Segment, session: Session) -> None:
        colour = KIND_COLOURS[segment.kind]
        self.band.setStyleSheet(f"#kind-band {{ background: {colour}; }} QLabel {{ color: white; }}")
        words = session.plan.words
        self.kind_label.setText(kind_label(segment.kind, words).upper())
        where = self.tr("Exercise {number} of {total}").format(number=segment.step_index + 1, total=session.plan.steps_total)
        routine = session.plan.routine
        if routine.week:  # the programme routine, as this programme week has it
            where = self.tr("Week {week} of {weeks}").format(week=routine.week, weeks=routine.weeks) + " · " + where
        self.step_label.setText(where)
        leads_in = segment.kind.is_work or segment.kind == SegmentKind.GET_READY
        self.name_label.setText(segment.name if leads_in else headline(segment, words))
        self.detail_label.setStyleSheet(f"color: {colour};")
        bar_style = (f"QProgressBar {{ border: none; border-radius: 6px; background: rgba(128,128,128,60); }}"
                     f"QProgressBar::chunk {{ border-radius: 6px; background: {colour}; }}")  # fmt: skip
        self.segment_bar.setStyleSheet(bar_style)
        self.pace_bar.setStyleSheet(bar_style)
        self.pace_row.setVisible(segment.kind == SegmentKind.REPS)
        if segment.image != self._image:
            self._image = segment.image
            self.picture.load(_picture_bytes(segment.image))
            self.picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        animate = segment.kind == SegmentKind.REPS and segment.pace is not None
        if animate:
            self.animation.set_poses(start_picture(segment.image), segment.image)
        self.animation.setVisible(animate and self.animation.moves)
        self.picture.setVisible(not self.animation.isVisibleTo(self.picture_card))
        self.picture_card.setVisible(segment.image is not None and self._room_for_picture)
        self.next_label.setText(next_up_text(session.next_up(), words))
        if theme.text_factor() > 1.0:
            self._apply_sizes()  # a larger text size: fitted again to this segment's name and rows

    def _show_state(self, frame: Readout, words: CueWords) -> None:
        big, small = round(96 * self._scale), round(40 * self._scale)
        held = {State.PAUSED: self.tr("PAUSED"), State.RESUMING: self.tr("GET SET"), State.STOPPED: self.tr("STOPPED")}
        self.kind_label.setText(held.get(frame.state, kind_label(frame.segment.kind, words).upper()))
        if frame.state == State.PAUSED:
            slept = frame.pause_reason == "suspend"
            title = self.tr("Paused because the computer slept") if slept else self.tr("Paused")
            self.overlay.show_text(title, self.tr("Space to resume"), round((64 if slept else 110) * self._scale), small)
        elif frame.state == State.RESUMING:
            count = max(1, math.ceil(frame.resume_left_s - 1e-9))
            self.overlay.show_text(self.tr("Get set… {count}").format(count=count), self.tr("Space to pause again"), big, small)
        elif frame.state == State.STOPPED:
            pain = frame.outcome == "stopped-for-pain"
            hint = self.tr("Rest the knee; the session is saved") if pain else self.tr("The session is saved")
            self.overlay.show_text(self.tr("Stopped"), hint, big, small)
        elif self.overlay.isVisible():
            self.overlay.hide()

    # --- sizes ---------------------------------------------------------------------

    def _set_digits(self, text: str) -> None:
        if text == self.digits.text():
            return
        if len(text) != len(self.digits.text()) or self.digits.height() != self._digits_height:
            self.digits.setFont(self._digits_font(text))
        self.digits.setText(text)

    def _digits_font(self, text: str) -> QFont:
        """As big as fits the column, at most 230 px (glyphs ≥ 120 px tall at 1280×800)."""
        font = pixel_font(self.digits, round(230 * self._scale), bold=True, factor=self._text)
        width = max(200, self.content.width() - self.picture_card.width() - 100)
        advance = QFontMetrics(font).horizontalAdvance(text)
        if advance > width:
            font.setPixelSize(max(60, int(font.pixelSize() * width / advance)))
        self._digits_height = self.digits.height()
        if self._digits_height > 0:  # and as tall as the row it has (a caution above, a small screen)
            font.setPixelSize(max(40, min(font.pixelSize(), int(self._digits_height / 0.8))))
        return font

    def _apply_sizes(self) -> None:
        """Sizes for the window's scale times the user's text size; where a large text size does
        not fit the window (a 1024×600 screen at 150%), as large as fits, never below the usual."""
        self._text = theme.text_factor()
        self._set_sizes()
        while self._text > 1.0 and not self._fits():
            self._text = max(1.0, self._text - 0.1)
            self._set_sizes()

    def _fits(self) -> bool:
        layout = self.layout()
        if layout is None or self.content.height() <= 0:
            return True  # not laid out yet: the first resize decides
        layout.activate()
        width = max(1, self.name_label.width())
        labels = [label for label in (self.name_label, self.detail_label, self.cue_label) if not label.isHidden()]
        needed = sum(label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height() for label in labels)
        needed += QFontMetrics(self.digits.font()).ascent()
        needed += self.pace_row.sizeHint().height() if not self.pace_row.isHidden() else 0
        needed += 8 + 4 * 4 + 20  # the column's spacing and the content's margins
        return needed <= self.content.height()

    def _set_sizes(self) -> None:
        s = self._scale
        sizes = [(self.kind_label, 40, True), (self.step_label, 26, False), (self.caution_label, 26, False),
                 (self.name_label, 54, True), (self.detail_label, 40, True), (self.time_left, 30, False),
                 (self.cue_label, 36, False), (self.next_label, 28, True), (self.routine_label, 24, False)]  # fmt: skip
        for widget, pixels, bold in sizes:
            widget.setFont(pixel_font(widget, round(pixels * s), bold, self._text))
        self.band.setFixedHeight(max(round(64 * s), QFontMetrics(self.kind_label.font()).height() + 12))
        side = round(380 * s)
        self.picture_card.setFixedSize(side, side)
        self.segment_bar.setFixedHeight(round(26 * s))
        self.routine_bar.setFixedHeight(round(10 * s))
        self.pace_bar.setFixedHeight(round(16 * s))
        self.digits.setMinimumHeight(round(250 * s))
        self.digits.setFont(self._digits_font(self.digits.text() or "00"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        scale = max(MIN_SCALE, min(size.height() / BASE_HEIGHT, size.width() / 1280))
        room = size.width() >= 1.25 * size.height() and scale >= PICTURE_MIN_SCALE
        if room != self._room_for_picture:
            self._room_for_picture = room
            self.picture_card.setVisible(room and self._image is not None)
        if abs(scale - self._scale) > 0.01:
            self._scale = scale
            self._apply_sizes()
        super().resizeEvent(event)
        self.overlay.setGeometry(self.content.rect().adjusted(24, 8, -24, -8))


BLANK_PICTURE = b"<svg xmlns='http://www.w3.org/2000/svg'/>"


def _picture_bytes(image) -> bytes:
    """The step's drawing, read with the loader's cap: a file swapped for a huge one (or a
    pipe) after the routine loaded must not stall the step change. Unreadable: no picture."""
    if image is None:
        return BLANK_PICTURE
    try:
        return read_regular(image, MAX_IMAGE_BYTES)
    except UnreadableFile:
        return BLANK_PICTURE
