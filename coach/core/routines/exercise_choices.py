"""The exercises a new step can start from: the exercise library's, as the editor's picker lists them.

The library (``routines/exercises.yaml``) is the one list of exercises: its
name, cues and picture go into the new step. What the library does not say —
whether the exercise is done in reps or held, its tempo, sides, sets and rests —
is taken from the first routine step that does it (or that a programme week
swaps it in for), so a squat arrives as the built-in strength routine does it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from coach.core.routines.draft import StepDraft, step_draft
from coach.core.routines.library import Exercise, Library
from coach.core.routines.routine import Routine, Step


@dataclass(frozen=True)
class ExerciseChoice:
    """A library exercise a step can be made of, with a routine's step doing it as the starting numbers."""

    id: str
    name: str
    cues: tuple[str, ...]
    image: str  # the picture's file name as a step names it (its end pose), or ""
    picture: Path | None = None  # that picture's file, for a thumbnail
    knee: str = ""  # what it does for the knee, for a tooltip
    example: Step | None = None

    def as_step(self) -> StepDraft:
        """A new step for this exercise: the library's words and picture, the example's numbers."""
        base = step_draft(self.example) if self.example is not None else StepDraft()
        return replace(base, exercise=self.id, name=self.name, cues=self.cues, image=self.image, origin=None)

    def matches(self, query: str) -> bool:
        """Every word typed is in the name, the id or a cue."""
        haystack = " ".join((self.name, self.id, self.id.replace("-", " "), *self.cues)).casefold()
        return all(word in haystack for word in query.casefold().split())


def examples(routines: Iterable[Routine]) -> dict[str, Step]:
    """The first step doing each exercise: a routine's own steps first, then its programme's variants
    (a variant does what the step it replaces does, on its own sides)."""
    found: dict[str, Step] = {}
    routines = list(routines)
    for routine in routines:
        for step in routine.steps:
            found.setdefault(step.exercise, step)
    for routine in routines:
        for variant in routine.variants:
            of = next((step for step in routine.steps if step.exercise == variant.of), None)
            if of is not None and variant.exercise not in found:
                found[variant.exercise] = replace(of, exercise=variant.exercise, name=variant.name,
                                                  sides=variant.sides or of.sides)  # fmt: skip
    return found


def choice_of(exercise: Exercise, example: Step | None) -> ExerciseChoice:
    picture = exercise.end_image
    return ExerciseChoice(exercise.id, exercise.name, exercise.cues, picture.name if picture else "", picture,
                          exercise.knee, example)  # fmt: skip


def exercise_choices(library: Library, routines: Iterable[Routine] = ()) -> list[ExerciseChoice]:
    """Every exercise of the library, in the library's order (warm-up, cool-down, strength, care)."""
    found = examples(routines)
    return [choice_of(exercise, found.get(exercise.id)) for exercise in library.exercises]
