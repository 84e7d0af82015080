"""Every diary input path with hostile values: no exception but the app's own, nothing written on refusal.

- ``coach diary add pain|run|session`` through ``coach.cli.main``: exit 0 (one
  entry more), 1 (invalid input, a message on stderr) or 2 (usage); on 1 and 2
  the diary's content is exactly what it was.
- ``coach diary import FILE`` with a real export where random cells, rows or
  columns are damaged: all or nothing; the file's problems say ``line N: field``.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.core.clock import SystemClock
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.paths import DataPaths
from tests.stress.nasty import NASTY

# Deeper runs: COACH_FUZZ_SCALE=20 .venv/bin/python -m pytest tests/stress -k fuzz
SCALE = int(os.environ.get("COACH_FUZZ_SCALE", "1"))

values = st.sampled_from(NASTY) | st.text(max_size=40).filter(lambda s: "\x00" not in s)


def _option(name: str):
    return st.one_of(st.just([]), values.map(lambda v: [name, v]))


@st.composite
def pain_argv(draw) -> list[str]:
    argv = ["diary", "add", "pain"]
    for name in ("--moment", "--left", "--right", "--at", "--location", "--character", "--flag", "--note"):
        argv += draw(_option(name))
    return argv


@st.composite
def run_argv(draw) -> list[str]:
    argv = ["diary", "add", "run"]
    for name in ("--km", "--mi", "--minutes", "--at", "--shoes"):
        argv += draw(_option(name))
    return argv


@st.composite
def session_argv(draw) -> list[str]:
    argv = ["diary", "add", "session"]
    for name in ("--routine", "--status", "--at"):
        argv += draw(_option(name))
    return argv


@st.composite
def any_argv(draw) -> list[str]:
    argv = draw(st.one_of(pain_argv(), run_argv(), session_argv()))
    if draw(st.integers(0, 9)) == 0:  # now and then a stray word or flag: a usage error
        argv.insert(draw(st.integers(2, len(argv))), draw(st.sampled_from(["--bogus", "extra", "-x", "--", "--help-me"])))
    return argv


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A data folder with a few of everything, copied for each example."""
    folder = tmp_path_factory.mktemp("template") / "data"
    clock = SystemClock()
    with Diary.open(DataPaths(folder), clock) as diary:
        now = clock.now()
        diary.add_pain(PainEntry(now - timedelta(days=1), "after-run", left=3, locations=("front",), note="sore"))
        diary.add_run(Run(now - timedelta(days=1), 8.2, 47.0, "Trail"))
        diary.add_session(SessionRecord("knee-strength", "strength", now - timedelta(days=2), "completed", 6, 6,
                                        now - timedelta(days=2), "abc"))  # fmt: skip
        diary.add_shoe(Shoe("Road", (now - timedelta(days=90)).date(), 120.0))
    return folder


def content(folder: Path) -> list[str]:
    """The diary's logical content (schema and rows), whatever the file layout."""
    path = folder / "diary.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: usage errors and --help
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


def _rows(dump: list[str]) -> int:
    return sum(1 for line in dump if line.startswith("INSERT INTO"))


@settings(max_examples=250 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=any_argv())
def test_diary_add_with_hostile_values(template, argv):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        shutil.copytree(template, folder)
        before = content(folder)

        code, out, err = cli(["--data-dir", str(folder), *argv])

        after = content(folder)
        assert code in (0, 1, 2), (code, err)
        assert "Traceback" not in out + err
        if code == 0:
            assert out.startswith("Logged "), out
            assert 1 <= _rows(after) - _rows(before) <= 2  # the entry (and new shoes for a run)
        else:
            assert err.strip(), "a refusal says why"
            assert after == before, "a refused command wrote to the diary"
            if code == 1:
                assert err.startswith("coach: ") and len(err.strip().splitlines()) == 1, err


def test_a_non_utf8_note_from_the_terminal_is_refused_or_stored_never_a_crash(template, tmp_path):
    """Bytes that are not UTF-8 reach Python's argv as lone surrogates ('\\udcff')."""
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    for argv in (["diary", "add", "pain", "--moment", "other", "--left", "2", "--note", "caf\udce9"],
                 ["diary", "add", "run", "--km", "5", "--shoes", "Caf\udce9 shoes"]):  # fmt: skip
        code, out, err = cli(["--data-dir", str(folder), *argv])
        assert code in (0, 1), err
        assert "Traceback" not in err


# -- CSV and JSON import -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def export(template, tmp_path_factory) -> dict[str, str]:
    """The template's export in both formats, to damage."""
    texts = {}
    for fmt in ("csv", "json"):
        code, out, err = cli(["--data-dir", str(template), "diary", "export", "--format", fmt])
        assert code == 0, err
        texts[fmt] = out
    return texts


