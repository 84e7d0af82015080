"""Export… and Import…: a routine goes out as one file (a zip with the user's own pictures)
and comes back the same; an id that is taken is never overwritten without being told."""

import zipfile
from dataclasses import replace

import pytest

from coach.core.errors import InputError
from coach.core.paths import assets_dir
from coach.core.routines import offer, sharing
from coach.core.routines.catalog import load_catalog
from coach.core.routines.sharing import OnClash
from tests.core.routine_text import TINY

SVG = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle cx='5' cy='5' r='4'/></svg>"
MINE = TINY.replace("id: tiny", "id: physio-bridges").replace("title: Tiny routine", "title: Bridges from Anna")
PICTURED = MINE.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: anna-bridge.svg").replace(
    "cues: [Back flat on the wall, Knees over ankles]", "cues: [Back flat on the wall, Knees over ankles]\n    image: squats.svg")


def files(folder):
    """Every file under ``folder`` with its bytes: what "nothing was written" is checked against."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def same_routine(a, b):
    """Equal but for where they were read from (and so where their own pictures are)."""
    strip = lambda r: replace(r, source=None, steps=tuple(replace(s, image=None, line=0) for s in r.steps))  # noqa: E731
    assert strip(a) == strip(b)
    for one, two in zip(a.steps, b.steps, strict=True):
        assert (one.image is None) == (two.image is None)
        if one.image is not None:
            assert one.image.read_bytes() == two.image.read_bytes()


@pytest.fixture
def sender(tmp_path):
    """Anna's data folder: her routine with a picture of her own, beside it in her routines folder."""
    folder = tmp_path / "anna" / "routines"
    folder.mkdir(parents=True)
    (folder / "bridges.yaml").write_text(PICTURED, encoding="utf-8")
    (folder / "anna-bridge.svg").write_bytes(SVG)
    return folder


@pytest.mark.parametrize("routine_id", ["knee-strength", "pre-run-warm-up"])
def test_a_built_in_goes_out_as_one_yaml_file_and_comes_back_the_same(tmp_path, data_paths, routine_id):
    catalog = load_catalog(data_paths.routines)
    built_in = catalog.get(routine_id)
    assert sharing.suggested_name(built_in) == f"{routine_id}.routine.yaml"
    exported = sharing.export_routine(built_in, tmp_path / f"{routine_id}.routine.yaml")
    assert exported.pictures == () and exported.path.read_bytes() == built_in.source.read_bytes()
    elsewhere = tmp_path / "friend" / "routines"
    result = sharing.import_file(exported.path, elsewhere, load_catalog(None, builtin_dir=tmp_path / "none"))
    assert result.outcome == "added" and result.path == elsewhere / f"{routine_id}.yaml"
    same_routine(load_catalog(elsewhere, builtin_dir=tmp_path / "none").get(routine_id), built_in)


def test_own_pictures_go_in_a_zip_in_a_fixed_order_and_come_back_the_same(tmp_path, data_paths, sender):
    catalog = load_catalog(sender)
    mine = catalog.get("physio-bridges")
    assert sharing.own_pictures(mine) == ("anna-bridge.svg",)  # squats.svg is the app's own
    assert sharing.suggested_name(mine) == "physio-bridges.routine.zip"
    with pytest.raises(InputError, match=r"pictures of your own \(anna-bridge.svg\): export it to a .zip"):
        sharing.export_routine(mine, tmp_path / "bridges.routine.yaml")
    assert not (tmp_path / "bridges.routine.yaml").exists()
    first = sharing.export_routine(mine, tmp_path / "one.routine.zip")
    second = sharing.export_routine(mine, tmp_path / "two.routine.zip")
    assert first.pictures == ("anna-bridge.svg",)
    assert first.path.read_bytes() == second.path.read_bytes()  # deterministic: no dates, fixed order
    with zipfile.ZipFile(first.path) as archive:
        assert archive.namelist() == ["physio-bridges.routine.yaml", "anna-bridge.svg"]
        assert archive.read("physio-bridges.routine.yaml") == PICTURED.encode()
    result = sharing.import_file(first.path, data_paths.routines, load_catalog(data_paths.routines))
    assert result.outcome == "added" and result.pictures == (data_paths.routines / "anna-bridge.svg",)
    assert files(data_paths.routines) == {"physio-bridges.yaml": PICTURED.encode(), "anna-bridge.svg": SVG}
    back = load_catalog(data_paths.routines)
    assert not back.broken
    same_routine(back.get("physio-bridges"), mine)
    assert back.get("physio-bridges").steps[0].image == assets_dir().resolve() / "images" / "squats.svg"


