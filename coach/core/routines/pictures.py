"""Where an exercise's two pose pictures are: ``<id>.svg`` is the end pose, ``<id>-start.svg`` the start.

Kept apart from the library's loader so the player can find a start pose
without importing a YAML parser.
"""

from __future__ import annotations

from pathlib import Path

from coach.core.routines.rules import image_problem


def start_picture(end: Path | None) -> Path | None:
    """The start pose beside an end-pose picture (``squats.svg`` → ``squats-start.svg``), if drawn."""
    if end is None:
        return None
    candidate = end.with_name(f"{end.stem}-start{end.suffix}")
    return candidate if image_problem(candidate) is None else None
