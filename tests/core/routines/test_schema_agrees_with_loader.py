"""The JSON Schema (what editors check as a physio types) and the loader (what
the app and ``coach routines check`` enforce) accept and refuse the same files.

A disagreement misleads someone: an editor that shows a file as fine which the
app then refuses, or a schema stricter than the app. The few rules a JSON
Schema cannot express (YAML syntax, duplicate keys, tags, image files on disk)
are listed below and checked one way only: the loader refuses, the schema
cannot see it.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from coach.core.errors import RoutineError
from coach.core.paths import assets_dir, builtin_routines_dir
from coach.core.routines.catalog import builtin_routine_files
from coach.core.routines.file import parse_routine
from tests.core.routine_text import BLOCKS, TINY

SCHEMA = builtin_routines_dir() / "routine.schema.json"


def swap(old: str, new: str):
    return lambda text: text.replace(old, new)


# Each: how to change the tiny routine. Some make it valid, most make it invalid.
CHANGES = {
    "unchanged": lambda text: text,
    "unknown key": swap("duration_s: 30", "duraton_s: 30"),
    "duration as a word": swap("duration_s: 30", "duration_s: thirty"),
    "duration zero": swap("duration_s: 30", "duration_s: 0"),
    "duration at its maximum": swap("duration_s: 30", "duration_s: 3600"),
    "duration over its maximum": swap("duration_s: 30", "duration_s: 3601"),
    "negative reps": swap("reps: 10", "reps: -3"),
    "reps at their maximum": swap("reps: 10", "reps: 200"),
    "reps over their maximum": swap("reps: 10", "reps: 201"),
    "reps as a fraction": swap("reps: 10", "reps: 2.5"),
    "tempo too fast": swap("tempo_s: 2", "tempo_s: 0.1"),
    "tempo as a fraction": swap("tempo_s: 2", "tempo_s: 1.5"),
    "reps with a hold": swap("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 3\n"),
    "a hold at its maximum": swap("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 30\n"),
    "a hold too long": swap("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 31\n"),
    "a hold of zero": swap("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 0\n"),
    "a hold as a fraction": swap("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 1.5\n"),
    "a rep hold on a timed step": swap("    sides: each\n", "    sides: each\n    hold_s: 3\n"),
    "unknown focus": swap("focus: strength", "focus: cardio"),
    "each focus: warm-up": swap("focus: strength", "focus: warm-up"),
    "each focus: care": swap("focus: strength", "focus: care"),
    "no title": swap("title: Tiny routine\n", ""),
    "no summary": swap("summary: Two quick exercises.\n", ""),
    "no get-ready": swap("get_ready_s: 5\n", ""),
    "get-ready as a boolean": swap("get_ready_s: 5", "get_ready_s: true"),
    "hold and reps together": swap("    reps: 10\n", "    reps: 10\n    duration_s: 20\n"),
    "neither hold nor reps": swap("    reps: 10\n    tempo_s: 2\n", ""),
    "alternate sides on a hold": swap("    sides: each\n", "    sides: alternate\n"),
    "alternate sides on reps": swap("    tempo_s: 2\n", "    tempo_s: 2\n    sides: alternate\n"),
    "unknown sides": swap("    sides: each\n", "    sides: both\n"),
    "no steps": lambda text: text.split("steps:")[0] + "steps: []\n",
    "no cues": swap("cues: [Rise slowly]", "cues: []"),
    "seven cues": swap("cues: [Rise slowly]", "cues: [a, b, c, d, e, f, g]"),
    "id with a capital and a space": swap("id: tiny", "id: Tiny Routine"),
    "id with a double hyphen": swap("id: tiny", "id: tiny--one"),
    "exercise id not a slug": swap("exercise: raise-them", "exercise: Raise_them"),
    "empty name": swap("name: Calf raises", 'name: ""'),
    "zero sets": swap("sets: 2", "sets: 0"),
    "negative rest": swap("rest_s: 15", "rest_s: -1"),
    "steps not a list": lambda text: text.split("steps:")[0] + "steps: warm up\n",
    "a list instead of a mapping": lambda text: "- just\n- a list\n",
}

def without_variants(text: str, instead: str) -> str:
    return text.replace(text[text.index("variants:") : text.index("progression:")], instead)


# The same, for a routine with variants and a progression (TINY + BLOCKS).
PROGRAMME = TINY + BLOCKS
PROGRAMME_CHANGES = {
    "unchanged programme": lambda text: text,
    "no variants": lambda text: without_variants(text, "")
    .replace("        swap: raise-one\n", "")
    .replace("exercise: raise-one\n        reps: 10", "exercise: raise-them\n        reps: 10"),
    "an empty week": lambda text: text + "  - week: 5\n    changes: []\n",
    "a week with a note only": swap("    note: More\n", "    note: More than last week\n"),
    "unknown key in a change": swap("        reps: 12\n", "        rep: 12\n"),
    "unknown key in a week": swap("    note: More\n", "    note: More\n    colour: red\n"),
    "unknown key in a variant": swap("    sides: each\n    cues: [One", "    sides: each\n    colour: red\n    cues: [One"),
    "week 1": swap("  - week: 4\n", "  - week: 1\n"),
    "week zero": swap("  - week: 4\n", "  - week: 0\n"),
    "week 53": swap("  - week: 4\n", "  - week: 53\n"),
    "week 52": swap("  - week: 4\n", "  - week: 52\n"),
    "week as a word": swap("  - week: 4\n", "  - week: four\n"),
    "a week without changes": swap("    note: More\n    changes:\n", "    note: More\n    changes_:\n"),
    "a week without a number": swap("  - week: 3\n    changes:\n", "  - changes:\n"),
    "negative reps in a change": swap("        reps: 12\n", "        reps: -3\n"),
    "zero sets in a change": swap("        sets: 2\n", "        sets: 0\n"),
    "negative rest in a change": swap("        rest_s: 20\n", "        rest_s: -1\n"),
    "a hold of zero in a change": swap("        rest_s: 20\n", "        rest_s: 20\n        hold_s: 0\n"),
    "a longer hold in a change": swap("        rest_s: 20\n", "        rest_s: 20\n        hold_s: 5\n"),
    "a fractional tempo in a change": swap("        rest_s: 20\n", "        rest_s: 20\n        tempo_s: 2.5\n"),
    "a duration over its maximum in a change": swap("        duration_s: 40\n", "        duration_s: 3601\n"),
    "a change without an exercise": swap("      - exercise: hold-it\n        duration_s: 40\n", "      - duration_s: 40\n"),
    "a change of nothing": swap("      - exercise: hold-it\n        duration_s: 40\n", "      - exercise: hold-it\n"),
    "a swap that is not a slug": swap("swap: raise-one", "swap: Raise One"),
    "a variant without 'of'": swap("    of: raise-them\n", ""),
    "a variant without cues": swap("    cues: [One foot, Fingertips on a wall]\n", ""),
    "a variant with alternate sides": swap("    sides: each\n    cues: [One", "    sides: alternate\n    cues: [One"),
    "a variant with unknown sides": swap("    sides: each\n    cues: [One", "    sides: both\n    cues: [One"),
    "a variant image with a folder": swap("image: single-leg-calf-raises.svg", "image: images/single-leg-calf-raises.svg"),
    "variants not a list": lambda text: without_variants(text, "variants: none\n"),
    "progression not a list": lambda text: text[: text.index("progression:")] + "progression: weekly\n",
}

# The rules between the blocks and the steps: only the loader can check them.
PROGRAMME_LOADER_ONLY = {
    "a change to an unknown exercise": swap("      - exercise: hold-it\n", "      - exercise: hold-itt\n"),
    "a week given twice": swap("  - week: 3\n", "  - week: 2\n"),
    "weeks out of order": swap("  - week: 2\n", "  - week: 5\n"),
    "a swap to an undeclared variant": swap("swap: raise-one", "swap: raise-once"),
    "a swap to another step's variant": swap("      - exercise: hold-it\n        duration_s: 40\n",
                                             "      - exercise: hold-it\n        swap: raise-one\n"),
    "reps for a hold step": swap("        duration_s: 40\n", "        reps: 40\n"),
    "a variant of no step": swap("    of: raise-them\n", "    of: raise-then\n"),
    "a variant that is a step": swap("  - exercise: raise-one\n    of:", "  - exercise: hold-it\n    of:"),
    "a variant named before its swap": swap("      - exercise: raise-them\n        reps: 12\n",
                                            "      - exercise: raise-one\n        reps: 12\n"),
    "a variant picture that is missing": swap("image: single-leg-calf-raises.svg", "image: no-such.svg"),
}

# What a JSON Schema cannot say; the loader refuses each, the schema cannot tell.
LOADER_ONLY = {
    "duplicate key": swap("    sets: 2\n", "    sets: 2\n    sets: 3\n"),
    "python tag": swap("summary: Two quick exercises.", "summary: !!python/object:os.system echo"),
    "image outside the folder": swap("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: ../../etc/passwd"),
    "image that is missing": swap("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: no-such-picture.svg"),
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_accepts(validator: jsonschema.Draft202012Validator, text: str) -> bool:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    return validator.is_valid(document)


def loader_accepts(text: str) -> bool:
    try:
        parse_routine(text.encode(), Path("agree.yaml"), assets_dir())
    except RoutineError:
        return False
    return True


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_schema_and_loader_agree(validator, change):
    text = CHANGES[change](TINY)
    assert text != TINY or change == "unchanged", f"the change '{change}' no longer applies to the tiny routine"
    assert schema_accepts(validator, text) == loader_accepts(text), change


def test_the_corpus_holds_both_verdicts(validator):
    verdicts = {loader_accepts(change(TINY)) for change in CHANGES.values()}
    assert verdicts == {True, False}


@pytest.mark.parametrize("path", builtin_routine_files(builtin_routines_dir()), ids=lambda p: p.stem)
def test_every_builtin_routine_is_accepted_by_both(validator, path):
    text = path.read_text(encoding="utf-8")
    assert schema_accepts(validator, text) and loader_accepts(text)


@pytest.mark.parametrize("change", sorted(LOADER_ONLY))
def test_what_only_the_loader_can_refuse(validator, change):
    text = LOADER_ONLY[change](TINY)
    assert not loader_accepts(text), change


@pytest.mark.parametrize("change", sorted(PROGRAMME_CHANGES))
def test_schema_and_loader_agree_on_variants_and_progression(validator, change):
    text = PROGRAMME_CHANGES[change](PROGRAMME)
    assert text != PROGRAMME or change == "unchanged programme", f"the change '{change}' no longer applies"
    assert schema_accepts(validator, text) == loader_accepts(text), change


def test_the_programme_corpus_holds_both_verdicts():
    verdicts = {loader_accepts(change(PROGRAMME)) for change in PROGRAMME_CHANGES.values()}
    assert verdicts == {True, False}


@pytest.mark.parametrize("change", sorted(PROGRAMME_LOADER_ONLY))
def test_what_only_the_loader_can_refuse_in_a_programme(validator, change):
    text = PROGRAMME_LOADER_ONLY[change](PROGRAMME)
    assert text != PROGRAMME, change
    assert schema_accepts(validator, text) and not loader_accepts(text), change
