"""The strength programme's place: week n of 8, moved by ADVICE.md's plan rules.

``step`` is a pure function of the stored state, the diary records and today's
headline. It runs in calendar weeks (Mon–Sun, local days): an attempt at week n
is the calendar week ``since`` falls in. The rules, strongest first:

- see-clinician: pause (plan-pause); it resumes at the same week once the
  headline is hold or progress. A back-off while paused keeps it paused.
- back-off: back to week n - 1, not below 1 (plan-step-back), once per run of
  back-off days, so a bad week cannot drop the plan to week 1 in one go.
- progress, and the attempt's week complete (at least 2 and at least the
  planned completed strength sessions), no during-routine entry and no entry
  within 24 h after one of those sessions with worst NRS > 2, every
  next-morning entry after them at or below that knee's baseline: week n + 1
  (plan-advance), capped at the programme's length.
- otherwise hold (plan-hold); an attempt whose calendar week ended without
  advancing starts again in the current week.

Every change is returned with its reason, for the store to keep.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from coach.core.diary.records import PainEntry, SessionRecord
from coach.core.i18n import N_, _
from coach.core.plan.said import HeadlineWord, Number, Said, said
from coach.core.plan.schedule import Schedule
from coach.core.plan.week import week_start
from coach.core.routines.routine import Routine
from coach.core.settings import KeyValueStore
from coach.core.vocabulary import (
    PLAN_ACTION_DONE,
    PLAN_ACTION_LABELS,
    PLAN_ACTION_SOURCES,
    SIDES,
    Focus,
    Headline,
    SessionStatus,
)

PROGRAMME_ROUTINE = "knee-strength"
PROGRAMME_WEEKS = 8  # the built-in routine's progression; a user's own may make it longer or shorter
PAIN_LIMIT = 2  # worst NRS above this during or within 24 h after a session blocks advancing
AFTER = timedelta(hours=24)
BASELINE_DAYS = 14
# How a change's action is named (the stored code stays English), as a sentence words it, and its evidence.
ACTION_WORDS = PLAN_ACTION_LABELS
CHANGE_WORDS = PLAN_ACTION_DONE
SOURCES = PLAN_ACTION_SOURCES


@dataclass(frozen=True)
class ProgrammeState:
    week: int = 1
    since: date | None = None  # a day in the calendar week of this attempt
    paused: bool = False
    last_headline: str = ""


@dataclass(frozen=True)
class Change:
    """One move of the programme, kept with its reason."""

    on: date
    action: str  # advance | step-back | pause | resume | restart
    from_week: int
    to_week: int
    said: Said | str  # why, kept as what to say (plain text: a change kept before reasons were)

    @property
    def reason(self) -> str:
        """Why, in the language the app speaks now (not the one of the day it happened)."""
        return str(self.said)

    @property
    def source(self) -> str:
        return SOURCES.get(self.action, "")


@dataclass(frozen=True)
class Decision:
    state: ProgrammeState
    rule: str  # plan-advance | plan-hold | plan-step-back | plan-pause
    reason: str
    change: Change | None = None


def _baseline(mornings: Sequence[PainEntry], entry: PainEntry, side: str) -> float:
    day = entry.at.date()
    history = [
        v for e in mornings
        if day - timedelta(days=BASELINE_DAYS) <= e.at.date() < day and (v := getattr(e, side)) is not None
    ]
    if not history:
        return 0
    ordered = sorted(history)
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def pain_blocks(sessions: Sequence[SessionRecord], pain: Sequence[PainEntry], today: date) -> Said | None:
    """Why the knee says not yet, or None when the pain gates of plan-advance pass."""
    if not sessions:
        return None
    first = min(s.started for s in sessions)
    for entry in pain:
        if entry.worst <= PAIN_LIMIT or entry.at.date() > today:
            continue
        if entry.moment == "during-routine" and entry.at >= first:
            return said(N_("pain {worst} during a routine on {day}: above {pain_limit}"),
                        worst=entry.worst, day=entry.at.date(), pain_limit=PAIN_LIMIT)
        for s in sessions:
            if s.started <= entry.at <= (s.ended or s.started) + AFTER:
                return said(N_("pain {worst} within 24 h of a strength session on {day}: above {pain_limit}"),
                            worst=entry.worst, day=entry.at.date(), pain_limit=PAIN_LIMIT)
    mornings = sorted((e for e in pain if e.moment == "next-morning"), key=lambda e: e.at)
    for entry in mornings:
        if entry.at <= first or entry.at.date() > today:
            continue
        for side in SIDES:
            value = getattr(entry, side)
            if value is not None and value > (base := _baseline(mornings, entry, side)):
                text = N_("the left knee on {day} morning rated {value}, above its usual {base}") if side == "left" else N_(
                    "the right knee on {day} morning rated {value}, above its usual {base}")
                return said(text, day=entry.at.date(), value=value, base=Number(base, 0 if base == int(base) else 1))
    return None


def step(
    state: ProgrammeState,
    schedule: Schedule,
    sessions: Sequence[SessionRecord],
    pain: Sequence[PainEntry],
    headline: str,
    today: date,
    weeks: int = PROGRAMME_WEEKS,
) -> Decision:
    """Apply the plan rules for today. Safe to call many times a day."""
    if state.week > weeks:  # a shorter programme than the one the state was kept for (a user's own routine)
        state = replace(state, week=max(1, weeks))
    n = state.week
    since = state.since or today
    seen = replace(state, last_headline=headline, since=since)
    if headline == Headline.SEE_CLINICIAN:
        if state.paused:
            return Decision(seen, "plan-pause", _("paused until the advice is hold or progress"))
        change = Change(today, "pause", n, n, said(N_("today's advice is to see a clinician")))
        return Decision(replace(seen, paused=True), "plan-pause", change.reason, change)
    if state.paused:
        if headline in (Headline.HOLD, Headline.PROGRESS):
            change = Change(today, "resume", n, n, said(N_("the advice is {headline} again: resuming week {n}"),
                                                        headline=HeadlineWord(headline), n=n))
            return Decision(replace(seen, paused=False, since=today), "plan-hold", change.reason, change)
        return Decision(seen, "plan-pause", _("paused until the advice is hold or progress"))
    if headline == Headline.BACK_OFF:
        if state.last_headline == Headline.BACK_OFF:
            return Decision(seen, "plan-step-back", _("already stepped back for this back-off"))
        to = max(1, n - 1)
        back = said(N_("today's advice is to back off")) if to < n else said(N_(
            "today's advice is to back off (week 1 is the lowest: starting it again)"))
        change = Change(today, "step-back", n, to, back)
        return Decision(replace(seen, week=to, since=today), "plan-step-back", change.reason, change)
    monday = week_start(since)
    last = min(today, monday + timedelta(days=6))
    window = [s for s in sessions
              if s.focus == Focus.STRENGTH and s.status == SessionStatus.COMPLETED and monday <= s.started.date() <= last]
    need = schedule.planned_strength
    complete = len(window) >= need
    ended = today > monday + timedelta(days=6)
    why: Said | None = None if complete else said(N_("week {n} not complete: {window_count} of {need} strength sessions"),
                                                  n=n, window_count=len(window), need=need)
    if why is None and headline != Headline.PROGRESS:
        why = said(N_("today's advice is {headline}"), headline=HeadlineWord(headline))
    if why is None:
        why = pain_blocks(window, pain, today)
    if why is None:
        if n >= weeks:
            return Decision(seen, "plan-hold", _("week {weeks} of {weeks} done: the programme is complete").format(weeks=weeks))
        to = n + 1
        next_since = today if ended else monday + timedelta(days=7)
        change = Change(today, "advance", n, to, said(N_("week {n} complete ({window_count} sessions) with low pain and "
                                                         "progress advice"), n=n, window_count=len(window)))
        return Decision(replace(seen, week=to, since=next_since), "plan-advance", change.reason, change)
    if ended:
        change = Change(today, "restart", n, n, said(N_("{why}: week {n} again this week"), why=why, n=n))
        return Decision(replace(seen, since=today), "plan-hold", str(why), change)
    return Decision(seen, "plan-hold", str(why))


def programme_weeks(routine: Routine | None) -> int:
    """The programme's length: the programme routine's progression block, else the built-in's 8 weeks."""
    if routine is not None and routine.id == PROGRAMME_ROUTINE and routine.weeks:
        return routine.weeks
    return PROGRAMME_WEEKS


