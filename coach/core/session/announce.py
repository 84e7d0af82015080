"""The words the player shows and speaks for a segment.

Kept beside the engine, not in the widgets, so the exact phrases are tested
without a screen and the voice and the labels never disagree.
"""

from __future__ import annotations

from coach.core.session.plan import Segment, SegmentKind, format_duration

SIDE_LABELS = {"left": "Left leg", "right": "Right leg", "alternate": "Alternate legs"}
KIND_LABELS = {SegmentKind.GET_READY: "Get ready", SegmentKind.HOLD: "Go", SegmentKind.REPS: "Go",
               SegmentKind.SWITCH: "Switch sides", SegmentKind.REST: "Rest"}  # fmt: skip


def side_label(side: str | None) -> str:
    return SIDE_LABELS.get(side or "", "")


def amount(segment: Segment) -> str:
    """``12 reps`` or ``30 seconds`` or ``5 minutes``: how much of the exercise one segment is."""
    if segment.pace is not None:
        return f"{segment.pace.reps} reps"
    seconds = int(round(segment.duration_s))
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds // 60} minutes"
    if seconds >= 60:
        return format_duration(seconds).replace(":", " minutes ", 1) + " seconds"
    return f"{seconds} seconds"


def announcement(segment: Segment, next_work: Segment | None) -> str:
    """What the voice says when ``segment`` begins, e.g. "Left leg. Leg swings, 12 reps"."""
    if segment.kind.is_work:
        parts = [side_label(segment.side)] if segment.side else []
        detail = f"{segment.name}, {amount(segment)}"
        if segment.sets > 1:
            detail += f", set {segment.set_no} of {segment.sets}"
        return ". ".join(parts + [detail])
    if segment.kind == SegmentKind.SWITCH:
        return f"Switch sides. {side_label(segment.side)} next"
    if segment.kind == SegmentKind.REST:
        rest = f"Rest, {int(round(segment.duration_s))} seconds"
        return f"{rest}. Next: {segment.name}, set {segment.set_no} of {segment.sets}"
    upcoming = next_work or segment
    side = f", {side_label(upcoming.side).lower()} first" if upcoming.side in ("left", "right") else ""
    return f"Get ready: {upcoming.name}{side}"


def headline(segment: Segment) -> str:
    """The big word above the countdown."""
    if segment.kind.is_work:
        return segment.name
    return KIND_LABELS[segment.kind]


def set_label(segment: Segment) -> str:
    return f"Set {segment.set_no} of {segment.sets}" if segment.sets > 1 else ""
