"""Judging a draft by the loader itself, and saving it where the user's routines live.

The draft is rendered to the very text a save would write and handed to
``parse_routine``, so the editor refuses exactly what ``coach routines check``
refuses, in the same words. Each problem's line and column are then traced
back to the field that wrote that part of the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from coach.core.errors import Problem, RoutineError
from coach.core.routines.document import RoutineDocument
from coach.core.routines.draft import RoutineDraft
from coach.core.routines.file import parse_routine
from coach.core.routines.routine import Routine
from coach.core.safe_write import write_atomically

Place = tuple[int | None, str]  # (step index or None for the routine, key or "" for the whole)


@dataclass(frozen=True)
class DraftProblem:
    """One rule the draft breaks, with the field it belongs to."""

    step: int | None  # the step's index; None: the routine's own fields
    field: str  # the key ("title", "reps", "cues"); "" for the step or routine as a whole
    message: str  # the loader's words, without the file position

    def __str__(self) -> str:
        return self.message if self.step is None else f"step {self.step + 1}: {self.message}"


@dataclass(frozen=True)
class CheckedDraft:
    text: str  # what saving would write
    routine: Routine | None  # the routine the loader made of it; None when it refused
    problems: tuple[DraftProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems

    def messages(self, step: int | None, key: str) -> list[str]:
        return [p.message for p in self.problems if p.step == step and p.field == key]


def routine_path(user_routines: Path, routine_id: str) -> Path:
    """Where a routine saved from the editor goes: ``<id>.yaml`` in the user's routines folder."""
    return user_routines / f"{routine_id.strip() or 'routine'}.yaml"


def check_draft(draft: RoutineDraft, document: RoutineDocument, path: Path, assets: Path | None = None,
                taken: Mapping[str, Path] | None = None) -> CheckedDraft:  # fmt: skip
    """The draft as ``path`` would hold it, judged by the loader. ``taken``: ids other user files use."""
    text = document.render(draft)
    data = text.encode("utf-8", "surrogatepass")
    problems: list[DraftProblem] = []
    routine: Routine | None = None
    try:
        routine = parse_routine(data, path, assets)
    except RoutineError as error:
        places = _places(text)
        problems = [_placed(problem, places) for problem in error.problems]
    other = (taken or {}).get(draft.id.strip())
    if other is not None:
        problems.append(DraftProblem(None, "id", f"id '{draft.id.strip()}' is already used by {other}"))
    return CheckedDraft(text, routine if not problems else None, tuple(problems))


def save_draft(checked: CheckedDraft, path: Path) -> Routine:
    """Write a checked draft atomically (the old file or the whole new one, never half)."""
    if not checked.ok or checked.routine is None:
        raise RoutineError([Problem(str(path), 1, None, str(p)) for p in checked.problems])
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, checked.text)
    return checked.routine


def _placed(problem: Problem, places: dict[tuple[int, int], Place]) -> DraftProblem:
    place = places.get((problem.line, problem.column or 0), (None, ""))
    return DraftProblem(place[0], place[1], problem.message)


def _places(text: str) -> dict[tuple[int, int], Place]:
    """Each node's start (1-based line, column) with the field it is: where a problem points."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}
    places: dict[tuple[int, int], Place] = {}
    if isinstance(root, MappingNode):
        _map(root, None, places)
        for key_node, value_node in root.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "steps" and isinstance(value_node, SequenceNode):
                for index, step in enumerate(value_node.value):
                    if isinstance(step, MappingNode):
                        _map(step, index, places)
                    _mark(places, step, (index, ""))
        _mark(places, root, (None, ""))
    return places


def _map(mapping: MappingNode, step: int | None, places: dict[tuple[int, int], Place]) -> None:
    for key_node, value_node in mapping.value:
        key = key_node.value if isinstance(key_node, ScalarNode) else ""
        if key == "steps" and step is None:
            _mark(places, value_node, (None, "steps"))
            continue
        _mark(places, key_node, (step, key))
        _mark(places, value_node, (step, key))
        if isinstance(value_node, SequenceNode):
            for item in value_node.value:
                _mark(places, item, (step, key))


def _mark(places: dict[tuple[int, int], Place], node: Node, place: Place) -> None:
    """Later marks win: a mapping marked after its first key claims the spot both start at."""
    mark = node.start_mark
    places[(mark.line + 1, mark.column + 1)] = place
