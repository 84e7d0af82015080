"""The app's words, once: every code the diary stores with the labels screens and reports show.

Each kind of word is an enum whose values are the stored strings (they are in
users' diaries and exports, so they never change) and whose members carry
their English texts, marked ``N_`` so the catalog keeps them; ``.label`` reads
one in the active language. A screen, the report and the advice read their
labels here, so the entry form need not import the advice module to name a
moment, and a new word is added in one place: ``tests/core/test_vocabulary.py``
refuses a table keyed by these codes anywhere else.

The tuples (``MOMENTS``, ``FLAGS``, ...) and mappings (``MOMENT_LABELS``, ...)
are the enums seen the old way, for code that checks membership or looks a
label up by its stored code. A member is a ``str`` (an ``int`` for effort), so
it compares, hashes, formats and serialises exactly as its code does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import IntEnum, StrEnum
from typing import Generic, TypeVar

from coach.core.i18n import N_, Labels, _, in_sentence

W = TypeVar("W", bound="Word")


class Word(StrEnum):
    """A stored code with its English texts: the label first, then what a kind adds."""

    _texts: tuple[str, ...]

    def __new__(cls, code: str, *texts: str) -> Word:
        word = str.__new__(cls, code)
        word._value_ = code
        word._texts = texts
        return word

    def _text(self, index: int) -> str:
        """The ``index``-th English text in the active language ("" where there is none)."""
        text = self._texts[index] if index < len(self._texts) else ""
        return _(text) if text else ""

    @property
    def source(self) -> str:
        """The English label as written here (what JSON and CSV outputs name)."""
        return self._texts[0] if self._texts else ""

    @property
    def label(self) -> str:
        """How screens and reports name the word, in the active language."""
        return self._text(0)


class Moment(Word):
    """When the pain was felt; ``phrase`` is how an advice sentence says it ("" for other)."""

    DURING_RUN = "during-run", N_("during a run"), N_("during a run")
    AFTER_RUN = "after-run", N_("after a run"), N_("after a run")
    NEXT_MORNING = "next-morning", N_("next morning"), N_("the morning after")
    DURING_ROUTINE = "during-routine", N_("during a routine"), N_("during a routine")
    OTHER = "other", N_("other"), ""

    @property
    def phrase(self) -> str:
        return self._text(1)


class Location(Word):
    """A part of the knee: ``label`` for lists, ``phrase`` after "Pain ...", ``map_label`` on the knee map."""

    FRONT = "front", N_("front / kneecap"), N_("at the front of the knee (kneecap)"), N_("Kneecap (front)")
    INSIDE = "inside", N_("inside"), N_("on the inside of the knee"), N_("Inside")
    OUTSIDE = "outside", N_("outside"), N_("on the outside of the knee"), N_("Outside")
    BACK = "back", N_("back of the knee"), N_("behind the knee"), N_("Back of the knee")
    BELOW = "below", N_("below the kneecap"), N_("below the kneecap"), N_("Below kneecap")

    @property
    def phrase(self) -> str:
        return self._text(1)

    @property
    def map_label(self) -> str:
        """The short name the knee map draws beside the region."""
        return self._text(2)


class Character(Word):
    """What the pain felt like (the stored code is English: ``aching``, shown ``dumpf``)."""

    ACHING = "aching", N_("aching")
    SHARP = "sharp", N_("sharp")
    STIFF = "stiff", N_("stiff")
    BURNING = "burning", N_("burning")


class Flag(Word):
    """A warning sign: ``label`` names it, ``logged`` starts an advice sentence, ``why`` explains it."""

    SWELLING = ("swelling", N_("Swelling"), N_("Swelling"),
                N_("Swelling means the joint is reacting to more than ordinary training soreness"))
    REDNESS = ("redness", N_("Redness or heat"), N_("Redness or heat"),
               N_("A red or hot knee can be a sign of inflammation or infection"))
    LOCKING = ("locking", N_("Locking"), N_("Locking"),
               N_("A knee that locks or catches needs checking of how the joint moves"))
    GIVING_WAY = ("giving-way", N_("Giving way"), N_("Giving way"),
                  N_("A knee that gives way is not stable enough to load safely"))
    CANNOT_BEAR_WEIGHT = ("cannot-bear-weight", N_("Cannot bear weight"), N_("Could not bear weight"),
                          N_("Not being able to stand on the leg is never ordinary training soreness"))

    @property
    def logged(self) -> str:
        """The flag as the subject of "... logged today" (past tense where it matters)."""
        return self._text(1)

    @property
    def why(self) -> str:
        return self._text(2)


class Side(Word):
    """A knee."""

    LEFT = "left", N_("left")
    RIGHT = "right", N_("right")


class SessionStatus(Word):
    """How a routine session ended. IN_PROGRESS exists only while a session runs; a row
    still in that state at the next start is turned into INTERRUPTED. PARTIAL: played to
    the end with less than 80% of the work time done (see session.py)."""

    COMPLETED = "completed", N_("completed")
    PARTIAL = "partial", N_("partial")
    STOPPED = "stopped", N_("stopped")
    STOPPED_FOR_PAIN = "stopped-for-pain", N_("stopped for pain")
    INTERRUPTED = "interrupted", N_("interrupted")
    IN_PROGRESS = "in-progress", N_("in progress")

    @property
    def finished(self) -> bool:
        """A status a session keeps once it has ended (every one but IN_PROGRESS)."""
        return self is not SessionStatus.IN_PROGRESS


class Focus(Word):
    """What a routine is for, in the order the catalog lists routines."""

    WARM_UP = "warm-up", N_("Warm-up")
    COOL_DOWN = "cool-down", N_("Cool-down")
    STRENGTH = "strength", N_("Strength")
    CARE = "care", N_("Care")


class Headline(Word):
    """Advice headlines, strongest first: the strongest headline among the reasons that fired wins."""

    SEE_CLINICIAN = "see-clinician", N_("See a clinician")
    BACK_OFF = "back-off", N_("Back off")
    HOLD = "hold", N_("Hold")
    PROGRESS = "progress", N_("Progress")
    START = "start", N_("Start")

    @property
    def rank(self) -> int:
        """0 for the strongest; sorting reasons by it puts the winning headline first."""
        return tuple(Headline).index(self)


class PlanAction(Word):
    """A move of the strength programme: ``label`` names it, ``done`` says it happened
    (History, the plan panel and the clinician report), ``evidence`` cites the studies behind it."""

    ADVANCE = "advance", N_("advance"), N_("moved up"), "ACSM 2009; Silbernagel et al. 2007; Lauersen et al. 2014"
    HOLD = "hold", N_("hold"), N_("held"), "ACSM 2009; Silbernagel et al. 2007"
    STEP_BACK = "step-back", N_("step-back"), N_("stepped back"), "Silbernagel et al. 2007"
    PAUSE = "pause", N_("pause"), N_("paused"), "NHS / AAFP 2018 knee-pain red flags"
    RESUME = "resume", N_("resume"), N_("resumed"), "NHS / AAFP 2018 knee-pain red flags"
    RESTART = "restart", N_("restart"), N_("week started again"), "ACSM 2009"

    @property
    def done(self) -> str:
        return self._text(1)

    @property
    def evidence(self) -> str:
        """The citation (never translated)."""
        return self._texts[2]


class Effort(IntEnum):
    """Effort: the Borg CR-10 scale as runners are asked it ("how hard was it?")."""

    _text: str

    def __new__(cls, value: int, text: str = "") -> Effort:  # text: only while the class is built
        effort = int.__new__(cls, value)
        effort._value_ = value
        effort._text = text
        return effort

    REST = 0, N_("rest")
    VERY_EASY = 1, N_("very easy")
    EASY = 2, N_("easy")
    MODERATE = 3, N_("moderate")
    SOMEWHAT_HARD = 4, N_("somewhat hard")
    HARD = 5, N_("hard")
    HARD_6 = 6, N_("hard")  # CR-10 leaves 6 and 8 between words: they share the word below
    VERY_HARD = 7, N_("very hard")
    VERY_HARD_8 = 8, N_("very hard")
    VERY_VERY_HARD = 9, N_("very, very hard")
    MAXIMAL = 10, N_("maximal")

    @property
    def source(self) -> str:
        return self._text

    @property
    def label(self) -> str:
        return _(self._text)


class WordLabels(Mapping[str, str], Generic[W]):
    """A kind's labels (or another of its texts) looked up by stored code, answering in the
    active language when read: ``MOMENT_LABELS["after-run"]`` is "after a run" or "nach einem
    Lauf". Unknown codes are missing (``.get(code, code)`` shows a newer version's code as it is)."""

    def __init__(self, kind: type[W], text: Callable[[W], str] | None = None):
        self._kind = kind
        self._read = text

    def word(self, key: object) -> W:
        """The member stored as ``key``; KeyError for a code this version does not know."""
        if not isinstance(key, str):
            raise KeyError(key)
        try:
            return self._kind(key)
        except ValueError:
            raise KeyError(key) from None

    def __getitem__(self, key: str) -> str:
        word = self.word(key)
        return self._read(word) if self._read else word.label

    def __iter__(self) -> Iterator[W]:
        return iter(self._kind)

    def __len__(self) -> int:
        return len(self._kind)

    def source(self, key: str) -> str:
        """The English label, as written in the enum."""
        return self.word(key)._texts[0]


