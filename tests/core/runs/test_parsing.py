"""Each format gives start, distance, moving time, sport and what else it has."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from coach.core.runs.fit import parse_fit
from coach.core.runs.gpx import parse_gpx
from coach.core.runs.limits import Limits
from coach.core.runs.preview import candidates
from coach.core.runs.tcx import parse_tcx
from tests.runs_fixtures.fit_writer import crc16, garmin_run
from tests.runs_fixtures.text_files import StravaActivity, laps_tcx, phone_gpx, strava_zip

T0 = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


def test_fit_crc_matches_the_published_check_value():
    # The FIT CRC is CRC-16/ARC: "123456789" gives 0xBB3D.
    assert crc16(b"123456789") == 0xBB3D


def test_garmin_fit_uses_the_session_totals():
    run = parse_fit(garmin_run(T0, 10.0, 50.0, laps=4), "a.fit")
    assert run.start == T0
    assert run.distance_m == pytest.approx(10_000)
    assert run.moving_s == pytest.approx(3000)  # the timer time, not the 30 s longer elapsed time
    assert (run.sport, run.avg_hr, run.elevation_m) == ("run", 148, 42)
    assert run.device and run.device.startswith("garmin")


@pytest.mark.parametrize("sub, sport", [("trail", "trail"), ("treadmill", "treadmill"), ("generic", "run")])
def test_fit_sub_sports_of_running(sub, sport):
    assert parse_fit(garmin_run(T0, 5, 30, sub_sport=sub), "x").sport == sport


def test_fit_cycling_is_not_a_run():
    run = parse_fit(garmin_run(T0, 30, 60, sport="cycling"), "x")
    assert run.sport == "cycling" and not run.running


def test_phone_gpx_distance_and_time_from_the_track():
    run = parse_gpx(phone_gpx(T0, 5.0, 30.0), "b.gpx")
    assert run.start == T0
    assert run.distance_m == pytest.approx(5000, rel=0.01)
    assert run.moving_s == pytest.approx(1800, rel=0.05)
    assert run.avg_hr == 150 and run.device == "StravaGPX Android" and run.sport == "run"


def test_multi_lap_tcx_sums_its_laps():
    run = parse_tcx(laps_tcx(T0, [1.0, 1.0, 1.5, 2.0], 5.0), "c.tcx")
    assert run.distance_m == pytest.approx(5500)
    assert run.moving_s == pytest.approx(1200)
    assert run.avg_hr == pytest.approx(147.5)
    assert run.elevation_m == pytest.approx(12)
    assert run.device == "Forerunner 255"


def test_tcx_biking_is_not_a_run():
    assert parse_tcx(laps_tcx(T0, [10], 20, sport="Biking"), "x").sport == "biking"


def test_gzipped_files_are_read(tmp_path):
    (tmp_path / "a.fit.gz").write_bytes(gzip.compress(garmin_run(T0, 8, 40)))
    (tmp_path / "b.tcx.gz").write_bytes(gzip.compress(laps_tcx(T0, [3], 15)))
    found = dict(candidates([tmp_path], Limits()))
    assert sorted(run.distance_m for run in found.values()) == [pytest.approx(3000), pytest.approx(8000)]


def test_strava_zip_takes_gear_and_sport_from_the_csv(tmp_path):
    archive = tmp_path / "export.zip"
    archive.write_bytes(strava_zip([
        StravaActivity(T0, 8, 44, gear="Pegasus 40"),
        StravaActivity(T0.replace(day=21), 6, 33, fmt="gpx"),
        StravaActivity(T0.replace(day=22), 12, 70, kind="Trail Run", fmt="tcx.gz"),
        StravaActivity(T0.replace(day=23), 20, 50, kind="Ride", fmt=""),
    ]))  # fmt: skip
    found = list(candidates([archive], Limits()))
    runs = [run for _, run in found]
    assert [run.sport for run in runs] == ["run", "run", "trail", "ride"]  # type: ignore[union-attr]
    assert runs[0].gear == "Pegasus 40"  # type: ignore[union-attr]
    assert runs[3].distance_m == pytest.approx(20_000)  # type: ignore[union-attr]  the CSV row alone
