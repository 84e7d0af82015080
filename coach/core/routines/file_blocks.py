"""Reading a routine file's ``variants:`` and ``progression:`` blocks, located like the rest.

Kept apart from ``file`` so a routine without a programme never loads this;
``file`` imports it only when a file has one of these blocks. The values are
checked against the tables in ``rules`` as they are read; the rules between
the blocks and the steps (``progression.block_problems``) are checked once
the routine is built, and each problem is put back where it was written.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from coach.core.errors import RoutineError
from coach.core.i18n import _
from coach.core.routines.file_nodes import Collector, cleaned, read_cues, read_mapping, resolve_image
from coach.core.routines.progression import block_problems
from coach.core.routines.routine import Change, Routine, Variant, Week
from coach.core.routines.rules import (
    CHANGE_FIELDS,
    MAX_STEPS,
    MAX_VARIANTS,
    MAX_WEEKS,
    VARIANT_FIELDS,
    WEEK_FIELDS,
)

Entry = tuple[Any, Node] | None


def _items(entry: Entry, key: str, most: int, out: Collector) -> list[Node]:
    if entry is None:
        return []
    nodes: list[Node] = entry[1].value
    if len(nodes) > most:
        out.at(entry[1], _("'{key}' has {count} entries; at most {most}").format(key=key, count=len(nodes), most=most))
    return nodes


def read_variants(entry: Entry, roots: tuple[Any, ...], out: Collector) -> tuple[Variant, ...]:
    """The variants as written; a bad one is reported and left out."""
    variants: list[Variant] = []
    for index, node in enumerate(_items(entry, "variants", MAX_VARIANTS, out)):
        before = len(out.problems)
        values = read_mapping(node, VARIANT_FIELDS, _("variant {number}").format(number=index + 1), out)
        cues = read_cues(values, out)
        image = resolve_image(values["image"][0], values["image"][1], roots, out) if "image" in values else None
        if len(out.problems) == before:
            plain = {key: cleaned(value, VARIANT_FIELDS[key]) for key, (value, _) in values.items()
                     if key not in ("cues", "image")}  # fmt: skip
            variants.append(Variant(**plain, cues=cues, image=image))
    return tuple(variants)


def read_progression(entry: Entry, out: Collector) -> tuple[Week, ...]:
    """The weeks as written, each with its changes; a bad one is reported and left out."""
    weeks: list[Week] = []
    for index, node in enumerate(_items(entry, "progression", MAX_WEEKS, out)):
        before = len(out.problems)
        values = read_mapping(node, WEEK_FIELDS, _("progression entry {number}").format(number=index + 1), out)
        number = values["week"][0] if "week" in values else index + 2
        changes: list[Change] = []
        for c_index, change_node in enumerate(_items(values.get("changes"), "changes", MAX_STEPS, out)):
            where = _("week {week}, change {number}").format(week=number, number=c_index + 1)
            found = read_mapping(change_node, CHANGE_FIELDS, where, out)
            if len(out.problems) == before:
                changes.append(Change(**{key: cleaned(value, CHANGE_FIELDS[key]) for key, (value, _) in found.items()}))
        if len(out.problems) == before:
            note = values["note"][0].strip() if "note" in values else ""
            weeks.append(Week(week=values["week"][0], changes=tuple(changes), note=note))
    return tuple(weeks)


def check_blocks(routine: Routine, root: Node, out: Collector) -> None:
    """Raise RoutineError with every rule between the blocks the routine breaks, each at its place."""
    for problem in block_problems(routine):
        out.at(_node_at(root, problem.where), problem.message)
    if out.problems:
        raise RoutineError(sorted(out.problems, key=lambda p: (p.line, p.column or 0)))


def _node_at(node: Node, path: tuple[str | int, ...]) -> Node:
    """The node ``path`` leads to in the file, or the deepest one on the way that is there."""
    for part in path:
        if isinstance(part, int) and isinstance(node, SequenceNode) and 0 <= part < len(node.value):
            node = node.value[part]
        elif isinstance(part, str) and isinstance(node, MappingNode):
            found = [value for key, value in node.value if isinstance(key, ScalarNode) and key.value == part]
            if not found:
                return node
            node = found[0]
        else:
            return node
    return node


