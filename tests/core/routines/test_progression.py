"""Variants and a progression in a routine file: located problems, the weeks as
``for_week`` builds them, and the built-in 8-week knee-strength programme."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.errors import RoutineError
from coach.core.paths import assets_dir, builtin_routines_dir
from coach.core.routines.catalog import load_catalog
from coach.core.routines.file import load_routine, parse_routine
from coach.core.routines.progression import week_changes
from coach.core.routines.rules import routine_problems
from coach.core.session.plan import build_plan
from coach.core.vocabulary import SegmentKind
from tests.core.routine_text import BLOCKS, TINY

IMAGES = assets_dir() / "images"
# TINY's steps: 1 hold-it (a 30 s hold, each side, 2 sets), 2 raise-them (10 reps, tempo 2).
PROGRAMME = TINY + BLOCKS


def parse(text: str):
    return parse_routine(text.encode(), Path("prog.yaml"), assets_dir())


def problems(text: str) -> list[str]:
    with pytest.raises(RoutineError) as caught:
        parse(text)
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based line and column of the ``nth`` occurrence of ``needle`` after the steps."""
    at = len(TINY) - 1 if text.startswith(TINY) else -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def where(text: str, needle: str, nth: int = 1, skip: int = 0) -> str:
    """"prog.yaml:LINE:COL: " of a needle, ``skip`` characters into it."""
    line, column = line_of(text, needle, nth)
    return f"prog.yaml:{line}:{column + skip}: "


# --- for_week -----------------------------------------------------------------------


def test_week_one_is_the_steps_as_written_and_the_length_is_the_last_week():
    routine = parse(PROGRAMME)
    assert routine.weeks == 4 and routine.week == 0
    first = routine.for_week(1)
    assert first.steps == routine.steps and first.week == 1


def test_changes_accumulate_week_over_week():
    routine = parse(PROGRAMME)
    hold, raises = routine.for_week(2).steps
    assert (hold.duration_s, raises.reps, raises.exercise) == (40, 12, "raise-them")
    hold, raises = routine.for_week(3).steps
    assert hold.duration_s == 40  # week 2's change stays
    assert (raises.exercise, raises.name, raises.reps, raises.sides) == ("raise-one", "Single-leg calf raises", 8, "each")
    assert raises.cues == ("One foot", "Fingertips on a wall") and raises.image == IMAGES / "single-leg-calf-raises.svg"
    assert raises.tempo_s == 2  # what no week changed is the step's own
    hold, raises = routine.for_week(4).steps
    assert (raises.exercise, raises.reps, raises.sets, raises.rest_s) == ("raise-one", 10, 2, 20)


@pytest.mark.parametrize(("asked", "played"), [(0, 1), (-3, 1), (4, 4), (5, 4), (99, 4)])
def test_weeks_out_of_range_are_capped(asked, played):
    routine = parse(PROGRAMME)
    built = routine.for_week(asked)
    assert built.week == played and built.steps == routine.for_week(played).steps


def test_a_routine_without_a_progression_is_itself_in_every_week():
    routine = parse(TINY)
    assert routine.weeks == 0 and routine.for_week(5) is routine


def test_every_week_of_a_programme_passes_the_rules():
    routine = parse(PROGRAMME)
    roots = (Path("prog.yaml").parent, IMAGES, assets_dir())
    for week in range(1, routine.weeks + 1):
        assert routine_problems(routine.for_week(week), roots) == [], week


def test_what_a_week_changes_in_words():
    routine = parse(PROGRAMME)
    assert week_changes(routine, 1) == []
    assert week_changes(routine, 2) == ["Wall sit: held 40 s (was 30 s)", "Calf raises: 12 reps (was 10)"]
    assert week_changes(routine, 3) == ["Calf raises → Single-leg calf raises: 8 reps (was 12), each side"]
    assert week_changes(routine, 4) == [
        "Single-leg calf raises: 10 reps (was 8), 2 sets (was 1), 20 s rest between sets (was 0 s)"]
    assert week_changes(routine, 5) == []


# --- located problems -----------------------------------------------------------------


def with_blocks(old: str, new: str) -> str:
    assert old in BLOCKS, old
    return TINY + BLOCKS.replace(old, new, 1)


def test_the_programme_itself_loads():
    assert parse(PROGRAMME).progression[0].note == "More"


def test_an_unknown_exercise_in_a_change_is_located_with_a_hint():
    text = with_blocks("      - exercise: hold-it\n", "      - exercise: hold-itt\n")
    assert problems(text) == [where(text, "hold-itt") + "unknown exercise 'hold-itt': not a step of this routine "
                                                         "(did you mean 'hold-it'?)"]


