"""Writing a draft back as routine YAML, keeping what the user wrote by hand.

ruamel.yaml's round-trip mode holds a file's comments, key order, quoting and
block styles. A draft is applied onto the opened file: only values that differ
are replaced, keys the editor does not know (``progression:``, ``variants:``)
are left alone, and a step keeps its comments wherever it moves. An unchanged
draft therefore gives back the file byte for byte.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from coach.core.routines.draft import ROUTINE_DEFAULTS, ROUTINE_KEY_ORDER, STEP_DEFAULTS, STEP_KEY_ORDER, RoutineDraft, StepDraft

# (mapping, sequence, offset): the built-ins' layout first, then common hand-written ones.
_LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (3, 3, 1))
_WIDTH = 4096  # never re-wrap a long line someone wrote
_FOLD_AT = 76  # a new long summary or caution is folded (``>-``) near here


class RoutineDocument:
    """One routine file's text, as ruamel holds it; ``render`` gives the text for a draft."""

    def __init__(self, text: str = ""):
        self.text = text
        self.layout = _layout_of(text) if text else _LAYOUTS[0]

    def _yaml(self) -> YAML:
        yaml = YAML(typ="rt")
        mapping, sequence, offset = self.layout
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        yaml.width = _WIDTH
        yaml.preserve_quotes = True
        return yaml

    def _root(self) -> CommentedMap:
        data = self._yaml().load(self.text) if self.text.strip() else None
        return data if isinstance(data, CommentedMap) else CommentedMap()

    def render(self, draft: RoutineDraft) -> str:
        """The file's text with ``draft`` applied; the original text itself when nothing differs."""
        try:
            root = self._root()
        except YAMLError:
            root = CommentedMap()  # a file the loader refused anyway: written afresh
        values = draft.values()
        if "caution" not in values and "caution" in root:
            del root["caution"]
        _apply(root, values, ROUTINE_KEY_ORDER, ROUTINE_DEFAULTS)
        old_steps = root.get("steps")
        old = list(old_steps) if isinstance(old_steps, list) else []
        used: set[int] = set()
        steps: list[CommentedMap] = []
        for step in draft.steps:
            steps.append(_step_map(step, old, used))
        if isinstance(old_steps, CommentedSeq):
            spaced = any(_ends_blank(m) for m in old[:-1])
            _replace_items(old_steps, steps)
            if spaced:
                _space_new_steps(old_steps, [id(m) for m in old])
        else:
            _set(root, "steps", CommentedSeq(steps), ROUTINE_KEY_ORDER)
        out = io.StringIO()
        self._yaml().dump(root, out)
        text = out.getvalue()
        return self.text if _same(text, self.text) else text


def _same(text: str, original: str) -> bool:
    return text == original or text == original.lstrip("\ufeff")


def _layout_of(text: str) -> tuple[int, int, int]:
    """The indentation that reproduces ``text`` unchanged, so re-saving moves no line."""
    for layout in _LAYOUTS:
        yaml = YAML(typ="rt")
        yaml.indent(mapping=layout[0], sequence=layout[1], offset=layout[2])
        yaml.width = _WIDTH
        yaml.preserve_quotes = True
        try:
            out = io.StringIO()
            yaml.dump(yaml.load(text), out)
        except (YAMLError, ValueError, TypeError, AttributeError):
            return _LAYOUTS[0]
        if _same(out.getvalue(), text):
            return layout
    return _LAYOUTS[0]


def _step_map(step: StepDraft, old: list[Any], used: set[int]) -> CommentedMap:
    """The step's mapping: the one it was read from (its comments kept) with the draft's values."""
    if step.origin is not None and 0 <= step.origin < len(old) and step.origin not in used:
        candidate = old[step.origin]
        if isinstance(candidate, CommentedMap):
            used.add(step.origin)
            mapping = candidate
        else:
            mapping = CommentedMap()
    else:
        mapping = CommentedMap()
    values = step.values()
    for key in STEP_KEY_ORDER:
        if key not in values and key in mapping:
            del mapping[key]
    _apply(mapping, values, STEP_KEY_ORDER, STEP_DEFAULTS)
    return mapping


