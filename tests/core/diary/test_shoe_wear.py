"""Shoe wear: each pair's own limit, the check at 60% of it, one wording everywhere."""

from datetime import date, datetime

import pytest

from coach.core.advice.advice import shoe_notes
from coach.core.advice.view import DiaryView
from coach.core.diary.records import Shoe
from coach.core.diary.shoe_wear import wear
from coach.core.errors import InputError


def pair(km: float, limit_km: float = 800.0, retired: bool = False) -> Shoe:
    return Shoe("Racer", date(2026, 1, 1), km, retired, limit_km=limit_km)


def test_the_default_limit_in_km_and_miles():
    assert wear(pair(480.0), "km").level == "ok"
    assert (wear(pair(480.5), "km").level, wear(pair(480.5), "km").status) == ("check", "Past 480 km, check their cushioning")
    assert wear(pair(800.5), "km").advice == "past 800 km, time to replace them"
    assert (wear(pair(483.0), "mi").level, wear(pair(483.0), "mi").check) == ("check", 300)  # 300.1 mi; the round 300
    assert wear(pair(900.0, retired=True), "km").status == "Retired"


def test_a_pair_of_its_own_limit_is_checked_at_60_percent_of_it():
    flat = pair(301.0, limit_km=500.0)
    assert wear(flat, "km").advice == "past 300 km, check their cushioning"
    assert wear(pair(501.0, limit_km=500.0), "km").level == "replace"
    assert wear(pair(100.0, limit_km=1000.0), "mi").limit == 621  # converted as it is


def test_the_home_note_says_what_the_shoes_window_says():
    view = DiaryView((), (), (), (pair(520.0, limit_km=500.0),), "km")
    (note,) = shoe_notes(view)
    assert note.text == 'Shoes "Racer" have 520 km: past 500 km, time to replace them. (A rule of thumb, not a study.)'


def test_a_limit_is_stored_and_refused_out_of_range(diary):
    shoe_id = diary.add_shoe(Shoe("Flat", date(2026, 1, 1), limit_km=450.0))
    assert diary.shoes()[0].limit_km == 450.0
    diary.set_shoe_limit(shoe_id, 600.0)
    assert diary.shoes()[0].limit_km == 600.0
    with pytest.raises(InputError, match="the limit must be 50 to 5000 km, not 10 km"):
        diary.set_shoe_limit(shoe_id, 10)
    with pytest.raises(InputError, match="the limit must be 50"):
        diary.add_shoe(Shoe("Toy", date(2026, 1, 1), limit_km=9000.0))
    assert diary.shoes()[0].limit_km == 600.0


def test_the_export_names_a_limit_only_when_it_is_not_the_usual_one(diary):
    import json

    from coach.core.diary import transfer

    diary.add_shoe(Shoe("Usual", date(2026, 1, 1)))
    diary.add_shoe(Shoe("Flat", date(2026, 2, 1), limit_km=450.0))
    shoes = json.loads(transfer.export_json(diary))["shoes"]
    assert "limit_km" not in shoes[0] and shoes[1]["limit_km"] == 450.0
    records = transfer.parse_text(transfer.export_json(diary), datetime(2026, 12, 1))
    assert [r.limit_km for r in records if isinstance(r, Shoe)] == [800.0, 450.0]
    csv_records = transfer.parse_text(transfer.export_csv(diary), datetime(2026, 12, 1), "diary.csv")
    assert [r.limit_km for r in csv_records if isinstance(r, Shoe)] == [800.0, 450.0]


def test_pairs_from_before_limits_keep_the_usual_800_km(data_paths, fake_clock):
    import sqlite3

    from coach.core.diary.diary import Diary
    from coach.core.diary.migrations import migrate

    data_paths.root.mkdir(parents=True)
    conn = sqlite3.connect(data_paths.diary, isolation_level=None)
    migrate(conn, target=5)
    conn.execute("INSERT INTO shoes (name, started, start_km, retired) VALUES ('Old pair', '2025-03-01', 120, 0)")
    conn.close()
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.migrated_from == 5
        assert [(s.name, s.limit_km) for s in diary.shoes()] == [("Old pair", 800.0)]
