"""The weekly schedule: run days, strength days and reminder times.

Stored as plain text in the diary's settings table (``plan.*`` keys), so it
travels with the data folder and needs no migration. Weekdays are 0 = Monday.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from coach.core.errors import CoachError
from coach.core.i18n import N_, _
from coach.core.settings import KeyValueStore

DAY_NAMES = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
DEFAULT_RUN_DAYS = (1, 3, 5)  # Tue, Thu, Sat
DEFAULT_STRENGTH_DAYS = (0, 3)  # Mon, Thu: twice a week, never on consecutive days
MIN_STRENGTH_PER_WEEK = 2  # ADVICE.md plan-advance: "at least 2"


@dataclass(frozen=True)
class Schedule:
    """Which weekdays are for running and for strength, and when to remind."""

    run_days: tuple[int, ...] = DEFAULT_RUN_DAYS
    strength_days: tuple[int, ...] = DEFAULT_STRENGTH_DAYS
    strength_time: time = time(18, 0)
    morning_time: time = time(8, 0)  # the next-morning knee check, the day after a run
    run_time: time = time(7, 0)

    def is_run_day(self, day: date) -> bool:
        return day.weekday() in self.run_days

    def is_strength_day(self, day: date) -> bool:
        return day.weekday() in self.strength_days

    @property
    def planned_strength(self) -> int:
        """Sessions a programme week needs: the planned days, never fewer than 2."""
        return max(MIN_STRENGTH_PER_WEEK, len(self.strength_days))


def consecutive(days: tuple[int, ...]) -> bool:
    """Do any two of these weekdays follow each other (Sunday then Monday counts)?"""
    chosen = set(days)
    return any((d + 1) % 7 in chosen for d in chosen) and len(chosen) < 7


def parse_days(text: str) -> tuple[int, ...]:
    """``"mon,thu"`` or ``"0,3"`` -> ``(0, 3)``; an empty string is no days."""
    days: set[int] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        names = [n.lower() for n in DAY_NAMES]
        if word[:3] in names:
            days.add(names.index(word[:3]))
        elif word.isdigit() and int(word) < 7:
            days.add(int(word))
        else:
            raise CoachError(_("not a weekday: {word!r} (use mon, tue, … sun)").format(word=word))
    return tuple(sorted(days))


def parse_time(text: str) -> time:
    """``"18:00"`` -> 18:00; anything else is an error the user can fix."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError as error:
        raise CoachError(_("not a time of day: {text!r} (use HH:MM)").format(text=text)) from error


def say_days(days: tuple[int, ...]) -> str:
    return ", ".join(_(DAY_NAMES[d]) for d in days) or _("none")


def validate(schedule: Schedule) -> None:
    """Strength days must not follow each other: the muscles need a day between."""
    if consecutive(schedule.strength_days):
        raise CoachError(_("strength days on consecutive days ({say_days}): leave a day between").format(
                           say_days=say_days(schedule.strength_days)))


_KEYS = ("run_days", "strength_days", "strength_time", "morning_time", "run_time")


def load_schedule(store: KeyValueStore) -> Schedule:
    """The stored schedule; anything missing or unreadable falls back to the default."""
    schedule = Schedule()
    for key in _KEYS:
        text = store.get_setting(f"plan.{key}")
        if text is None:
            continue
        try:
            value: Any = parse_days(text) if key.endswith("days") else parse_time(text)
        except CoachError:
            continue
        schedule = replace(schedule, **{key: value})
    return schedule


def save_schedule(store: KeyValueStore, schedule: Schedule) -> None:
    validate(schedule)
    store.set_setting("plan.run_days", ",".join(map(str, schedule.run_days)))
    store.set_setting("plan.strength_days", ",".join(map(str, schedule.strength_days)))
    for key in ("strength_time", "morning_time", "run_time"):
        store.set_setting(f"plan.{key}", getattr(schedule, key).strftime("%H:%M"))
