"""Today's advice: one headline (progress, hold, back off, see a clinician, or
start) with every reason that fired and the notes worth showing under it.

The rule table below names each ADVICE.md rule with its id, headline and
source; the checks themselves (thresholds, windows, wording) are small pure
functions in ``advice_rules``. ``advise`` runs them in order, picks the
strongest headline and adds the notes (strength sessions, warm-ups, shoe
mileage), which never change the headline. A function of the diary and a date
only: no clock, no store, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.core.advice import rules as checks
from coach.core.advice.questions import ClinicianQuestions, location_questions, questions_for
from coach.core.advice.rules import last_days, say_day
from coach.core.advice.view import LOOKBACK_DAYS, DiaryView, Earlier
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.diary.shoe_wear import wear
from coach.core.i18n import N_, _, ngettext
from coach.core.locale_format import number
from coach.core.vocabulary import HEADLINE_LABELS, HEADLINES, Headline

if TYPE_CHECKING:
    from coach.core.diary.diary import Diary

__all__ = [
    "DISCLAIMER",
    "disclaimer",
    "HEADLINES",
    "HEADLINE_LABELS",
    "RULES_BY_ID",
    "FALLBACKS",
    "RULES",
    "Advice",
    "ClinicianQuestions",
    "DiaryView",
    "Earlier",
    "LOOKBACK_DAYS",
    "Note",
    "Reason",
    "advise",
    "location_questions",
]

DISCLAIMER = N_("Training advice, not a diagnosis: if you are worried about your knee, see a clinician.")


def disclaimer() -> str:
    """The disclaimer in the active language (``DISCLAIMER`` is the English source)."""
    return _(DISCLAIMER)


STRENGTH_GOAL = 2


@dataclass(frozen=True)
class Reason:
    """One rule that fired: what it says, why, and where the threshold comes from."""

    id: str
    headline: str
    text: str
    source: str


# --- the rule table ----------------------------------------------------------

Check = Callable[["DiaryView", date], "str | Sequence[str] | None"]


@dataclass(frozen=True)
class Rule:
    """One row of the table: calling it runs the check and returns its reasons."""

    id: str
    headline: str
    source: str
    check: Check

    def __call__(self, view: DiaryView, today: date) -> tuple[Reason, ...]:
        """The reasons this rule gives for this diary today (empty if it does not fire)."""
        found = self.check(view, today)
        if not found:
            return ()
        texts = (found,) if isinstance(found, str) else tuple(found)
        return tuple(Reason(self.id, self.headline, text, self.source) for text in texts)


# Short citations shown beside each reason and note. Each names a published source a
# user can look up; README.md's "Sources" section gives every one in full (a test holds
# the two together). A rule with no such source cites nothing rather than something vague.
SILBERNAGEL = "Silbernagel et al. 2007"
PIVA = "Piva et al. 2009"
FRANDSEN = "Frandsen et al. 2025"
NIELSEN = "Nielsen et al. 2014"
LAUERSEN = "Lauersen et al. 2014"
NHS = "NHS knee-pain guidance"
AAFP = "AAFP 2018 (Bunt et al.)"
SOURCES = (SILBERNAGEL, PIVA, FRANDSEN, NIELSEN, LAUERSEN, NHS, AAFP)

# Strongest first; every rule that fires gives its reasons.
RULES: tuple[Rule, ...] = (
    Rule("red-flag", "see-clinician", f"{NHS}; {AAFP}", checks.red_flag),
    Rule("pain-behind-knee", "see-clinician", AAFP, checks.pain_behind_knee),
    Rule("persisting-pain", "see-clinician", f"{NHS}; {SILBERNAGEL}", checks.persisting_pain),
    Rule("not-improving", "see-clinician", f"{NHS}; {PIVA}", checks.not_improving),
    Rule("pain-over-5", "back-off", SILBERNAGEL, checks.pain_over_5),
    Rule("morning-worse", "back-off", SILBERNAGEL, checks.morning_worse),
    Rule("week-worse", "hold", SILBERNAGEL, checks.week_worse),
    Rule("pain-3-to-5", "hold", SILBERNAGEL, checks.pain_3_to_5),
    Rule("long-run-spike", "hold", FRANDSEN, checks.long_run_spike),
    Rule("weekly-jump", "hold", NIELSEN, checks.weekly_jump),
)

# Consulted only when no rule above fired; the first that fires is the answer.
FALLBACKS: tuple[Rule, ...] = (
    Rule("start", "start", "", checks.start),
    Rule("no-recent-entries", "hold", "", checks.no_recent_entries),
    Rule("all-clear", "progress", SILBERNAGEL, checks.all_clear),
    Rule("recent-pain", "hold", SILBERNAGEL, checks.recent_pain),
)

RULES_BY_ID = {rule.id: rule for rule in RULES + FALLBACKS}


@dataclass(frozen=True)
class Note:
    """Something worth knowing under the headline; never changes it."""

    id: str
    text: str
    source: str


@dataclass(frozen=True)
class Advice:
    headline: str
    reasons: tuple[Reason, ...]
    notes: tuple[Note, ...] = ()
    # For "see a clinician": what to ask about each part of the knee that hurt this week.
    questions: tuple[ClinicianQuestions, ...] = ()

    @property
    def label(self) -> str:
        """The headline as the user reads it ("See a clinician")."""
        return HEADLINE_LABELS[self.headline]


def advise(
    pain: Sequence[PainEntry],
    runs: Sequence[Run],
    sessions: Sequence[SessionRecord],
    shoes: Sequence[Shoe],
    today: date,
    units: str = "km",
    before: Earlier | None = None,
) -> Advice:
    """Run every rule over the diary as of ``today`` (later records ignored).

    The headline is the strongest among the rules that fired, and all their
    reasons come back strongest first. When none fires, the first fallback
    that does decides: start (nothing logged), no recent entries (hold),
    all-clear (progress) or recent pain above 2 (hold).

    With ``before``, the records need only cover the last ``LOOKBACK_DAYS``
    days; the answer is the same as from the whole diary.
    """
    view = DiaryView.build(pain, runs, sessions, shoes, today, units, before)
    reasons = [reason for rule in RULES for reason in rule(view, today)]
    if not reasons:
        for rule in FALLBACKS:
            reasons = list(rule(view, today))
            if reasons:
                break
    reasons.sort(key=lambda r: Headline(r.headline).rank)  # stable: table order within a headline
    headline = reasons[0].headline
    questions = questions_for(view.pain, today) if headline == Headline.SEE_CLINICIAN else ()
    return Advice(headline=headline, reasons=tuple(reasons), notes=notes_for(view, today), questions=questions)


# --- notes -------------------------------------------------------------------


def notes_for(view: DiaryView, today: date) -> tuple[Note, ...]:
    """All notes for this diary today, in display order."""
    found: list[Note] = []
    for make in (strength_gap, no_warm_up):
        note = make(view, today)
        if note is not None:
            found.append(note)
    found.extend(shoe_notes(view))
    return tuple(found)


def _completed(view: DiaryView, first: date, last: date, focus: str) -> list[SessionRecord]:
    return [s for s in view.sessions_in(first, last) if s.focus == focus and s.status == "completed"]


def strength_gap(view: DiaryView, today: date) -> Note | None:
    """Fewer than 2 completed strength sessions in the last 7 days."""
    done = len(_completed(view, *last_days(today, 7), "strength"))
    if done >= STRENGTH_GOAL:
        return None
    if done == 0:
        text = _("No strength sessions in the last 7 days: 2-3 strength sessions a week protect the knee "
                 "(strength training cut sports injuries to about a third).")
    else:
        text = _("1 strength session in the last 7 days: 2-3 strength sessions a week protect the knee "
                 "(strength training cut sports injuries to about a third).")
    return Note("strength-gap", text, LAUERSEN)


def no_warm_up(view: DiaryView, today: date) -> Note | None:
    """A run in the last 7 days on a day with no completed warm-up routine."""
    window = last_days(today, 7)
    warmed = {s.started.date() for s in _completed(view, *window, "warm-up")}
    cold = sorted({r.at.date() for r in view.runs_in(*window)} - warmed)
    if not cold:
        return None
    days = ", ".join(say_day(d, today) for d in cold)
    text = ngettext(
        "No warm-up routine on the day you ran ({days}): a few minutes of warm-up gets the knee ready for the run.",
        "No warm-up routine on the days you ran ({days}): a few minutes of warm-up gets the knee ready for the run.",
        len(cold),
    ).format(days=days)
    return Note("no-warm-up", text, "")  # no published source to name: cited as nothing rather than something vague


def shoe_notes(view: DiaryView) -> list[Note]:
    """Pairs in use past their check or replace distance (see :mod:`shoe_wear`)."""
    notes = []
    for shoe in view.shoes:
        worn = wear(shoe, view.units)
        if worn.advice:
            text = _('Shoes "{name}" have {distance} {units}: {advice}. (A rule of thumb, not a study.)').format(
                name=shoe.name, distance=number(worn.distance, 0), units=worn.units, advice=worn.advice)
            notes.append(Note("shoes", text, ""))
    return notes


def advice_from_diary(diary: Diary, today: date, units: str = "km") -> Advice:
    """Today's advice from a diary (the CLI and the home screen share this).

    Start-up must not grow with the diary, so this reads bounded windows: the
    last ``LOOKBACK_DAYS`` days by indexed ``at >= ?`` queries, the shoes with
    their mileage summed in SQL, and two indexed aggregates (``Earlier``). The
    advice is the same as from every row (tests/core/advice/test_advice_bounded.py)."""
    since = today - timedelta(days=LOOKBACK_DAYS - 1)
    first_rated, logged = diary.advice_facts(today)
    return advise(
        pain=diary.pain_entries(since=since),
        runs=diary.runs(since=since),
        sessions=diary.sessions(since=since),
        shoes=diary.shoes(),
        today=today,
        units=units,
        before=Earlier(first_rated, logged),
    )


def advice_from_everything(diary: Diary, today: date, units: str = "km") -> Advice:
    """The same advice from every row of the diary (what the bounded read must equal)."""
    return advise(diary.pain_entries(), diary.runs(), diary.sessions(), diary.shoes(), today,
                  units)  # fmt: skip
