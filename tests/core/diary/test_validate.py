"""Boundary checks and the parsers used by the command line and CSV import."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.diary import text_input, validate
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.errors import InputError
from coach.core.vocabulary import CHARACTERS, FLAGS, LOCATIONS, MOMENTS

NOW = datetime(2026, 11, 23, 18, 0)


def refused(call, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as error:
        call(*args, **kwargs)
    assert "\n" not in str(error.value), "one line per problem"
    return error.value


# -- NRS -------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10))
def test_nrs_inside_the_scale_is_accepted(value):
    assert validate.check_nrs(value, "left") == value
    assert text_input.parse_nrs(str(value), "left") == value


@given(st.integers().filter(lambda v: not 0 <= v <= 10))
def test_nrs_outside_the_scale_is_refused(value):
    error = refused(validate.check_nrs, value, "right")
    assert error.field == "right" and "0 to 10" in str(error)


@pytest.mark.parametrize("text", ["4.5", "four", "1e1", "11", "-1"])
def test_parse_nrs_refuses(text):
    assert refused(text_input.parse_nrs, text, "left").field == "left"


def test_nrs_refuses_bools_and_floats():
    refused(validate.check_nrs, True, "left")
    refused(validate.check_nrs, 4.0, "left")


def test_empty_nrs_text_means_not_rated():
    assert text_input.parse_nrs("  ", "left") is None


# -- dates -----------------------------------------------------------------------


def test_parse_datetime_forms():
    assert text_input.parse_datetime("2026-11-23") == datetime(2026, 11, 23, 12, 0)
    assert text_input.parse_datetime("2026-11-23T18:05") == datetime(2026, 11, 23, 18, 5)
    assert text_input.parse_datetime("2026-11-23 18:05:30.25") == datetime(2026, 11, 23, 18, 5, 30)
    aware = text_input.parse_datetime("2026-11-23T18:05:00+00:00")
    assert aware.tzinfo is None
    assert aware == datetime(2026, 11, 23, 18, 5, tzinfo=UTC).astimezone().replace(tzinfo=None)


@pytest.mark.parametrize("text", ["", "yesterday", "23/11/2026", "2026-13-01", "2026-11-23T25:00"])
def test_parse_datetime_refuses(text):
    error = refused(text_input.parse_datetime, text, "at")
    assert error.field == "at" and "2026-11-23" in str(error)


def test_future_dates_are_refused_with_a_minute_of_skew():
    validate.check_when(NOW + timedelta(seconds=60), NOW)
    error = refused(validate.check_when, NOW + timedelta(seconds=61), NOW)
    assert "future" in str(error) and error.field == "at"
    refused(validate.check_when, datetime(1899, 12, 31), NOW)


# -- lists and choices --------------------------------------------------------------


def test_parse_list_normalises():
    assert text_input.parse_list("Front, inside;front", LOCATIONS, "locations") == ("front", "inside")
    assert text_input.parse_list("Giving way,  cannot bear weight", FLAGS, "flags") == ("giving-way", "cannot-bear-weight")
    assert text_input.parse_list("", CHARACTERS, "characters") == ()


def test_unknown_list_value_lists_the_allowed_ones():
    error = refused(text_input.parse_list, "front,kneecap", LOCATIONS, "locations")
    assert error.field == "locations"
    assert "'kneecap'" in str(error) and ", ".join(LOCATIONS) in str(error)


def test_moment_and_status():
    assert text_input.parse_moment("After run") == "after-run"
    error = refused(text_input.parse_moment, "lunch")
    assert ", ".join(MOMENTS) in str(error)
    assert text_input.parse_status("Completed") == "completed"
    refused(text_input.parse_status, "in-progress")
    assert text_input.parse_status("in-progress", allow_in_progress=True) == "in-progress"


# -- distances and minutes ------------------------------------------------------------


def test_distance_in_km_and_miles():
    assert text_input.parse_distance("8.2") == 8.2
    assert text_input.parse_distance("8,2") == 8.2
    assert text_input.parse_distance("5", "mi") == 8.047
    assert text_input.parse_distance("26.2", "mi") == 42.165


@pytest.mark.parametrize("text", ["0", "-3", "501", "400 mi", "abc", "inf", "nan"])
def test_distance_refusals(text):
    unit = "mi" if text.endswith("mi") else "km"
    assert refused(text_input.parse_distance, text.removesuffix(" mi"), unit).field == "distance_km"


def test_minutes_forms():
    assert text_input.parse_minutes("45") == 45.0
    assert text_input.parse_minutes("52:30") == 52.5
    assert text_input.parse_minutes("1:05:30") == 65.5
    assert text_input.parse_minutes("") is None
    for text in ("-5", "0", "1:2:3:4", "abc", "3000", "99:99", "1:60:00", "0:00"):
        assert refused(text_input.parse_minutes, text).field == "minutes"


@pytest.mark.parametrize("km, minutes", [(500.0, 30.0), (50.0, 25.0), (10.0, 23.0), (5.0, 5e-324)])  # 5e-324 / 60 == 0.0
def test_a_run_faster_than_anyone_runs_is_refused_on_its_distance(km, minutes):
    (problem,) = validate.problems_run(Run(NOW, km, minutes), NOW)
    assert problem.field == "distance_km" and "faster than anyone runs" in str(problem)


def test_a_fast_but_human_run_passes():
    assert validate.problems_run(Run(NOW, 5.0, 12.6), NOW) == []  # about the 5 km record pace
    assert validate.problems_run(Run(NOW, 500.0, None), NOW) == []  # no time: nothing to compare


# -- whole records -----------------------------------------------------------------------


def test_pain_problems_lists_every_problem():
    entry = PainEntry(NOW + timedelta(days=1), "lunch", left=12, flags=("limping",), note="x" * 2001)
    fields = [p.field for p in validate.problems_pain(entry, NOW)]
    assert fields == ["at", "moment", "left", "flags", "note"]


def test_a_valid_pain_entry_passes():
    entry = PainEntry(NOW, "next-morning", right=0, locations=("back",), characters=("stiff",), note="x" * 2000)
    assert validate.problems_pain(entry, NOW) == []


def test_note_limit_message():
    error = refused(validate.check_note, "x" * 2001)
    assert "2,001" in str(error) and "2,000" in str(error)


def test_run_problems():
    assert validate.problems_run(Run(NOW, 10.0, 55.0, "Pegasus"), NOW) == []
    fields = [p.field for p in validate.problems_run(Run(NOW, 600.0, -1.0, " Pegasus"), NOW)]
    assert fields == ["distance_km", "minutes", "shoes"]


def test_session_problems():
    good = SessionRecord("knee-strength", "strength", NOW - timedelta(hours=1), "completed", 3, 6, NOW)
    assert validate.problems_session(good, NOW) == []
    bad = SessionRecord("", "strength", NOW, "finished", -1, 6, NOW - timedelta(hours=1))
    assert [p.field for p in validate.problems_session(bad, NOW)] == ["routine", "status", "ended", "steps_done"]
    over = SessionRecord("x", "strength", NOW, "completed", 7, 6)
    assert [p.field for p in validate.problems_session(over, NOW)] == ["steps_done"]


def test_shoe_problems():
    assert validate.problems_shoe(Shoe("Clifton", date(2026, 1, 1), 100.0), NOW) == []
    bad = Shoe("", date(2026, 12, 1), -5.0)
    assert [p.field for p in validate.problems_shoe(bad, NOW)] == ["name", "started", "start_km"]


def test_parse_bool_and_int():
    assert text_input.parse_bool("Yes", "retired") is True
    assert text_input.parse_bool("", "retired") is False
    refused(text_input.parse_bool, "maybe", "retired")
    assert text_input.parse_int(" 6 ", "steps_done") == 6
    refused(text_input.parse_int, "-1", "steps_done")
    refused(text_input.parse_int, "1.5", "steps_done")


def test_a_note_may_hold_line_breaks_and_tabs_but_no_terminal_escapes():
    from datetime import datetime

    from coach.core.diary import validate
    from coach.core.diary.records import PainEntry
    from coach.core.errors import InputError

    now = datetime(2026, 11, 23, 12)
    validate.check_pain(PainEntry(now, "after-run", left=2, note="stairs\nthen\tdownhill\r\n"), now)
    for bad in ("red \x1b[31mALERT", "bell\x07", "nul\x00", "csi\x9b2J"):
        with pytest.raises(InputError, match="control character"):
            validate.check_pain(PainEntry(now, "after-run", left=2, note=bad), now)


def test_refusals_say_the_number_as_it_was_typed():
    assert str(refused(text_input.parse_distance, "1e400")) == "distance '1e400' is far too large to be meant"
    assert str(refused(text_input.parse_minutes, "0")) == "minutes must be more than 0, not 0"  # not "0.0"
    assert "not a number" not in str(refused(text_input.parse_distance, "1e400"))
