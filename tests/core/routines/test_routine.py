"""The loader refuses every kind of bad file with FILE:LINE[:COL] reasons."""

from pathlib import Path

import pytest

from coach.core.errors import RoutineError
from coach.core.paths import assets_dir, builtin_routines_dir
from coach.core.routines.catalog import load_catalog
from coach.core.routines.file import MAX_FILE_BYTES, load_routine, parse_routine
from tests.core.routine_text import TINY

BUILTIN_IDS = {"pre-run-warm-up", "post-run-cool-down", "knee-strength", "sore-knee-care"}


def problems_of(text: str | bytes, name="bad.yaml", folder: Path | None = None) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    path = (folder or Path(".")) / name
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, path, assets_dir())
    return [str(p) for p in caught.value.problems]


def test_tiny_routine_loads():
    routine = parse_routine(TINY.encode(), Path("tiny.yaml"))
    assert routine.id == "tiny" and len(routine.steps) == 2
    assert routine.steps[0].sides == "each" and routine.steps[1].reps == 10
    assert routine.steps[1].line == 16
    assert len(routine.content_hash) == 16


def test_every_builtin_routine_loads():
    catalog = load_catalog(None)
    assert set(catalog.routines) == BUILTIN_IDS
    assert catalog.broken == []


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda t: t.replace("duration_s: 30", "duraton_s: 30"), "bad.yaml:11:5: unknown key 'duraton_s' in step 1 (did you mean 'duration_s'?)"),
        (lambda t: t.replace("duration_s: 30", "duration_s: thirty"), "bad.yaml:11:17: 'duration_s' must be a whole number, not 'thirty'"),
        (lambda t: t.replace("duration_s: 30", "duration_s: 0"), "bad.yaml:11:17: 'duration_s' must be between 1 and 3600, not 0"),
        (lambda t: t.replace("reps: 10", "reps: -3"), "bad.yaml:18:11: 'reps' must be between 1 and 200, not -3"),
        (lambda t: t.replace("focus: strength", "focus: cardio"), "bad.yaml:3:8: 'focus' 'cardio' is not one of: warm-up, cool-down, strength, care"),
        (lambda t: t.replace("title: Tiny routine\n", ""), "bad.yaml:1:1: the routine is missing 'title'"),
        (lambda t: t.replace("    sets: 2\n", "    sets: 2\n    sets: 3\n"), "bad.yaml:14:5: duplicate key 'sets' (first given on line 13)"),
        (lambda t: t.replace("    reps: 10\n", "    reps: 10\n    duration_s: 20\n"), "bad.yaml:16:5: step 2 needs exactly one of 'duration_s' (a hold) or 'reps'"),
        (lambda t: t.replace("    sides: each\n", "    sides: alternate\n"), "bad.yaml:12:12: 'sides: alternate' only goes with 'reps' (a hold is done on each side)"),
        (lambda t: t.split("steps:")[0] + "steps: []\n", "bad.yaml:8:8: 'steps' is empty: a routine needs at least one step"),
        (lambda t: t.replace("cues: [Rise slowly]", "cues: []"), "bad.yaml:20:11: 'cues' needs 1 to 6 short lines, not 0"),
        (lambda t: t.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: ../../etc/passwd"), "bad.yaml:21:12: 'image' '../../etc/passwd' must be a file name inside the routine's folder or assets/, not a path out of it"),
        (lambda t: t.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: /etc/passwd"), "bad.yaml:21:12: 'image' '/etc/passwd' must be a file name inside the routine's folder or assets/, not a path out of it"),
        (lambda t: t.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: pics/pose.svg"), "bad.yaml:21:12: 'image' 'pics/pose.svg' must be a plain file name, without folders"),
        (lambda t: t.replace("id: tiny", "id: Tiny Routine"), "bad.yaml:1:5: 'id' 'Tiny Routine' must be lowercase letters, digits and single hyphens (like 'leg-swings')"),
        (lambda t: t.replace("summary: Two quick exercises.", "summary: !!python/object:os.system echo"), "bad.yaml:5:10: 'summary': tag tag:yaml.org,2002:python/object:os.system is not allowed"),
        (lambda t: t.replace("get_ready_s: 5", "get_ready_s: true"), "bad.yaml:6:14: 'get_ready_s' must be a whole number, not True"),
    ],
)
def test_each_refusal_names_its_line_and_column(mutate, expected):
    assert expected in problems_of(mutate(TINY))


def test_all_problems_of_a_file_are_reported_at_once():
    text = TINY.replace("duration_s: 30", "duraton_s: 30").replace("reps: 10", "reps: 0").replace("focus: strength", "focus: x")
    found = problems_of(text)
    assert len(found) >= 3
    assert all(line.startswith("bad.yaml:") for line in found)


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "bad.yaml:1: file is empty"),
        (b"   \n\n", "bad.yaml:1: file is empty"),
        (b"id: x\ntitle: caf\xe9\n", "bad.yaml:2:11: not UTF-8 text (save the file as UTF-8)"),
        (b"- just\n- a list\n", "bad.yaml:1:1: the routine must be a mapping of 'key: value' lines"),
        (b"id: [unclosed\n", "bad.yaml:2:1: YAML syntax"),
        (b"a: &a [1]\nb: *a\n", "bad.yaml:1:4: anchors and aliases (& and *) are not allowed in routine files"),
        (b"x: " + b"[" * 50 + b"]" * 50, "bad.yaml:1:"),
    ],
)
def test_whole_file_refusals(data, expected):
    assert any(p.startswith(expected) for p in problems_of(data)), problems_of(data)