def routine_to_play(routine: Routine, store: KeyValueStore) -> Routine:
    """What playing ``routine`` plays: the programme routine as it is in the
    programme's current week, every other routine as written."""
    if routine.id != PROGRAMME_ROUTINE or not routine.progression:
        return routine
    return routine.for_week(load_state(store).week)


# --- the store ---------------------------------------------------------------

_STATE_KEY = "plan.programme"
_HISTORY_KEY = "plan.programme.history"


def load_state(store: KeyValueStore) -> ProgrammeState:
    try:
        raw = json.loads(store.get_setting(_STATE_KEY) or "{}")
        since = date.fromisoformat(raw["since"]) if raw.get("since") else None
        return ProgrammeState(int(raw.get("week", 1)), since, bool(raw.get("paused")), str(raw.get("last_headline", "")))
    except (ValueError, TypeError, AttributeError):
        return ProgrammeState()


def load_history(store: KeyValueStore) -> list[Change]:
    try:
        rows = json.loads(store.get_setting(_HISTORY_KEY) or "[]")
        return [Change(date.fromisoformat(r["on"]), r["action"], r["from_week"], r["to_week"], _kept_reason(r)) for r in rows]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []


def _kept_reason(row: dict[str, object]) -> Said:
    if isinstance(row.get("said"), dict):
        return Said.from_json(row["said"])  # type: ignore[arg-type]
    return Said(str(row["reason"]), literal=True)  # kept before: English, or the language of that day


def _row(change: Change) -> dict[str, object]:
    row: dict[str, object] = {"on": change.on.isoformat(), "action": change.action, "from_week": change.from_week,
                              "to_week": change.to_week, "reason": change.reason}  # fmt: skip
    if isinstance(change.said, Said):
        row["said"] = change.said.to_json()
    return row


def save(store: KeyValueStore, decision: Decision) -> None:
    """Keep the new state, and the change with its reason when there was one."""
    state = decision.state
    store.set_setting(_STATE_KEY, json.dumps({
        "week": state.week, "since": state.since.isoformat() if state.since else None,
        "paused": state.paused, "last_headline": state.last_headline,
    }))
    if decision.change is not None:
        rows = [_row(c) for c in [*load_history(store), decision.change]]
        store.set_setting(_HISTORY_KEY, json.dumps(rows))


def update(store: KeyValueStore, schedule: Schedule, sessions: Sequence[SessionRecord],
           pain: Sequence[PainEntry], headline: str, now: datetime, weeks: int = PROGRAMME_WEEKS) -> Decision:
    """Load, step and save: what the app and ``coach plan show`` call."""
    decision = step(load_state(store), schedule, sessions, pain, headline, now.date(), weeks)
    save(store, decision)
    return decision
