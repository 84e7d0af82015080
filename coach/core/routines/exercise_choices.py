"""The exercises a new step can start from: what the editor's picker lists.

For now they are gathered from the steps of the routines the app has loaded;
the exercise library (``routines/exercises.yaml``) can take this function's
place without the editor changing: it asks only here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.core.routines.draft import StepDraft, step_draft
from coach.core.routines.routine import Routine, Step


@dataclass(frozen=True)
class ExerciseChoice:
    """An exercise a step can be made of, with the step it came from as the starting values."""

    id: str
    name: str
    cues: tuple[str, ...]
    image: str  # a picture's file name, or ""
    example: Step | None = None

    def as_step(self) -> StepDraft:
        """A new step for this exercise (reps and sets as the routine it came from had them)."""
        if self.example is not None:
            return step_draft(self.example)
        return StepDraft(exercise=self.id, name=self.name, cues=self.cues, image=self.image)


def exercise_choices(routines: Iterable[Routine]) -> list[ExerciseChoice]:
    """Every exercise id once (its first appearance wins), sorted by name."""
    found: dict[str, ExerciseChoice] = {}
    for routine in routines:
        for step in routine.steps:
            if step.exercise not in found:
                image = step.image.name if step.image is not None else ""
                found[step.exercise] = ExerciseChoice(step.exercise, step.name, step.cues, image, step)
    return sorted(found.values(), key=lambda c: (c.name.lower(), c.id))
