"""Advice from the bounded reads (the last 42 days + two aggregates) equals advice from every row."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from coach.core.advice.advice import LOOKBACK_DAYS, advice_from_diary, advice_from_everything
from coach.core.clock import FakeClock
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.paths import DataPaths
from coach.core.vocabulary import FLAGS, LOCATIONS, MOMENTS, SESSION_STATUSES

END = date(2026, 11, 23)


def varied_records(rng: random.Random, first: date, last: date) -> list[object]:
    """Bursts of heavy and light use with long gaps: every rule gets a chance to fire."""
    shoes = [Shoe(f"Pair {n}", first + timedelta(days=n * 200), rng.choice((0.0, 300.0, 700.0))) for n in range(4)]
    records: list[object] = list(shoes)
    day, mood = first, 2
    while day <= last:
        if rng.random() < 0.03:  # a gap of weeks: "no recent entries", a fresh six weeks
            day += timedelta(days=rng.randint(10, 90))
            continue
        if rng.random() < 0.1:
            mood = rng.randint(0, 8)
        moment = datetime.combine(day, datetime.min.time())
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            left = rng.choice((None, max(0, min(10, mood + rng.randint(-2, 2)))))
            right = rng.choice((left, rng.randint(0, 10))) if left is not None else rng.randint(0, 10)
            records.append(PainEntry(moment.replace(hour=rng.randint(5, 22)), rng.choice(MOMENTS), left, right,
                                     tuple(rng.sample(LOCATIONS, rng.randint(0, 2))), (),
                                     tuple(rng.sample(FLAGS, 1)) if rng.random() < 0.02 else ()))  # fmt: skip
        if rng.random() < 0.6:
            km = round(rng.uniform(2, 12) * (1.6 if rng.random() < 0.1 else 1), 2)
            pair = rng.choice([s.name for s in shoes if s.started <= day] or [None])
            records.append(Run(moment.replace(hour=rng.randint(6, 20)), km, None, pair))
        if rng.random() < 0.45:
            begun = moment.replace(hour=rng.randint(6, 21))
            records.append(SessionRecord("r", rng.choice(("strength", "warm-up", "care", "cool-down")), begun,
                                         rng.choice(SESSION_STATUSES), 4, 8, begun + timedelta(minutes=15)))  # fmt: skip
        day += timedelta(days=1)
    return records


@pytest.fixture(scope="module")
def varied_diary(tmp_path_factory):
    rng = random.Random(11)
    paths = DataPaths(tmp_path_factory.mktemp("bounded") / "data")
    with Diary.open(paths, FakeClock(wall=datetime.combine(END, datetime.min.time()).replace(hour=23))) as diary:
        diary.add_many(varied_records(rng, END - timedelta(days=4 * 365), END))
        yield diary


def test_bounded_advice_equals_advice_from_every_row(varied_diary):
    rng = random.Random(5)
    first = END - timedelta(days=4 * 365 + 10)  # from before the first entry: start, first six weeks
    days = sorted({first + timedelta(days=rng.randint(0, (END - first).days)) for _ in range(220)})
    days += [first + timedelta(days=n) for n in range(0, 60, 3)]  # the start and the 42-day edge
    seen = set()
    for today in days:
        for units in ("km", "mi"):
            bounded = advice_from_diary(varied_diary, today, units)
            assert bounded == advice_from_everything(varied_diary, today, units), today
            seen.update(r.id for r in bounded.reasons)
            seen.update(n.id for n in bounded.notes)
    # the comparison meant something: most rules fired somewhere in it
    assert {"start", "not-improving", "red-flag", "weekly-jump", "long-run-spike", "all-clear", "shoes"} <= seen


def test_bounded_reads_ask_only_for_the_recent_window(varied_diary, monkeypatch):
    asked = {}
    for name in ("pain_entries", "runs", "sessions"):
        real = getattr(Diary, name)

        def spy(self, since=None, _real=real, _name=name):
            asked[_name] = since
            return _real(self, since=since)

        monkeypatch.setattr(Diary, name, spy)
    advice_from_diary(varied_diary, END, "km")
    assert asked == dict.fromkeys(("pain_entries", "runs", "sessions"), END - timedelta(days=LOOKBACK_DAYS - 1))


def test_facts_from_before_the_window(tmp_path):
    with Diary.open(DataPaths(tmp_path / "d"), FakeClock(wall=datetime(2026, 11, 23, 12))) as diary:
        assert diary.advice_facts(END) == (None, False)
        diary.add_run(Run(datetime(2020, 1, 1, 8), 5.0))
        diary.add_pain(PainEntry(datetime(2022, 5, 6, 8), "other", left=2))
        assert diary.advice_facts(END) == (date(2022, 5, 6), True)
        assert diary.advice_facts(date(2020, 6, 1)) == (None, True)  # later entries do not count yet
