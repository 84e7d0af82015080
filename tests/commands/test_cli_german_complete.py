"""Under German, the command line says nothing in English: its own sentences, the routine
checks, argparse's words (usage, error, required arguments) and the numbers typed with
a decimal comma. Runs the real CLI in-process with the real built-in routines; each
test would fail on an f-string that was never marked, or on argparse speaking English."""

from __future__ import annotations

import argparse
from datetime import datetime

import pytest

from coach.commands.argparse_words import speak_argparse
from coach.core.clock import FakeClock
from coach.core.i18n import use_language
from tests.language_leaks import english_sources, english_words, leaked_sources

# One file with a mistake in every part a routine check words: the routine's fields, a
# step, its cues, a variant, a progression week and one of its changes.
BROKEN_ROUTINE = """\
id: Bad Id
title: Broken
focus: sprinting
when: Never
summary: Every part of it is wrong.
steps:
  - exercise: squat
    name: Squat
    duration_s: 30
    reps: 10
    cues: []
  - exercise: lunge
    name: Lunge
    reps: 12
    tempo_s: 0
    cues: [Slow]
    image: ../../etc/passwd
variants:
  - exercise: single-leg-squat
    name: Single-leg squat
    cues: [Hold a chair]
  - 5
progression:
  - week: 1
    changes:
      - exercise: squat
        reps: 0
  - week: 3
    changes:
      - exercise: squat
        repz: 12
"""


@pytest.fixture
def german_coach(monkeypatch, capsys, tmp_path):
    """``coach ARGS`` under COACH_LANG=de: (exit code, stdout + stderr)."""
    from coach import cli

    monkeypatch.setenv("COACH_LANG", "de")
    monkeypatch.setattr(cli, "SystemClock", lambda: FakeClock(wall=datetime(2026, 11, 23, 18, 5, 0)))
    data = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        try:
            code = cli.main(["--data-dir", str(data), *argv])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out + err

    yield run
    use_language("en")
    speak_argparse(argparse, "en")


@pytest.fixture(scope="module")
def sources() -> list[str]:
    return english_sources("coach") + english_sources("argparse")


def assert_german(text: str, sources: list[str]) -> None:
    assert text.strip(), "nothing was said"
    assert english_words(text) == [], text
    assert leaked_sources(text, sources) == [], text


@pytest.mark.parametrize("argv", [
    ("--help",), ("routines", "--help"), ("plan", "--help"), ("diary", "add", "run", "--help"),
    ("routines", "list"), ("routines", "show", "knee-strength"), ("routines", "show", "knee-strength", "--week", "5"),
    ("plan", "show"), ("advice",),
])
def test_what_the_commands_print_is_german(german_coach, sources, argv):
    code, text = german_coach(*argv)
    assert code == 0, text
    assert_german(text, sources)


@pytest.mark.parametrize("argv", [
    ("diary",), ("bogus",), ("diary", "add"), ("routines", "show"), ("advice", "--bogus"), ("plan", "set", "--run-days"),
    ("diary", "add", "run", "--km", "abc"), ("diary", "add", "run", "--km", "8.2", "--minutes", "1:75"),
    ("routines", "show", "no-such-routine"), ("plan", "set", "--run-days", "someday"),
])
def test_usage_errors_and_refused_values_are_german(german_coach, sources, argv):
    code, text = german_coach(*argv)
    assert code in (1, 2), text
    assert_german(text, sources)


def test_a_routine_check_words_every_problem_in_german(german_coach, sources, tmp_path):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    from coach.core.paths import builtin_routines_dir

    good.write_text((builtin_routines_dir() / "knee-strength.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    bad.write_text(BROKEN_ROUTINE, encoding="utf-8")
    code, text = german_coach("routines", "check", str(good), str(bad))
    assert code == 1
    assert f"{good}: in Ordnung (knee-strength, " in text
    assert "Variante 2" in text and "Woche 3, Änderung 1" in text and "Schritt 1" in text, text  # the places, in German
    assert_german(text.replace(str(good), "GOOD").replace(str(bad), "BAD"), sources)


def test_a_distance_typed_with_a_decimal_comma_is_taken_and_shown_with_one(german_coach, sources):
    code, text = german_coach("diary", "add", "run", "--km", "8,2", "--minutes", "45,5")
    assert code == 0, text
    assert "8,2 km" in text and "45,5 min" in text
    code, text = german_coach("diary", "add", "run", "--km", "10.5")  # the dot still works
    assert code == 0 and "10,5 km" in text
    code, text = german_coach("diary", "export")
    assert '"distance_km": 8.2' in text and '"distance_km": 10.5' in text  # the export stays locale-free


def test_the_checks_themselves_see_english():
    """Guard the guard: the sentences these tests would see if a message lost its translation."""
    assert english_words("coach: error: the following arguments are required: KIND")
    assert english_words("routines/x.yaml: ok (x, 1:00)")
    assert english_words("bad.yaml:12:5: variant 2 is not a variant")
    assert not english_words("coach diary add: Fehler: diese Argumente fehlen: KIND")
    assert not english_words("Kniekräftigung (knee-strength) · Kraft · 2- bis 3-mal pro Woche")
    assert leaked_sources("x: nested more than 12 levels deep", english_sources("coach"))


@pytest.mark.parametrize("text", [
    "id: x\ntitle: y\n  focus: z\n",  # mapping values are not allowed here
    "id: x\nsteps: [a, b\n",  # while parsing a flow sequence, expected ',' or ']'
    "id: x\n\ttitle: y\n",  # a tab: found character '\t' that cannot start any token
    'id: "x\n',  # while scanning a quoted scalar, found unexpected end of stream
])
def test_a_yaml_syntax_error_is_worded_in_german(german_coach, sources, tmp_path, text):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    code, said = german_coach("routines", "check", str(path))
    assert code == 1 and "YAML-Syntax: " in said
    assert_german(said.replace(str(path), "FILE"), sources)
