"""Which reminders are due now: a strength day at its time, the knee check the
morning after a run day. Words only from the plan, never a pain score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from coach.core.i18n import _
from coach.core.plan.schedule import Schedule

GRACE = timedelta(hours=2)  # a reminder missed by more than this (laptop asleep) is not shown late


@dataclass(frozen=True)
class Reminder:
    key: str  # unique per day and kind, so each is shown once
    title: str
    text: str


def due_reminders(schedule: Schedule, now: datetime, week: int, weeks: int, ran_yesterday: bool) -> list[Reminder]:
    """Reminders whose time has come today and is at most ``GRACE`` ago."""
    today = now.date()
    due = []
    morning = datetime.combine(today, schedule.morning_time)
    if (schedule.is_run_day(today - timedelta(days=1)) or ran_yesterday) and morning <= now < morning + GRACE:
        due.append(Reminder(f"{today}-morning", _("Knee check"), _("How is your knee this morning?")))
    strength = datetime.combine(today, schedule.strength_time)
    if schedule.is_strength_day(today) and strength <= now < strength + GRACE:
        text = _("Strength day: knee strength, week {week} of {weeks}").format(week=week, weeks=weeks)
        due.append(Reminder(f"{today}-strength", _("Strength day"), text))
    run = datetime.combine(today, schedule.run_time)
    if schedule.is_run_day(today) and run <= now < run + GRACE:
        due.append(Reminder(f"{today}-run", _("Run day"), _("Run day: warm-up first")))
    return due
