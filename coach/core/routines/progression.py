"""The rules between a routine's ``steps``, ``variants`` and ``progression``, and what a week changes.

Each value of these blocks is checked against its field table (``rules``) as
it is read; what this module checks needs the whole routine: a change names an
exercise of the steps, the weeks come in order, a swap goes to a declared
variant of that very step, a number suits the step's kind. No PyYAML here: the
cache asks the same questions of a routine it read back. Every problem comes
with the path to where it was written (``("progression", 2, "changes", 0,
"swap")``), for the loader to turn into ``file:line:col``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from coach.core.i18n import N_, _
from coach.core.routines.routine import CHANGE_NUMBERS, Change, Routine, Step, StepKind, Variant, Week
from coach.core.values import quote

Path = tuple[str | int, ...]
_REPS_ONLY = ("reps", "tempo_s", "hold_s")


@dataclass(frozen=True)
class BlockProblem:
    where: Path
    message: str


def block_problems(routine: Routine) -> list[BlockProblem]:
    """Every rule the variants and the progression break, in the order they are written."""
    return _variant_problems(routine.steps, routine.variants) + _week_problems(routine)


def _variant_problems(steps: Sequence[Step], variants: Sequence[Variant]) -> list[BlockProblem]:
    found: list[BlockProblem] = []
    step_exercises = {step.exercise: step for step in steps}
    seen: dict[str, int] = {}
    for index, variant in enumerate(variants):
        at = ("variants", index)
        if variant.exercise in seen:
            found.append(BlockProblem(
                (*at, "exercise"), _("variant {exercise} is declared twice (first as variant {first})").format(
                exercise=quote(variant.exercise), first=seen[variant.exercise] + 1)))
        seen.setdefault(variant.exercise, index)
        if variant.exercise in step_exercises:
            found.append(BlockProblem(
                (*at, "exercise"), _("{exercise} is already a step of this routine: a variant must be another exercise").format(
                exercise=quote(variant.exercise))))
        step = step_exercises.get(variant.of)
        if step is None:
            found.append(BlockProblem((*at, "of"), _("'of': {exercise} is not the exercise of any step").format(
                exercise=quote(variant.of)) + _hint(variant.of, step_exercises)))
        elif variant.sides == "alternate" and step.kind is StepKind.HOLD:
            found.append(BlockProblem(
                (*at, "sides"), _("'sides: alternate' only goes with a reps step, and {exercise} is a hold").format(
                exercise=quote(step.exercise))))
    return found


def _week_problems(routine: Routine) -> list[BlockProblem]:
    found: list[BlockProblem] = []
    variants = {v.exercise: v for v in routine.variants}
    current = list(routine.steps)  # each step as the weeks so far left it
    broken: set[int] = set()  # steps a refused change was about
    written = {step.exercise for step in routine.steps}
    last = 1
    for w_index, week in enumerate(routine.progression):
        if week.week <= last:
            if week.week == last:
                said = _("week {week} comes twice: list each week once, in order").format(week=week.week)
            else:
                said = _("week {week} comes after week {last}: list each week once, in order").format(
                    week=week.week, last=last)
            found.append(BlockProblem(("progression", w_index, "week"), said))
        last = max(last, week.week)
        named: set[str] = set()
        for c_index, change in enumerate(week.changes):
            at = ("progression", w_index, "changes", c_index)
            if change.exercise in named:
                found.append(BlockProblem((*at, "exercise"),
                                          _("{exercise} is changed twice in week {week}").format(
                                              exercise=quote(change.exercise), week=week.week)))
            named.add(change.exercise)
            targets = [i for i, step in enumerate(current)
                       if change.exercise in (routine.steps[i].exercise, step.exercise)]  # fmt: skip
            if not targets:
                if not _follows_a_problem(change.exercise, routine.steps, variants, broken):
                    found.append(BlockProblem((*at, "exercise"), _not_a_step(change.exercise, week, routine, variants)))
                continue
            if not any(getattr(change, name) is not None for name in ("swap", *CHANGE_NUMBERS)):
                found.append(BlockProblem(at, _("the change to {exercise} changes nothing").format(
                    exercise=quote(change.exercise))))
            for i in targets:
                if i in broken:
                    continue
                problems = _change_problems(change, routine.steps[i], current[i], variants, at, written)
                found += problems
                if problems:
                    broken.add(i)  # what the step is from here on is unknown: its later changes are not judged
                else:
                    current[i] = change.applied_to(current[i], variants)
    return found


def _follows_a_problem(exercise: str, steps: Sequence[Step], variants: dict[str, Variant], broken: set[int]) -> bool:
    """Whether a change names the variant of a step whose earlier change was refused (already reported)."""
    variant = variants.get(exercise)
    return variant is not None and any(steps[i].exercise == variant.of for i in broken)


def _change_problems(change: Change, written: Step, step: Step, variants: dict[str, Variant], at: Path,
                     steps_of: Collection[str]) -> list[BlockProblem]:
    """A swap to a variant ``of`` no step is reported with the variant, not again here."""
    found: list[BlockProblem] = []
    if change.swap is not None:
        variant = variants.get(change.swap)
        if variant is None:
            found.append(BlockProblem((*at, "swap"), _("swap to {exercise}: no such variant under 'variants:'").format(
                exercise=quote(change.swap)) + _hint(change.swap, variants)))
        elif variant.of != written.exercise and variant.of in steps_of:
            found.append(BlockProblem((*at, "swap"), _("{exercise} is a variant of {of}, not of {step}").format(
                exercise=quote(change.swap), of=quote(variant.of), step=quote(written.exercise))))
    kind = step.kind
    for name in _REPS_ONLY if kind is StepKind.HOLD else ("duration_s",):
        if getattr(change, name) is not None:
            found.append(BlockProblem((*at, name), _("{exercise} is a {kind} step: '{field}' does not go with it").format(
                exercise=quote(written.exercise), kind=kind.value, field=name)))
    return found


def _not_a_step(exercise: str, week: Week, routine: Routine, variants: dict[str, Variant]) -> str:
    if exercise in variants:
        return _("{exercise} is not in the routine in week {week}: swap it in first, or name the step's own exercise"
                 ).format(exercise=quote(exercise), week=week.week)
    steps = {step.exercise: step for step in routine.steps}
    return _("unknown exercise {exercise}: not a step of this routine").format(exercise=quote(exercise)) + _hint(
        exercise, steps)


def _hint(name: str, known: Collection[str]) -> str:
    import difflib  # only for a misspelt name

    close = difflib.get_close_matches(name, list(known), n=1)
    if close:
        return " " + _("(did you mean '{name}'?)").format(name=close[0])
    return " " + _("(known: {names})").format(names=", ".join(known)) if known else ""


# --- what a week changes, in words --------------------------------------------------------------


def week_changes(routine: Routine, week: int) -> list[str]:
    """One line per step that week ``week`` changes, against the week before:
    "Squats: 12 reps (was 10)". Empty in week 1 and past the last week."""
    if not routine.progression or not 2 <= week <= routine.weeks:
        return []
    before, now = routine.for_week(week - 1).steps, routine.for_week(week).steps
    lines = []
    for old, new in zip(before, now, strict=True):
        if old == new:
            continue
        head = old.name if new.exercise == old.exercise else f"{old.name} → {new.name}"
        parts = [_say(name, getattr(new, name), getattr(old, name)) for name in CHANGE_NUMBERS
                 if getattr(new, name) != getattr(old, name)]  # fmt: skip
        if new.sides != old.sides and new.sides == "each":
            parts.append(_("each side"))
        lines.append(f"{head}: {', '.join(parts)}" if parts else head)
    return lines


_SAID = {
    "reps": N_("{new} reps (was {old})"),
    "sets": N_("{new} sets (was {old})"),
    "duration_s": N_("held {new} s (was {old} s)"),
    "hold_s": N_("each rep held {new} s (was {old} s)"),
    "rest_s": N_("{new} s rest between sets (was {old} s)"),
    "tempo_s": N_("{new:g} s a rep (was {old:g} s)"),
}


def _say(name: str, new: object, old: object) -> str:
    if old is None:
        return (_("each rep held {new} s") if name == "hold_s" else "{new}").format(new=new)
    return _(_SAID[name]).format(new=new, old=old)
