"""Changing a routine file's id, title or picture names in place, keeping everything else.

An import that keeps both routines gives the new one another id, and a picture
whose name is taken in the routines folder is written under another; the file
is otherwise the sender's, comments and layout included. So only the text of
those scalars is replaced, found by their positions in the composed YAML; the
caller checks the result with the loader (``parse_routine``) before using it.
Only for files the loader has accepted: anything else raises ValueError.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _root(text: str) -> MappingNode:
    # The pure-Python loader: its marks count characters, which is what str slicing needs.
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, MappingNode):
        raise ValueError("not a routine file")
    return root


def _value(mapping: MappingNode, key: str) -> Node | None:
    return next((value for k, value in mapping.value if isinstance(k, ScalarNode) and k.value == key), None)


def _step_images(root: MappingNode) -> list[ScalarNode]:
    steps = _value(root, "steps")
    found: list[ScalarNode] = []
    for step in steps.value if isinstance(steps, SequenceNode) else []:
        if isinstance(step, MappingNode) and isinstance(image := _value(step, "image"), ScalarNode):
            found.append(image)
    return found


def image_names(text: str) -> list[str]:
    """The ``image:`` names as the file writes them, in step order."""
    return [node.value for node in _step_images(_root(text.lstrip("\ufeff")))]


def _literal(value: str, plain_ok: bool) -> str:
    if plain_ok and _PLAIN.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def rewritten(text: str, routine_id: str | None = None, title: str | None = None,
              images: Mapping[str, str] | None = None) -> str:  # fmt: skip
    """``text`` with its id, its title and the pictures named in ``images`` (old → new) changed."""
    body = text.lstrip("\ufeff")
    prefix = text[: len(text) - len(body)]
    root = _root(body)
    edits: list[tuple[Node, str, bool]] = []
    for key, new in (("id", routine_id), ("title", title)):
        node = _value(root, key)
        if new is not None:
            if not isinstance(node, ScalarNode):
                raise ValueError(f"the routine has no '{key}' to change")
            edits.append((node, new, key == "id"))
    for node in _step_images(root):
        if images and node.value in images:
            edits.append((node, images[node.value], True))
    for node, new, plain_ok in sorted(edits, key=lambda edit: edit[0].start_mark.index, reverse=True):
        start, end = node.start_mark.index, node.end_mark.index
        old = body[start:end]
        tail = old[len(old.rstrip()) :]  # a block scalar's span ends with its line break: kept
        body = body[:start] + _literal(new, plain_ok) + tail + body[end:]
    return prefix + body