def test_billion_laughs_is_refused_at_its_first_anchor():
    """Refused at line 1, before any alias is expanded (no timing: the position proves it)."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
    found = problems_of("\n".join(lines))
    assert found[0].startswith("bad.yaml:1:") and "anchors and aliases" in found[0]


def test_oversized_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert str(caught.value).startswith(f"{path}:1: file is 256 KiB")


def test_unreadable_path_is_a_routine_error(tmp_path):
    with pytest.raises(RoutineError, match="cannot read the file"):
        load_routine(tmp_path / "missing.yaml")


def test_user_routine_overrides_builtin_and_bad_file_is_listed(tmp_path):
    (tmp_path / "mine.yaml").write_text(TINY.replace("id: tiny", "id: knee-strength").replace("Tiny routine", "My strength"))
    (tmp_path / "broken.yaml").write_text("id: nope\n")
    (tmp_path / "extra.yml").write_text(TINY)
    (tmp_path / "notes.txt").write_text("ignored")
    catalog = load_catalog(tmp_path)
    assert catalog.get("knee-strength").title == "My strength"
    assert catalog.overridden == {"knee-strength"}
    assert "tiny" in catalog.routines and len(catalog) == 5
    assert [b.path.name for b in catalog.broken] == ["broken.yaml"]
    assert "broken.yaml:1:1: the routine is missing 'title'" in catalog.broken[0].message


def test_two_user_files_with_one_id_keep_the_first(tmp_path):
    (tmp_path / "a.yaml").write_text(TINY)
    (tmp_path / "b.yaml").write_text(TINY.replace("Tiny routine", "Other"))
    catalog = load_catalog(tmp_path)
    assert catalog.get("tiny").title == "Tiny routine"
    assert "already used" in catalog.broken[0].message


def test_image_resolves_in_the_routines_own_folder(tmp_path):
    (tmp_path / "pose.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    text = TINY.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: pose.svg")
    routine = parse_routine(text.encode(), tmp_path / "t.yaml", assets_dir())
    assert routine.steps[1].image == (tmp_path / "pose.svg").resolve()


def test_builtin_folder_is_found():
    assert (builtin_routines_dir() / "pre-run-warm-up.yaml").is_file()


def test_an_unreadable_routines_folder_means_no_routines_not_a_crash(tmp_path, monkeypatch):
    from pathlib import Path as _Path

    from coach.core.routines import catalog as catalog_module

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(_Path, "is_dir", refuse)
    assert catalog_module.routine_files(tmp_path) == []


def test_problems_are_listed_in_file_order():
    text = TINY.replace("title: Tiny routine\n", "").replace("focus: strength", "focus: cardio")
    found = problems_of(text)
    assert [p.split(":")[1] for p in found] == sorted((p.split(":")[1] for p in found), key=int)
    assert "missing 'title'" in found[0]
