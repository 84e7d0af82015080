"""The routine cache spares the YAML parser at start-up and never shows a stale routine."""

import json
import os
import time
from pathlib import Path

import pytest

import coach.core.routines.cache as routine_cache
import coach.core.routines.file as routine_file
from coach.core.paths import assets_dir
from coach.core.routines.catalog import load_catalog
from tests.core.routine_text import BLOCKS, TINY

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



# -- a cache is a speed-up, never an authority --------------------------------------


def craft(folders, change) -> None:
    """Rewrite the cache with ``change`` applied to mine.yaml's entry, and a valid checksum."""
    cache = folders[2]
    document = json.loads(cache.read_text())
    entry = document["files"][str(folders[1] / "mine.yaml")]
    change(entry)
    document["crc"] = routine_cache._crc(document["files"])
    cache.write_text(json.dumps(document))


def first_step(change):
    return lambda entry: change(entry["routine"]["steps"][0])


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e["routine"].update(title="\ud800 injected"),
        lambda e: e["routine"].update(title="\x1b[2J\x1b[31mInjected"),
        lambda e: e["routine"].update(title="\u200b\u200d"),
        lambda e: e["routine"].update(title=" Mine "),
        lambda e: e["routine"].update(get_ready_s=10**400),
        lambda e: e["routine"].update(get_ready_s=True),
        lambda e: e["routine"].update(get_ready_s=5.5),
        lambda e: e["routine"].update(focus="evil"),
        lambda e: e["routine"].update(id="Not A Slug"),
        lambda e: e["routine"].update(source="/elsewhere/other.yaml"),
        lambda e: e["routine"].update(content_hash=7),
        lambda e: e["routine"].update(extra=1),
        lambda e: e["routine"].update(steps=[]),
        lambda e: e["routine"].update(steps=[e["routine"]["steps"][0]] * 41),
        lambda e: e["routine"].update(steps="abc"),
        first_step(lambda s: s.update(duration_s=-5)),
        first_step(lambda s: s.update(duration_s=None, reps=None)),
        first_step(lambda s: s.update(reps=10)),
        first_step(lambda s: s.update(tempo_s=float("inf"))),
        first_step(lambda s: s.update(cues="Rise")),
        first_step(lambda s: s.update(cues=[])),
        first_step(lambda s: s.update(cues=["ok", 3])),
        first_step(lambda s: s.update(cues=["\x07 bell"])),
        first_step(lambda s: s.update(image="/dev/zero")),
        first_step(lambda s: s.update(image="/etc/passwd")),
        first_step(lambda s: s.update(image=str(assets_dir() / "images" / ".." / "images" / "squats.svg"))),
        first_step(lambda s: s.update(image=5)),
        first_step(lambda s: s.update(line="x")),
        lambda e: e.update(problems=[{"path": "x", "line": 1, "column": None, "message": "m"}]),
        lambda e: e.update(problems=[]),
    ],
)
def test_a_crafted_cache_with_a_valid_checksum_cannot_bring_in_what_the_loader_refuses(folders, parses, change):
    expected = load(folders)
    craft(folders, change)
    parses.clear()
    catalog = load(folders)
    assert catalog.routines == expected.routines
    assert [b.message for b in catalog.broken] == [b.message for b in expected.broken]
    assert parses == [folders[1] / "mine.yaml"]  # that entry read again from its file, the others not


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "[" * 100_000 + "]" * 100_000,  # RecursionError in json, not a ValueError
        lambda text: '{"key": ' + "[" * 50_000 + "]" * 50_000 + "}",
        lambda text: text.replace('"title":"Mine"', '"title":"\\ud800"'),  # the checksum no longer fits
        lambda text: text.replace('"get_ready_s":5', '"get_ready_s":' + "9" * 5000),
        lambda text: "\xff\xfe garbage",
        lambda text: "",
    ],
)
def test_a_deeply_damaged_cache_is_rebuilt(folders, parses, damage):
    expected = load(folders).routines
    cache = folders[2]
    cache.write_text(damage(cache.read_text()), errors="surrogatepass")
    parses.clear()
    assert load(folders).routines == expected
    assert len(parses) == 3
    parses.clear()
    assert load(folders).routines == expected and parses == []  # rewritten whole


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_cache_that_is_a_fifo_is_not_waited_on(folders):
    folders[2].parent.mkdir(parents=True)
    os.mkfifo(folders[2])
    assert set(load(folders).routines) == {"tiny", "mine"}


def test_the_cache_writer_takes_a_broken_file_whose_name_and_message_are_not_text(folders, parses):
    odd = Path(os.fsdecode(bytes(folders[1]) + b"/\xff\xfe.yaml"))
    odd.write_text('id: odd\n"\\ud800\\e[31m": 1\n')
    settle(odd, folders[1])
    first = load(folders)
    assert any(b.path == odd for b in first.broken)
    parses.clear()
    second = load(folders)
    assert parses == []  # every entry, the odd one too, came back from the cache
    assert [b.message for b in second.broken] == [b.message for b in first.broken]
    "\n".join(b.message for b in second.broken).encode("utf-8")


# -- a routine with variants and a progression -----------------------------------------


@pytest.fixture
def programme(folders):
    mine = folders[1] / "mine.yaml"
    mine.write_text((TINY + BLOCKS).replace("id: tiny", "id: mine"))
    settle(mine, folders[1])
    return folders


def test_a_programme_comes_back_from_the_cache_whole(programme, parses):
    first = load(programme)
    parses.clear()
    second = load(programme)
    assert parses == []
    mine = second.get("mine")
    assert mine == first.get("mine") and mine.weeks == 4 and len(mine.variants) == 1
    assert mine.for_week(3).steps[1].image == assets_dir() / "images" / "single-leg-calf-raises.svg"


def variant(change):
    return lambda entry: change(entry["routine"]["variants"][0])


def week(change, index=0):
    return lambda entry: change(entry["routine"]["progression"][index])


def first_change(change):
    return week(lambda w: change(w["changes"][0]))


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e["routine"].update(variants="abc"),
        lambda e: e["routine"].update(progression={"week": 2}),
        lambda e: e["routine"].update(week=3),
        lambda e: e["routine"].update(week=-1),
        variant(lambda v: v.update(of="nothing")),
        variant(lambda v: v.update(exercise="hold-it")),
        variant(lambda v: v.update(cues=[])),
        variant(lambda v: v.update(sides="sideways")),
        variant(lambda v: v.update(image="/etc/passwd")),
        variant(lambda v: v.update(extra=1)),
        week(lambda w: w.update(week=1)),
        week(lambda w: w.update(week="2")),
        week(lambda w: w.update(week=3)),  # week 3 twice
        week(lambda w: w.update(note="\x1b[31m")),
        week(lambda w: w.update(changes="all")),
        first_change(lambda c: c.update(reps=-3)),
        first_change(lambda c: c.update(exercise="nope")),
        first_change(lambda c: c.update(swap="nope")),
        first_change(lambda c: c.update(duration_s=20)),
        first_change(lambda c: c.update(tempo_s=float("nan"))),
        first_change(lambda c: c.pop("rest_s")),
    ],
)
def test_a_crafted_programme_in_the_cache_is_read_again_from_its_file(programme, parses, change):
    expected = load(programme)
    craft(programme, change)
    parses.clear()
    catalog = load(programme)
    assert catalog.routines == expected.routines
    assert parses == [programme[1] / "mine.yaml"]
