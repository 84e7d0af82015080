"""A routine expanded into the flat timeline the player walks through.

The engine never reasons about sets and sides: it only knows segments, each
with a length. Everything a screen or a voice needs to say about a segment
(which side, set n of m, how many reps) is decided here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coach.core.routines.routine import Routine, Step, StepKind
from coach.core.session.cue_words import CueWords, cue_words
from coach.core.session.pace import RepPace
from coach.core.vocabulary import SegmentKind

WORK_OF_STEP = {StepKind.HOLD: SegmentKind.HOLD, StepKind.REPS: SegmentKind.REPS}


@dataclass(frozen=True)
class Segment:
    index: int
    kind: SegmentKind
    step_index: int
    name: str
    duration_s: float
    start_s: float
    set_no: int = 1
    sets: int = 1
    side: str | None = None  # "left", "right", "alternate" or None
    pace: RepPace | None = None  # a reps segment's reps and tempo
    cues: tuple[str, ...] = ()
    image: Path | None = None
    ends_step: bool = False  # leaving this segment completes its routine step

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s


@dataclass(frozen=True)
class Plan:
    routine: Routine
    segments: tuple[Segment, ...]
    # The language its cues are said in: the screen and the voice take their sentences from here.
    words: CueWords = field(default_factory=cue_words)

    @property
    def total_s(self) -> float:
        return self.segments[-1].end_s if self.segments else 0.0

    @property
    def steps_total(self) -> int:
        return len(self.routine.steps)

    def steps_done_before(self, position: int) -> int:
        """How many routine steps are complete once segment ``position`` begins."""
        return sum(1 for s in self.segments[:position] if s.ends_step)

    def step_start(self, position: int) -> int:
        """The first segment of the routine step that segment ``position`` belongs to."""
        step = self.segments[position].step_index
        return next(s.index for s in self.segments if s.step_index == step)

    def next_work(self, position: int) -> Segment | None:
        """The next work segment after ``position``: what "next up" shows."""
        return next((s for s in self.segments[position + 1 :] if s.kind.is_work), None)


def _sides(step: Step) -> tuple[str | None, ...]:
    if step.sides == "each":
        return ("left", "right")
    if step.sides == "alternate":
        return ("alternate",)
    return (None,)


def build_plan(routine: Routine, words: CueWords | None = None) -> Plan:
    """Expand every step into get-ready, work per set and side, switch-side and rest;
    ``words`` are the cue sentences of the app's language (English when None)."""
    segments: list[Segment] = []
    clock = 0.0

    def add(kind: SegmentKind, step_index: int, step: Step, duration: float, **extra: Any) -> None:
        nonlocal clock
        if duration <= 0:
            return
        segments.append(
            Segment(
                index=len(segments),
                kind=kind,
                step_index=step_index,
                name=step.name,
                duration_s=float(duration),
                start_s=clock,
                sets=step.sets,
                cues=step.cues,
                image=step.image,
                **extra,
            )
        )
        clock += duration

    for step_index, step in enumerate(routine.steps):
        sides = _sides(step)
        pace = RepPace.of(step)
        work, work_s = WORK_OF_STEP[step.kind], pace.duration_s if pace else float(step.duration_s or 0)
        add(SegmentKind.GET_READY, step_index, step, routine.get_ready_s, side=sides[0])
        for set_no in range(1, step.sets + 1):
            for side_no, side in enumerate(sides):
                if side_no:
                    add(SegmentKind.SWITCH, step_index, step, routine.switch_s, set_no=set_no, side=side)
                add(work, step_index, step, work_s, set_no=set_no, side=side, pace=pace)
            if set_no < step.sets:
                add(SegmentKind.REST, step_index, step, step.rest_s, set_no=set_no + 1, side=sides[0])
        last = segments[-1]
        segments[-1] = replace(last, ends_step=True)
    return Plan(routine, tuple(segments), words if words is not None else cue_words())


def with_get_ready(routine: Routine, seconds: int) -> Routine:
    """The routine with the user's get-ready length (Settings), for a session about to start.

    0 keeps the routine's own. A routine written without a get-ready keeps none,
    so a session's segments are the same whatever the setting: a session resumed
    after a crash finds its position again."""
    if seconds <= 0 or routine.get_ready_s <= 0:
        return routine
    return replace(routine, get_ready_s=seconds)


def format_duration(seconds: float) -> str:
    """``95`` -> ``1:35``; ``3725`` -> ``1:02:05``."""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
