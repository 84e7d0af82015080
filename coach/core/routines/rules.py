"""What a routine may hold: the one table of fields and checks, without a parser.

The YAML loader (``routine_file``) checks each value against these tables as it
reads it, with the line it came from; the cache (``routine_cache``) checks a
routine it read back with :func:`routine_problems`, through the same checks, so
a cache edited by hand cannot bring in what a file could not. No PyYAML here:
the cache must not import it.
"""

from __future__ import annotations

import math
import os
import re
import stat
from collections.abc import Callable, Collection
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from coach.core.i18n import _
from coach.core.routines.progression import block_problems
from coach.core.routines.routine import CHANGE_NUMBERS, FOCUSES, SIDES, Change, Routine, Step, Variant, Week
from coach.core.values import number_problem, quote, text_problem

MAX_WEEKS = 52
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MAX_STEPS = 40
MAX_CUES = 6
MAX_IMAGE_BYTES = 1024 * 1024  # a 97 MB drawing stalled the player; a routine picture is a few KB


@dataclass(frozen=True)
class Field:
    kind: type | tuple[type, ...]
    required: bool = False
    check: Callable[[Any], str | None] | None = None


def text(max_len: int, multiline: bool = False) -> Callable[[Any], str | None]:
    def check(value: str) -> str | None:
        return text_problem(value, max_len, multiline)

    return check


def number(low: float, high: float) -> Callable[[Any], str | None]:
    def check(value: float) -> str | None:
        return number_problem(value, low, high)

    return check


def slug(value: str) -> str | None:
    if not SLUG.fullmatch(value):
        return _("{value} must be lowercase letters, digits and single hyphens (like 'leg-swings')").format(value=quote(value))
    return None


