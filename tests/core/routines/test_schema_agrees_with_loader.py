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
from tests.core.routine_text import TINY

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
