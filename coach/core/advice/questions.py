"""Questions a runner could take to a clinician, per painful part of the knee.

Part of the advice itself (``Advice.questions``), so the home screen, the
report and the CLI show the same questions without asking the diary again.
Questions only: the app never says what the pain is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from coach.core.diary.records import PainEntry
from coach.core.i18n import N_, _
from coach.core.vocabulary import LOCATION_PHRASES, LOCATIONS, Location

RECENT_DAYS = 7  # pain logged in the last week is what the questions are about



@dataclass(frozen=True)
class ClinicianQuestions:
    """What to ask about one part of the knee that hurt lately."""

    location: str
    questions: tuple[str, ...]

    @property
    def phrase(self) -> str:
        """How a sentence names the place ("behind the knee")."""
        return LOCATION_PHRASES.get(self.location, self.location)


# Advice content per part of the knee, keyed by the vocabulary's members (test_vocabulary checks every one has some).
_QUESTIONS: dict[str, tuple[str, ...]] = {
    Location.FRONT: (
        N_("Could this be related to how the kneecap tracks when I bend the knee?"),
        N_("Would strengthening my hips and thighs take load off the front of the knee?"),
        N_("Which of stairs, squats or long sitting should I go easy on for now?"),
    ),
    Location.INSIDE: (
        N_("Could a ligament, tendon or the cartilage on the inner side be involved?"),
        N_("Could my foot position or running form be loading the inner knee?"),
    ),
    Location.OUTSIDE: (
        N_("Could the band of tissue along the outside of the thigh be involved?"),
        N_("Should I change how much I run downhill or on sloping roads while it settles?"),
    ),
    Location.BACK: (
        N_("What would you look at to find out what is causing pain behind the knee?"),
        N_("Could the hamstring or calf tendons be involved?"),
        N_("Is there anything, such as swelling behind the knee, that I should watch for?"),
    ),
    Location.BELOW: (
        N_("Could the tendon just below the kneecap be involved?"),
        N_("How should I adjust hills, jumping or fast running while it settles?"),
    ),
}


def location_questions(location: str) -> tuple[str, ...]:
    """Questions a runner could take to a clinician about pain at this part of
    the knee (front, inside, outside, back, below). Questions only: the app
    never says what the pain is. Unknown locations get none."""
    return tuple(_(question) for question in _QUESTIONS.get(location, ()))


def recent_locations(pain: Iterable[PainEntry], today: date, days: int = RECENT_DAYS) -> tuple[str, ...]:
    """Where on the knee pain was logged in the last ``days`` days (today
    included), in the map's order: what a clinician's questions are about."""
    first = today - timedelta(days=days - 1)
    found = {loc for entry in pain if first <= entry.at.date() <= today for loc in entry.locations}
    return tuple(loc for loc in LOCATIONS if loc in found)


def questions_for(pain: Iterable[PainEntry], today: date) -> tuple[ClinicianQuestions, ...]:
    """The questions for each part of the knee that hurt in the last week (none known: left out)."""
    pairs = ((loc, location_questions(loc)) for loc in recent_locations(pain, today))
    return tuple(ClinicianQuestions(loc, qs) for loc, qs in pairs if qs)
