"""The reading every routine-family YAML file shares (a routine, its programme blocks,
the exercise library): the file composed into nodes with located refusals, then each
mapping read against a table of fields, every problem collected as ``FILE:LINE:COL``.

A routine file is YAML written by people, sometimes by hand, sometimes by a stranger,
so this walks the composed node tree itself instead of trusting ``yaml.safe_load``'s
result: a typo'd key, a wrong type or a zero-length hold is each reported where it
is, and all problems of a file at once.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from coach.core.errors import Problem, RoutineError
from coach.core.i18n import _
from coach.core.routines.rules import (
    CUE,
    MAX_CUES,
    Field,
    image_problem,
)
from coach.core.values import TOO_LARGE, clip, printable, quote

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 12
_NUMBER_TEXT = re.compile(r"[-+]?[0-9_.,:eE+-]{16,}")

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


# --- parsing ----------------------------------------------------------------------


class Collector:
    """Gathers problems of one file, located by YAML node marks."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def at(self, node: Node | None, message: str) -> None:
        message = printable(message)  # a key or value quoted raw must not reach a terminal raw
        if node is None:
            self.problems.append(Problem(str(self.path), 1, None, message))
        else:
            mark = node.start_mark
            self.problems.append(Problem(str(self.path), mark.line + 1, mark.column + 1, message))


def _where(event: yaml.Event) -> tuple[int, int | None]:
    """The 1-based line and column an event starts at (line 1 when PyYAML gives no mark)."""
    mark = event.start_mark
    return (1, None) if mark is None else (mark.line + 1, mark.column + 1)


def _compose(text: str, path: Path) -> Node | None:
    """Compose the YAML text into nodes, refusing anchors, aliases and deep nesting first.

    Refusing aliases outright is what defeats "billion laughs" documents: a
    routine has no use for them, and no expansion ever happens. libyaml's
    parser (when PyYAML has it) does the common case fast, at start-up; a file
    it refuses is read again by the pure-Python parser, whose messages and
    positions are the ones the tests and users see.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return _compose_with(text, path, fast)
        except RoutineError:
            pass
    return _compose_with(text, path, yaml.SafeLoader)


def _compose_with(text: str, path: Path, loader: type) -> Node | None:
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor):
                line, column = _where(event)
                message = _("anchors and aliases (& and *) are not allowed in routine files")
                raise RoutineError.single(path, line, message, column)
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line, column = _where(event)
                    raise RoutineError.single(path, line, _("nested more than {max_depth} levels deep").format(
                                                            max_depth=MAX_DEPTH), column)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
        return yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, None)
        from coach.core.routines.yaml_words import yaml_words  # PyYAML speaks English only

        message = " ".join(part for part in (yaml_words(error.context), yaml_words(error.problem)) if part) or _(
            "not valid YAML")
        raise RoutineError.single(path, line, _("YAML syntax: {message}").format(message=message), column) from None
    except yaml.YAMLError as error:
        raise RoutineError.single(path, 1, f"YAML: {error}") from None


_scalar_constructor = yaml.SafeLoader("")


class _Unreadable:
    """A scalar its explicit tag cannot build (``!!int abc``, ``!custom x``): never a valid value."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        if _NUMBER_TEXT.fullmatch(self.text.strip()):  # an int over 4,300 digits: Python will not build it
            return _(TOO_LARGE)
        return quote(self.text)


def _scalar(node: ScalarNode) -> Any:
    try:
        value = _scalar_constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, KeyError, TypeError, OverflowError):
        return _Unreadable(node.value)
    if isinstance(value, str) and not value.isprintable():
        value = _join_surrogate_pairs(value)
    return value


def _join_surrogate_pairs(text: str) -> str:
    """"\\ud83e\\uddb5" (how JSON writers escape 🦵) is one character, not two lone
    surrogates; a surrogate without its pair stays, for the text check to refuse."""
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        return text


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: _("text"), int: _("a whole number"), float: _("a number"), list: _("a list"), dict: _("a mapping")}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return _(" or ").join(names.get(k, k.__name__) for k in kinds)


