"""Hostile imports and export targets: a located refusal and exit 1, never a traceback or a lost file."""

from __future__ import annotations

import errno
import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.core import safe_write
from coach.core.diary import transfer
from coach.core.errors import InputError

NOW = datetime(2026, 11, 25, 12, 0)
PAIN = {"at": "2026-11-23T08:00:00", "moment": "after-run", "left": 2}
RUN = {"at": "2026-11-23T08:00:00", "distance_km": 8.0, "minutes": 45.0}
SESSION = {"routine": "knee-strength", "status": "completed", "started": "2026-11-23T08:00:00", "steps_done": 3, "steps_total": 5}
CSV_HEAD = "type,at,moment,left,right,note\n"


def refusal(text: str) -> str:
    with pytest.raises(InputError) as caught:
        transfer.parse_text(text, NOW)
    message = str(caught.value)
    assert "nothing was imported" in message
    message.encode("utf-8")
    assert all(len(line) <= 400 for line in message.splitlines()), message[:500]
    return message


def json_with(kind: str, item: dict, key: str, raw: str) -> str:
    """An export whose ``key`` holds ``raw`` JSON text (a number json.dumps would refuse to write)."""
    text = json.dumps({kind: [{**item, key: "@@"}]}, indent=1)
    return text.replace('"@@"', raw)


NUMBER_KEYS = [("pain", PAIN, "left"), ("pain", PAIN, "right"), ("runs", RUN, "distance_km"), ("runs", RUN, "minutes"),
               ("sessions", SESSION, "steps_done"), ("sessions", SESSION, "steps_total")]  # fmt: skip


@pytest.mark.parametrize(("kind", "item", "key"), NUMBER_KEYS)
@pytest.mark.parametrize(
    "raw", ["9" * 5000, "-" + "9" * 4301, "9" * 400, "1e999", "-1e999", "1" + "0" * 400 + ".5", "Infinity", "NaN"]
)
def test_a_json_number_no_field_can_hold_is_refused_on_its_line(kind, item, key, raw):
    message = refusal(json_with(kind, item, key, raw))
    assert f"line 3: {kind}[1]: {key}:" in message


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(NUMBER_KEYS), st.integers() | st.integers(10**300, 10**5000) | st.floats())
def test_any_json_number_is_imported_or_refused_cleanly(spot, number):
    kind, item, key = spot
    raw = repr(number) if isinstance(number, float) else "9" * 5000 if number > 10**4000 else str(number)
    raw = {"inf": "Infinity", "-inf": "-Infinity", "nan": "NaN"}.get(raw, raw)
    try:
        records = transfer.parse_text(json_with(kind, item, key, raw), NOW)
    except InputError as error:
        assert "nothing was imported" in str(error) and len(str(error)) < 600
    else:
        assert len(records) == 1


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_json_nested_thousands_deep_is_refused(depth):
    assert "nested too deeply" in refusal('{"pain": ' + "[" * depth + "]" * depth + "}")
    assert "nested too deeply" in refusal("\n" + "[" * depth + "]" * depth)


def test_a_value_nested_a_few_hundred_deep_is_refused_briefly():
    message = refusal(json_with("pain", PAIN, "note", "[" * 500 + "]" * 500))
    assert "line 3: pain[1]: note: expected text" in message


def test_csv_unterminated_quote_is_refused_on_the_line_it_opens():
    message = refusal(CSV_HEAD + "pain,2026-11-23T08:00,after-run,1,,fine\npain,2026-11-23T09:00,after-run,1,,\"oops\nmore\n")
    assert 'line 3: row: a quoted cell is never closed' in message


def test_csv_cell_over_the_csv_limit_is_refused_and_later_rows_still_checked():
    rows = "pain,2026-11-23T08:00,after-run,1,," + "a" * 140_000 + "\npain,2026-11-23T09:00,after-run,99,,\n"
    message = refusal(CSV_HEAD + rows)
    assert "line 2: row: a cell is longer than 131,072 characters" in message
    assert "line 3: left: left knee pain must be from 0 to 10" in message


@pytest.mark.parametrize(("column", "size"), [("left", 5000), ("moment", 100_000)])
def test_csv_overlong_cells_are_refused_by_length(column, size):
    cells = {"at": "2026-11-23T08:00", "moment": "after-run", "left": "1", "right": "", "note": ""}
    cells[column] = "9" * size
    message = refusal(CSV_HEAD + "pain," + ",".join(cells[k] for k in ("at", "moment", "left", "right", "note")) + "\n")
    assert f"line 2: {column}: is {size:,} characters long" in message