def test_a_week_given_twice():
    text = with_blocks("  - week: 3\n", "  - week: 2\n")
    assert problems(text) == [where(text, "week: 2", 2, skip=6) + "week 2 comes twice: list each week once, in order"]


def test_week_one_and_weeks_before_the_one_above_are_refused_where_written():
    text = with_blocks("  - week: 4\n", "  - week: 1\n")
    assert problems(text) == [where(text, "week: 1", skip=6)
                              + "'week' 1 is the routine as its steps say: changes start in week 2"]
    text = with_blocks("  - week: 2\n", "  - week: 5\n")
    assert problems(text) == [where(text, "week: 3", skip=6) + "week 3 comes after week 5: list each week once, in order",
                              where(text, "week: 4", skip=6) + "week 4 comes after week 5: list each week once, in order"]


def test_a_swap_to_an_undeclared_variant():
    text = with_blocks("swap: raise-one", "swap: raise-once")
    assert problems(text) == [where(text, "raise-once") + "swap to 'raise-once': no such variant under 'variants:' "
                                                           "(did you mean 'raise-one'?)"]


def test_a_swap_to_another_steps_variant():
    text = with_blocks("      - exercise: hold-it\n        duration_s: 40\n",
                       "      - exercise: hold-it\n        swap: raise-one\n")
    assert problems(text) == [where(text, "raise-one", 2) + "'raise-one' is a variant of 'raise-them', not of 'hold-it'"]


@pytest.mark.parametrize(("key", "value", "message"), [
    ("reps", "-3", "'reps' must be between 1 and 200, not -3"),
    ("sets", "0", "'sets' must be between 1 and 20, not 0"),
    ("rest_s", "-1", "'rest_s' must be between 0 and 600, not -1"),
    ("hold_s", "-2", "'hold_s' must be between 1 and 30, not -2"),
    ("duration_s", "-5", "'duration_s' must be between 1 and 3600, not -5"),
    ("reps", "2.5", "'reps' must be a whole number, not 2.5"),
])
def test_bad_numbers_in_a_change_are_located(key, value, message):
    exercise = "hold-it" if key == "duration_s" else "raise-one"
    text = with_blocks("        rest_s: 20\n", f"        rest_s: 20\n  - week: 5\n    changes:\n"
                                               f"      - exercise: {exercise}\n        {key}: {value}\n")
    assert problems(text) == [where(text, f"{key}: {value}", skip=len(key) + 2) + message]


def test_a_number_that_does_not_suit_the_step():
    text = with_blocks("        duration_s: 40\n", "        reps: 40\n")
    assert problems(text) == [where(text, "40") + "'hold-it' is a hold step: 'reps' does not go with it"]
    text = with_blocks("        reps: 12\n", "        duration_s: 12\n")
    assert problems(text) == [where(text, "12\n") + "'raise-them' is a reps step: 'duration_s' does not go with it"]


def test_a_variant_named_before_it_is_swapped_in():
    text = with_blocks("      - exercise: raise-them\n        reps: 12\n", "      - exercise: raise-one\n        reps: 12\n")
    assert problems(text) == [where(text, "raise-one", 2) + "'raise-one' is not in the routine in week 2: "
                                                           "swap it in first, or name the step's own exercise"]


def test_a_change_that_changes_nothing_and_a_step_changed_twice():
    text = with_blocks("      - exercise: hold-it\n        duration_s: 40\n", "      - exercise: hold-it\n")
    assert problems(text) == [where(text, "exercise: hold-it") + "the change to 'hold-it' changes nothing"]
    text = with_blocks("      - exercise: hold-it\n        duration_s: 40\n", "      - exercise: raise-them\n        sets: 3\n")
    assert problems(text) == [where(text, "raise-them", 3) + "'raise-them' is changed twice in week 2"]


def test_variant_problems_are_located():
    text = with_blocks("    of: raise-them\n", "    of: raise-then\n")
    assert problems(text) == [where(text, "raise-then") + "'of': 'raise-then' is not the exercise of any step "
                                                           "(did you mean 'raise-them'?)"]
    text = with_blocks("  - exercise: raise-one\n", "  - exercise: hold-it\n")
    found = problems(text)
    assert found[0] == where(text, "hold-it") + "'hold-it' is already a step of this routine: a variant must be another exercise"
    text = with_blocks("    image: single-leg-calf-raises.svg\n", "    image: no-such.svg\n")
    assert problems(text)[0].startswith(where(text, "no-such.svg") + "'image' 'no-such.svg' not found")


