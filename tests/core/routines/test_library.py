"""The exercise library: the built-in file is complete and consistent, and a bad file is refused
with FILE:LINE:COL reasons, the way a bad routine file is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from coach.core.errors import RoutineError
from coach.core.paths import LIBRARY_FILE, assets_dir, builtin_routines_dir
from coach.core.routines.catalog import load_catalog
from coach.core.routines.library import load_library, parse_library, routines_using
from coach.core.routines.pictures import start_picture
from tests.core.routine_text import TINY

IMAGES = assets_dir() / "images"
VARIANTS = ("single-leg-chair-squat", "single-leg-bridges", "single-leg-calf-raises")  # round 3's agreed ids

GOOD = """\
exercises:
  - id: squats
    name: Squats
    knee: Strong thighs steady the knee.
    cues: [Sit back]
    harder: [one-leg]
    start_image: squats-start.svg
    end_image: squats.svg
  - id: one-leg
    name: One-leg squat
    knee: Balance and strength on one leg.
    cues: [Slowly]
    easier: [squats]
    start_image: not-drawn-start.svg
    end_image: not-drawn.svg
"""


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(None)


def problems(text: str | bytes, name: str = "exercises.yaml") -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(RoutineError) as caught:
        parse_library(data, Path(name))
    return [str(p) for p in caught.value.problems]


# --- the built-in library --------------------------------------------------------------


def test_every_exercise_of_the_builtin_routines_is_in_the_library_with_both_pictures(library, catalog):
    used = {step.exercise for routine in catalog for step in routine.steps}
    used |= {variant.exercise for routine in catalog for variant in routine.variants}
    assert len(used) >= 19
    for exercise_id in sorted(used):
        exercise = library.get(exercise_id)
        assert exercise is not None, exercise_id
        assert exercise.start_image == IMAGES / f"{exercise_id}-start.svg", exercise_id
        assert exercise.end_image == IMAGES / f"{exercise_id}.svg", exercise_id


def test_the_agreed_variants_are_in_and_every_start_pose_is_drawn(library):
    for exercise_id in VARIANTS:
        assert library.get(exercise_id) is not None, exercise_id
    for exercise in library.exercises:
        assert (IMAGES / f"{exercise.id}-start.svg").is_file(), exercise.id
        assert exercise.start_image is not None, exercise.id


def test_start_poses_keep_their_end_poses_frame(library):
    """Same ground, same strokes and colours, same number of paths in the same order: the poses correspond."""
    shape = re.compile(r'<path d="[^"]*"|<circle cx="[^"]*" cy="[^"]*"|<title>[^<]*</title>')
    for exercise in library.exercises:
        end = IMAGES / f"{exercise.id}.svg"
        if not end.is_file():
            continue  # drawn by another hand (single-leg bridges and calf raises); the library shows the start alone
        start_text, end_text = (IMAGES / f"{exercise.id}-start.svg").read_text(), end.read_text()
        assert shape.sub("", start_text) == shape.sub("", end_text), exercise.id
        assert start_text.count("<path") == end_text.count("<path"), exercise.id
        assert start_text != end_text, exercise.id


def test_variants_point_both_ways(library):
    for exercise in library.exercises:
        for harder in library.variants(exercise, "harder"):
            assert exercise.id in harder.easier, (exercise.id, harder.id)
        for easier in library.variants(exercise, "easier"):
            assert exercise.id in easier.harder, (exercise.id, easier.id)
    squats = library.get("squats")
    assert [e.id for e in library.variants(squats, "harder")] == ["single-leg-chair-squat"]


def test_each_benefit_is_one_to_three_short_sentences(library):
    for exercise in library.exercises:
        sentences = [s for s in re.split(r"[.!?](\s|$)", exercise.knee) if s and s.strip()]
        assert 1 <= len(sentences) <= 3 and len(exercise.knee) <= 300, exercise.id
        assert "\n" not in exercise.knee


def test_the_builtin_file_validates_against_its_schema():
    schema = json.loads((builtin_routines_dir() / "exercises.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.safe_load((builtin_routines_dir() / LIBRARY_FILE).read_text())
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    bad = {"exercises": [{**data["exercises"][0], "colour": "red"}]}
    assert not jsonschema.Draft202012Validator(schema).is_valid(bad)


def test_the_catalog_does_not_take_the_library_for_a_routine(catalog):
    assert catalog.broken == []
    assert "exercises" not in catalog.routines
    assert len(catalog) == 4


def test_search_matches_name_cue_and_benefit_in_any_case(library):
    assert [e.id for e in library.search("BRIDGE")] == ["glute-bridges", "single-leg-bridges"]
    assert "calf-raises" in [e.id for e in library.search("big toe")]  # a cue
    assert "side-lying-hip-abduction" in [e.id for e in library.search("falling inward")]  # the benefit
    assert library.search("") == list(library.exercises)
    assert library.search("squat zebra") == []


def test_routines_using_an_exercise_come_from_the_catalog(catalog):
    titles = [r.title for r in routines_using("calf-raises", catalog)]
    assert titles == ["Pre-run warm-up", "Knee strength"]
    assert [r.title for r in routines_using("single-leg-bridges", catalog)] == ["Knee strength"]  # week 6's swap
    assert routines_using("no-such-exercise", catalog) == []


def test_start_picture_is_found_beside_the_end_pose(tmp_path):
    assert start_picture(IMAGES / "squats.svg") == IMAGES / "squats-start.svg"
    (tmp_path / "lonely.svg").write_text("<svg/>")
    assert start_picture(tmp_path / "lonely.svg") is None
    assert start_picture(None) is None


# --- a file written by someone -------------------------------------------------------------


def test_a_good_file_loads_and_a_picture_not_drawn_yet_is_none():
    library = parse_library(GOOD.encode(), Path("x.yaml"), assets_dir())
    one_leg = library.get("one-leg")
    assert one_leg is not None and one_leg.start_image is None and one_leg.end_image is None
    assert library.get("squats").start_image == IMAGES / "squats-start.svg"
    assert one_leg.line == 9


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("    cues: [Sit back]", "    cues: [Sit back]\n    colour: red"), "x.yaml:6:5: unknown key 'colour' in exercise 1"),
        (("harder: [one-leg]", "harder: [one-legs]"), "x.yaml:6:14: 'harder': no exercise 'one-legs' in the library"),
        (("harder: [one-leg]", "harder: [squats]"), "x.yaml:6:14: 'harder': 'squats' is this exercise itself"),
        (("  - id: one-leg", "  - id: squats"), "x.yaml:9:9: exercise id 'squats' is already used on line 2"),
        (("name: Squats", "name: [Squats]"), "x.yaml:3:11: 'name' must be text"),
        (("    cues: [Sit back]\n", ""), "x.yaml:2:5: exercise 1 is missing 'cues'"),
        (("start_image: squats-start.svg", "start_image: ../../etc/passwd"), "x.yaml:7:18: picture '../../etc/passwd'"),
        (("id: squats", "id: Squats!"), "x.yaml:2:9: 'id' 'Squats!' must be lowercase"),
        (("knee: Strong thighs steady the knee.", "knee: " + "k" * 301), "x.yaml:4:11: 'knee'"),
        (("exercises:", "exercises: &all"), "x.yaml:1:12: anchors and aliases"),
        (("    cues: [Sit back]", "    cues: [Sit back\n"), "x.yaml:"),
    ],
)
def test_a_bad_file_is_refused_with_its_place(change, expected):
    old, new = change
    assert old in GOOD
    found = problems(GOOD.replace(old, new), "x.yaml")
    assert any(p.startswith(expected) for p in found), found


def test_files_that_are_not_a_library_at_all_are_refused():
    assert problems("") == ["exercises.yaml:1: file is empty"]
    assert problems("- just\n- a list\n") == ["exercises.yaml:1:1: the exercise library must be a mapping of 'key: value' lines"]
    assert problems("exercises: []\n")[0].startswith("exercises.yaml:1:12: 'exercises' needs 1 to 200")
    assert problems(b"exercises:\n  - id: caf\xe9\n")[0] == "exercises.yaml:2:12: not UTF-8 text (save the file as UTF-8)"
    assert problems(TINY)[0].startswith("exercises.yaml:1:1: unknown key 'id' in the exercise library")
    assert problems(b"# " + b"x" * (300 * 1024))[0].startswith("exercises.yaml:1: file is 300 KiB")


def test_load_library_refuses_what_is_not_a_regular_file(tmp_path):
    with pytest.raises(RoutineError) as caught:
        load_library(tmp_path, assets_dir())
    assert str(caught.value).startswith(f"{tmp_path}:1: file is a folder") or "not a regular file" in str(caught.value)
    missing = tmp_path / "gone.yaml"
    with pytest.raises(RoutineError):
        load_library(missing)
