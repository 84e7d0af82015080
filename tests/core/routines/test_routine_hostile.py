"""Hostile routine files: huge numbers, bad text, files that are not files, heavy pictures."""

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.core.errors import RoutineError
from coach.core.paths import assets_dir
from coach.core.routines.catalog import load_catalog
from coach.core.routines.file import load_routine, parse_routine
from coach.core.routines.rules import MAX_IMAGE_BYTES
from tests.core.routine_text import TINY

NUMERIC_FIELDS = {  # field -> the text it has in TINY
    "get_ready_s": "get_ready_s: 5",
    "switch_s": "switch_s: 5",
    "duration_s": "duration_s: 30",
    "sets": "sets: 2",
    "rest_s": "rest_s: 15",
    "reps": "reps: 10",
    "tempo_s": "tempo_s: 2",
}


def problems(text: str, path: Path = Path("bad.yaml")) -> str:
    with pytest.raises(RoutineError) as caught:
        parse_routine(text.encode("utf-8", "surrogatepass"), path, assets_dir())
    message = str(caught.value)
    message.encode("utf-8")  # printable everywhere: no lone surrogate survives into a message
    assert "\x1b" not in message
    return message


@pytest.mark.parametrize("field", sorted(NUMERIC_FIELDS))
@pytest.mark.parametrize("number", ["9" * 309, "9" * 400, "-" + "9" * 400, "9" * 5000, "1" + "0" * 4300,
                                    "1.0e+999", "-1.0e+999", ".inf", "-.inf", ".nan", "1" + "0" * 400 + ".5"])  # fmt: skip
def test_a_huge_or_non_finite_number_in_any_field_is_refused_with_a_short_message(field, number):
    message = problems(TINY.replace(NUMERIC_FIELDS[field], f"{field}: {number}"))
    assert f"'{field}'" in message
    assert len(message) < 200, message
    assert "a number that is too large" in message or "nan" in message


@settings(max_examples=60, deadline=None)
@given(field=st.sampled_from(sorted(NUMERIC_FIELDS)),
       number=st.integers() | st.integers(min_value=10**300, max_value=10**320) | st.floats())  # fmt: skip
def test_any_number_either_loads_or_is_refused_cleanly(field, number):
    text = TINY.replace(NUMERIC_FIELDS[field], f"{field}: {number!r}".replace("inf", ".inf").replace("nan", ".nan"))
    try:
        routine = parse_routine(text.encode(), Path("n.yaml"), assets_dir())
    except RoutineError as error:
        assert all(p.line >= 1 for p in error.problems)
        str(error).encode("utf-8")
    else:
        assert routine.get_ready_s <= 60 and all(s.tempo_s <= 20 and s.sets <= 20 for s in routine.steps)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Tiny \\ud800 routine"', "lone surrogate"),
        ('"Tiny \\udcff"', "lone surrogate"),
        ('"\\e[31mRed\\e[0m"', "control character"),
        ('"Bell\\a"', "control character"),
        ('"Null\\0"', "control character"),
        ('"Two\\nlines"', "control character"),
        ('"C1 \\x9b31m"', "control character"),
        ('"abc\\u202edcba"', "changes how text is shown"),
        ('"\\u200b\\u200c\\u200d\\u2060\\ufeff"', "must not be empty"),
        ('"\\u200b \\u3164 \\u00a0\\u2800"', "must not be empty"),
        ('" \\t "', "control character"),
    ],
)
def test_bad_text_in_a_title_is_refused(text, expected):
    assert expected in problems(TINY.replace("title: Tiny routine", f"title: {text}"))


@pytest.mark.parametrize("where", ["name: Wall sit", "when: In tests", "summary: Two quick exercises.", "exercise: hold-it"])
def test_bad_text_is_refused_in_every_text_field(where):
    key = where.split(":")[0]
    message = problems(TINY.replace(where, f'{key}: "x\\e[2Jx\\ud800"'))
    assert f"'{key}'" in message


def test_bad_text_in_a_cue_and_in_a_key_is_refused_and_shown_escaped():
    message = problems(TINY.replace("[Rise slowly]", '["\\e[31mRise\\ud800"]'))
    assert "'cues' contains" in message
    message = problems(TINY.replace("focus: strength", 'focus: strength\n"\\e[31m\\ud800": 1'))
    assert "unknown key '\\x1b[31m\\ud800'" in message