def _apply(mapping: CommentedMap, values: Mapping[str, object], order: tuple[str, ...],
           defaults: Mapping[str, object] | None = None) -> None:  # fmt: skip
    """Set each value that differs; a default the file left out stays out."""
    for key, value in values.items():
        if key not in mapping and defaults is not None and key in defaults and defaults[key] == value:
            continue
        _set(mapping, key, value, order)


def _set(mapping: CommentedMap, key: str, value: object, order: tuple[str, ...]) -> None:
    if key in mapping:
        current = mapping[key]
        if isinstance(value, list):
            if isinstance(current, CommentedSeq):
                if list(current) != value:
                    _replace_items(current, value)
                return
            mapping[key] = _block_list(value)
            return
        if _equal(current, value):
            return
        mapping[key] = _styled(value, current)
        return
    new = _block_list(value) if isinstance(value, list) else _styled(value, None)
    mapping.insert(_place(mapping, key, order), key, new)


def _equal(current: object, value: object) -> bool:
    if isinstance(current, bool) or isinstance(value, bool):
        return current is value
    if isinstance(current, (int, float)) and isinstance(value, (int, float)):
        return float(current) == float(value) and type(current) is type(value)
    return isinstance(current, str) and isinstance(value, str) and str(current) == value


def _styled(value: object, current: object) -> object:
    """New text in the style the old had (``>-`` stays ``>-``); long new text folded, lines kept literal."""
    if not isinstance(value, str):
        return value
    if "\n" in value:
        return LiteralScalarString(value)
    if isinstance(current, FoldedScalarString) or (current is None or isinstance(current, str)) and len(value) > 90:
        return _folded(value)
    return value


def _folded(text: str) -> FoldedScalarString | str:
    """``text`` as a ``>-`` block folded at spaces near ``_FOLD_AT`` (it reads back as the same line)."""
    if "  " in text or text != text.strip():
        return text  # folding would change runs of spaces; plain (quoted if need be) is exact
    folded: FoldedScalarString = FoldedScalarString(text)
    positions: list[int] = []
    line_start = 0
    while len(text) - line_start > _FOLD_AT:
        cut = text.rfind(" ", line_start, line_start + _FOLD_AT)
        if cut <= line_start:
            break
        positions.append(cut)
        line_start = cut + 1
    setattr(folded, "fold_pos", positions)  # noqa: B010 (ruamel reads it; its stubs do not declare it)
    return folded


def _ends_blank(step: object) -> bool:
    """Whether a step is followed by a blank line (kept as a comment on its last key)."""
    if not isinstance(step, CommentedMap) or not step:
        return False
    entry = step.ca.items.get(list(step)[-1])
    token = entry[2] if isinstance(entry, list) and len(entry) > 2 else None
    return token is not None and str(getattr(token, "value", "")).endswith("\n\n")


def _space_new_steps(seq: CommentedSeq, old_ids: list[int]) -> None:
    """In a file whose steps stand apart by blank lines, two steps that were not neighbours
    before (one is new, or one moved) get a blank line between them too."""
    where = {identity: index for index, identity in enumerate(old_ids)}
    for index in range(1, len(seq)):
        before, this = where.get(id(seq[index - 1])), where.get(id(seq[index]))
        neighbours = before is not None and this is not None and this == before + 1
        if not neighbours and not _ends_blank(seq[index - 1]):
            seq.yaml_set_comment_before_after_key(index, before="\n")


def _replace_items(seq: CommentedSeq, items: list[Any]) -> None:
    """Put ``items`` in ``seq`` in place: the comments it holds by position stay where they were."""
    for index, item in enumerate(items):
        if index >= len(seq):
            seq.append(item)
        elif seq[index] is not item:
            seq[index] = item
    del seq[len(items) :]


def _block_list(items: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_block_style()
    return seq


def _place(mapping: CommentedMap, key: str, order: tuple[str, ...]) -> int:
    """Where ``key`` goes: after the last key that comes before it in ``order``."""
    if key not in order:
        return len(mapping)
    rank = order.index(key)
    place = 0
    for index, existing in enumerate(mapping):
        if existing in order and order.index(existing) < rank:
            place = index + 1
    return place