class EffortLabels(Mapping[int, str]):
    """``EFFORT_LABELS[7]`` is "very hard" in the active language (what the 0–10 row shows)."""

    def __getitem__(self, key: int) -> str:
        if not isinstance(key, int):
            raise KeyError(key)
        try:
            return Effort(key).label
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[Effort]:
        return iter(Effort)

    def __len__(self) -> int:
        return len(Effort)


# The enums seen the old way: tuples of members (each a str) and label look-ups by code.
MOMENTS = tuple(Moment)
MOMENT_LABELS = WordLabels(Moment)
LOCATIONS = tuple(Location)
LOCATION_WORDS = WordLabels(Location)
LOCATION_PHRASES = WordLabels(Location, lambda location: location.phrase)  # "Pain " + phrase
CHARACTERS = tuple(Character)
CHARACTER_LABELS = WordLabels(Character)
FLAGS = tuple(Flag)
FLAG_LABELS = WordLabels(Flag)  # how every screen and the report name the warning signs
SIDES = tuple(Side)
IN_PROGRESS = SessionStatus.IN_PROGRESS
SESSION_STATUSES = tuple(s for s in SessionStatus if s.finished)
FOCUSES = tuple(Focus)
FOCUS_LABELS = WordLabels(Focus)
FOCUS_IN_SENTENCE = WordLabels(Focus, lambda focus: in_sentence(focus.label))  # "· strength ·", "· Kraft ·"
HEADLINES = tuple(Headline)
HEADLINE_LABELS = WordLabels(Headline)
EFFORT_LABELS = EffortLabels()
PLAN_ACTION_LABELS = WordLabels(PlanAction)
PLAN_ACTION_DONE = WordLabels(PlanAction, lambda action: action.done)
PLAN_ACTION_SOURCES = WordLabels(PlanAction, lambda action: action.evidence)




# The pain scale's anchors (NRS 0-10), as the rating row names its ends and middle.
PAIN_ANCHOR_LABELS = Labels({0: N_("no pain"), 5: N_("moderate"), 10: N_("worst imaginable")})


def character_label(code: str) -> str:
    """How a pain character is named (``aching``, ``stechend``); an unknown code as it is."""
    return CHARACTER_LABELS.get(code, code)
