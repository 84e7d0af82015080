"""The widgets' catalogs: every tr() string of coach/ui has a finished German translation, none is
stale, the shipped .qm is compiled from the .ts as it is, and German shows where it is installed."""

from __future__ import annotations

import ast
import re
import shutil
from datetime import UTC
from pathlib import Path

import pytest
from defusedxml import ElementTree

from coach.ui.shell.translations import catalog_dir, install_translators
from tools import translations as tool

UNDONE = ("unfinished", "obsolete", "vanished")
PLACEHOLDER = re.compile(r"\{(\w*)\}|%n")


def messages(ts: Path) -> dict[tuple[str, str], list]:
    """(context, source) -> the message element, for every message of the .ts."""
    root = ElementTree.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def tr_strings(root: Path = tool.SOURCES) -> set[tuple[str, str]]:
    """What lupdate would find, read with ast: self.tr("...") in a class, translate("Ctx", "...")
    and QT_TRANSLATE_NOOP("Ctx", "..."). Used when lupdate itself is not installed."""
    found = set()
    for path in tool.sources(root):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args:
                    if isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
                        found.add((cls.name, call.args[0].value))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
                context, text = call.args[0], call.args[1]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    found.add((context.value, text.value))
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_catalog_has_every_string_of_the_widgets_finished_and_none_stale(tmp_path, language):
    committed = tool.TS_DIR / f"coach_{language}.ts"
    ours = messages(committed)
    undone = [key for key, m in ours.items() if m.find("translation").get("type") in UNDONE]
    assert not undone, f"unfinished or stale in {committed.name} (run tools/translations.py, then Linguist): {undone}"
    if tool.tool("lupdate") is not None:  # lupdate itself: ~0.3 s
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        tool.lupdate(fresh)  # keeps obsolete entries, marked: what the source no longer says
        now = messages(fresh)
        new = [key for key, m in now.items() if m.find("translation").get("type") in UNDONE]
        assert not new, f"strings of coach/ui without a finished translation, or stale ones: {new}"
        assert set(now) == set(ours)
    elif language == "de":
        assert tr_strings() == set(ours)


def test_every_german_translation_keeps_the_placeholders_and_fills_each_plural_form():
    for (context, source), message in messages(tool.TS_DIR / "coach_de.ts").items():
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            assert text.strip() or not source.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)
        if message.get("numerus") == "yes":
            assert len(translations_of(message)) == 2 and "%n" in source, (context, source)


def test_the_shipped_catalogs_are_compiled_from_the_sources_as_they_are(tmp_path):
    if tool.tool("lrelease") is None:
        pytest.skip("lrelease is not installed")
    for ts in tool.ts_files():
        built = tmp_path / (ts.stem + ".qm")
        tool.lrelease(ts, built)
        shipped = catalog_dir() / built.name
        assert shipped.read_bytes() == built.read_bytes(), f"{shipped} is out of date: run tools/translations.py"


def test_plurals_go_through_tr_which_lupdate_marks_as_plural():
    """lupdate does not mark QCoreApplication.translate(ctx, text, "", n) as a plural message
    (its Python parser takes n only from tr()), so a count there would never get its forms."""
    for path in tool.sources():
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate":
                assert len(call.args) < 4, f"{path}:{call.lineno}: a plural through translate(); use self.tr(text, '', n)"


def test_the_ast_scan_agrees_with_lupdate():
    """The fallback above, when lupdate is missing, must mean the same thing."""
    assert tr_strings() == set(messages(tool.TS_DIR / "coach_de.ts"))


@pytest.fixture
def german(qapp):
    installed = install_translators(qapp, "de")
    yield installed
    installed.uninstall(qapp)


def test_with_german_installed_home_and_the_player_speak_german(german, make_window, make_player, qapp):
    assert german.locale.name() == "de_DE" and len(german.translators) == 2  # ours and Qt's own
    window = make_window()
    card = window.home.cards["tiny-test"]
    assert card.start_button.text() == "&5  Starten"  # the built-in routines come first
    assert card.start_button.accessibleName() == "Tiny test starten"
    assert window.settings_action.text() == "Einstellungen …"
    player = make_player()
    assert player.pause_button.text() == "Pause  (Leertaste)"
    assert player.knee_button.text() == "Knie tut weh  (K)"
    player.begin()
    player.toggle_pause()
    assert player.pause_button.text() == "Weiter  (Leertaste)"
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own catalog


def test_without_installing_german_the_widgets_stay_english(make_window):
    assert make_window().home.cards["tiny-test"].start_button.text() == "&5  Start"


def test_english_says_one_and_many_through_its_plural_catalog(qapp):
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("BrokenList", "%n routine file(s) could not be loaded", "", 1) == "1 routine file could not be loaded"
    assert translate("BrokenList", "%n routine file(s) could not be loaded", "", 3) == "3 routine files could not be loaded"


def test_a_language_without_a_catalog_falls_back_to_english(qapp, tmp_path):
    installed = install_translators(qapp, "fr", folder=catalog_dir())
    try:
        assert installed.locale.name() == "fr_FR"
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("BrokenList", "%n routine file(s) could not be loaded", "", 2) == (
            "2 routine files could not be loaded")
    finally:
        installed.uninstall(qapp)


def test_dates_are_written_in_the_languages_names(qapp):
    from datetime import date, datetime

    from coach.ui.shell.translations import date_text

    moment = datetime(2026, 12, 3, 9, 5, tzinfo=UTC)
    assert date_text(moment, "ddd dd MMM yyyy HH:mm") == moment.strftime("%a %d %b %Y %H:%M")  # as before, in English
    installed = install_translators(qapp, "de")
    try:
        assert date_text(moment, "dddd, d. MMMM, HH:mm") == "Donnerstag, 3. Dezember, 09:05"
        assert date_text(date(2026, 12, 3), "d. MMM yyyy") == "3. Dez. 2026"
    finally:
        installed.uninstall(qapp)


def test_the_language_chosen_in_settings_is_saved_and_read_at_the_next_start(qtbot, services, tmp_path):
    from coach.ui.settings.settings_dialog import SettingsDialog
    from coach.ui.settings.values import load_values, save_values
    from coach.ui.shell.translations import saved_language

    assert saved_language(services.settings) == ""  # a new diary follows the system
    dialog = SettingsDialog(load_values(services.settings), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.language_choice.currentData() == "" and "next time" in dialog.language_group.note.text()
    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData("de"))
    assert dialog.language_choice.currentText() == "Deutsch"
    assert save_values(dialog.values(), services.settings, services.notifier)
    assert saved_language(services.settings) == "de"
    assert load_values(services.settings).language == "de"
