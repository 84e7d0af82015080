"""Bad input: each refused with a sentence, nothing written."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime

import pytest

from coach.core.runs.limits import Limits
from coach.core.runs.preview import NEW, UNREADABLE, build_preview
from tests.runs_fixtures.fit_writer import garmin_run
from tests.runs_fixtures.text_files import laps_tcx, phone_gpx

T0 = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
NOW = datetime(2026, 12, 1, 12, 0)


def one(path, limits=None):
    rows = build_preview([path], [], NOW, limits=limits, zone=UTC)
    assert len(rows) == 1, rows
    return rows[0]


def refused(path, words, limits=None):
    row = one(path, limits)
    assert row.status == UNREADABLE, row
    assert words in row.why, row.why
    return row


def test_truncated_fit(tmp_path):
    (tmp_path / "a.fit").write_bytes(garmin_run(T0, 10, 50)[:-40])
    refused(tmp_path / "a.fit", "truncated")


def test_crc_broken_fit(tmp_path):
    data = bytearray(garmin_run(T0, 10, 50))
    data[-3] ^= 0xFF  # a byte of the session, not the CRC itself
    (tmp_path / "a.fit").write_bytes(bytes(data))
    refused(tmp_path / "a.fit", "checksum")


def test_not_a_fit(tmp_path):
    (tmp_path / "a.fit").write_bytes(b"hello, this is text" * 5)
    assert one(tmp_path / "a.fit").status == UNREADABLE


def test_gpx_entity_bomb(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&b;</name></trk></gpx>')  # fmt: skip
    (tmp_path / "bomb.gpx").write_text(bomb)
    refused(tmp_path / "bomb.gpx", "entity bomb")


def test_gpx_external_entity(tmp_path):
    xxe = ('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&x;</name></trk></gpx>')  # fmt: skip
    (tmp_path / "xxe.gpx").write_text(xxe)
    row = refused(tmp_path / "xxe.gpx", "entit")
    assert "root:" not in row.why


def test_tcx_not_xml(tmp_path):
    (tmp_path / "a.tcx").write_text("{ this is json, not xml }")
    refused(tmp_path / "a.tcx", "not XML")


def test_gpx_without_timestamps(tmp_path):
    (tmp_path / "a.gpx").write_bytes(phone_gpx(T0, 5, 30, times=False))
    refused(tmp_path / "a.gpx", "without timestamps")


def _zip(path, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in entries:
            archive.writestr(name, data)


def test_zip_bomb_by_ratio(tmp_path):
    _zip(tmp_path / "bomb.zip", [("activities/1.gpx", b"\0" * 5_000_000)])
    refused(tmp_path / "bomb.zip", "zip bomb")


def test_zip_bomb_by_entry_count(tmp_path):
    _zip(tmp_path / "many.zip", [(f"activities/{i}.gpx", b"x") for i in range(60)], zipfile.ZIP_STORED)
    refused(tmp_path / "many.zip", "60 entries", Limits(zip_entries=50))


@pytest.mark.parametrize("name", ["../../evil.fit", "/etc/evil.fit", "activities/../../x.fit"])
def test_zip_path_traversal(tmp_path, name):
    _zip(tmp_path / "t.zip", [("activities/ok.fit", garmin_run(T0, 5, 30)), (name, garmin_run(T0, 5, 30))])
    refused(tmp_path / "t.zip", "outside the archive")


def test_500_mb_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.fit"
    with open(big, "wb") as handle:
        handle.truncate(500 * 2**20)  # sparse: no disk used
    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    refused(big, "500.0 MB")
    assert reads == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo(tmp_path):
    os.mkfifo(tmp_path / "pipe.fit")
    refused(tmp_path / "pipe.fit", "FIFO")


@pytest.mark.parametrize("start, words", [
    (datetime(1970, 1, 1, tzinfo=UTC), "before 2000"),
    (datetime(2027, 3, 1, tzinfo=UTC), "in the future"),
])  # fmt: skip
def test_start_out_of_time(tmp_path, start, words):
    (tmp_path / "a.tcx").write_bytes(laps_tcx(start, [5], 30))
    refused(tmp_path / "a.tcx", words)


def test_fit_from_1989_epoch(tmp_path):
    (tmp_path / "a.fit").write_bytes(garmin_run(datetime(1990, 1, 1, tzinfo=UTC), 5, 30))
    refused(tmp_path / "a.fit", "clock was not set")


@pytest.mark.parametrize("km, minutes, words", [(0, 30, "0 m"), (5, 0, "0 s"), (10, 5, "faster than any human")])
def test_impossible_values(tmp_path, km, minutes, words):
    (tmp_path / "a.tcx").write_bytes(laps_tcx(T0, [km], minutes))
    refused(tmp_path / "a.tcx", words)


def test_a_good_file_next_to_bad_ones_is_still_new(tmp_path):
    (tmp_path / "good.tcx").write_bytes(laps_tcx(T0, [5], 30))
    (tmp_path / "bad.tcx").write_bytes(b"<nope")
    rows = build_preview([tmp_path], [], NOW, zone=UTC)
    assert sorted(r.status for r in rows) == [NEW, UNREADABLE]


def test_unknown_file_type(tmp_path):
    (tmp_path / "notes.txt").write_text("hi")
    refused(tmp_path / "notes.txt", "not a FIT, GPX or TCX")




def test_gzip_bomb_stops_at_the_cap(tmp_path):
    import gzip

    (tmp_path / "a.fit.gz").write_bytes(gzip.compress(b"\0" * 3_000_000))
    refused(tmp_path / "a.fit.gz", "inflates to more than 1 MB", Limits(inflated_bytes=2**20))


def test_a_refused_import_writes_nothing(tmp_path):
    from coach.core.clock import FakeClock
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths
    from coach.core.runs import importer

    (tmp_path / "bad.fit").write_bytes(garmin_run(T0, 10, 50)[:-10])
    (tmp_path / "ride.fit").write_bytes(garmin_run(T0, 40, 80, sport="cycling"))
    with Diary.open(DataPaths(tmp_path / "data"), FakeClock(wall=NOW)) as diary:
        rows = build_preview([tmp_path / "bad.fit", tmp_path / "ride.fit"], importer.logged(diary), NOW)
        assert importer.import_rows(diary, rows) == (0, 0)
        assert diary.runs() == []
        assert diary._conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
