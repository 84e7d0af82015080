"""Routines → Import routine… / Export routine…: the offer dialog asks Replace / Keep both /
Cancel when the id is taken, and nothing is written before the user chooses."""

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from coach.core.routines.catalog import load_catalog
from tests.core.routine_text import TINY
from tests.ui.conftest import TINY_ROUTINE

SVG = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle cx='5' cy='5' r='4'/></svg>"


def listing(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_routines_menu_holds_import_and_export(window):
    menu = window.menuBar().findChild(QMenu, "menu-routines")
    assert menu is not None and menu.title() == "&Routines"
    names = [action.objectName() for action in menu.actions()]
    assert names[:2] == ["action-import-routine", "action-export-routine"]  # then the editor's, after a separator
    assert {"action-new-routine", "action-duplicate-routine", "action-edit-routine"} <= set(names)


def test_import_with_a_taken_id_asks_and_keep_both_adds_it_under_a_new_id(qtbot, window, services, tmp_path):
    sent = tmp_path / "strength.routine.yaml"
    sent.write_text(TINY.replace("id: tiny", "id: knee-strength").replace("title: Tiny routine", "title: From Anna"))
    before = listing(services.paths.routines)
    window.routine_sharing.choose_import_file = lambda: sent
    window.routine_sharing.import_action.trigger()
    dialog = window.routine_offer
    assert dialog.isVisible() and dialog.add_button is None
    assert dialog.heading.text() == ("“From Anna” has the same id as a built-in routine.\n"
                                     "Replace it, or keep both (this one becomes knee-strength-2)?")  # fmt: skip
    assert dialog.keep_both_button.isDefault() and dialog.replace_button.text() == "&Replace"
    assert listing(services.paths.routines) == before  # nothing yet
    dialog.grab().save(str(tmp_path / "clash.png"))
    qtbot.mouseClick(dialog.keep_both_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.import_result.outcome == "kept-both"
    added = services.paths.routines / "knee-strength-2.yaml"
    assert set(listing(services.paths.routines)) == set(before) | {"knee-strength-2.yaml"}
    catalog = load_catalog(services.paths.routines)
    assert catalog.get("knee-strength-2").title == "From Anna (2)" and catalog.get("knee-strength").title == "Knee strength"
    assert services.notifier.confirmations[-1].startswith(f"Added to your routines ({added.name})")
    qtbot.waitUntil(lambda: "card-knee-strength-2" in {card.objectName() for card in window.home.cards.values()})


def test_replace_overwrites_your_routine_with_that_id_and_cancel_writes_nothing(qtbot, window, services, tmp_path):
    newer = TINY_ROUTINE.replace("reps: 10", "reps: 14")
    sent = tmp_path / "tiny.routine.yaml"
    sent.write_text(newer)
    mine = services.paths.routines / "tiny-test.yaml"
    dialog = window.routine_sharing.import_routine(sent)
    assert "has the same id as your routine tiny-test.yaml" in dialog.heading.text()
    dialog.reject()
    assert mine.read_text() == TINY_ROUTINE and len(listing(services.paths.routines)) == 1
    dialog = window.routine_sharing.import_routine(sent)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert mine.read_text() == newer and len(listing(services.paths.routines)) == 1


def test_a_zip_opened_like_coach_open_brings_its_pictures(qtbot, window, services, tmp_path):
    sent = tmp_path / "anna.routine.zip"
    with zipfile.ZipFile(sent, "w") as archive:
        archive.writestr("anna.routine.yaml", TINY.replace("id: tiny", "id: anna").replace(
            "cues: [Rise slowly]", "cues: [Rise slowly]\n    image: anna.svg"))
        archive.writestr("anna.svg", SVG)
    dialog = window.offer_routine_file(sent)
    assert dialog.heading.text() == "Add “Tiny routine” to your routines?"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert (services.paths.routines / "anna.svg").read_bytes() == SVG
    assert load_catalog(services.paths.routines).get("anna").steps[1].image.name == "anna.svg"


def test_a_hostile_zip_is_shown_with_its_reasons_and_offers_no_add(window, services, tmp_path):
    sent = tmp_path / "slip.zip"
    with zipfile.ZipFile(sent, "w") as archive:
        archive.writestr("anna.routine.yaml", TINY)
        archive.writestr("../../evil.svg", SVG)
    dialog = window.routine_sharing.import_routine(sent)
    assert dialog.add_button is None and dialog.replace_button is None
    assert "zip slip" in dialog.details.toPlainText()
    assert list(services.paths.routines.iterdir()) == [services.paths.routines / "tiny-test.yaml"]


def test_export_asks_which_routine_and_where_then_writes_it(qtbot, window, services, tmp_path):
    asked = []
    sharing = window.routine_sharing
    sharing.choose_routine = lambda routines: next(r for r in routines if r.id == "knee-strength")
    sharing.choose_export_file = lambda routine, suggested: asked.append(suggested) or tmp_path / suggested
    sharing.export_action.trigger()
    assert asked == ["knee-strength.routine.yaml"]
    assert (tmp_path / asked[0]).read_bytes() == services.catalog.get("knee-strength").source.read_bytes()
    assert services.notifier.confirmations[-1] == "Exported “Knee strength” to knee-strength.routine.yaml"
    sharing.choose_export_file = lambda routine, suggested: None  # cancelled: nothing said, nothing written
    assert sharing.export_routine("tiny-test") is None and len(list(tmp_path.glob("*.routine.*"))) == 1


def test_export_of_a_routine_with_your_own_pictures_is_a_zip_or_an_error_in_words(qtbot, window, services, tmp_path):
    (services.paths.routines / "mine.svg").write_bytes(SVG)
    (services.paths.routines / "tiny-test.yaml").write_text(TINY_ROUTINE.replace("image: squats.svg", "image: mine.svg"))
    sharing = window.routine_sharing
    sharing.choose_export_file = lambda routine, suggested: tmp_path / suggested
    assert sharing.export_routine("tiny-test") == tmp_path / "tiny-test.routine.zip"
    assert zipfile.ZipFile(tmp_path / "tiny-test.routine.zip").namelist() == ["tiny-test.routine.yaml", "mine.svg"]
    assert services.notifier.confirmations[-1] == "Exported “Tiny test” with 1 picture of your own to tiny-test.routine.zip"
    sharing.choose_export_file = lambda routine, suggested: tmp_path / "tiny.routine.yaml"
    assert sharing.export_routine("tiny-test") is None
    assert "export it to a .zip file" in services.notifier.errors[-1]
