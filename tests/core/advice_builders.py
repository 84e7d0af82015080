"""Diary records placed relative to one fixed "today", for the advice tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coach.core.advice.advice import advise
from coach.core.diary.records import PainEntry, Run, SessionRecord

TODAY = date(2026, 11, 23)  # a Monday


def at(days_ago: int, hour: int = 9) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour))


def pain(days_ago: int, moment: str = "other", left=None, right=None, hour: int = 9, **kw) -> PainEntry:
    return PainEntry(at=at(days_ago, hour), moment=moment, left=left, right=right, **kw)


def run(days_ago: int, km: float = 5, hour: int = 8) -> Run:
    return Run(at=at(days_ago, hour), distance_km=km)


def session(days_ago: int, focus: str = "strength", status: str = "completed", hour: int = 7) -> SessionRecord:
    return SessionRecord(routine_id=f"{focus}-basic", focus=focus, started=at(days_ago, hour), status=status)


def get(pain_entries=(), runs=(), sessions=(), shoes=(), units="km"):
    """Today's advice for these records."""
    return advise(list(pain_entries), list(runs), list(sessions), list(shoes), TODAY, units)


def ids(advice) -> list[str]:
    return [r.id for r in advice.reasons]
