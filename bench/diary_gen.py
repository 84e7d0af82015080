"""Years of realistic diary for the benches: made through the Diary API, in one transaction.

A runner's daily use: a run on most days (4-16 km, new shoes every ~300 days, the
older pairs retired), one or two pain entries a day (after the run and the
morning after, now and then a flag or a note), three routine sessions a week.
Seeded, so every bench run measures the same diary.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

SHOE_DAYS = 300


def diary_records(years: int, today: date, seed: int = 20261123) -> list[object]:
    """The records of ``years`` years of use ending yesterday evening (none after ``today``)."""
    from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe

    rng = random.Random(seed)
    days = round(365.25 * years)
    first = today - timedelta(days=days)
    pairs = max(1, -(-days // SHOE_DAYS))
    shoes = [Shoe(f"Pair {n + 1}", first + timedelta(days=n * SHOE_DAYS), 0.0, retired=n < pairs - 2)
             for n in range(pairs)]  # fmt: skip
    records: list[object] = list(shoes)
    for d in range(days):
        day = datetime.combine(first + timedelta(days=d), datetime.min.time())
        ran = rng.random() < 0.8  # a run most days
        if ran:
            km = round(rng.uniform(4, 16), 2)
            pair = shoes[min(d // SHOE_DAYS, pairs - 1)].name
            records.append(Run(day.replace(hour=18), km, round(km * rng.uniform(4.5, 7), 1), pair))
            records.append(PainEntry(day.replace(hour=19), "after-run", rng.randint(0, 4), rng.randint(0, 3),
                                     ("front",) if rng.random() < 0.2 else (),
                                     note="stairs" if rng.random() < 0.05 else ""))  # fmt: skip
        if not ran or rng.random() < 0.5:  # one or two entries a day
            records.append(PainEntry(day.replace(hour=7), "next-morning", rng.randint(0, 3), rng.randint(0, 3),
                                     flags=("swelling",) if rng.random() < 0.005 else ()))  # fmt: skip
        if d % 7 in (0, 2, 4):  # three sessions a week
            focus = rng.choice(("strength", "strength", "warm-up", "care"))
            begun = day.replace(hour=rng.choice((7, 8, 17)))
            status = "completed" if rng.random() < 0.9 else "partial"
            records.append(SessionRecord(f"{focus}-routine", focus, begun, status, 8, 8,
                                         begun + timedelta(minutes=20)))  # fmt: skip
    return records


def build_diary(root: Path, years: int, today: date) -> Counter:
    """A diary of ``years`` years in the data folder ``root``; returns the counts written."""
    from coach.core.clock import FakeClock
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths

    now = datetime.combine(today, datetime.min.time()).replace(hour=6)
    with Diary.open(DataPaths(root), FakeClock(wall=now)) as diary:
        added, _ = diary.add_many(diary_records(years, today))
    return added
