"""An exercise's two poses, cross-faded at the rep tempo: the start pose, the end pose, back again.

Two ways to drive it. The player paints it from the engine's read-out
(:meth:`PoseAnimation.show_rep`), so the figure reaches the end pose exactly
when the rep counter says half the rep is done. The exercise library lets it
run by itself (:meth:`PoseAnimation.play`) on a timer and a clock that are
passed in, so a test moves a fake clock and fires the timer instead of sleeping.
It stops waking up while hidden.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.core.routines.rules import MAX_IMAGE_BYTES
from coach.core.safe_read import UnreadableFile, read_regular

FRAME_MS = 40  # 25 frames a second: smooth enough for a cross-fade, cheap on a laptop


class MonotonicClock(Protocol):
    def monotonic(self) -> float: ...


def pose_blend(progress: float, tempo_s: float, hold_s: float = 0.0) -> float:
    """How far (0 start pose, 1 end pose) the figure is ``progress`` (0-1) through one rep.

    A rep goes out in half the tempo, holds ``hold_s`` at the end pose, and comes
    back in the other half, as :class:`~coach.core.session.pace.RepPace` counts
    it. Eased, so each pose is seen a moment before the figure moves again."""
    tempo = max(tempo_s, 1e-6)
    half = tempo / 2
    t = min(max(progress, 0.0), 1.0) * (tempo + max(hold_s, 0.0))
    if t <= half:
        x = t / half
    elif t <= half + hold_s:
        x = 1.0
    else:
        x = 1.0 - (t - half - hold_s) / half
    x = min(max(x, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def _renderer(path: Path | None, parent: QWidget) -> QSvgRenderer | None:
    """A picture read with the loader's cap (a pipe or a huge file is no picture), or None."""
    if path is None:
        return None
    try:
        data = read_regular(path, MAX_IMAGE_BYTES)
    except UnreadableFile:
        return None
    renderer = QSvgRenderer(data, parent)
    return renderer if renderer.isValid() else None


class PoseAnimation(QWidget):
    """Paints the start pose fading into the end pose and back, ``blend`` saying where it is."""

    def __init__(self, clock: MonotonicClock | None = None, parent: QWidget | None = None, timer: QTimer | None = None):
        """``clock`` and ``timer`` drive :meth:`play`; the player, which paints it from the engine, needs neither."""
        super().__init__(parent)
        self.setObjectName("pose-animation")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.clock = clock
        self.timer = timer if timer is not None else QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self.blend = 0.0
        self.tempo_s = 2.0
        self.hold_s = 0.0
        self.playing = False  # running by itself (library), as opposed to painted from the engine (player)
        self._started_at = 0.0
        self._paths: tuple[Path | None, Path | None] = (None, None)
        self._start: QSvgRenderer | None = None
        self._end: QSvgRenderer | None = None

    # --- what to show ------------------------------------------------------------------

    def set_poses(self, start: Path | None, end: Path | None) -> None:
        """The two pictures; a missing one is left out (one picture stands still, none paints nothing)."""
        if (start, end) == self._paths:
            return
        self._paths = (start, end)
        self._start, self._end = _renderer(start, self), _renderer(end, self)
        self.update()

    @property
    def moves(self) -> bool:
        """True when there are two poses to move between."""
        return self._start is not None and self._end is not None

    @property
    def has_picture(self) -> bool:
        return self._start is not None or self._end is not None

    def set_blend(self, blend: float) -> None:
        blend = min(max(blend, 0.0), 1.0)
        if abs(blend - self.blend) > 1e-4:
            self.blend = blend
            self.update()

    # --- driven by the engine (player) -----------------------------------------------------

    def show_rep(self, progress: float, tempo_s: float, hold_s: float = 0.0) -> None:
        """The pose ``progress`` through the current rep, as the engine's read-out says."""
        self.stop()
        self.tempo_s, self.hold_s = tempo_s, hold_s
        self.set_blend(pose_blend(progress, tempo_s, hold_s))

    # --- running by itself (library) --------------------------------------------------------

    def play(self, tempo_s: float, hold_s: float = 0.0) -> None:
        """Move on its own, one rep every ``tempo_s + hold_s`` seconds, from the start pose."""
        if self.clock is None:
            raise ValueError("a pose animation plays by itself only with a clock")
        self.tempo_s, self.hold_s = max(tempo_s, 0.5), max(hold_s, 0.0)
        self.playing = True
        self._started_at = self.clock.monotonic()
        self.set_blend(0.0)
        if self.isVisible():
            self.timer.start()

    def stop(self) -> None:
        self.playing = False
        self.timer.stop()

    def _tick(self) -> None:
        if self.clock is None or not self.playing:
            return
        rep_s = self.tempo_s + self.hold_s
        elapsed = self.clock.monotonic() - self._started_at
        self.set_blend(pose_blend((elapsed % rep_s) / rep_s, self.tempo_s, self.hold_s))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.playing:
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.timer.stop()  # nothing to see: no wake-ups (playing stays set, so showing resumes it)

    # --- painting -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(200, 200)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        side = min(self.width(), self.height())
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layers = [(self._start, 1.0 - self.blend), (self._end, self.blend)] if self.moves else [
            (self._end or self._start, 1.0)]  # fmt: skip
        for renderer, opacity in layers:
            if renderer is not None and opacity > 0.01:
                painter.setOpacity(opacity)
                renderer.render(painter, square)
        painter.end()