def test_line_breaks_are_allowed_in_a_summary_and_words_in_other_scripts_everywhere():
    text = TINY.replace("summary: Two quick exercises.", "summary: |\n  Two quick\n  exercises.").replace(
        "title: Tiny routine", "title: Kniebeugen für Läufer — 日本語 🦵"
    )
    routine = parse_routine(text.encode(), Path("ok.yaml"), assets_dir())
    assert routine.summary == "Two quick\nexercises." and routine.title.endswith("🦵")


def test_an_escaped_surrogate_pair_is_one_character_and_a_lone_one_is_refused():
    routine = parse_routine(TINY.replace("Tiny routine", '"Knee \\ud83e\\uddb5"').encode(), Path("ok.yaml"), assets_dir())
    assert routine.title == "Knee 🦵"
    assert "lone surrogate" in problems(TINY.replace("Tiny routine", '"Knee \\ud83e\\ud83e"'))


def test_an_id_with_a_trailing_line_break_is_refused():
    assert "'id'" in problems(TINY.replace("id: tiny", 'id: "tiny\\n"'))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(RoutineError, match="named pipe"):
        load_routine(fifo)
    write(tmp_path, "good.yaml", TINY)
    catalog = load_catalog(tmp_path)
    assert "tiny" in catalog.routines
    assert any("named pipe" in b.message for b in catalog.broken)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_not_read(tmp_path):
    with pytest.raises(RoutineError, match="a device, not a regular file"):
        load_routine(Path("/dev/zero"))
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    write(tmp_path, "good.yaml", TINY)
    catalog = load_catalog(tmp_path)
    assert "tiny" in catalog.routines and len(catalog.broken) == 1


def test_a_folder_and_a_file_over_the_cap_are_refused(tmp_path):
    with pytest.raises(RoutineError, match="a folder"):
        load_routine(tmp_path)
    big = write(tmp_path, "big.yaml", "#" * 300_000)
    with pytest.raises(RoutineError, match="at most 256 KiB"):
        load_routine(big)


def test_a_picture_over_the_cap_is_refused_at_load(tmp_path):
    heavy = tmp_path / "heavy.svg"
    heavy.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'>" + b" " * MAX_IMAGE_BYTES + b"</svg>")
    light = tmp_path / "light.svg"
    light.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    with_image = TINY.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: {}")
    with pytest.raises(RoutineError, match="'image' 'heavy.svg' is 1.0 MB; pictures may be at most 1 MB"):
        load_routine(write(tmp_path, "a.yaml", with_image.format("heavy.svg")), assets_dir())
    assert load_routine(write(tmp_path, "b.yaml", with_image.format("light.svg")), assets_dir()).steps[1].image == light


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_picture_that_is_a_fifo_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe.svg")
    text = TINY.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: pipe.svg")
    with pytest.raises(RoutineError, match="'image' 'pipe.svg' is not a regular file"):
        load_routine(write(tmp_path, "a.yaml", text), assets_dir())


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin", reason="needs a file system that takes any bytes")
def test_a_file_name_that_is_not_utf8_is_checked_and_listed(tmp_path, capsys, data_dir):
    odd = Path(os.fsdecode(bytes(tmp_path / "routines") + b"/\xff\x1b[31m.yaml"))
    odd.parent.mkdir()
    odd.write_text(TINY.replace("title: Tiny routine", 'title: "\\ud800"'))
    good = write(odd.parent, "good.yaml", TINY)
    assert main(["routines", "check", str(odd), str(good)]) == 1
    captured = capsys.readouterr()
    assert "ok (tiny" in captured.out and "lone surrogate" in captured.err and "\x1b" not in captured.err
    assert main(["--data-dir", str(tmp_path), "routines", "list"]) == 0
    assert main(["--data-dir", str(tmp_path), "routines", "list"]) == 0  # again, from the cache
    captured = capsys.readouterr()
    assert captured.out.count("tiny") == 2 and captured.err.count("lone surrogate") == 2