def read_mapping(node: Node, fields: dict[str, Field], where: str, out: Collector) -> dict[str, tuple[Any, Node]]:
    """Check a mapping against its field table; return the good values with their nodes."""
    if not isinstance(node, MappingNode):
        out.at(node, _("{where} must be a mapping of 'key: value' lines").format(where=where))
        return {}
    values: dict[str, tuple[Any, Node]] = {}
    seen: dict[str, Node] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode) or not isinstance(_scalar(key_node), str):
            out.at(key_node, _("keys in {where} must be plain words").format(where=where))
            continue
        key = key_node.value
        if len(key) > 40:
            out.at(key_node, _("unknown key {key} in {where}; allowed: {items}").format(
                               key=quote(key), where=where, items=', '.join(fields)))
            continue
        if key in seen:
            first = seen[key].start_mark.line + 1
            out.at(key_node, _("duplicate key '{key}' (first given on line {first})").format(key=key, first=first))
            continue
        seen[key] = key_node
        spec = fields.get(key)
        if spec is None:
            hint = difflib.get_close_matches(key, fields, n=1)
            if hint:
                text = _("unknown key '{key}' in {where} (did you mean '{hint}'?)").format(key=key, where=where, hint=hint[0])
            else:
                text = _("unknown key '{key}' in {where}; allowed: {items}").format(key=key, where=where, items=", ".join(fields))
            out.at(key_node, text)
            continue
        value = node_value(value_node, spec, key, out)
        if value is not None:
            values[key] = (value, value_node)
    for key, spec in fields.items():
        if spec.required and key not in seen:
            out.at(node, _("{where} is missing '{key}'").format(where=where, key=key))
    return values


def node_value(node: Node, spec: Field, key: str, out: Collector) -> Any:
    if node.tag not in _STANDARD_TAGS:
        out.at(node, _("'{key}': tag {tag} is not allowed").format(key=key, tag=clip(node.tag)))
        return None
    if spec.kind is list:
        if not isinstance(node, SequenceNode):
            out.at(node, _("'{key}' must be a list").format(key=key))
            return None
        return node
    if not isinstance(node, ScalarNode):
        out.at(node, _("'{key}' must be {type_name}").format(key=key, type_name=_type_name(spec.kind)))
        return None
    value = _scalar(node)
    kinds = spec.kind if isinstance(spec.kind, tuple) else (spec.kind,)
    if isinstance(value, bool) or not isinstance(value, kinds):
        shown = _("empty") if value is None else quote(value)
        out.at(node, _("'{key}' must be {type_name}, not {shown}").format(key=key, type_name=_type_name(spec.kind), shown=shown))
        return None
    if spec.check is not None:
        problem = spec.check(value)
        if problem:
            out.at(node, _("'{name}' {problem}").format(name=key, problem=problem))
            return None
    return value


def resolve_image(name: str, node: Node, roots: tuple[Path, ...], out: Collector) -> Path | None:
    relative = Path(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name:
        out.at(node, _("'image' {name} must be a file name inside the routine's folder or assets/, not a path out of it").format(
                       name=quote(name)))
        return None
    if len(relative.parts) != 1:  # as routine.schema.json says; and a cached routine relies on it
        out.at(node, _("'image' {name} must be a plain file name, without folders").format(name=quote(name)))
        return None
    for root in roots:
        try:
            candidate = (root / relative).resolve()
            if candidate.is_relative_to(root.resolve()) and candidate.exists():
                if problem := image_problem(candidate):  # a 97 MB drawing, a FIFO: refused here, not in the player
                    out.at(node, _("'image' {name} {problem}").format(name=quote(name), problem=problem))
                    return None
                return candidate
        except (OSError, ValueError):  # a name too long for the file system, a NUL byte...
            continue
    out.at(node, _("'image' {name} not found in {items}").format(name=quote(name), items=' or '.join(str(r) for r in roots)))
    return None


def read_cues(values: dict[str, tuple[Any, Node]], out: Collector) -> tuple[str, ...]:
    cues: list[str] = []
    if "cues" in values:
        cue_nodes = values["cues"][1].value
        if not 1 <= len(cue_nodes) <= MAX_CUES:
            out.at(values["cues"][1], _("'cues' needs 1 to {max_cues} short lines, not {cues}").format(
                                        max_cues=MAX_CUES, cues=len(cue_nodes)))
        for cue_node in cue_nodes:
            cue = node_value(cue_node, CUE, "cues", out)
            if cue is not None:
                cues.append(cue.strip())
    return tuple(cues)


def cleaned(value: Any, spec: Field) -> Any:
    """A checked value as a built routine holds it: text stripped, a number that may be a fraction a float."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(spec.kind, tuple) and float in spec.kind:
        return float(value)
    return value


def compose_file(data: bytes, path: Path, holds: str = "routine") -> Node:
    """The YAML node tree of a file's bytes, refusing an oversized, non-UTF-8, empty
    or hostile file with its place. The exercise library reads its file through here too."""
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1024
        raise RoutineError.single(path, 1, _("file is {size} KiB; routine files may be at most {limit} KiB").format(
                                             size=len(data) // 1024, limit=limit))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise RoutineError.single(path, line, _("not UTF-8 text (save the file as UTF-8)"), column) from None
    if not text.strip():
        raise RoutineError.single(path, 1, _("file is empty"))
    root = _compose(text.lstrip("\ufeff"), path)
    if root is None:
        raise RoutineError.single(path, 1, _("file holds no routine") if holds == "routine" else _(
            "file holds no {what}").format(what=holds))
    return root