def test_an_id_that_is_taken_is_a_conflict_until_replace_or_keep_both_is_said(tmp_path, data_paths):
    sent = tmp_path / "strength.routine.yaml"
    sent.write_text(MINE.replace("id: physio-bridges", "id: knee-strength"), encoding="utf-8")
    catalog = load_catalog(data_paths.routines)
    clash = sharing.import_file(sent, data_paths.routines, catalog)
    assert (clash.outcome, clash.clash, clash.written) == ("conflict", "a built-in routine", False)
    assert files(data_paths.routines) == {}
    kept = sharing.import_file(sent, data_paths.routines, catalog, OnClash.KEEP_BOTH)
    assert (kept.outcome, kept.routine_id, kept.path.name) == ("kept-both", "knee-strength-2", "knee-strength-2.yaml")
    catalog = load_catalog(data_paths.routines)
    assert catalog.get("knee-strength").title == "Knee strength"  # the built-in is still there
    assert catalog.get("knee-strength-2").title == "Bridges from Anna (2)"
    again = sharing.import_file(sent, data_paths.routines, catalog, OnClash.KEEP_BOTH)
    assert again.routine_id == "knee-strength-3"
    replaced = sharing.import_file(sent, data_paths.routines, load_catalog(data_paths.routines), OnClash.REPLACE)
    assert replaced.outcome == "replaced" and replaced.path.name == "knee-strength.yaml"
    catalog = load_catalog(data_paths.routines)
    assert catalog.get("knee-strength").title == "Bridges from Anna" and "knee-strength" in catalog.overridden
    assert len(files(data_paths.routines)) == 3 and not catalog.broken


def test_replace_overwrites_your_file_with_that_id_and_keeps_everything_else(tmp_path, data_paths):
    data_paths.routines.mkdir(parents=True)
    (data_paths.routines / "my-bridges.yaml").write_text(MINE, encoding="utf-8")
    (data_paths.routines / "physio-bridges.yaml").write_text("not a routine: [", encoding="utf-8")  # broken, not touched
    newer = MINE.replace("reps: 10", "reps: 12")
    sent = tmp_path / "bridges.routine.yaml"
    sent.write_text(newer, encoding="utf-8")
    catalog = load_catalog(data_paths.routines)
    assert sharing.import_file(sent, data_paths.routines, catalog).clash == "your routine my-bridges.yaml"
    assert (data_paths.routines / "my-bridges.yaml").read_text(encoding="utf-8") == MINE
    sharing.import_file(sent, data_paths.routines, catalog, OnClash.REPLACE)
    assert (data_paths.routines / "my-bridges.yaml").read_text(encoding="utf-8") == newer
    assert (data_paths.routines / "physio-bridges.yaml").read_text(encoding="utf-8") == "not a routine: ["
    kept = sharing.import_file(sent, data_paths.routines, load_catalog(data_paths.routines), OnClash.KEEP_BOTH)
    assert kept.path.name == "physio-bridges-2.yaml"  # physio-bridges.yaml is someone else's file


def test_a_picture_whose_name_is_taken_is_written_under_a_free_name_and_the_file_follows(tmp_path, data_paths, sender):
    exported = sharing.export_routine(load_catalog(sender).get("physio-bridges"), tmp_path / "b.routine.zip")
    data_paths.routines.mkdir(parents=True)
    (data_paths.routines / "anna-bridge.svg").write_bytes(SVG.replace(b"r='4'", b"r='2'"))  # another picture
    result = sharing.import_file(exported.path, data_paths.routines, load_catalog(data_paths.routines))
    assert result.pictures == (data_paths.routines / "physio-bridges-anna-bridge.svg",)
    text = result.path.read_text(encoding="utf-8")
    assert "image: physio-bridges-anna-bridge.svg" in text and "image: squats.svg" in text
    assert text.replace("physio-bridges-anna-bridge.svg", "anna-bridge.svg") == PICTURED  # nothing else changed
    routine = load_catalog(data_paths.routines).get("physio-bridges")
    assert routine.steps[1].image.read_bytes() == SVG
    # The same picture already there is used, not written twice.
    again = sharing.import_file(exported.path, data_paths.routines, load_catalog(data_paths.routines), OnClash.KEEP_BOTH)
    assert again.pictures == ()
    assert "image: physio-bridges-anna-bridge.svg" in again.path.read_text(encoding="utf-8")


