"""What a routine is: its steps, as the player and the plan use them.

Reading routine files (YAML, with located errors) is ``routine_file``'s job; this
module has no parser in it, so the app can start from cached routines without
importing one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from coach.core.vocabulary import FOCUSES as FOCUSES  # declared once, with their labels

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
class Variant:
    """A harder (or easier) form of a step's exercise, with its own name, cues and picture.

    ``of`` is the exercise of the step it replaces when a week swaps it in; its
    ``sides`` replaces the step's (a single-leg squat is done on each side)."""

    exercise: str
    of: str
    name: str
    cues: tuple[str, ...]
    image: Path | None = None
    sides: str | None = None


@dataclass(frozen=True)
class Change:
    """What one programme week changes in the steps of one exercise; None keeps the value."""

    exercise: str
    swap: str | None = None
    reps: int | None = None
    sets: int | None = None
    duration_s: int | None = None
    hold_s: int | None = None
    rest_s: int | None = None
    tempo_s: float | None = None

    def applied_to(self, step: Step, variants: dict[str, Variant]) -> Step:
        """The step as this change leaves it: a swap first, then the new numbers."""
        if self.swap is not None and (variant := variants.get(self.swap)) is not None:
            step = replace(step, exercise=variant.exercise, name=variant.name, cues=variant.cues,
                           image=variant.image, sides=variant.sides or step.sides)  # fmt: skip
        numbers = {name: value for name in CHANGE_NUMBERS if (value := getattr(self, name)) is not None}
        return replace(step, **numbers) if numbers else step


CHANGE_NUMBERS = ("reps", "sets", "duration_s", "hold_s", "rest_s", "tempo_s")


@dataclass(frozen=True)
class Week:
    """One week of a routine's programme: the changes that start that week and stay."""

    week: int
    changes: tuple[Change, ...]
    note: str = ""


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
    variants: tuple[Variant, ...] = ()
    progression: tuple[Week, ...] = ()
    week: int = 0  # the programme week these steps are (``for_week``); 0: the steps as written

    @property
    def weeks(self) -> int:
        """The programme's length: its last week listed; 0 without a progression."""
        return max((w.week for w in self.progression), default=0)

    def for_week(self, week: int) -> Routine:
        """The routine as it is in programme week ``week``: every week's changes up to it
        applied in order, so they accumulate; past the last week, the last week; before
        week 1, week 1. A step is named by the exercise written in ``steps:`` or by the
        variant swapped in for it. Without a progression, the routine itself."""
        if not self.progression:
            return self
        n = max(1, min(week, self.weeks))
        variants = {v.exercise: v for v in self.variants}
        steps = list(self.steps)
        for planned in self.progression:
            if planned.week > n:
                break
            for change in planned.changes:
                for index, step in enumerate(steps):
                    if change.exercise in (self.steps[index].exercise, step.exercise):
                        steps[index] = change.applied_to(step, variants)
        return replace(self, steps=tuple(steps), week=n)
