"""The routine cache spares the YAML parser at start-up and never shows a stale routine."""

import json
import os
import time
from pathlib import Path

import pytest

import coach.core.routine_cache as routine_cache
import coach.core.routine_file as routine_file
from coach.core.catalog import load_catalog
from coach.core.paths import assets_dir
from tests.core.routine_text import TINY

AN_HOUR_AGO_NS = time.time_ns() - 3600 * 10**9


def settle(*paths: Path, later_s: int = 0) -> None:
    """Date the files an hour back (plus ``later_s``): a file written this very
    moment is never trusted to the cache."""
    when = AN_HOUR_AGO_NS + later_s * 10**9
    for path in paths:
        os.utime(path, ns=(when, when))


@pytest.fixture
def folders(tmp_path):
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    (builtin / "tiny.yaml").write_text(TINY)
    (user / "mine.yaml").write_text(TINY.replace("id: tiny", "id: mine").replace("Tiny routine", "Mine"))
    (user / "broken.yaml").write_text("id: nope\n")
    settle(*builtin.iterdir(), *user.iterdir(), builtin, user)
    return builtin, user, tmp_path / "cache" / "routines.json"


def load(folders):
    builtin, user, cache = folders
    return load_catalog(user, builtin, assets_dir(), cache_file=cache)


@pytest.fixture
def parses(monkeypatch):
    """Counts the loader's real parses."""
    calls: list[Path] = []
    real = routine_file.load_routine

    def counting(path, assets=None):
        calls.append(path)
        return real(path, assets)

    monkeypatch.setattr(routine_file, "load_routine", counting)
    return calls


def test_an_unchanged_folder_is_loaded_without_parsing(folders, parses):
    first = load(folders)
    assert len(parses) == 3 and folders[2].is_file()
    parses.clear()
    second = load(folders)
    assert parses == []
    assert second.routines == first.routines  # every field, every step, the content hash
    assert [b.message for b in second.broken] == [b.message for b in first.broken]
    assert "the routine is missing 'title'" in second.broken[0].message


def test_an_edited_file_is_read_again(folders, parses):
    load(folders)
    mine = folders[1] / "mine.yaml"
    mine.write_text(mine.read_text().replace("title: Mine", "title: Ours"))  # same length
    os.utime(mine, ns=(AN_HOUR_AGO_NS + 10**9, AN_HOUR_AGO_NS + 10**9))
    parses.clear()
    assert load(folders).get("mine").title == "Ours"
    assert parses == [mine]


def test_a_file_written_just_now_is_not_trusted_to_the_cache(folders, parses):
    fresh = folders[1] / "fresh.yaml"
    fresh.write_text(TINY.replace("id: tiny", "id: fresh"))  # its time stamp could still repeat
    settle(fresh.parent)
    load(folders)
    parses.clear()
    assert "fresh" in load(folders).routines
    assert parses == [fresh]


def test_a_removed_illustration_makes_the_routine_broken_again(folders, parses):
    image = folders[1] / "pose.svg"
    image.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    mine = folders[1] / "mine.yaml"
    mine.write_text(mine.read_text().replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: pose.svg"))
    settle(mine, mine.parent)
    assert load(folders).get("mine").steps[1].image == image.resolve()
    image.unlink()
    settle(mine.parent, later_s=60)
    catalog = load(folders)
    assert catalog.get("mine") is None
    assert "'image' 'pose.svg' not found" in next(b.message for b in catalog.broken if b.path == mine)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "{not json",
        lambda text: text[: len(text) // 2],
        lambda text: json.dumps({"key": json.loads(text)["key"], "files": []}),
        lambda text: text.replace('"exercise"', '"exercize"'),
        lambda text: text.replace('"cues":[', '"cues":7,"x":['),
    ],
)
def test_a_damaged_cache_only_costs_a_parse(folders, parses, damage):
    expected = load(folders).routines
    cache = folders[2]
    cache.write_text(damage(cache.read_text()))
    parses.clear()
    assert load(folders).routines == expected
    assert parses  # read from the files again
    assert load(folders).routines == expected  # and the cache was rewritten whole


def test_another_app_version_does_not_use_the_cache(folders, parses, monkeypatch):
    load(folders)
    monkeypatch.setattr(routine_cache, "__version__", "99.0")
    parses.clear()
    load(folders)
    assert len(parses) == 3


def test_a_cache_that_cannot_be_written_is_skipped(folders, parses, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    builtin, user, _ = folders
    catalog = load_catalog(user, builtin, assets_dir(), cache_file=blocker / "routines.json")
    assert set(catalog.routines) == {"tiny", "mine"}
    assert not list(tmp_path.glob("**/.routines.json.*.tmp"))


def test_files_that_are_gone_leave_the_cache(folders):
    load(folders)
    (folders[1] / "broken.yaml").unlink()
    settle(folders[1], later_s=60)
    load(folders)
    names = json.loads(folders[2].read_text())["files"]
    assert sorted(Path(name).name for name in names) == ["mine.yaml", "tiny.yaml"]


def test_a_picture_added_after_the_routine_was_cached_is_found(folders, parses):
    mine = folders[1] / "mine.yaml"
    mine.write_text(mine.read_text().replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: later.svg"))
    settle(mine, mine.parent)
    assert load(folders).get("mine") is None  # broken: the picture is not there yet
    (folders[1] / "later.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    settle(folders[1] / "later.svg", mine.parent, later_s=60)  # the folder's time is what tells
    assert load(folders).get("mine").steps[1].image.name == "later.svg"


def test_a_picture_of_the_routines_own_now_comes_before_the_shipped_one(folders):
    mine = folders[1] / "mine.yaml"
    mine.write_text(mine.read_text().replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: leg-swings.svg"))
    settle(mine, mine.parent)
    assert load(folders).get("mine").steps[1].image == (assets_dir() / "images" / "leg-swings.svg").resolve()
    own = folders[1] / "leg-swings.svg"
    own.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    settle(own, mine.parent, later_s=60)
    assert load(folders).get("mine").steps[1].image == own.resolve()


def test_a_cache_edited_by_hand_is_not_trusted(folders, parses):
    expected = load(folders).routines
    cache = folders[2]
    cache.write_text(cache.read_text().replace('"duration_s":30', '"duration_s":"abc"'))  # still valid JSON
    parses.clear()
    assert load(folders).routines == expected
    assert parses