def test_unknown_keys_and_wrong_shapes_in_the_blocks():
    text = with_blocks("        reps: 12\n", "        rep: 12\n")
    assert problems(text) == [where(text, "rep: 12") + "unknown key 'rep' in week 2, change 1 (did you mean 'reps'?)"]
    text = with_blocks("    note: More\n", "    note: More\n    colour: red\n")
    assert problems(text)[0].startswith(where(text, "colour") + "unknown key 'colour' in progression entry 1")
    text = TINY + "progression: weekly\n"
    assert problems(text) == [where(text, "weekly") + "'progression' must be a list"]
    text = with_blocks("    cues: [One foot, Fingertips on a wall]\n", "    cues: []\n")
    assert problems(text) == [where(text, "[]") + "'cues' needs 1 to 6 short lines, not 0"]


def test_every_problem_of_the_blocks_is_reported_at_once():
    text = with_blocks("        reps: 12\n", "        reps: -1\n").replace("        sets: 2\n", "        sets: 99\n")
    assert len(problems(text)) == 2


def test_an_empty_week_keeps_the_load_and_sets_the_length():
    routine = parse(PROGRAMME + "  - week: 6\n    note: Keep it\n    changes: []\n")
    assert routine.weeks == 6 and routine.for_week(6).steps == routine.for_week(4).steps
    assert week_changes(routine, 6) == []


def test_a_user_routine_carries_its_own_progression_through_the_catalog_and_its_cache(tmp_path):
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "prog.yaml").write_text(PROGRAMME.replace("id: tiny", "id: knee-strength"), encoding="utf-8")
    cache = tmp_path / "cache.json"
    first = load_catalog(folder, cache_file=cache)
    assert not first.broken and "knee-strength" in first.overridden
    mine = first.get("knee-strength")
    assert mine.weeks == 4 and mine.for_week(3).steps[1].exercise == "raise-one"
    again = load_catalog(folder, cache_file=cache)  # the builtins at least come from the cache now
    assert again.get("knee-strength") == mine


# --- the built-in programme ---------------------------------------------------------------


@pytest.fixture(scope="module")
def knee():
    return load_routine(builtin_routines_dir() / "knee-strength.yaml", assets_dir())


def test_the_builtin_programme_is_eight_weeks(knee):
    assert knee.weeks == 8 and [w.week for w in knee.progression] == list(range(2, 9))
    assert {v.exercise: v.of for v in knee.variants} == {
        "single-leg-chair-squat": "squats", "single-leg-bridges": "glute-bridges", "single-leg-calf-raises": "calf-raises"}


def test_every_builtin_week_is_valid_and_of_a_sensible_length(knee):
    roots = (knee.source.parent, IMAGES, assets_dir())
    minutes = []
    for week in range(1, 9):
        built = knee.for_week(week)
        assert routine_problems(built, roots) == [], week
        assert len(built.steps) == len(knee.steps)
        minutes.append(build_plan(built).total_s / 60)
    assert 15 <= minutes[0] <= 21  # week 1: about today's 20 minutes
    assert all(15 <= m <= 30 for m in minutes), minutes
    assert all(later >= earlier - 1 for earlier, later in zip(minutes, minutes[1:], strict=False)), minutes


def test_the_load_grows_gradually_reps_then_sets_then_variants(knee):
    def exercises(week):
        return [s.exercise for s in knee.for_week(week).steps]

    assert exercises(4) == exercises(1)  # reps and sets first
    assert knee.for_week(2).steps[0].reps > knee.steps[0].reps
    assert knee.for_week(4).steps[4].sets > knee.steps[4].sets
    swapped = [sum(a != b for a, b in zip(exercises(1), exercises(w), strict=True)) for w in range(1, 9)]
    assert swapped == [0, 0, 0, 0, 1, 2, 3, 3]  # one harder variant at a time
    assert knee.for_week(4).steps[3].hold_s == 5 and knee.steps[3].hold_s == 3  # the bridges keep their hold


def test_week_five_builds_a_session_with_the_variants_own_cues_and_picture(knee):
    plan = build_plan(knee.for_week(5))
    work = [s for s in plan.segments if s.step_index == 0 and s.kind is SegmentKind.REPS]
    assert {s.name for s in work} == {"Single-leg squat to a chair"}
    assert [s.side for s in work[:2]] == ["left", "right"]
    assert all(s.image == IMAGES / "single-leg-chair-squat.svg" for s in work)
    assert work[0].cues[0] == "Stand in front of a chair, one foot up"
    assert work[0].pace is not None and work[0].pace.reps == 6
    squats = [s for s in build_plan(knee.for_week(4)).segments if s.step_index == 0 and s.kind is SegmentKind.REPS]
    assert squats[0].name == "Squats" and squats[0].image == IMAGES / "squats.svg"


def test_each_variant_has_its_own_picture_and_few_short_cues(knee):
    for variant in knee.variants:
        assert variant.image == IMAGES / f"{variant.exercise}.svg"
        assert 2 <= len(variant.cues) <= 4 and all(len(c) <= 60 for c in variant.cues)
