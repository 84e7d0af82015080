"""The exercise library: every exercise the app knows, read from ``routines/exercises.yaml``.

A routine step names its exercise by id (``exercise: squats``); the library says
what that exercise does for the knee, how to do it, which exercises are easier
or harder, and which pictures show its start and end pose. The file is read
with the routine loader's own parts (safe YAML, size cap, no aliases, every
problem as ``FILE:LINE:COL: message``), so a broken library is refused the way
a broken routine is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import Node

from coach.core.errors import Problem, RoutineError
from coach.core.i18n import _
from coach.core.paths import LIBRARY_FILE, assets_dir, builtin_routines_dir
from coach.core.routines.file_nodes import MAX_FILE_BYTES, Collector, compose_file, node_value, read_cues, read_mapping
from coach.core.routines.routine import Routine
from coach.core.routines.rules import Field, image_name, image_problem, slug, text
from coach.core.safe_read import UnreadableFile, read_regular
from coach.core.values import quote

MAX_EXERCISES = 200
MAX_VARIANTS = 4

LIBRARY_FIELDS: dict[str, Field] = {"exercises": Field(list, True)}
EXERCISE_FIELDS: dict[str, Field] = {
    "id": Field(str, True, slug),
    "name": Field(str, True, text(60)),
    "knee": Field(str, True, text(300, multiline=True)),  # what it does for the knee
    "cues": Field(list, True),
    "easier": Field(list, False),  # exercise ids
    "harder": Field(list, False),
    "start_image": Field(str, True, image_name),
    "end_image": Field(str, True, image_name),
}
VARIANT = Field(str, True, slug)


@dataclass(frozen=True)
class Exercise:
    """One exercise as the library describes it; a picture not drawn (yet) is None."""

    id: str
    name: str
    knee: str
    cues: tuple[str, ...]
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    start_image: Path | None = None
    end_image: Path | None = None
    line: int = 0

    def matches(self, query: str) -> bool:
        """True when every word of ``query`` is in the name, a cue or the knee benefit."""
        haystack = " ".join((self.name, self.id.replace("-", " "), self.knee, *self.cues)).casefold()
        return all(word in haystack for word in query.casefold().split())


@dataclass(frozen=True)
class Library:
    """The exercises in file order, looked up by id."""

    exercises: tuple[Exercise, ...] = ()
    source: Path | None = None
    _by_id: dict[str, Exercise] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update((exercise.id, exercise) for exercise in self.exercises)

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def __len__(self) -> int:
        return len(self.exercises)

    def search(self, query: str) -> list[Exercise]:
        """The exercises matching what was typed (all of them for an empty query)."""
        return [exercise for exercise in self.exercises if exercise.matches(query)]

    def variants(self, exercise: Exercise, which: str) -> list[Exercise]:
        """The easier (``which="easier"``) or harder variants of an exercise, as exercises."""
        ids = exercise.easier if which == "easier" else exercise.harder
        return [found for variant in ids if (found := self.get(variant)) is not None]


def routines_using(exercise_id: str, routines: Iterable[Routine]) -> list[Routine]:
    """The routines (of a catalog) with a step doing this exercise, or a programme week swapping it in, in order."""
    return [routine for routine in routines
            if any(step.exercise == exercise_id for step in routine.steps)
            or any(variant.exercise == exercise_id for variant in routine.variants)]  # fmt: skip


def _picture(name: str, node: Node, images: Path, out: Collector) -> Path | None:
    """A picture in assets/images by plain file name; one not drawn yet is None, not a problem."""
    if Path(name).name != name or "\\" in name or name in (".", ".."):
        out.at(node, _("picture {name} must be a plain file name in assets/images").format(name=quote(name)))
        return None
    candidate = images / name
    problem = image_problem(candidate)
    if problem is None:
        return candidate
    if problem != "not found":
        out.at(node, _("picture {name} {problem}").format(name=quote(name), problem=problem))
    return None


def _id_list(node: Node, key: str, out: Collector) -> tuple[tuple[str, Node], ...]:
    items = node.value
    if len(items) > MAX_VARIANTS:
        out.at(node, _("'{key}' lists {count} exercises; at most {most}").format(key=key, count=len(items), most=MAX_VARIANTS))
    found = []
    for item in items:
        value = node_value(item, VARIANT, key, out)
        if value is not None:
            found.append((value, item))
    return tuple(found)


def _read_exercise(node: Node, index: int, images: Path, out: Collector) -> tuple[Exercise, dict[str, Node]] | None:
    before = len(out.problems)
    where = _("exercise {number}").format(number=index + 1)
    values = read_mapping(node, EXERCISE_FIELDS, where, out)
    plain = {key: value for key, (value, _) in values.items()}
    cues = read_cues(values, out)  # the same lines, limits and words as a routine step's
    variants = {key: _id_list(values[key][1], key, out) if key in values else () for key in ("easier", "harder")}
    pictures = {key: _picture(plain[key], values[key][1], images, out) if key in values else None
                for key in ("start_image", "end_image")}  # fmt: skip
    if len(out.problems) > before:
        return None
    nodes = {f"{key}:{value}": item for key in variants for value, item in variants[key]}
    exercise = Exercise(
        id=plain["id"], name=plain["name"].strip(), knee=" ".join(plain["knee"].split()), cues=cues,
        easier=tuple(v for v, _ in variants["easier"]), harder=tuple(v for v, _ in variants["harder"]),
        start_image=pictures["start_image"], end_image=pictures["end_image"], line=node.start_mark.line + 1,
    )  # fmt: skip
    return exercise, {"id": values["id"][1], **nodes}


def parse_library(data: bytes, path: Path, assets: Path | None = None) -> Library:
    """Turn the bytes of an exercise library into a Library, or raise RoutineError listing every problem."""
    images = (assets or assets_dir()) / "images"
    root = compose_file(data, path, holds=_("exercise library"))
    out = Collector(path)
    values = read_mapping(root, LIBRARY_FIELDS, _("the exercise library"), out)
    read: list[tuple[Exercise, dict[str, Node]]] = []
    if "exercises" in values:
        items = values["exercises"][1].value
        if not 1 <= len(items) <= MAX_EXERCISES:
            out.at(values["exercises"][1], _("'exercises' needs 1 to {most} exercises, not {count}").format(
                most=MAX_EXERCISES, count=len(items)))
        read = [r for index, item in enumerate(items[:MAX_EXERCISES]) if (r := _read_exercise(item, index, images, out))]
    seen: dict[str, int] = {}
    for exercise, nodes in read:
        if exercise.id in seen:
            out.at(nodes["id"], _("exercise id '{id}' is already used on line {line}").format(
                id=exercise.id, line=seen[exercise.id]))
        seen.setdefault(exercise.id, exercise.line)
    for exercise, nodes in read:
        for key in ("easier", "harder"):
            for variant in getattr(exercise, key):
                if variant == exercise.id:
                    out.at(nodes[f"{key}:{variant}"], _("'{key}': '{variant}' is this exercise itself").format(
                                                        key=key, variant=variant))
                elif variant not in seen:
                    out.at(nodes[f"{key}:{variant}"], _("'{key}': no exercise '{variant}' in the library").format(
                                                        key=key, variant=variant))
    if out.problems:
        raise RoutineError(sorted(out.problems, key=lambda p: (p.line, p.column or 0)))
    return Library(tuple(exercise for exercise, _ in read), path)


def load_library(path: Path | None = None, assets: Path | None = None) -> Library:
    """Read the exercise library (the built-in one unless ``path`` is given); every failure is a RoutineError."""
    path = path or builtin_routines_dir() / LIBRARY_FILE
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except UnreadableFile as error:
        message = str(error)
        problem = _("file {problem}").format(problem=message) if message.startswith("is ") else message
        raise RoutineError.single(path, 1, problem) from None
    try:
        return parse_library(data, path, assets)
    except RecursionError:
        raise RoutineError([Problem(str(path), 1, None, _("too deeply nested to be an exercise library"))]) from None

