"""Hostile routine files: the only outcomes are a Routine or a RoutineError located on a line.

Random bytes, random text, and random mutations of the built-in YAML files
(lines dropped, doubled, swapped, re-indented, values replaced, anchors, tags,
nesting, truncation) go through ``parse_routine``, ``load_routine`` and the
catalog. Any other exception is a bug; so is a parse that takes more than a
second of CPU (a YAML bomb).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.errors import RoutineError
from coach.core.paths import assets_dir, builtin_routines_dir
from coach.core.routines.catalog import builtin_routine_files, load_catalog
from coach.core.routines.file import load_routine, parse_routine
from coach.core.routines.routine import Routine

# Deeper runs: COACH_FUZZ_SCALE=20 .venv/bin/python -m pytest tests/stress -k fuzz
SCALE = int(os.environ.get("COACH_FUZZ_SCALE", "1"))

BUILTIN = {p.name: p.read_bytes() for p in builtin_routine_files(builtin_routines_dir())}
ASSETS = assets_dir()
BUILTIN_IDS = [load_routine(p, ASSETS).id for p in builtin_routine_files(builtin_routines_dir())]
FAKE_PATH = builtin_routines_dir() / "fuzzed.yaml"  # beside the built-ins, so their images resolve
CPU_LIMIT_S = 1.0

# Pieces a hostile or careless author might put into a routine file.
NASTY = [
    "", " ", "\t", "~", "null", "[]", "{}", "- ", ": ", "? ", "&a", "*a", "&a [1, 2]", "!!python/object:os.system",
    "!!binary aGVsbG8=", "!!set {a}", "!!omap [a: 1]", "!custom x", "<<: *a", "'", '"', "'unterminated", "{a: [b",
    "1e999", "-1", "0", "0x10", "0o7", "1_000", ".inf", ".nan", "-.inf", "99999999999999999999999999", "3.5",
    "yes", "no", "on", "off", "true", "2026-11-23", "12:30:00", "%YAML 1.1", "---", "...", "#", "|", ">-",
    "\ufeff", "\u202e", "\x00", "\x85", "\u2028", "\ud800", "é", "日本語", "🦵", "a" * 500, "[" * 40, "{a: " * 30,
    "- " * 30, "../../etc/passwd", "/etc/passwd", "C:\\evil.svg", "squats.svg", "missing.svg",
]  # fmt: skip


def check_outcome(data: bytes, path: Path = FAKE_PATH) -> Routine | RoutineError:
    started = time.process_time()
    try:
        outcome: Routine | RoutineError = parse_routine(data, path, ASSETS)
    except RoutineError as error:
        outcome = error
    spent = time.process_time() - started
    assert spent < CPU_LIMIT_S, f"parse took {spent:.2f} s of CPU"
    if isinstance(outcome, RoutineError):
        assert outcome.problems, "a RoutineError must say what is wrong"
        for problem in outcome.problems:
            assert isinstance(problem.line, int) and problem.line >= 1, problem
            assert problem.column is None or problem.column >= 1, problem
            assert problem.message.strip(), problem
            assert problem.path == str(path)
    else:
        assert outcome.steps and outcome.id and outcome.title
    return outcome


@settings(max_examples=150 * SCALE, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    check_outcome(data)


@settings(max_examples=150 * SCALE, deadline=None)
@given(st.text(max_size=2000))
def test_random_text(text):
    check_outcome(text.encode("utf-8", "surrogatepass"))


@st.composite
def mutated_builtin(draw) -> bytes:
    name = draw(st.sampled_from(sorted(BUILTIN)))
    lines = BUILTIN[name].decode("utf-8").split("\n")
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        how = draw(st.sampled_from(
            ["drop", "double", "swap", "indent", "dedent", "value", "key", "insert", "splice", "truncate", "tab"]
        ))  # fmt: skip
        if how == "drop":
            del lines[i]
        elif how == "double":
            lines.insert(i, line)
        elif how == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif how == "indent":
            lines[i] = " " * draw(st.integers(1, 6)) + line
        elif how == "dedent":
            lines[i] = line.lstrip()
        elif how == "value" and ":" in line:
            key = line.split(":", 1)[0]
            lines[i] = f"{key}: {draw(st.sampled_from(NASTY) | st.text(max_size=30).map(repr))}"
        elif how == "key" and ":" in line:
            lines[i] = draw(st.sampled_from(NASTY + ["reps", "duration_s", "sides", "cues", "id"])) + ":" + line.split(":", 1)[1]
        elif how == "insert":
            lines.insert(i, draw(st.sampled_from(NASTY)))
        elif how == "splice":
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.sampled_from(NASTY) | st.text(max_size=10)) + line[at:]
        elif how == "truncate":
            lines = lines[:i]
        elif how == "tab":
            lines[i] = "\t" + line
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@settings(max_examples=300 * SCALE, deadline=None)
@given(mutated_builtin())
def test_mutated_builtin_routines(data):
    check_outcome(data)


def test_the_builtin_routines_themselves_load():
    for name, data in BUILTIN.items():
        assert isinstance(check_outcome(data, builtin_routines_dir() / name), Routine)


@settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutated_builtin() | st.binary(max_size=300), min_size=1, max_size=4))
def test_load_routine_and_the_catalog_survive_a_folder_of_broken_files(files):
    """Through the file system: one bad file never stops the others, and nothing escapes."""
    with tempfile.TemporaryDirectory() as folder:
        user = Path(folder)
        for index, data in enumerate(files):
            path = user / f"user-{index}.yaml"
            path.write_bytes(data)
            try:
                load_routine(path, ASSETS)
            except RoutineError as error:
                assert all(p.line >= 1 for p in error.problems)
        catalog = load_catalog(user)
        assert set(BUILTIN_IDS) <= set(catalog.routines)  # each built-in loaded, or replaced by a user file
        assert len(catalog.broken) + sum(1 for r in catalog if r.source.parent == user) == len(files)
        for broken in catalog.broken:
            assert broken.problems and all(p.line >= 1 for p in broken.problems)


def test_yaml_bombs_and_deep_nesting_are_refused_quickly():
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20)
    )
    for text in (laughs, "[" * 100_000, "{a: " * 50_000, "- " * 100_000 + "x", "a:\n" + "  " * 5000 + "b: c\n",
                 "x" * 300_000, "steps:\n" + "  - exercise: a\n" * 20_000):  # fmt: skip
        outcome = check_outcome(text.encode())
        assert isinstance(outcome, RoutineError)


TINY = (builtin_routines_dir() / "sore-knee-care.yaml").read_text()


def test_regressions_found_by_fuzzing():
    """Each of these escaped the loader as ValueError, KeyError, ConstructorError or OSError."""
    first_cue = "    cues:\n"
    cases = [
        "!custom x: 1\n" + TINY,  # a tag on a key
        "!!int x: 3\n" + TINY,
        TINY.replace("get_ready_s:", "get_ready_s: !!int abc\nx_get_ready_s:"),  # a standard tag that cannot build
        TINY.replace("get_ready_s:", "get_ready_s: !!float abc\nx_get_ready_s:"),
        TINY.replace("get_ready_s:", "get_ready_s: !!bool maybe\nx_get_ready_s:"),
        TINY.replace(first_cue, "    image: " + "a" * 5000 + ".svg\n" + first_cue, 1),  # ENAMETOOLONG

        TINY.replace(first_cue, '    image: "a\\0b.svg"\n' + first_cue, 1),  # a NUL byte in a path
    ]
    for text in cases:
        assert isinstance(check_outcome(text.encode()), RoutineError)
