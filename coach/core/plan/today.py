"""Today's plan from the diary: what Home, the tray, ``coach plan`` and the
advice share, so they never disagree.

Reads the diary only through its public API (runs, sessions, pain entries,
settings) and today's advice; steps the programme and stores what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from coach.core.advice.advice import Advice, advice_from_diary
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.i18n import _
from coach.core.plan import programme
from coach.core.plan.ceiling import WINDOW_DAYS, Ceiling, next_run_ceiling
from coach.core.plan.schedule import Schedule, load_schedule
from coach.core.plan.week import DayCell, week_cells, week_start
from coach.core.settings import Settings

LOOKBACK_DAYS = 60  # enough for a 30-day ceiling, a programme week and a 14-day morning baseline


@dataclass(frozen=True)
class PlanToday:
    now: datetime
    schedule: Schedule
    advice: Advice
    ceiling: Ceiling
    decision: programme.Decision
    cells: tuple[DayCell, ...]
    units: str = "km"
    weeks: int = programme.PROGRAMME_WEEKS  # the programme's length

    @property
    def week(self) -> int:
        return self.decision.state.week

    def lines(self) -> list[str]:
        """The today line(s) Home and the tray show; no pain scores in them."""
        today = self.now.date()
        out = []
        if self.schedule.is_run_day(today):
            out.append(_("Run day: warm-up first · {short}").format(short=self.ceiling.short(self.units)))
        if self.schedule.is_strength_day(today):
            text = _("Strength day: knee strength, week {week} of {weeks} (paused)") if self.decision.state.paused else _(
                "Strength day: knee strength, week {week} of {weeks}")
            out.append(text.format(week=self.week, weeks=self.weeks))
        return out or [_("Rest day")]


def plan_today(diary: Any, now: datetime, store: bool = True, advice: Advice | None = None,
               weeks: int = programme.PROGRAMME_WEEKS) -> PlanToday:
    """Everything about today's plan; with ``store``, the programme step is saved.
    ``advice`` is today's advice when the caller has it already (Home does), so
    a diary change computes it once; ``weeks`` is the programme's length
    (``programme.programme_weeks`` of the catalog's programme routine)."""
    today = now.date()
    units = Settings(diary).get("units")  # km or mi, checked as the setting is read
    if advice is None:
        advice = advice_from_diary(diary, today, units)
    since = min(today - timedelta(days=LOOKBACK_DAYS), week_start(today) - timedelta(days=WINDOW_DAYS))
    runs = diary.runs(since=since)
    sessions = diary.sessions(since=since)
    pain = diary.pain_entries(since=since)
    schedule = load_schedule(diary)
    if store:
        decision = programme.update(diary, schedule, sessions, pain, advice.headline, now, weeks)
    else:
        decision = programme.step(programme.load_state(diary), schedule, sessions, pain, advice.headline, today,
                                   weeks)
    return PlanToday(now, schedule, advice, next_run_ceiling(runs, today, advice.headline), decision,
                     week_cells(schedule, runs, sessions, today, _first_record(runs, sessions, pain, today)), units,
                     weeks)


def _first_record(runs: Sequence[Run], sessions: Sequence[SessionRecord], pain: Sequence[PainEntry], today: date) -> date:
    """The first day the diary (as read, a bounded window) knows of; today when it is empty."""
    days = [r.at.date() for r in runs] + [s.started.date() for s in sessions] + [p.at.date() for p in pain]
    return min([*days, today])
