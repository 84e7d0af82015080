"""The editor's core: drafts written back through ruamel.yaml, judged by the loader itself."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from coach.core.errors import RoutineError
from coach.core.paths import assets_dir, builtin_routines_dir
from coach.core.routines.catalog import builtin_routine_files, load_catalog
from coach.core.routines.document import RoutineDocument
from coach.core.routines.draft import EditKind, RoutineDraft, StepDraft, routine_draft
from coach.core.routines.draft_check import check_draft, routine_path, save_draft
from coach.core.routines.exercise_choices import exercise_choices
from coach.core.routines.file import load_routine
from coach.core.session.plan import build_plan

BUILTINS = builtin_routine_files(builtin_routines_dir())

HAND_EDITED = """\
# My own routine, written by hand
id: my-knees
title: My knees   # short, it shows on the player
focus: strength
when: Mondays
summary: Two things I do.
steps:
  # the one my physio insisted on
  - exercise: wall-sit
    name: Wall sit
    duration_s: 30   # 45 next month
    sides: each
    cues: [Back flat on the wall, Knees over ankles]

  - exercise: calf-raises
    name: Calf raises
    reps: 10
    cues:
      - Rise slowly   # and lower slower
"""


def _changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.stem)
def test_an_unchanged_builtin_renders_byte_for_byte(path):
    text = path.read_text(encoding="utf-8")
    assert RoutineDocument(text).render(routine_draft(load_routine(path, assets_dir()))) == text


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: p.stem)
def test_a_duplicated_builtin_saves_and_loads_as_the_same_routine(tmp_path, path):
    original = load_routine(path, assets_dir())
    draft = replace(routine_draft(original), id=f"{original.id}-mine")
    target = routine_path(tmp_path / "routines", draft.id)
    checked = check_draft(draft, RoutineDocument(path.read_text(encoding="utf-8")), target, assets_dir())
    assert checked.ok, checked.problems
    save_draft(checked, target)
    loaded = load_routine(target, assets_dir())
    assert loaded.id == f"{original.id}-mine"
    assert replace(loaded, id=original.id, source=None, content_hash="") == replace(original, source=None,
                                                                                    content_hash="")  # fmt: skip
    first = target.read_bytes()
    again = check_draft(routine_draft(loaded), RoutineDocument(target.read_text(encoding="utf-8")), target, assets_dir())
    save_draft(again, target)
    assert target.read_bytes() == first  # re-saving an unchanged file changes no byte
    assert build_plan(loaded).total_s == build_plan(original).total_s


def test_an_edit_changes_its_own_line_and_keeps_every_comment(tmp_path):
    target = tmp_path / "my-knees.yaml"
    target.write_text(HAND_EDITED, encoding="utf-8")
    document = RoutineDocument(HAND_EDITED)
    draft = routine_draft(load_routine(target))
    assert document.render(draft) == HAND_EDITED
    hold = replace(draft.steps[0], duration_s=45)
    text = document.render(draft.with_step(0, hold))
    assert _changed_lines(HAND_EDITED, text) == ["-     duration_s: 30   # 45 next month",
                                                 "+     duration_s: 45   # 45 next month"]  # fmt: skip
    moved = document.render(draft.moved(1, 0))
    for comment in ("# My own routine", "# short, it shows", "# the one my physio", "# and lower slower"):
        assert comment in moved
    assert moved.index("Calf raises") < moved.index("Wall sit")
    assert moved.index("# and lower slower") < moved.index("Wall sit")  # a step's comments go with it


def test_blocks_the_editor_does_not_know_are_kept_intact():
    extra = HAND_EDITED + "progression:\n  - week: 1\n    changes: {calf-raises: {reps: 12}}  # week one\n"
    document = RoutineDocument(extra)
    draft = RoutineDraft(id="my-knees", title="Renamed", focus="strength", when="Mondays", summary="Two things I do.",
                         steps=(StepDraft(exercise="wall-sit", name="Wall sit", kind=EditKind.HOLD, sides="each",
                                          cues=("Back flat on the wall", "Knees over ankles"), origin=0),))  # fmt: skip
    text = document.render(draft)
    assert text.endswith("progression:\n  - week: 1\n    changes: {calf-raises: {reps: 12}}  # week one\n")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    assert title_line.split() == ["title:", "Renamed", "#", "short,", "it", "shows", "on", "the", "player"]
    assert "Calf raises" not in text.split("progression:")[0]


def _loader_messages(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "written.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RoutineError) as refused:
        load_routine(path, assets_dir())
    return sorted(p.message for p in refused.value.problems)


GOOD_STEP = StepDraft(exercise="squats", name="Squats", kind=EditKind.REPS, reps=10, cues=("Sit back",))
GOOD = RoutineDraft(id="mine", title="Mine", focus="strength", when="Any day", summary="Squats.", steps=(GOOD_STEP,))
BAD_DRAFTS = {
    "empty title": (replace(GOOD, title="  "), [(None, "title")]),
    "bad id": (replace(GOOD, id="My Routine"), [(None, "id")]),
    "no steps": (replace(GOOD, steps=()), [(None, "steps")]),
    "zero reps, no cues": (replace(GOOD, steps=(replace(GOOD_STEP, reps=0, cues=()),)), [(0, "reps"), (0, "cues")]),
    "a long hold": (replace(GOOD, steps=(replace(GOOD_STEP, kind=EditKind.HOLD, duration_s=4000),)), [(0, "duration_s")]),
    "alternate hold": (replace(GOOD, steps=(replace(GOOD_STEP, kind=EditKind.HOLD, sides="alternate"),)), [(0, "sides")]),
    "missing picture": (replace(GOOD, steps=(replace(GOOD_STEP, image="nowhere.svg"),)), [(0, "image")]),
    "second step's name": (replace(GOOD, steps=(GOOD_STEP, replace(GOOD_STEP, name="x" * 61))), [(1, "name")]),
}


@pytest.mark.parametrize("name", BAD_DRAFTS)
def test_the_editor_refuses_what_the_loader_refuses_in_its_words(tmp_path, name):
    draft, places = BAD_DRAFTS[name]
    checked = check_draft(draft, RoutineDocument(), tmp_path / "mine.yaml", assets_dir())
    assert not checked.ok
    assert sorted(p.message for p in checked.problems) == _loader_messages(checked.text, tmp_path)
    assert [(p.step, p.field) for p in checked.problems] == places


def test_a_good_draft_is_what_the_loader_makes_of_it(tmp_path):
    checked = check_draft(GOOD, RoutineDocument(), tmp_path / "mine.yaml", assets_dir())
    assert checked.ok and checked.routine is not None
    assert checked.routine.steps[0].reps == 10
    assert build_plan(checked.routine).segments == build_plan(replace(GOOD.to_routine(), source=None)).segments


def test_an_id_another_file_uses_is_refused_at_the_id(tmp_path):
    other = tmp_path / "other.yaml"
    checked = check_draft(GOOD, RoutineDocument(), tmp_path / "mine.yaml", assets_dir(), taken={"mine": other})
    assert [(p.step, p.field) for p in checked.problems] == [(None, "id")]
    with pytest.raises(RoutineError):
        save_draft(checked, tmp_path / "mine.yaml")
    assert not (tmp_path / "mine.yaml").exists()


def test_kinds_write_their_own_keys(tmp_path):
    steps = tuple(replace(GOOD_STEP, exercise=f"s-{kind.value}", kind=kind, sides="each") for kind in EditKind)
    checked = check_draft(replace(GOOD, steps=steps), RoutineDocument(), tmp_path / "mine.yaml", assets_dir())
    assert checked.ok, checked.problems
    hold, timed, reps, held = checked.routine.steps
    assert (hold.duration_s, hold.sides, hold.reps) == (30, "each", None)
    assert (timed.duration_s, timed.sides) == (30, "none")
    assert (reps.reps, reps.hold_s) == (10, None)
    assert (held.reps, held.hold_s) == (10, 3)


def test_the_picker_lists_each_exercise_of_the_library_once():
    from coach.core.routines.library import load_library

    catalog = load_catalog(None)
    library = load_library()
    choices = exercise_choices(library, catalog)
    ids = [c.id for c in choices]
    assert ids == [e.id for e in library.exercises] and len(ids) == len(set(ids)) and "squats" in ids
    squats = next(c for c in choices if c.id == "squats")
    assert squats.image == "squats.svg" and squats.cues
    assert squats.as_step().exercise == "squats" and squats.as_step().origin is None


def test_a_new_or_moved_step_stands_apart_like_the_others():
    path = builtin_routines_dir() / "knee-strength.yaml"
    document = RoutineDocument(path.read_text(encoding="utf-8"))
    draft = routine_draft(load_routine(path, assets_dir()))
    new = StepDraft(exercise="step-ups", name="Step-ups", cues=("Whole foot on the step",))
    for changed in (draft.inserted(1, new), draft.inserted(len(draft.steps), new), draft.moved(len(draft.steps) - 1, 0)):
        text = document.render(changed)
        body = re.split(r"\n(?=[a-z_]+:)", text[text.index("steps:\n") + len("steps:\n") :])[0].rstrip("\n")
        assert body.count("\n\n  - exercise:") == len(changed.steps) - 1, text
