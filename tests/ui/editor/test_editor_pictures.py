"""A step's own picture: chosen in the editor, previewed, refused when hostile, saved beside the
routine (atomically, named relatively) and carried inside the .routine.zip an export writes."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt

from coach.core.paths import assets_dir
from coach.core.routines import sharing
from coach.core.routines.catalog import load_catalog
from coach.core.routines.file import load_routine
from coach.core.routines.rules import MAX_IMAGE_BYTES

SVG = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><rect width='10' height='6' fill='#c33'/></svg>"


@pytest.fixture
def editor(qtbot, window):
    editor = window.routine_editing.duplicate("tiny-test")
    qtbot.waitExposed(editor)
    return editor


def test_a_chosen_picture_is_previewed_saved_beside_the_routine_and_exported_in_the_zip(qtbot, editor, tmp_path,
                                                                                       data_paths, window):  # fmt: skip
    chosen = tmp_path / "My wall sit.svg"
    chosen.write_bytes(SVG)
    editor.ask_picture_file = lambda: chosen
    editor.step_list.setCurrentRow(0)
    assert editor.step_form.picture_preview.pixmap().isNull() or editor.draft.steps[0].image
    qtbot.mouseClick(editor.step_form.choose_picture_button, Qt.MouseButton.LeftButton)
    assert editor.draft.steps[0].image == "My-wall-sit.svg"  # a plain name the loader takes
    assert not editor.step_form.picture_preview.pixmap().isNull()
    assert not editor.step_form.picture_note.isVisibleTo(editor)
    assert not (data_paths.routines / "My-wall-sit.svg").exists()  # not before the routine is saved
    editor.check_now()
    assert editor.checked.ok, editor.checked.problems
    assert editor.checked.routine.steps[0].image.read_bytes() == SVG  # Try it shows it too
    editor.undo_stack.undo()
    assert editor.draft.steps[0].image != "My-wall-sit.svg"
    editor.undo_stack.redo()
    assert editor.save()
    saved = data_paths.routines / f"{editor.draft.id}.yaml"
    assert "image: My-wall-sit.svg\n" in saved.read_text()
    assert (data_paths.routines / "My-wall-sit.svg").read_bytes() == SVG
    routine = load_routine(saved, assets_dir())
    assert routine.steps[0].image == (data_paths.routines / "My-wall-sit.svg").resolve()
    catalog = load_catalog(data_paths.routines)
    exported = sharing.export_routine(catalog.get(editor.draft.id), tmp_path / "out.routine.zip")
    assert exported.pictures == ("My-wall-sit.svg",)
    with zipfile.ZipFile(exported.path) as archive:
        assert archive.read("My-wall-sit.svg") == SVG
    friend = tmp_path / "friend"
    result = sharing.import_file(exported.path, friend, load_catalog(None, builtin_dir=tmp_path / "none"))
    assert result.written and (friend / "My-wall-sit.svg").read_bytes() == SVG


@pytest.mark.parametrize(("name", "body", "words"), [
    ("evil.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "<script> element"),
    ("page.svg", b"<html><body>hi</body></html>", "root element is not <svg>"),
    ("bomb.svg", b"<!DOCTYPE svg [<!ENTITY a 'aaaa'>]><svg xmlns='http://www.w3.org/2000/svg'>&a;</svg>",
     "entity declarations"),
    ("fake.png", b"not a png at all", "no PNG signature"),
    ("notes.txt", b"hello", "choose an SVG or PNG file"),
    ("huge.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_IMAGE_BYTES + 10), "at most"),
])  # fmt: skip
def test_a_hostile_or_huge_picture_is_refused_beside_the_field(qtbot, editor, tmp_path, data_paths, name, body, words):
    bad = tmp_path / name
    bad.write_bytes(body)
    before = editor.draft
    assert not editor.choose_picture(bad)
    note = editor.step_form.picture_note
    assert note.isVisibleTo(editor) and words in note.text() and name in note.text()
    assert editor.draft == before and editor.pictures == {}
    assert editor.save()
    assert not (data_paths.routines / name).exists()


def test_a_picture_named_like_the_apps_own_gets_a_free_name(qtbot, editor, tmp_path, data_paths):
    mine = tmp_path / "squats.svg"
    mine.write_bytes(SVG)
    assert editor.choose_picture(mine)
    assert editor.draft.steps[0].image == "squats-2.svg"  # squats.svg would hide the app's from all your routines
    assert editor.save()
    assert (data_paths.routines / "squats-2.svg").read_bytes() == SVG
    assert not (data_paths.routines / "squats.svg").exists()