def test_a_note_at_its_limit_survives_the_csv_formula_guard_and_one_over_is_refused():
    note = "=" + "a" * 1999  # exported as '=aaa…: 2,001 characters in the cell
    cells = f"pain,2026-11-23T08:00,after-run,1,,'{note}\n"
    assert len(transfer.parse_text(CSV_HEAD + cells, NOW)) == 1
    assert "note is 2,001 characters long" in refusal(CSV_HEAD + cells.replace("=", "==", 1))


def test_long_json_text_is_refused_by_length_before_anything_quotes_it():
    session = {**SESSION, "focus": "x" * 200_000}
    refused = refusal(json.dumps({"sessions": [session]}, indent=0))
    assert "line 3: sessions[1]: focus: is 200,000 characters long; the limit is 200" in refused


def test_keys_and_values_that_are_not_text_are_shown_escaped():
    message = refusal(json.dumps({"pain": [{**PAIN, "\x1b[31m\ud800": 1}]}))
    assert "\\x1b[31m\\ud800: unknown key" in message


@pytest.fixture
def coach(capsys, data_dir):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_import_from_a_fifo_and_export_to_one_are_refused_without_waiting(coach, tmp_path):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    code, _, err = coach("diary", "import", str(pipe))
    assert code == 1 and "is a named pipe (FIFO), not a regular file — nothing was imported" in err
    code, _, err = coach("diary", "export", "-o", str(pipe))
    assert code == 1 and "is a named pipe (FIFO), not a regular file" in err
    assert Path(pipe).is_fifo()  # not replaced by a regular file
    report = tmp_path / "report.pdf"
    os.mkfifo(report)
    code, _, err = coach("report", "-o", str(report))
    assert code == 1 and "is a named pipe (FIFO), not a regular file" in err and report.is_fifo()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_import_from_dev_zero_is_refused_not_read(coach):
    code, _, err = coach("diary", "import", "/dev/zero")
    assert code == 1 and "is a device, not a regular file" in err


def test_export_to_a_folder_or_a_dangling_link_is_refused_and_a_link_to_a_file_is_written_through(coach, tmp_path):
    code, _, err = coach("diary", "export", "-o", str(tmp_path))
    assert code == 1 and "is a folder, not a regular file" in err
    (tmp_path / "nowhere.json").symlink_to(tmp_path / "missing" / "x.json")
    code, _, err = coach("diary", "export", "-o", str(tmp_path / "nowhere.json"))
    assert code == 1 and "is a link to nothing" in err
    real = tmp_path / "real.json"
    real.write_text("old")
    (tmp_path / "link.json").symlink_to(real)
    assert coach("diary", "export", "-o", str(tmp_path / "link.json"))[0] == 0
    assert (tmp_path / "link.json").is_symlink() and json.loads(real.read_text())["format"] == "prehab-coach-diary"


def test_a_special_file_is_never_replaced(tmp_path, monkeypatch):
    """As root, rename over /dev/full made it a regular file. A character device
    is faked here (a test must never touch a real one): its mode says what it is."""
    target = tmp_path / "full"
    target.write_text("")
    real_stat = os.stat

    def device_stat(path, *args, **kwargs):
        status = real_stat(path, *args, **kwargs)
        if Path(path) == target:
            return os.stat_result((0o20666, *tuple(status)[1:]))
        return status

    monkeypatch.setattr(safe_write.os, "stat", device_stat)
    with pytest.raises(InputError, match="is a device, not a regular file"):
        safe_write.write_atomically(target, "text")
    assert target.read_text() == ""


def test_a_full_disk_says_so_and_leaves_the_old_file(coach, tmp_path, monkeypatch):
    target = tmp_path / "export.json"
    target.write_text("old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    code, _, err = coach("diary", "export", "-o", str(target))
    assert code == 1 and "the disk is full" in err
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["data", "export.json"]


def test_a_file_name_too_long_says_so(coach, tmp_path):
    code, _, err = coach("diary", "export", "-o", str(tmp_path / ("a" * 300 + ".json")))
    assert code == 1 and "the file name is too long" in err
