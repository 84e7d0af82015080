"""next-run-ceiling at its edges: 2 vs 3 runs, the 30-day window, today's run, no-run headlines."""

from datetime import date, datetime, timedelta

import pytest

from coach.core.diary.records import Run
from coach.core.plan.ceiling import next_run_ceiling

TODAY = date(2026, 11, 23)


def run(days_ago: int, km: float) -> Run:
    return Run(at=datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(hour=8), distance_km=km)


def test_three_runs_give_ten_percent_over_the_longest():
    ceiling = next_run_ceiling([run(1, 5), run(3, 10.5), run(10, 8)], TODAY, "progress")
    assert ceiling.state == "ceiling"
    assert ceiling.km == pytest.approx(11.55)
    assert ceiling.text() == "Keep today's run under 11.6 km"
    assert ceiling.short() == "keep it under 11.6 km"


def test_exactly_two_runs_is_no_ceiling_yet():
    ceiling = next_run_ceiling([run(1, 5), run(3, 10)], TODAY, "progress")
    assert ceiling.state == "none-yet" and ceiling.km is None
    assert ceiling.text().startswith("No ceiling yet")


def test_day_30_counts_and_day_31_does_not():
    inside = next_run_ceiling([run(30, 20), run(2, 5), run(1, 5)], TODAY, "hold")
    assert inside.km == pytest.approx(22.0)
    outside = next_run_ceiling([run(31, 20), run(2, 5), run(1, 5)], TODAY, "hold")
    assert outside.state == "none-yet"


def test_todays_run_is_not_before_today():
    ceiling = next_run_ceiling([run(0, 30), run(2, 5), run(1, 5)], TODAY, "progress")
    assert ceiling.state == "none-yet"


@pytest.mark.parametrize("headline", ["back-off", "see-clinician"])
def test_no_run_today_on_back_off_and_see_clinician(headline):
    ceiling = next_run_ceiling([run(1, 5), run(3, 10), run(10, 8)], TODAY, headline)
    assert ceiling.state == "no-run-today" and ceiling.km is None
    assert ceiling.text() == "No run today"


def test_miles():
    ceiling = next_run_ceiling([run(1, 10), run(3, 10), run(10, 10)], TODAY, "progress")
    assert ceiling.text("mi") == "Keep today's run under 6.8 mi"


# --- the series History's runs chart draws ---------------------------------------------

def test_the_series_agrees_with_the_ceiling_of_every_day():
    import random

    from coach.core.plan.ceiling import ceiling_series

    rng = random.Random(14)
    runs = [run(d, round(rng.uniform(3, 16), 2)) for d in range(200, 0, -1) if rng.random() < 0.4]
    first, last = TODAY - timedelta(days=210), TODAY
    spans = ceiling_series(runs, first, last)
    by_day = {}
    for span in spans:
        assert span.start <= span.end
        for k in range((span.end - span.start).days + 1):
            by_day[span.start + timedelta(days=k)] = (span.km, span.longest_km)
    for k in range((last - first).days + 1):
        day = first + timedelta(days=k)
        ceiling = next_run_ceiling(runs, day, "progress")
        assert by_day.get(day) == ((ceiling.km, ceiling.longest_km) if ceiling.km is not None else None), day
    assert all(a.end < b.start for a, b in zip(spans, spans[1:], strict=False))
    assert len(spans) < len(by_day)  # equal days are merged into spans


def test_the_series_starts_on_the_day_after_the_third_run_and_merges_equal_days():
    from coach.core.plan.ceiling import CeilingSpan, ceiling_series

    runs = [run(40, 5), run(38, 10), run(36, 8)]  # the third run 36 days ago
    spans = ceiling_series(runs, TODAY - timedelta(days=60), TODAY)
    # from the day after the third run until the first run leaves the 30 days (30 days after it)
    assert spans == (CeilingSpan(TODAY - timedelta(days=35), TODAY - timedelta(days=10), 11.0, 10.0),)
    assert ceiling_series(runs[:2], TODAY - timedelta(days=60), TODAY) == ()
    assert ceiling_series([], TODAY - timedelta(days=60), TODAY) == ()
