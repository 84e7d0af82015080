"""How reps are paced: which rep a moment of a reps segment falls in, and how far through it.

The engine owns this arithmetic, so the counter on the screen, the pace bar and
the side a voice names all come from one place and one moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.routines.routine import Step, StepKind


@dataclass(frozen=True)
class RepMoment:
    """Where a reps segment is at one instant."""

    rep: int  # 1-based
    reps: int
    progress: float  # 0-1 through this rep
    side: str | None  # "left" or "right" for alternating reps, else None


@dataclass(frozen=True)
class RepPace:
    """The reps of one work segment (one set, one side)."""

    reps: int  # in this segment: both legs' for "alternate"
    tempo_s: float  # seconds one rep takes
    alternate: bool = False  # odd reps left, even reps right

    @classmethod
    def of(cls, step: Step) -> RepPace | None:
        """The pace of a reps step's segments; None for a hold."""
        if step.kind != StepKind.REPS or step.reps is None:
            return None
        alternate = step.sides == "alternate"
        return cls(step.reps * 2 if alternate else step.reps, step.tempo_s, alternate)

    @property
    def rep_s(self) -> float:
        return self.tempo_s

    @property
    def duration_s(self) -> float:
        return self.reps * self.rep_s

    def at(self, elapsed_s: float) -> RepMoment:
        """The rep being done ``elapsed_s`` into the segment (the last one once it is over)."""
        elapsed = max(0.0, elapsed_s)
        index = min(self.reps - 1, int(elapsed // self.rep_s))
        into = min(self.rep_s, elapsed - index * self.rep_s)
        side = ("left" if index % 2 == 0 else "right") if self.alternate else None
        return RepMoment(index + 1, self.reps, into / self.rep_s, side)
