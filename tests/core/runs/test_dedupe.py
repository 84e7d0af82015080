"""The same run twice: start within 60 s and distance within 2%."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coach.core.runs.dedupe import Ledger, Logged, same_run
from coach.core.runs.preview import LOGGED, NEW, build_preview
from tests.runs_fixtures.text_files import laps_tcx

AT = datetime(2026, 11, 20, 7, 0)


@pytest.mark.parametrize("seconds, km, same", [(0, 10.0, True), (60, 10.0, True), (61, 10.0, False), (-60, 10.19, True),
                                               (30, 10.21, False), (30, 9.81, True), (30, 9.79, False)])  # fmt: skip
def test_window(seconds, km, same):
    assert same_run(Logged(AT, 10.0), Logged(AT + timedelta(seconds=seconds), km)) is same


def test_ledger_finds_a_neighbour_among_many():
    ledger = Ledger(Logged(AT + timedelta(hours=h), 5 + h % 7) for h in range(0, 2000, 7))
    assert ledger.find(Logged(AT + timedelta(hours=700, seconds=-50), 5 + 700 % 7)) is not None
    assert ledger.find(Logged(AT + timedelta(hours=700, seconds=-70), 5 + 700 % 7)) is None


def test_a_typed_run_is_not_doubled(tmp_path):
    (tmp_path / "a.tcx").write_bytes(laps_tcx(datetime(2026, 11, 20, 7, 0, 40, tzinfo=UTC), [5.05], 30))
    rows = build_preview([tmp_path], [Logged(AT, 5.0)], datetime(2026, 12, 1), zone=UTC)
    assert [row.status for row in rows] == [LOGGED]


def test_the_same_run_twice_in_one_import_counts_once(tmp_path):
    (tmp_path / "a.tcx").write_bytes(laps_tcx(datetime(2026, 11, 20, 7, tzinfo=UTC), [5], 30))
    (tmp_path / "b.tcx").write_bytes(laps_tcx(datetime(2026, 11, 20, 7, tzinfo=UTC), [5], 30))
    rows = build_preview([tmp_path], [], datetime(2026, 12, 1), zone=UTC)
    assert [row.status for row in rows] == [NEW, LOGGED]