@st.composite
def damaged_csv(draw, text: str) -> str:
    lines = text.splitlines()
    header, rows = lines[0].split(","), [line.split(",") for line in lines[1:]]
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["cell", "cell", "cell", "drop-cell", "add-cell", "drop-row", "double-row",
                                    "header", "blank", "type"]))  # fmt: skip
        if not rows:
            break
        r = draw(st.integers(0, len(rows) - 1))
        if not rows[r]:
            rows[r] = [""]
        if how == "cell":
            c = draw(st.integers(0, len(rows[r]) - 1))
            rows[r][c] = draw(values).replace(",", ";").replace("\n", " ").replace("\r", " ").replace('"', "'")
        elif how == "drop-cell":
            rows[r].pop(draw(st.integers(0, len(rows[r]) - 1)))
        elif how == "add-cell":
            rows[r].append("extra")
        elif how == "drop-row":
            rows.pop(r)
        elif how == "double-row":
            rows.insert(r, list(rows[r]))
        elif how == "header":
            header[draw(st.integers(0, len(header) - 1))] = draw(st.sampled_from(["", "typo", "at ", "TYPE", "left"]))
        elif how == "blank":
            rows.insert(r, [""] * len(header))
        elif how == "type":
            rows[r][0] = draw(st.sampled_from(["", "Pain", "runs", "shoe", "session", "unknown", " run"]))
    return "\n".join(",".join(row) for row in [header, *rows]) + "\n"


@settings(max_examples=150 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_csv_import_of_damaged_exports_is_all_or_nothing(template, export, data):
    text = data.draw(damaged_csv(export["csv"]))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        DataPaths(folder).root.mkdir(parents=True)
        with Diary.open(DataPaths(folder), SystemClock()) as diary:  # an empty diary to import into
            diary.add_run(Run(SystemClock().now() - timedelta(hours=1), 3.0))
        before = content(folder)
        path = Path(scratch) / "import.csv"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")

        code, out, err = cli(["--data-dir", str(folder), "diary", "import", str(path)])

        after = content(folder)
        assert code in (0, 1), (code, err)
        assert "Traceback" not in out + err
        if code == 1:
            assert after == before, "a refused import wrote to the diary"
            assert "nothing was imported" in err or "not UTF-8" in err, err
            for line in err.splitlines()[1:]:  # every problem is located: line N: field: message
                assert line.startswith("line ") and line.count(":") >= 2, line
        else:
            again = cli(["--data-dir", str(folder), "diary", "import", str(path)])
            assert again[0] == 0 and again[1].startswith("Nothing new to import"), again  # everything went in


@settings(max_examples=100 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_json_import_of_damaged_exports_is_all_or_nothing(template, export, data):
    import json

    document = json.loads(export["json"])
    kind = data.draw(st.sampled_from(["sessions", "runs", "pain", "shoes"]))
    if document[kind]:
        item = document[kind][data.draw(st.integers(0, len(document[kind]) - 1))]
        key = data.draw(st.sampled_from(sorted(item) + ["bogus"]))
        item[key] = data.draw(st.one_of(values, st.none(), st.integers(-10**20, 10**20), st.floats(), st.booleans(),
                                        st.lists(values, max_size=3), st.just({"a": 1})))  # fmt: skip

    text = json.dumps(document, ensure_ascii=False)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        with Diary.open(DataPaths(folder), SystemClock()):
            pass
        before = content(folder)
        path = Path(scratch) / "import.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")

        code, out, err = cli(["--data-dir", str(folder), "diary", "import", str(path)])

        assert code in (0, 1), (code, err)
        assert "Traceback" not in out + err
        if code == 1:
            assert content(folder) == before


def test_the_undamaged_exports_import_cleanly(export, tmp_path):
    for fmt, text in export.items():
        folder = tmp_path / fmt
        path = tmp_path / f"export.{fmt}"
        path.write_text(text)
        code, out, err = cli(["--data-dir", str(folder), "diary", "import", str(path)])
        assert code == 0, err
        assert out.startswith("Imported "), out



@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_bad_value_in_a_required_field_is_reported_not_a_crash(tmp_path, fmt):
    from coach.core.diary.transfer import parse_text
    from coach.core.errors import InputError

    text = {"csv": "type,at,moment,left\npain,yesterday,after-run,3\n",
            "json": '{"pain": [{"at": "2026-11-01T08:00:00", "moment": {"a": 1}, "left": 3}]}'}[fmt]  # fmt: skip
    with pytest.raises(InputError, match="line 2: at:" if fmt == "csv" else "moment"):
        parse_text(text, SystemClock().now())


def test_regressions_found_by_fuzzing(template, tmp_path):
    """Each of these once ended in a traceback (OverflowError, UnicodeEncodeError) instead of exit 1."""
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    before = content(folder)
    session = ('{"sessions": [{"routine": "knee-strength", "status": "completed", "started": "2026-11-01T08:00:00", '
               '"steps_done": 1, "steps_total": 9223372036854775808}]}')  # fmt: skip
    (tmp_path / "huge.json").write_text(session)
    (tmp_path / "escaped.json").write_text('{"pain": [{"at": "2026-11-01T08:00:00", "moment": "other", "left": 1, '
                                           '"note": "caf\\udce9"}]}')  # fmt: skip
    cases = [
        ["diary", "add", "pain", "--moment", "other", "--left", "1", "--at", "0001-01-01T00:00+01:00"],
        ["diary", "add", "pain", "--moment", "other", "--left", "1", "--note", "caf\udce9"],
        ["diary", "add", "run", "--km", "5", "--shoes", "Caf\udce9"],
        ["diary", "import", str(tmp_path / "huge.json")],
        ["diary", "import", str(tmp_path / "escaped.json")],
    ]
    for argv in cases:
        code, out, err = cli(["--data-dir", str(folder), *argv])
        assert (code, "Traceback" in err) == (1, False), (argv, err)
        assert err.startswith("coach: "), err
    assert content(folder) == before
