"""A routine as the editor holds it while the user changes it: plain values, no checks.

A draft may be wrong in every field (an empty title, no cues); it is judged by
the loader's own rules when it is turned into file text (``draft_check``), so the
editor never accepts what ``routines check`` would refuse. Drafts are frozen:
an undo step is simply the draft before.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum

from coach.core.routines.routine import Routine, Step


class EditKind(StrEnum):
    """What the editor offers for a step; the file knows only duration_s or reps (+ hold_s)."""

    HOLD = "hold"  # held for a time, usually on each side (a stretch)
    TIMED = "timed"  # done for a time, both legs (a walk, ice)
    REPS = "reps"
    REPS_WITH_HOLD = "reps-with-hold"  # each rep held at the top for hold_s

    @property
    def timed(self) -> bool:
        return self in (EditKind.HOLD, EditKind.TIMED)


# The order keys are written in, as the built-in files write them.
STEP_KEY_ORDER = ("exercise", "name", "duration_s", "reps", "tempo_s", "hold_s", "sides", "sets", "rest_s",
                  "cues", "image")  # fmt: skip
ROUTINE_KEY_ORDER = ("id", "title", "focus", "when", "summary", "caution", "get_ready_s", "switch_s", "steps")
# A key a file does not write has this value; the writer leaves such a key out rather than add it.
STEP_DEFAULTS: dict[str, object] = {"tempo_s": 2.0, "sides": "none", "sets": 1, "rest_s": 0}
ROUTINE_DEFAULTS: dict[str, object] = {"get_ready_s": 5, "switch_s": 5}


@dataclass(frozen=True)
class StepDraft:
    """One step as typed. Values of the other kinds are kept, so switching kind back loses nothing."""

    exercise: str = ""
    name: str = ""
    kind: EditKind = EditKind.REPS
    duration_s: int = 30
    reps: int = 10
    tempo_s: float = 2.0
    hold_s: int = 3
    sides: str = "none"
    sets: int = 1
    rest_s: int = 0
    cues: tuple[str, ...] = ()
    image: str = ""  # a file name in the routine's folder or assets/images, or ""
    origin: int | None = None  # the step of the opened file it came from: its comments go with it

    def values(self) -> dict[str, object]:
        """The keys and values the file holds for this step (text stripped, as the loader reads it)."""
        out: dict[str, object] = {"exercise": self.exercise.strip(), "name": self.name.strip()}
        if self.kind.timed:
            out["duration_s"] = self.duration_s
        else:
            out["reps"] = self.reps
            out["tempo_s"] = _number(self.tempo_s)
            if self.kind is EditKind.REPS_WITH_HOLD:
                out["hold_s"] = self.hold_s
        if self.kind is not EditKind.TIMED:
            out["sides"] = self.sides
        out["sets"] = self.sets
        out["rest_s"] = self.rest_s
        out["cues"] = [cue.strip() for cue in self.cues]
        if self.image.strip():
            out["image"] = self.image.strip()
        return out

    def to_step(self) -> Step:
        """The step as the plan would see it, checked or not: what the live timeline is drawn from."""
        timed = self.kind.timed
        return Step(exercise=self.exercise, name=self.name, cues=self.cues,
                    duration_s=self.duration_s if timed else None, reps=None if timed else self.reps,
                    tempo_s=float(self.tempo_s), hold_s=self.hold_s if self.kind is EditKind.REPS_WITH_HOLD else None,
                    sets=self.sets, rest_s=self.rest_s,
                    sides="none" if self.kind is EditKind.TIMED else self.sides)  # fmt: skip


def _number(value: float) -> int | float:
    """2.0 is written ``2``, as people write it; 2.5 stays 2.5."""
    return int(value) if float(value).is_integer() else float(value)


@dataclass(frozen=True)
class RoutineDraft:
    id: str = ""
    title: str = ""
    focus: str = "strength"
    when: str = ""
    summary: str = ""
    caution: str = ""
    get_ready_s: int = 5
    switch_s: int = 5
    steps: tuple[StepDraft, ...] = field(default_factory=tuple)

    def values(self) -> dict[str, object]:
        """The routine's own keys as the file holds them (steps apart; "" caution is left out)."""
        out: dict[str, object] = {
            "id": self.id.strip(), "title": self.title.strip(), "focus": self.focus, "when": self.when.strip(),
            "summary": self.summary.strip(),
        }  # fmt: skip
        if self.caution.strip():
            out["caution"] = self.caution.strip()
        out["get_ready_s"] = self.get_ready_s
        out["switch_s"] = self.switch_s
        return out

    def to_routine(self) -> Routine:
        """Unchecked, for the live length and timeline (``build_plan`` needs only the numbers)."""
        return Routine(id=self.id, title=self.title, focus=self.focus, when=self.when, summary=self.summary,
                       steps=tuple(s.to_step() for s in self.steps), caution=self.caution,
                       get_ready_s=self.get_ready_s, switch_s=self.switch_s)  # fmt: skip

    def with_step(self, index: int, step: StepDraft) -> RoutineDraft:
        steps = list(self.steps)
        steps[index] = step
        return replace(self, steps=tuple(steps))

    def moved(self, index: int, to: int) -> RoutineDraft:
        """Step ``index`` moved to place ``to`` (the others close up around it)."""
        steps = list(self.steps)
        steps.insert(to, steps.pop(index))
        return replace(self, steps=tuple(steps))

    def reordered(self, order: list[int]) -> RoutineDraft:
        """The steps in ``order`` (old indices), as a drag in the list leaves them."""
        return replace(self, steps=tuple(self.steps[i] for i in order))

    def without(self, index: int) -> RoutineDraft:
        return replace(self, steps=self.steps[:index] + self.steps[index + 1 :])

    def inserted(self, index: int, step: StepDraft) -> RoutineDraft:
        return replace(self, steps=self.steps[:index] + (step,) + self.steps[index:])


def id_from_title(title: str) -> str:
    """A routine id (its file name) from a title: "Knie-Übung am Morgen" -> knie-ubung-am-morgen.
    Lowercase ASCII letters, digits and single hyphens, as ``routines check`` wants; "" if none are left."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = "".join(char if char.isalnum() else " " for char in plain).split()
    return "-".join(words)[:60].strip("-")


def kind_of(step: Step) -> EditKind:
    """How the editor shows a step read from a file: a hold on sides is a hold, one on both legs timed."""
    if step.reps is not None:
        return EditKind.REPS_WITH_HOLD if step.hold_s is not None else EditKind.REPS
    return EditKind.TIMED if step.sides == "none" else EditKind.HOLD


def step_draft(step: Step, origin: int | None = None) -> StepDraft:
    return StepDraft(exercise=step.exercise, name=step.name, kind=kind_of(step),
                     duration_s=step.duration_s if step.duration_s is not None else 30,
                     reps=step.reps if step.reps is not None else 10, tempo_s=step.tempo_s,
                     hold_s=step.hold_s if step.hold_s is not None else 3, sides=step.sides, sets=step.sets,
                     rest_s=step.rest_s, cues=step.cues, image=step.image.name if step.image else "",
                     origin=origin)  # fmt: skip


def routine_draft(routine: Routine) -> RoutineDraft:
    """A loaded routine as a draft whose steps remember where in the file they came from."""
    return RoutineDraft(id=routine.id, title=routine.title, focus=routine.focus, when=routine.when,
                        summary=routine.summary, caution=routine.caution, get_ready_s=routine.get_ready_s,
                        switch_s=routine.switch_s,
                        steps=tuple(step_draft(s, i) for i, s in enumerate(routine.steps)))  # fmt: skip
