"""The words the player shows and speaks for a segment.

Kept beside the engine, not in the widgets, so the exact phrases are tested
without a screen and the voice and the labels never disagree. The sentences
themselves come from :mod:`coach.core.session.cue_words`, in the plan's
language; each function takes the words to use (English when none are given).
"""

from __future__ import annotations

from coach.core.session.cue_words import CueWords, cue_words
from coach.core.session.plan import Segment
from coach.core.vocabulary import SegmentKind, StepSide

_KIND_KEYS = {SegmentKind.GET_READY: "kind.get-ready", SegmentKind.HOLD: "kind.work", SegmentKind.REPS: "kind.work",
              SegmentKind.SWITCH: "kind.switch", SegmentKind.REST: "kind.rest"}  # fmt: skip
_SIDES = tuple(StepSide)


def _words(words: CueWords | None) -> CueWords:
    return words if words is not None else cue_words("en")


def side_label(side: str | None, words: CueWords | None = None) -> str:
    """``Left leg``; "" for a segment done with both legs at once."""
    return _words(words).say(f"side.{side}") if side in _SIDES else ""


def kind_label(kind: SegmentKind, words: CueWords | None = None) -> str:
    """The band's word for a kind of segment: Get ready, Go, Switch sides, Rest."""
    return _words(words).say(_KIND_KEYS[kind])


def _count(words: CueWords, unit: str, count: int) -> str:
    return words.say(f"amount.{unit}" if count == 1 else f"amount.{unit}s", count=count)


def seconds_amount(seconds: float, words: CueWords | None = None) -> str:
    """``30 seconds``, ``1 minute``, ``1 minute 30 seconds``, ``5 minutes``."""
    words = _words(words)
    whole = int(round(seconds))
    minutes, rest = divmod(whole, 60)
    if minutes and not rest:
        return _count(words, "minute", minutes)
    if minutes:
        return words.say("amount.minutes-seconds", minutes=_count(words, "minute", minutes),
                         seconds=_count(words, "second", rest))  # fmt: skip
    return _count(words, "second", whole)


def amount(segment: Segment, words: CueWords | None = None) -> str:
    """``12 reps`` or ``30 seconds`` or ``5 minutes``: how much of the exercise one segment is."""
    if segment.pace is not None:
        return _count(_words(words), "rep", segment.pace.reps)
    return seconds_amount(segment.duration_s, words)


def announcement(segment: Segment, next_work: Segment | None, words: CueWords | None = None) -> str:
    """What the voice says when ``segment`` begins, e.g. "Left leg. Leg swings, 12 reps"."""
    words = _words(words)
    if segment.kind.is_work:
        how_much = amount(segment, words)
        if segment.sets > 1:
            work = words.say("work.set", name=segment.name, amount=how_much, set=segment.set_no, sets=segment.sets)
        else:
            work = words.say("work", name=segment.name, amount=how_much)
        return words.say("work.side", side=side_label(segment.side, words), work=work) if segment.side else work
    if segment.kind == SegmentKind.SWITCH:
        return words.say(f"switch.{segment.side}" if segment.side in ("left", "right") else "switch")
    if segment.kind == SegmentKind.REST:
        return words.say("rest", amount=seconds_amount(segment.duration_s, words), name=segment.name,
                         set=segment.set_no, sets=segment.sets)  # fmt: skip
    upcoming = next_work or segment
    key = f"get-ready.{upcoming.side}" if upcoming.side in ("left", "right") else "get-ready"
    return words.say(key, name=upcoming.name)


def headline(segment: Segment, words: CueWords | None = None) -> str:
    """The big word above the countdown."""
    if segment.kind.is_work:
        return segment.name
    return kind_label(segment.kind, words)


def set_label(segment: Segment, words: CueWords | None = None) -> str:
    return _words(words).say("set", set=segment.set_no, sets=segment.sets) if segment.sets > 1 else ""
