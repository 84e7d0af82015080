"""Judging a draft by the loader itself, and saving it where the user's routines live.

The draft is rendered to the very text a save would write and handed to
``parse_routine``, so the editor refuses exactly what ``coach routines check``
refuses, in the same words. Each problem's line and column are then traced
back to the field that wrote that part of the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from coach.core.errors import Problem, RoutineError
from coach.core.routines.document import RoutineDocument
from coach.core.routines.draft import RoutineDraft
from coach.core.routines.draft_pictures import save_pictures
from coach.core.routines.file import parse_routine
from coach.core.routines.routine import Routine
from coach.core.routines.rules import MAX_IMAGE_BYTES
from coach.core.safe_read import UnreadableFile, read_regular
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
                taken: Mapping[str, Path] | None = None, pictures: Mapping[str, bytes] | None = None,
                staging: Path | None = None) -> CheckedDraft:  # fmt: skip
    """The draft as ``path`` would hold it, judged by the loader. ``taken``: ids other user files use.

    ``pictures``: chosen pictures not saved yet (name → bytes), judged as if beside ``path``; the
    draft is then read in ``staging`` (a folder of the editor's own) holding them and the pictures
    of ``path``'s folder it names, so the routine made of it can be tried with its pictures."""
    text = document.render(draft)
    data = text.encode("utf-8", "surrogatepass")
    problems: list[DraftProblem] = []
    routine: Routine | None = None
    names = {step.image.strip() for step in draft.steps if step.image.strip()}
    pending = {name: body for name, body in (pictures or {}).items() if name in names}
    try:
        if pending and staging is not None:
            routine = _parse_staged(data, path, assets, pending, names, staging)
        else:
            routine = parse_routine(data, path, assets)
    except RoutineError as error:
        places = _places(text)
        problems = [_placed(problem, places) for problem in error.problems]
    other = (taken or {}).get(draft.id.strip())
    if other is not None:
        problems.append(DraftProblem(None, "id", f"id '{draft.id.strip()}' is already used by {other}"))
    return CheckedDraft(text, routine if not problems else None, tuple(problems))


def _parse_staged(data: bytes, path: Path, assets: Path | None, pending: Mapping[str, bytes], names: set[str],
                  staging: Path) -> Routine:  # fmt: skip
    """``parse_routine`` with the routine in ``staging``, beside the pending pictures and copies of the
    ones it names from its own folder; problems name ``path``'s folder, as a save would see it."""
    staging.mkdir(parents=True, exist_ok=True)
    for old in staging.iterdir():
        if old.is_file() and not old.is_symlink():
            old.unlink()
    for name in names:
        body = pending.get(name)
        if body is None:
            try:
                body = read_regular(path.parent / name, MAX_IMAGE_BYTES)
            except UnreadableFile:
                continue  # not there (or not a picture): the loader says so
        (staging / name).write_bytes(body)
    try:
        return parse_routine(data, staging / path.name, assets)
    except RoutineError as error:
        shown, real = str(staging), str(path.parent)
        raise RoutineError([replace(p, path=p.path.replace(shown, real), message=p.message.replace(shown, real))
                            for p in error.problems]) from None  # fmt: skip


def save_draft(checked: CheckedDraft, path: Path, pictures: Mapping[str, bytes] | None = None) -> Routine:
    """Write a checked draft atomically (the old file or the whole new one, never half), after the
    chosen pictures it names (each atomically too), so the routine file never names a missing one."""
    if not checked.ok or checked.routine is None:
        raise RoutineError([Problem(str(path), 1, None, str(p)) for p in checked.problems])
    path.parent.mkdir(parents=True, exist_ok=True)
    names = {step.image.name for step in checked.routine.steps if step.image is not None}
    save_pictures(dict(pictures or {}), names, path.parent)
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
