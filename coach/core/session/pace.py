"""How reps are paced: which rep a moment of a reps segment falls in, and how far through it.

The engine owns this arithmetic, so the counter on the screen, the pace bar and
the side a voice names all come from one place and one moment.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from coach.core.routines.routine import Step, StepKind


@dataclass(frozen=True)
class RepMoment:
    """Where a reps segment is at one instant."""

    rep: int  # 1-based
    reps: int
    progress: float  # 0-1 through this rep
    side: str | None  # "left" or "right" for alternating reps, else None
    hold_left_s: float | None = None  # seconds left of the hold at the top, while holding


@dataclass(frozen=True)
class RepPace:
    """The reps of one work segment (one set, one side). A rep with a hold goes up in half
    the tempo, holds ``hold_s`` at the top, and comes down in the other half."""

    reps: int  # in this segment: both legs' for "alternate"
    tempo_s: float  # seconds the movement of one rep takes
    alternate: bool = False  # odd reps left, even reps right
    hold_s: float = 0.0  # held at the top of each rep

    @classmethod
    def of(cls, step: Step) -> RepPace | None:
        """The pace of a reps step's segments; None for a hold."""
        if step.kind != StepKind.REPS or step.reps is None:
            return None
        alternate = step.sides == "alternate"
        return cls(step.reps * 2 if alternate else step.reps, step.tempo_s, alternate, float(step.hold_s or 0))

    @property
    def rep_s(self) -> float:
        return self.tempo_s + self.hold_s

    @property
    def duration_s(self) -> float:
        return self.reps * self.rep_s

    def at(self, elapsed_s: float) -> RepMoment:
        """The rep being done ``elapsed_s`` into the segment (the last one once it is over)."""
        elapsed = max(0.0, elapsed_s)
        index = min(self.reps - 1, int(elapsed // self.rep_s))
        into = min(self.rep_s, elapsed - index * self.rep_s)
        side = ("left" if index % 2 == 0 else "right") if self.alternate else None
        held = into - self.tempo_s / 2
        hold_left = self.hold_s - held if self.hold_s and 0 <= held < self.hold_s else None
        return RepMoment(index + 1, self.reps, into / self.rep_s, side, hold_left)

    def hold_counts(self, before_s: float, after_s: float) -> list[int]:
        """The whole seconds of a hold begun between two moments of the segment, counted down:
        3 at the top of a 3 s hold, then 2, then 1; nothing for reps without a hold."""
        if not self.hold_s:
            return []
        counts = []
        for rep in range(self.reps):
            top = rep * self.rep_s + self.tempo_s / 2
            for second in range(math.ceil(self.hold_s - 1e-9)):
                if before_s < top + second <= after_s:
                    counts.append(math.ceil(self.hold_s - second - 1e-9))
        return counts