def choice(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    def check(value: str) -> str | None:
        if value not in options:
            return _("{value} is not one of: {items}").format(value=quote(value), items=', '.join(options))
        return None

    return check


def programme_week(value: int) -> str | None:
    if value == 1:
        return _("1 is the routine as its steps say: changes start in week 2")
    return number_problem(value, 2, MAX_WEEKS)


def image_name(value: str) -> str | None:
    return text_problem(value, 255)


ROUTINE_FIELDS: dict[str, Field] = {
    "id": Field(str, True, slug),
    "title": Field(str, True, text(60)),
    "focus": Field(str, True, choice(FOCUSES)),
    "when": Field(str, True, text(80)),
    "summary": Field(str, True, text(300, multiline=True)),
    "caution": Field(str, False, text(400, multiline=True)),
    "get_ready_s": Field(int, False, number(0, 60)),
    "switch_s": Field(int, False, number(1, 30)),
    "steps": Field(list, True),
    "variants": Field(list, False),
    "progression": Field(list, False),
}

STEP_FIELDS: dict[str, Field] = {
    "exercise": Field(str, True, slug),
    "name": Field(str, True, text(60)),
    "duration_s": Field(int, False, number(1, 3600)),
    "reps": Field(int, False, number(1, 200)),
    "tempo_s": Field((int, float), False, number(0.5, 20)),
    "hold_s": Field(int, False, number(1, 30)),
    "sets": Field(int, False, number(1, 20)),
    "rest_s": Field(int, False, number(0, 600)),
    "sides": Field(str, False, choice(SIDES)),
    "cues": Field(list, True),
    "image": Field(str, False, image_name),
}

CUE = Field(str, True, text(80))
MAX_VARIANTS = 40

# A variant: the exercise a programme week can swap in for a step's (``of``).
VARIANT_FIELDS: dict[str, Field] = {
    "exercise": Field(str, True, slug),
    "of": Field(str, True, slug),
    "name": STEP_FIELDS["name"],
    "sides": STEP_FIELDS["sides"],
    "cues": Field(list, True),
    "image": STEP_FIELDS["image"],
}
# A week of the progression, and one change in it: the step's own ranges, so a week cannot make a step the file could not.
WEEK_FIELDS: dict[str, Field] = {
    "week": Field(int, True, programme_week),
    "note": Field(str, False, text(120)),
    "changes": Field(list, True),
}
CHANGE_FIELDS: dict[str, Field] = {
    "exercise": Field(str, True, slug),
    "swap": Field(str, False, slug),
    **{name: STEP_FIELDS[name] for name in ("reps", "sets", "duration_s", "hold_s", "rest_s", "tempo_s")},
}
# What a built step holds for each field: always a value, a value or None, or (cues, image) its own shape.
OPTIONAL_STEP_VALUES = ("duration_s", "reps", "hold_s")
STEP_VALUES = tuple(name for name in STEP_FIELDS if name not in OPTIONAL_STEP_VALUES + ("cues", "image"))


def pairing_problems(present: Collection[str], sides: object) -> list[tuple[str, str]]:
    """The rules between a step's keys, given the keys it has: (the key a problem is about, or
    "" for the whole step; why). The loader and the cache both ask here, so they never disagree."""
    found: list[tuple[str, str]] = []
    has_duration, has_reps = "duration_s" in present, "reps" in present
    if has_duration == has_reps:
        found.append(("", _("needs exactly one of 'duration_s' (a hold) or 'reps'")))
    for paced in ("tempo_s", "hold_s"):
        if paced in present and not has_reps:
            found.append((paced, _("'{paced}' only goes with 'reps'").format(paced=paced)))
    if sides == "alternate" and has_duration and not has_reps:
        found.append(("sides", _("'sides: alternate' only goes with 'reps' (a hold is done on each side)")))
    return found


def step_keys(step: Step) -> set[str]:
    """The keys a built step's file must have written: those whose value is not the default."""
    defaults = {f.name: f.default for f in fields(Step)}
    return {name for name in STEP_FIELDS if getattr(step, name, None) not in (None, defaults.get(name))}


def image_problem(path: Path) -> str | None:
    """Why the picture at ``path`` cannot be shown, or None: only a regular file
    of at most ``MAX_IMAGE_BYTES`` is, so nothing heavy reaches the player."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return _("not found")
    if not stat.S_ISREG(status.st_mode):
        return _("is not a regular file")
    if status.st_size > MAX_IMAGE_BYTES:
        return _("is {st_size:.1f} MB; pictures may be at most {max_image_bytes} MB").format(
                 st_size=status.st_size / 2 ** 20, max_image_bytes=MAX_IMAGE_BYTES // 2 ** 20)
    return None


def _value_problem(name: str, value: object, spec: Field) -> str | None:
    kinds = spec.kind if isinstance(spec.kind, tuple) else (spec.kind,)
    if isinstance(value, bool) or not isinstance(value, kinds):
        return _("'{name}' is not of the right type").format(name=name)
    if isinstance(value, float) and not math.isfinite(value):
        return _("'{name}' is not a finite number").format(name=name)
    if spec.check is not None and (problem := spec.check(value)):
        return _("'{name}' {problem}").format(name=name, problem=problem)
    if isinstance(value, str) and value != value.strip():
        return _("'{name}' has spaces around it (the loader strips them)").format(name=name)
    return None


def _step_problems(step: object, where: str, roots: tuple[Path, ...]) -> list[str]:
    if type(step) is not Step:
        return [_("{where} is not a step").format(where=where)]
    found: list[str] = []
    for name in STEP_VALUES:
        if problem := _value_problem(name, getattr(step, name), STEP_FIELDS[name]):
            found.append(f"{where}: {problem}")
    found += [f"{where}: {why}" for _, why in pairing_problems(step_keys(step), step.sides)]
    for name in OPTIONAL_STEP_VALUES:
        value = getattr(step, name)
        if value is not None and (problem := _value_problem(name, value, STEP_FIELDS[name])):
            found.append(f"{where}: {problem}")
    found += _cue_problems(step.cues, where)
    if isinstance(step.line, bool) or not isinstance(step.line, int) or step.line < 0:
        found.append(_("{where}: its line number is not a whole number").format(where=where))
    if step.image is not None:
        found += _image_problems(step.image, where, roots)
    return found


def _image_problems(image: object, where: str, roots: tuple[Path, ...]) -> list[str]:
    if not isinstance(image, Path):
        return [_("{where}: 'image' is not a path").format(where=where)]
    try:
        inside = any(image == image.resolve() and image.is_relative_to(root.resolve()) for root in roots)
    except (OSError, ValueError):
        inside = False
    if not inside:
        return [_("{where}: 'image' is not inside the routine's folder or assets/").format(where=where)]
    if problem := image_problem(image):
        return [_("{where}: 'image' {problem}").format(where=where, problem=problem)]
    return []


def routine_problems(routine: object, roots: tuple[Path, ...] = ()) -> list[str]:
    """Every rule a built :class:`Routine` breaks, checked as strictly as the
    loader checks a file: the types of its fields, each value's check, the
    steps' combinations, pictures inside ``roots``. Empty for a routine the
    loader made; a cache entry that is not is read from its file again."""
    if type(routine) is not Routine:
        return [_("not a routine")]
    found: list[str] = []
    for f in fields(Routine):
        spec = ROUTINE_FIELDS.get(f.name)
        if spec is None or spec.kind is list:
            continue
        value = getattr(routine, f.name)
        if f.name == "caution" and value == "":
            continue
        if problem := _value_problem(f.name, value, spec):
            found.append(problem)
    if not isinstance(routine.content_hash, str) or not re.fullmatch(r"[0-9a-f]{16}", routine.content_hash):
        found.append(_("its content hash is not a hash"))
    if routine.source is not None and not isinstance(routine.source, Path):
        found.append(_("its source is not a path"))
    if not isinstance(routine.steps, tuple) or not 1 <= len(routine.steps) <= MAX_STEPS:
        found.append(_("it needs 1 to {max_steps} steps").format(max_steps=MAX_STEPS))
        return found
    for index, step in enumerate(routine.steps):
        found += _step_problems(step, _("step {number}").format(number=index + 1), roots)
    found += _block_value_problems(routine, roots)
    if not found and routine.week == 0:  # between the blocks and the steps as written (not a week's steps)
        found += [problem.message for problem in block_problems(routine)]
    return found


def _cue_problems(cues: object, where: str) -> list[str]:
    if not isinstance(cues, tuple) or not 1 <= len(cues) <= MAX_CUES:
        return [_("{where}: 'cues' needs 1 to {max_cues} short lines").format(where=where, max_cues=MAX_CUES)]
    return [f"{where}: {p}" for cue in cues if (p := _value_problem("cues", cue, CUE))]


def _block_value_problems(routine: Routine, roots: tuple[Path, ...]) -> list[str]:
    """The variants and the progression of a built routine, value by value, as the loader checks them."""
    found: list[str] = []
    variants, weeks = routine.variants, routine.progression
    if not isinstance(variants, tuple) or len(variants) > MAX_VARIANTS:
        return [_("it needs at most {max_variants} variants").format(max_variants=MAX_VARIANTS)]
    if not isinstance(weeks, tuple) or len(weeks) > MAX_WEEKS:
        return [_("its progression needs at most {max_weeks} weeks").format(max_weeks=MAX_WEEKS)]
    for index, variant in enumerate(variants):
        where = _("variant {number}").format(number=index + 1)
        if type(variant) is not Variant:
            found.append(_("{where} is not a variant").format(where=where))
            continue
        found += [f"{where}: {p}" for name in ("exercise", "of", "name")
                  if (p := _value_problem(name, getattr(variant, name), VARIANT_FIELDS[name]))]  # fmt: skip
        if variant.sides is not None and (p := _value_problem("sides", variant.sides, VARIANT_FIELDS["sides"])):
            found.append(f"{where}: {p}")
        found += _cue_problems(variant.cues, where)
        if variant.image is not None:
            found += _image_problems(variant.image, where, roots)
    for index, week in enumerate(weeks):
        where = _("progression week {number}").format(number=index + 1)
        if type(week) is not Week or not isinstance(week.changes, tuple) or len(week.changes) > MAX_STEPS:
            found.append(_("{where} is not a week of changes").format(where=where))
            continue
        found += [f"{where}: {p}" for p in (_value_problem("week", week.week, WEEK_FIELDS["week"]),
                                             week.note and _value_problem("note", week.note, WEEK_FIELDS["note"])) if p]
        for change in week.changes:
            if type(change) is not Change:
                found.append(_("{where}: a change is not a change").format(where=where))
                continue
            for name in ("exercise", "swap", *CHANGE_NUMBERS):
                value = getattr(change, name)
                if (value is not None or name == "exercise") and (p := _value_problem(name, value, CHANGE_FIELDS[name])):
                    found.append(f"{where}: {p}")
    week_now, last = routine.week, max((w.week for w in weeks if type(w) is Week and type(w.week) is int), default=0)
    if isinstance(week_now, bool) or not isinstance(week_now, int) or not 0 <= week_now <= last:
        found.append(_("its programme week is not one of its weeks"))
    return found
