"""The built-in routines, illustrations and cue sounds are present and well-formed.

Needs no Qt: only yaml, jsonschema and the standard library.
"""

from __future__ import annotations

import array
import json
import sys
import wave
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
ROUTINES = ROOT / "routines"
IMAGES = ROOT / "assets" / "images"
SOUNDS = ROOT / "assets" / "sounds"
SCHEMA_PATH = ROUTINES / "routine.schema.json"

# id -> (min minutes, max minutes) for the computed session length
TARGETS = {
    "pre-run-warm-up": (8, 13),
    "post-run-cool-down": (6, 10),
    "knee-strength": (15, 25),
    "sore-knee-care": (12, 25),
}
BUILTIN_IDS = list(TARGETS)
SOUND_FILES = ["tick.wav", "go.wav", "done.wav"]


def load(routine_id: str) -> dict:
    return yaml.safe_load((ROUTINES / f"{routine_id}.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict:
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def total_seconds(routine: dict) -> float:
    """Session length: per step, the get-ready countdown, then every set's work
    (each side, with a switch pause between sides for `each`), with rests
    between sets but not after the last one.

    Reps steps last reps * tempo_s per side; `alternate` counts reps per side,
    so a set is reps * 2 * tempo_s.
    """
    get_ready = routine.get("get_ready_s", 5)
    switch = routine.get("switch_s", 5)
    total = 0.0
    for step in routine["steps"]:
        sides = step.get("sides", "none")
        sets = step.get("sets", 1)
        rest = step.get("rest_s", 0)
        if "duration_s" in step:
            work = step["duration_s"]
        else:
            work = step["reps"] * step.get("tempo_s", 2)
            if sides == "alternate":
                work *= 2
        per_set = 2 * work + switch if sides == "each" else work
        total += get_ready + sets * per_set + (sets - 1) * rest
    return total


# --- routines ---------------------------------------------------------------

def test_schema_is_valid_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_routine_file_exists(routine_id):
    assert (ROUTINES / f"{routine_id}.yaml").is_file()


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_routine_validates_and_id_matches_stem(routine_id, schema):
    path = ROUTINES / f"{routine_id}.yaml"
    assert path.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=routine.schema.json\n"
    )
    routine = load(routine_id)
    jsonschema.validate(routine, schema, cls=jsonschema.Draft202012Validator)
    assert routine["id"] == path.stem


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_cues_are_short_and_few(routine_id):
    for step in load(routine_id)["steps"]:
        assert 2 <= len(step["cues"]) <= 4, step["exercise"]
        for cue in step["cues"]:
            assert len(cue) <= 60, cue


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_referenced_images_exist(routine_id):
    for step in load(routine_id)["steps"]:
        assert "image" in step, step["exercise"]
        assert (IMAGES / step["image"]).is_file(), step["image"]


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_total_duration_within_target(routine_id):
    low, high = TARGETS[routine_id]
    minutes = total_seconds(load(routine_id)) / 60
    assert low <= minutes <= high, f"{routine_id}: {minutes:.1f} min"


def test_total_seconds_formula():
    routine = {
        "get_ready_s": 5,
        "switch_s": 5,
        "steps": [
            {"duration_s": 30, "sides": "each", "sets": 2, "rest_s": 15},  # 5 + 2*65 + 15
            {"reps": 10, "tempo_s": 3},                                     # 5 + 30
            {"reps": 8, "tempo_s": 3, "sides": "alternate"},                # 5 + 48
            {"reps": 4},                                                    # 5 + 8 (default tempo)
        ],
    }
    assert total_seconds(routine) == 150 + 35 + 53 + 13


def test_sore_knee_care_caution_names_red_flags():
    caution = load("sore-knee-care")["caution"].lower()
    for word in ("swelling", "locking", "redness", "behind the knee", "clinician"):
        assert word in caution, word


def test_schema_rejects_bad_steps(schema):
    base = {"id": "x", "title": "X", "focus": "care", "when": "Now", "summary": "S"}
    good = {"exercise": "a", "name": "A", "cues": ["c"]}
    bad_steps = [
        {**good},                                         # neither duration_s nor reps
        {**good, "duration_s": 30, "reps": 10},           # both
        {**good, "duration_s": 30, "tempo_s": 2},         # tempo only with reps
        {**good, "duration_s": 30, "sides": "alternate"},  # alternate only with reps
        {**good, "reps": 10, "colour": "red"},            # unknown key
        {**good, "reps": 10, "image": "../secret.svg"},   # path outside
    ]
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid({**base, "steps": [{**good, "reps": 10}]})
    for step in bad_steps:
        assert not validator.is_valid({**base, "steps": [step]}), step


# --- images -----------------------------------------------------------------

def test_images_are_small_svgs():
    svgs = sorted(IMAGES.glob("*.svg"))
    assert svgs
    for path in svgs:
        assert path.stat().st_size < 4096, path.name
        root = ET.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg", path.name
        assert root.get("viewBox") == "0 0 200 200", path.name


# --- sounds -----------------------------------------------------------------

@pytest.mark.parametrize("name", SOUND_FILES)
def test_sound_is_long_enough_mono_16_bit(name):
    with wave.open(str(SOUNDS / name), "rb") as w:
        assert w.getnchannels() == 1
        assert w.getsampwidth() == 2
        assert w.getframerate() == 44_100
        assert w.getnframes() / w.getframerate() >= 0.150
        samples = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    peak = max(abs(s) for s in samples) / 32768
    assert 0.35 <= peak <= 0.6  # about -6 dBFS
