"""What a routine is: its steps, as the player and the plan use them.

Reading routine files (YAML, with located errors) is ``routine_file``'s job; this
module has no parser in it, so the app can start from cached routines without
importing one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

FOCUSES = ("warm-up", "cool-down", "strength", "care")
SIDES = ("none", "each", "alternate")


class StepKind(StrEnum):
    """What a step asks of the body: hold a position, or move through counted reps."""

    HOLD = "hold"  # held for ``duration_s``
    REPS = "reps"  # ``reps`` counted at ``tempo_s`` a rep


@dataclass(frozen=True)
class Step:
    """One exercise of a routine, as written in the file."""

    exercise: str
    name: str
    cues: tuple[str, ...]
    duration_s: int | None = None
    reps: int | None = None
    tempo_s: float = 2.0
    hold_s: int | None = None  # reps only: seconds each rep is held at the top
    sets: int = 1
    rest_s: int = 0
    sides: str = "none"
    image: Path | None = None
    line: int = 0

    @property
    def kind(self) -> StepKind:
        """Read from what the file wrote (the loader allows exactly one of the two), here only."""
        return StepKind.REPS if self.reps is not None else StepKind.HOLD


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    focus: str
    when: str
    summary: str
    steps: tuple[Step, ...]
    caution: str = ""
    get_ready_s: int = 5
    switch_s: int = 5
    source: Path | None = None
    content_hash: str = ""