def test_a_picture_named_like_one_of_the_apps_never_hides_it_from_your_other_routines(tmp_path, data_paths):
    sent = tmp_path / "s.routine.zip"
    with zipfile.ZipFile(sent, "w") as archive:
        archive.writestr("s.routine.yaml", MINE.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: calf-raises.svg"))
        archive.writestr("calf-raises.svg", SVG)
    result = sharing.import_file(sent, data_paths.routines, load_catalog(data_paths.routines))
    assert [p.name for p in result.pictures] == ["physio-bridges-calf-raises.svg"]
    assert not (data_paths.routines / "calf-raises.svg").exists()
    assert load_catalog(data_paths.routines).get("physio-bridges").steps[1].image.read_bytes() == SVG


def test_the_file_written_is_the_one_checked_not_the_file_read_again(tmp_path, data_paths):
    sent = tmp_path / "bridges.routine.yaml"
    sent.write_text(MINE, encoding="utf-8")
    catalog = load_catalog(data_paths.routines)
    offered = offer.inspect(sent, data_paths.routines, catalog)
    sent.write_text("id: changed after it was checked\n", encoding="utf-8")
    assert sharing.install(offered, data_paths.routines, catalog).path.read_text(encoding="utf-8") == MINE


def test_a_routine_folder_that_cannot_be_written_is_a_storage_error_with_nothing_left_behind(tmp_path, data_paths, sender):
    from coach.core.errors import StorageError

    exported = sharing.export_routine(load_catalog(sender).get("physio-bridges"), tmp_path / "b.routine.zip")
    data_paths.routines.mkdir(parents=True)
    (data_paths.routines / "physio-bridges.yaml").mkdir()  # the routine's own name is a folder: its write fails
    catalog = load_catalog(data_paths.routines)
    offered = offer.inspect(exported.path, data_paths.routines, catalog)
    target = data_paths.routines / "physio-bridges.yaml"
    with pytest.raises(StorageError, match="could not be added"):
        sharing._write(data_paths.routines, target, offered.data, offered.pictures)
    assert files(data_paths.routines) == {}  # the picture written first was taken away again


def test_replace_removes_the_old_routines_own_pictures_the_new_one_no_longer_uses(tmp_path, data_paths):
    folder = data_paths.routines
    folder.mkdir(parents=True)
    old = PICTURED.replace("image: squats.svg", "image: old-only.svg")
    (folder / "physio-bridges.yaml").write_text(old, encoding="utf-8")
    (folder / "anna-bridge.svg").write_bytes(SVG)  # the old one's, and the new one's too
    (folder / "old-only.svg").write_bytes(SVG)  # the old one's only: goes
    (folder / "shared.svg").write_bytes(SVG)  # another routine of yours uses it: stays
    (folder / "other.yaml").write_text(MINE.replace("id: physio-bridges", "id: other").replace(
        "cues: [Rise slowly]", "cues: [Rise slowly]\n    image: shared.svg"), encoding="utf-8")  # fmt: skip
    (folder / "stray.svg").write_bytes(SVG)  # not the old routine's: never touched
    assert not load_catalog(folder).broken
    sent_folder = tmp_path / "anna" / "routines"
    sent_folder.mkdir(parents=True)
    (sent_folder / "bridges.yaml").write_text(PICTURED.replace("reps: 10", "reps: 12"), encoding="utf-8")
    (sent_folder / "anna-bridge.svg").write_bytes(SVG.replace(b"r='4'", b"r='3'"))  # a new drawing, same name
    exported = sharing.export_routine(load_catalog(sent_folder).get("physio-bridges"), tmp_path / "new.routine.zip")
    result = sharing.import_file(exported.path, folder, load_catalog(folder), OnClash.REPLACE)
    assert result.outcome == "replaced"
    assert result.pictures == (folder / "physio-bridges-anna-bridge.svg",)  # the name was taken by the old drawing
    assert set(result.removed) == {folder / "anna-bridge.svg", folder / "old-only.svg"}
    assert sorted(files(folder)) == ["other.yaml", "physio-bridges-anna-bridge.svg", "physio-bridges.yaml",
                                     "shared.svg", "stray.svg"]  # fmt: skip
    catalog = load_catalog(folder)
    new = catalog.get("physio-bridges")
    assert not catalog.broken and new.steps[1].reps == 12
    assert new.steps[1].image.read_bytes() == SVG.replace(b"r='4'", b"r='3'")


def test_replace_keeps_a_picture_a_kept_both_copy_still_uses(tmp_path, data_paths, sender):
    exported = sharing.export_routine(load_catalog(sender).get("physio-bridges"), tmp_path / "b.routine.zip")
    folder = data_paths.routines
    sharing.import_file(exported.path, folder, load_catalog(folder))
    sharing.import_file(exported.path, folder, load_catalog(folder), OnClash.KEEP_BOTH)  # shares anna-bridge.svg
    plain = tmp_path / "plain.routine.yaml"
    plain.write_text(MINE.replace("reps: 10", "reps: 11"), encoding="utf-8")  # no pictures at all
    result = sharing.import_file(plain, folder, load_catalog(folder), OnClash.REPLACE)
    assert result.removed == () and (folder / "anna-bridge.svg").read_bytes() == SVG
    assert not load_catalog(folder).broken
