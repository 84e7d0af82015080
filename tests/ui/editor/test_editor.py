"""The routine editor, driven through its own widgets: build, check, undo, try, save, close."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from coach.core.paths import assets_dir
from coach.core.routines.draft import EditKind
from coach.core.routines.file import load_routine
from coach.ui.editor.editor_window import RoutineEditor


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _set_spin(qtbot, box, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))


@pytest.fixture
def editor_of(qtbot, window):
    def make(how: str = "new", routine_id: str = "") -> RoutineEditor:
        editing = window.routine_editing
        editor = {"new": editing.new_routine, "duplicate": lambda: editing.duplicate(routine_id),
                  "edit": lambda: editing.edit(routine_id)}[how]()  # fmt: skip
        assert editor is not None
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return make


def test_a_routine_built_in_the_editor_plays_and_saves(qtbot, window, editor_of, data_paths, cue_output):
    window._cue_output = cue_output  # no sound device in tests
    editor = editor_of("new")
    routine, step = editor.routine_form.fields, editor.step_form.fields
    _retype(qtbot, routine["title"].widget, "Wall and calves")
    _retype(qtbot, routine["id"].widget, "wall-and-calves")
    _retype(qtbot, routine["when"].widget, "Evenings")
    qtbot.keyClicks(routine["summary"].widget, "A wall sit and calf raises.")  # new routines start with it empty
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert len(editor.draft.steps) == 1
    qtbot.keyClicks(step["name"].widget, "Wall sit")
    qtbot.keyClicks(step["exercise"].widget, "wall-sit")
    step["kind"].widget.setCurrentIndex(step["kind"].widget.findData(EditKind.HOLD.value))
    assert not editor.step_form.cells["duration_s"].isHidden() and editor.step_form.cells["reps"].isHidden()
    _set_spin(qtbot, step["duration_s"].widget, 40)
    step["sides"].widget.setCurrentIndex(step["sides"].widget.findData("each"))
    qtbot.keyClicks(step["cues"].widget, "Back flat on the wall")
    qtbot.keyClick(step["cues"].widget, Qt.Key.Key_Return)
    qtbot.keyClicks(step["cues"].widget, "Knees over ankles")
    assert editor.draft.steps[0].cues == ("Back flat on the wall", "Knees over ankles")
    assert editor.total_label.text() == "Total 1:30 · 1 step"  # 5 get ready + 40 left + 5 switch + 40 right
    qtbot.waitUntil(lambda: editor.try_button.isEnabled())  # the check runs once typing pauses
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert window.player is not None
    assert window.player.view.name_label.text() == "Wall sit"
    assert window.player.routine.steps[0].duration_s == 40
    window.player.shutdown()
    window._player_closed()

    assert editor.save()
    saved = load_routine(data_paths.routines / "wall-and-calves.yaml", assets_dir())
    assert (saved.title, saved.steps[0].sides) == ("Wall and calves", "each")
    assert saved.steps[0].cues == ("Back flat on the wall", "Knees over ankles")
    assert window.services.catalog.get("wall-and-calves") is not None  # home knows it without a restart
    assert "*" not in editor.windowTitle()


def test_problems_show_beside_their_field_in_the_loaders_words(qtbot, editor_of):
    editor = editor_of("duplicate", "tiny-test")
    title = editor.routine_form.fields["title"]
    _retype(qtbot, title.widget, " ")
    qtbot.waitUntil(lambda: title.error.isVisibleTo(editor))
    assert title.error.text() == "'title' must not be empty"
    assert title.widget.accessibleDescription() == title.error.text()
    assert not editor.try_button.isEnabled()
    reps = editor.step_form.fields["reps"]
    editor.step_list.setCurrentRow(1)
    _set_spin(qtbot, reps.widget, 500)
    qtbot.waitUntil(lambda: reps.error.isVisibleTo(editor))
    assert reps.error.text() == "'reps' must be between 1 and 200, not 500"
    editor.check_now()
    assert not editor.save()
    assert "Not saved" in editor.status_label.text()
    _retype(qtbot, title.widget, "Fixed")
    _set_spin(qtbot, reps.widget, 12)
    qtbot.waitUntil(lambda: not title.error.isVisibleTo(editor) and editor.try_button.isEnabled())


def test_undo_and_redo_a_field_edit_with_the_keys(qtbot, editor_of):
    editor = editor_of("duplicate", "tiny-test")
    title = editor.routine_form.fields["title"].widget
    before = title.text()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " plus")
    assert editor.draft.title == f"{before} plus"
    assert editor.undo_stack.count() == 1  # typing in one field is one undo step
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (editor.draft.title, title.text()) == (before, before)
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (editor.draft.title, title.text()) == (f"{before} plus", f"{before} plus")


def test_steps_move_by_keys_and_by_drag_and_the_move_undoes(qtbot, editor_of):
    editor = editor_of("duplicate", "knee-strength")
    names = [s.name for s in editor.draft.steps]
    editor.step_list.setFocus()
    editor.step_list.setCurrentRow(0)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.name for s in editor.draft.steps][:2] == [names[1], names[0]]
    assert editor.step_list.currentRow() == 1 and editor.step_list.item(1).text().startswith(f"2. {names[0]}")
    editor.undo_stack.undo()
    assert [s.name for s in editor.draft.steps] == names
    model = editor.step_list.model()
    assert model.moveRow(model.index(-1, -1).parent(), 3, model.index(-1, -1).parent(), 0)  # as a drop does
    qtbot.waitUntil(lambda: editor.draft.steps[0].name == names[3])
    assert [s.name for s in editor.draft.steps] == [names[3], *names[:3], *names[4:]]
    editor.undo_stack.undo()
    assert [s.name for s in editor.draft.steps] == names
    assert editor.step_list.item(0).text().startswith(f"1. {names[0]}")


def test_a_duplicated_builtin_saves_as_the_same_routine_and_the_builtin_stays(qtbot, editor_of, data_paths, window):
    builtin = window.services.catalog.get("knee-strength")
    before = builtin.source.read_bytes()
    assert window.routine_editing.edit("knee-strength") is None  # built-ins are read-only
    editor = editor_of("duplicate", "knee-strength")
    assert editor.draft.id == "knee-strength-copy" and editor.path is None
    assert editor.save()
    saved = load_routine(data_paths.routines / "knee-strength-copy.yaml", assets_dir())
    assert replace(saved, id=builtin.id, title=builtin.title, source=None, content_hash="") == replace(
        builtin, source=None, content_hash="")  # fmt: skip
    assert builtin.source.read_bytes() == before
    assert "# yaml-language-server" in (data_paths.routines / "knee-strength-copy.yaml").read_text()


def test_saving_an_unchanged_user_routine_changes_no_byte(qtbot, editor_of, data_paths):
    path = data_paths.routines / "tiny-test.yaml"
    path.write_text(path.read_text().replace("steps:\n", "# my notes\nsteps:\n"), encoding="utf-8")
    before = path.read_bytes()
    editor = editor_of("edit", "tiny-test")
    assert editor.path == path
    assert editor.save()
    assert path.read_bytes() == before
    _set_spin(qtbot, editor.step_form.fields["sets"].widget, 3)
    assert editor.save()
    assert "# my notes" in path.read_text() and "sets: 3" in path.read_text()


def test_closing_with_unsaved_changes_asks(qtbot, editor_of, notifier, data_paths):
    editor = editor_of("duplicate", "tiny-test")
    editor.close()
    assert notifier.questions == []  # nothing changed: nothing to ask
    editor = editor_of("duplicate", "tiny-test")
    _retype(qtbot, editor.routine_form.fields["title"].widget, "Changed")
    assert "*" in editor.windowTitle()
    notifier.answers = [2]  # Cancel
    editor.close()
    assert editor.isVisible() and "Save the changes to Changed before closing?" in notifier.questions
    notifier.answers = [0]  # Save
    editor.close()
    assert not editor.isVisible()
    assert load_routine(data_paths.routines / f"{editor.draft.id}.yaml", assets_dir()).title == "Changed"
    other = editor_of("duplicate", "tiny-test")
    _retype(qtbot, other.routine_form.fields["title"].widget, "Thrown away")
    notifier.answers = [1]  # Discard
    other.close()
    assert not other.isVisible() and not (data_paths.routines / f"{other.draft.id}.yaml").exists()


def test_add_a_step_from_the_library_and_remove_it(qtbot, editor_of, monkeypatch):
    from coach.ui.editor import picker

    editor = editor_of("duplicate", "tiny-test")
    squats = next(c for c in editor.choices if c.id == "squats")
    monkeypatch.setattr(picker.ExercisePicker, "exec", lambda self: 1)
    monkeypatch.setattr(picker.ExercisePicker, "chosen", lambda self: squats)
    editor.step_list.setCurrentRow(0)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [s.exercise for s in editor.draft.steps] == ["wall-sit", "squats", "calf-raises"]
    assert editor.step_form.fields["name"].widget.text() == squats.name
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [s.exercise for s in editor.draft.steps] == ["wall-sit", "calf-raises"]
    editor.undo_stack.undo()
    assert len(editor.draft.steps) == 3
    QApplication.processEvents()


def test_the_picker_lists_the_library_with_pictures_and_filters_as_you_type(qtbot):
    from coach.core.routines.catalog import load_catalog
    from coach.core.routines.exercise_choices import exercise_choices
    from coach.core.routines.library import load_library
    from coach.ui.editor.picker import ExercisePicker

    library = load_library()
    dialog = ExercisePicker(exercise_choices(library, load_catalog(None)))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(library)  # every library exercise, even one no routine uses yet
    assert [dialog.list.item(r).text() for r in range(3)] == [e.name for e in library.exercises[:3]]
    assert not dialog.list.item(0).icon().isNull()  # its picture as a thumbnail
    qtbot.keyClicks(dialog.search, "calf rai")
    assert dialog.chosen() is not None and dialog.chosen().id == "calf-raises"
    shown = [dialog.list.item(r).text() for r in range(dialog.list.count()) if not dialog.list.item(r).isHidden()]
    assert shown == [library.get("calf-raises").name, library.get("single-leg-calf-raises").name]
    calf = library.get("calf-raises")
    assert dialog.details.text().startswith("Starts as 15 reps")  # as the built-in routines do it
    assert all(cue in dialog.details.text() for cue in calf.cues)
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.chosen() is None and not dialog.ok_button.isEnabled()


def test_a_library_step_takes_the_librarys_words_and_a_routines_numbers():
    from coach.core.routines.catalog import load_catalog
    from coach.core.routines.exercise_choices import exercise_choices
    from coach.core.routines.library import load_library

    library = load_library()
    catalog = load_catalog(None)
    choices = {c.id: c for c in exercise_choices(library, catalog)}
    squats = choices["squats"].as_step()
    example = next(s for r in catalog for s in r.steps if s.exercise == "squats")
    assert (squats.name, squats.cues, squats.image) == (library.get("squats").name, library.get("squats").cues,
                                                        "squats.svg")  # fmt: skip
    assert (squats.kind, squats.reps, squats.tempo_s, squats.sets) == (EditKind.REPS, example.reps, example.tempo_s,
                                                                       example.sets)  # fmt: skip
    quad = choices["quad-stretch"].as_step()
    assert quad.kind is EditKind.HOLD and quad.sides == "each"
    assert squats.origin is None


def test_the_step_form_shows_the_fields_of_its_kind(qtbot, editor_of):
    editor = editor_of("duplicate", "tiny-test")
    form = editor.step_form
    kind = form.fields["kind"].widget
    visible = {}
    for code in EditKind:
        kind.setCurrentIndex(kind.findData(code.value))
        visible[code] = {name for name in ("duration_s", "reps", "tempo_s", "hold_s", "sides")
                         if not form.cells[name].isHidden()}  # fmt: skip
    assert visible == {EditKind.HOLD: {"duration_s", "sides"}, EditKind.TIMED: {"duration_s"},
                       EditKind.REPS: {"reps", "tempo_s", "sides"},
                       EditKind.REPS_WITH_HOLD: {"reps", "tempo_s", "hold_s", "sides"}}  # fmt: skip
    assert editor.draft.steps[0].kind is EditKind.REPS_WITH_HOLD
    assert editor.undo_stack.count() == 3  # each change of kind is its own undo step (it was a hold already)


def test_the_routines_menu_opens_the_editor_and_built_ins_stay_read_only(qtbot, window, notifier, data_paths):
    names = {a.objectName(): a for a in window.findChildren(QAction)}
    assert {"action-new-routine", "action-duplicate-routine", "action-edit-routine"} <= set(names)
    (data_paths.routines / "tiny-test.yaml").unlink()
    window.routines.reload()
    names["action-edit-routine"].trigger()  # no routine of the user's own: nothing to edit
    assert notifier.infos and "duplicate one first" in notifier.infos[-1]
    names["action-new-routine"].trigger()
    editor = window.routine_editing.editors[-1]
    assert editor.draft.id == "my-routine" and editor.path is None
    assert editor.steps_error.text() == "'steps' is empty: a routine needs at least one step"


def test_tab_goes_from_the_routine_to_its_steps(qtbot, editor_of):
    editor = editor_of("duplicate", "tiny-test")
    last = editor.routine_form.fields["switch_s"].widget
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.step_list


def test_trying_a_draft_writes_no_session_into_the_diary(qtbot, window, editor_of, cue_output, play, settle,
                                                         notifier, diary):  # fmt: skip
    window._cue_output = cue_output
    before = len(diary.sessions())
    editor = editor_of("duplicate", "tiny-test")
    qtbot.waitUntil(lambda: editor.try_button.isEnabled())
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    player = window.player
    assert player is not None and player.trial
    total = player.plan.total_s
    play(player, total + 1, step=1.0)
    assert player.done_view.isVisible() or player.pages.currentWidget() is player.done_view
    assert player.done_view.ratings.isHidden()  # nothing to rate
    assert "nothing was written to your diary" in player.done_view.notes.text()
    settle(player)
    assert len(diary.sessions()) == before
    player.back_to_routines()
    # Stopped part way, too: nothing written.
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    player = window.player
    play(player, 3, step=1.0)
    notifier.answers = [True]
    assert player.request_stop()
    assert "A try-out is not written to your diary" in notifier.questions[-1]
    settle(player)
    assert len(diary.sessions()) == before


def test_playing_a_routine_from_home_still_writes_its_session(qtbot, window, cue_output, play, settle, diary):
    window._cue_output = cue_output
    window.play("tiny-test")
    player = window.player
    assert not player.trial
    play(player, player.plan.total_s + 1, step=1.0)
    settle(player)
    assert diary.sessions()[-1].status == "completed"


@pytest.fixture
def german(qapp):
    from coach.core.i18n import use_language
    from coach.ui.shell.translations import install_translators

    use_language("de")  # the core's words too, as the app chooses both at start-up
    installed = install_translators(qapp, "de")
    yield installed
    installed.uninstall(qapp)
    use_language("en")


def test_in_german_the_routines_menu_and_the_editor_speak_german(german, qtbot, make_window, tmp_path):
    window = make_window()
    names = {a.objectName(): a.text() for a in window.findChildren(QAction)}
    assert (names["action-new-routine"], names["action-duplicate-routine"], names["action-edit-routine"]) == (
        "Neue Routine …", "Routine duplizieren …", "Routine bearbeiten …")  # fmt: skip
    editor = window.routine_editing.duplicate("tiny-test")
    qtbot.waitExposed(editor)
    assert editor.draft.title == "Tiny test (Kopie)"
    form = editor.step_form
    assert form.layout_.labelForField(form.cells["sets"]).text() == "Sätze"
    assert form.choose_picture_button.text() == "Bild wählen …"
    focus = editor.routine_form.fields["focus"].widget
    assert focus.itemText(focus.findData("strength")) == "Kraft"  # the routine cards' word
    editor.grab().save(str(tmp_path / "editor-de.png"))
    editor.undo_stack.setClean()


@pytest.mark.parametrize("routine_id", ["pre-run-warm-up", "post-run-cool-down", "knee-strength", "sore-knee-care"])
def test_a_duplicated_builtin_saves_byte_for_byte_but_its_id_and_title(qtbot, editor_of, data_paths, window, routine_id):
    builtin = window.services.catalog.get(routine_id)
    editor = editor_of("duplicate", routine_id)
    assert editor.timeline.plan is not None and editor.timeline.plan.total_s > 0  # the live timeline, the player's plan
    assert editor.save()
    saved = (data_paths.routines / f"{routine_id}-copy.yaml").read_bytes()
    original = builtin.source.read_bytes()
    expected = original.replace(f"id: {routine_id}\n".encode(), f"id: {routine_id}-copy\n".encode(), 1).replace(
        f"title: {builtin.title}\n".encode(), f"title: {editor.draft.title}\n".encode(), 1)  # fmt: skip
    assert saved == expected
    again = load_routine(data_paths.routines / f"{routine_id}-copy.yaml", assets_dir())
    assert replace(again, id=routine_id, title=builtin.title, source=None, content_hash="") == replace(
        builtin, source=None, content_hash="")  # fmt: skip


def test_a_new_routines_id_follows_its_title_until_typed_and_its_summary_starts_empty(qtbot, editor_of, data_paths):
    editor = editor_of("new")
    routine = editor.routine_form.fields
    assert editor.draft.summary == "" and routine["summary"].widget.placeholderText()  # shown, never saved
    _retype(qtbot, routine["title"].widget, "Quick Knie-Übung")
    assert editor.draft.id == "quick-knie-ubung"  # the file name a user would expect, in the loader's alphabet
    (data_paths.routines / "morning-set.yaml").write_text("not a routine, but the name is taken\n")
    _retype(qtbot, routine["title"].widget, "Morning set")
    assert editor.draft.id == "morning-set-2"  # never another file's name
    _retype(qtbot, routine["id"].widget, "my-own-name")
    _retype(qtbot, routine["title"].widget, "Evening set")
    assert editor.draft.id == "my-own-name"  # typed by hand: the title no longer renames it
    editor.undo_stack.setClean()
