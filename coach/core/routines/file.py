"""Routine files: a loader that refuses bad files with located reasons.

The file is read as nodes (:mod:`coach.core.routines.file_nodes`, shared with the
programme blocks and the exercise library); here its steps and top-level fields
become a :class:`Routine`, and every problem of the file is reported at once as
``FILE:LINE:COL: message``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode

from coach.core.errors import Problem, RoutineError
from coach.core.i18n import _
from coach.core.routines.file_nodes import MAX_FILE_BYTES as MAX_FILE_BYTES  # what callers read files up to
from coach.core.routines.file_nodes import Collector, cleaned, compose_file, read_cues, read_mapping, resolve_image
from coach.core.routines.routine import Routine, Step, Variant, Week
from coach.core.routines.rules import (
    MAX_STEPS,
    ROUTINE_FIELDS,
    STEP_FIELDS,
    pairing_problems,
    routine_problems,
)
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.values import printable


def _read_step(node: Node, index: int, image_roots: tuple[Path, ...], out: Collector) -> Step | None:
    where = _("step {number}").format(number=index + 1)
    before = len(out.problems)
    values = read_mapping(node, STEP_FIELDS, where, out)
    plain = {key: value for key, (value, _) in values.items()}
    # Judge the combination by the keys written, so a bad value is reported once, not twice.
    if isinstance(node, MappingNode):
        written = {k.value for k, _ in node.value if isinstance(k, ScalarNode)}
        for key, why in pairing_problems(written, plain.get("sides")):
            if not key:
                out.at(node, _("{where} {problem}").format(where=where, problem=why))
            elif key in values:  # a bad value was reported already
                out.at(values[key][1], why)
    cues = read_cues(values, out)
    image = None
    if "image" in values:
        image = resolve_image(values["image"][0], values["image"][1], image_roots, out)
    if len(out.problems) > before:
        return None
    given = {key: cleaned(value, STEP_FIELDS[key]) for key, value in plain.items() if key not in ("cues", "image")}
    return Step(**given, cues=cues, image=image, line=node.start_mark.line + 1)


def parse_routine(data: bytes, path: Path, assets: Path | None = None) -> Routine:
    """Turn the bytes of a routine file into a Routine, or raise RoutineError listing every problem."""
    root = compose_file(data, path)
    out = Collector(path)
    values = read_mapping(root, ROUTINE_FIELDS, _("the routine"), out)
    plain = {key: value for key, (value, _) in values.items()}
    steps: list[Step] = []
    roots = (path.parent,) + ((assets / "images", assets) if assets else ())
    if "steps" in values:
        step_nodes = values["steps"][1].value
        if not step_nodes:
            out.at(values["steps"][1], _("'steps' is empty: a routine needs at least one step"))
        elif len(step_nodes) > MAX_STEPS:
            out.at(values["steps"][1], _("'steps' has {steps} steps; at most {max_steps}").format(
                                         steps=len(step_nodes), max_steps=MAX_STEPS))
        for index, step_node in enumerate(step_nodes):
            step = _read_step(step_node, index, roots, out)
            if step is not None:
                steps.append(step)
    variants: tuple[Variant, ...] = ()
    progression: tuple[Week, ...] = ()
    if "variants" in values or "progression" in values:
        from coach.core.routines import file_blocks  # only routines with a programme need it

        variants = file_blocks.read_variants(values.get("variants"), roots, out)
        progression = file_blocks.read_progression(values.get("progression"), out)
    if out.problems:
        raise RoutineError(sorted(out.problems, key=lambda p: (p.line, p.column or 0)))  # in file order
    routine = Routine(
        id=plain["id"],
        title=plain["title"].strip(),
        focus=plain["focus"],
        when=plain["when"].strip(),
        summary=plain["summary"].strip(),
        caution=plain.get("caution", "").strip(),
        get_ready_s=plain.get("get_ready_s", 5),
        switch_s=plain.get("switch_s", 5),
        steps=tuple(steps),
        source=path,
        content_hash=hashlib.sha256(data).hexdigest()[:16],
        variants=variants,
        progression=progression,
    )
    if variants or progression:
        from coach.core.routines import file_blocks

        file_blocks.check_blocks(routine, root, out)
    # The same rules the cache checks a routine read back with: what loads can be cached and shown.
    if problems := routine_problems(routine, roots):
        raise RoutineError([Problem(str(path), 1, None, printable(p)) for p in problems])
    return routine


def load_routine(path: Path, assets: Path | None = None) -> Routine:
    """Read and parse one routine file; every failure is a RoutineError."""
    try:
        data = read_regular(path, MAX_FILE_BYTES)  # a FIFO or /dev/zero is refused, not read
    except UnreadableFile as error:
        message = str(error)
        said = _("file {problem}").format(problem=message) if error.says_what_it_is else message
        raise RoutineError.single(path, 1, said) from None
    try:
        return parse_routine(data, path, assets)
    except RecursionError:
        raise RoutineError.single(path, 1, _("too deeply nested to be a routine")) from None
