"""The built-in routines in German: complete, never stale, English wherever a text is missing or outdated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from coach.core.paths import assets_dir, builtin_routines_dir
from coach.core.routines.catalog import builtin_routine_files, load_catalog
from coach.core.routines.routine_text import (
    TRANSLATIONS_FOLDER,
    builtin_translation,
    routine_texts,
    routine_translation_problems,
)
from coach.core.routines.rules import routine_problems
from coach.core.routines.translation import (
    Translation,
    document_texts,
    language_code,
    load_translation,
    translation_file,
)

LANGUAGES = ("de",)
BUILTIN = builtin_routines_dir()


def builtin_ids() -> list[str]:
    return [yaml.safe_load(path.read_text(encoding="utf-8"))["id"] for path in builtin_routine_files(BUILTIN)]


@pytest.fixture
def english():
    return load_catalog(None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_every_builtin_routine_is_translated_and_no_entry_is_stale_or_outdated(english, language):
    assert len(english) == len(builtin_ids()) >= 4
    for routine in english:
        problems = routine_translation_problems(routine, builtin_translation(BUILTIN, routine.id, language))
        assert problems == [], f"{routine.id}.{language}.json:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", builtin_routine_files(BUILTIN), ids=lambda p: p.name)
def test_the_paths_the_file_has_are_the_paths_the_routine_is_translated_by(english, path):
    """The generic walk over the YAML (what a new block such as ``variants:`` would add)
    finds exactly the texts the catalog translates: a block the app does not translate yet
    shows up here, not as English in a German app."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert dict(document_texts(document)) == routine_texts(english.get(document["id"]))


def test_every_translation_file_belongs_to_a_builtin_routine_or_the_library_in_a_shipped_language():
    ids = set(builtin_ids())
    files = sorted((BUILTIN / TRANSLATIONS_FOLDER).glob("*.json"))
    assert len(files) == (len(ids) + 1) * len(LANGUAGES)  # the routines and the exercise library
    for file in files:
        document_id, language, _ = file.name.rsplit(".", 2)
        document = json.loads(file.read_text(encoding="utf-8"))
        assert (document_id in ids | {"exercises"}, language in LANGUAGES) == (True, True), file.name
        assert (document.get("routine") or document.get("document"), document["language"]) == (document_id, language)


def test_the_german_catalog_shows_german_titles_names_and_cues(english):
    german = load_catalog(None, language="de")
    strength = german.get("knee-strength")
    assert strength.title == "Kniekräftigung"
    assert [step.name for step in strength.steps] == [
        "Kniebeugen", "Ausfallschritte rückwärts", "Wadenheben", "Beckenheben",
        "Seitliches Beinheben",
    ]  # fmt: skip
    assert [v.name for v in strength.variants] == [
        "Einbeinige Stuhlkniebeuge", "Einbeiniges Beckenheben", "Einbeiniges Wadenheben"]  # fmt: skip
    assert strength.steps[0].cues[3] == "Oben die Knie nicht durchstrecken"
    assert german.get("sore-knee-care").caution.startswith("Lass dein Knie ärztlich oder physiotherapeutisch untersuchen")
    assert "Brich jede Übung ab, bei der dein Knie schmerzt" in strength.caution
    assert german.get("pre-run-warm-up").caution == ""  # the English has none: nothing to translate
    for routine in german:
        before = english.get(routine.id)
        # Only the words change: timings, sides, pictures, the hash the diary records, the order.
        assert [(s.exercise, s.reps, s.duration_s, s.sets, s.sides, s.image) for s in routine.steps] == [
            (s.exercise, s.reps, s.duration_s, s.sets, s.sides, s.image) for s in before.steps]  # fmt: skip
        assert [(v.exercise, v.of, v.sides, v.image) for v in routine.variants] == [
            (v.exercise, v.of, v.sides, v.image) for v in before.variants]  # fmt: skip
        assert [(w.week, w.changes) for w in routine.progression] == [(w.week, w.changes) for w in before.progression]
        assert (routine.content_hash, routine.source) == (before.content_hash, before.source)
        assert routine_problems(routine, (BUILTIN, assets_dir() / "images", assets_dir())) == []
    assert list(german.routines) == list(english.routines)


def test_a_german_programme_week_swaps_in_the_german_variant_and_says_the_german_note(english):
    german = load_catalog(None, language="de").get("knee-strength").for_week(5)
    squat = german.steps[0]
    assert (squat.exercise, squat.name, squat.reps) == ("single-leg-chair-squat", "Einbeinige Stuhlkniebeuge", 6)
    assert squat.cues == ("Vor einen Stuhl stellen, einen Fuß anheben", "Auf einem Bein langsam hinsetzen",
                          "Knie über den Zehen, nicht nach innen", "Zu schwer? Mit beiden Beinen aufstehen")
    assert german.steps[3].name == "Beckenheben"  # its variant comes in week 6
    assert next(w.note for w in german.progression if w.week == 5) == "Schwerer: Kniebeugen auf einem Bein"
    week_8 = german.for_week(8)
    assert [s.name for s in week_8.steps if s.sides == "each"][:3] == [
        "Einbeinige Stuhlkniebeuge", "Einbeiniges Wadenheben", "Einbeiniges Beckenheben"]  # fmt: skip
    before = english.get("knee-strength").for_week(5)
    assert (before.steps[0].name, before.steps[0].image) == ("Single-leg squat to a chair", squat.image)


def test_a_variant_or_note_without_a_current_german_entry_is_shown_in_english(tmp_path):
    def drop(texts):
        del texts["variants.single-leg-bridges.cues"]
        texts["progression.6.note"]["en"] = "Harder: bridges"  # translated from other English

    folder = copy_builtin(tmp_path, "knee-strength", drop)
    week = load_catalog(None, folder, language="de").get("knee-strength").for_week(6)
    bridges = week.steps[3]
    assert (bridges.name, bridges.cues[0]) == ("Einbeiniges Beckenheben", "On your back, one foot flat, other leg straight")
    assert next(w.note for w in week.progression if w.week == 6) == "Harder: bridges on one leg"
    assert next(w.note for w in week.progression if w.week == 5) == "Schwerer: Kniebeugen auf einem Bein"
    problems = routine_translation_problems(load_catalog(None, folder).get("knee-strength"),
                                            builtin_translation(folder, "knee-strength", "de"))  # fmt: skip
    assert [p.split(":")[0] for p in problems] == ["variants.single-leg-bridges.cues", "progression.6.note"]


@pytest.mark.parametrize("code", ["de", "de_DE", "de-AT", "DE", "de_DE.UTF-8", "de_DE@euro"])
def test_any_spelling_of_german_gives_german(code):
    assert language_code(code) == "de"
    assert load_catalog(None, language=code).get("knee-strength").title == "Kniekräftigung"


@pytest.mark.parametrize("code", ["", "en", "en_GB", "fr", "xx"])
def test_english_or_a_language_without_translations_shows_the_files_as_written(english, code):
    catalog = load_catalog(None, language=code)
    assert [r.title for r in catalog] == [r.title for r in english]
    assert catalog.get("knee-strength").title == "Knee strength"


def copy_builtin(tmp_path: Path, routine_id: str, texts_edit=None, yaml_edit=None) -> Path:
    """A built-in folder holding one routine and its German file, either changed as asked."""
    folder = tmp_path / "builtin"
    (folder / TRANSLATIONS_FOLDER).mkdir(parents=True)
    source = (BUILTIN / f"{routine_id}.yaml").read_text(encoding="utf-8")
    (folder / f"{routine_id}.yaml").write_text(yaml_edit(source) if yaml_edit else source, encoding="utf-8")
    german = translation_file(BUILTIN / TRANSLATIONS_FOLDER, routine_id, "de")
    document = json.loads(german.read_text(encoding="utf-8"))
    if texts_edit:
        texts_edit(document["texts"])
    (folder / TRANSLATIONS_FOLDER / german.name).write_text(json.dumps(document), encoding="utf-8")
    return folder


def test_a_text_without_a_german_entry_is_shown_in_english(tmp_path):
    def drop(texts):
        del texts["steps.calf-raises.cues"]
        del texts["when"]

    folder = copy_builtin(tmp_path, "knee-strength", drop)
    routine = load_catalog(None, folder, language="de").get("knee-strength")
    assert routine.title == "Kniekräftigung"
    assert routine.when == "2 to 3 times a week, with a rest day between"
    calf = routine.steps[2]
    assert (calf.name, calf.cues[0]) == ("Wadenheben", "Rise onto your toes, pause at the top")
    problems = routine_translation_problems(load_catalog(None, folder).get("knee-strength"),
                                            builtin_translation(folder, "knee-strength", "de"))  # fmt: skip
    assert problems == ["when: no de translation", "steps.calf-raises.cues: no de translation"]


def test_an_entry_translated_from_english_the_file_no_longer_says_is_not_shown(tmp_path):
    """The safety text changed in English: the old German might now say something else."""
    folder = copy_builtin(tmp_path, "knee-strength", yaml_edit=lambda s: s.replace(
        "Stop any exercise that hurts your knee.", "Stop any exercise that hurts your knee or hip."))  # fmt: skip
    english = load_catalog(None, folder, language="en").get("knee-strength")
    routine = load_catalog(None, folder, language="de").get("knee-strength")
    assert routine.caution == english.caution and "or hip" in routine.caution
    assert routine.title == "Kniekräftigung"
    problems = routine_translation_problems(english, builtin_translation(folder, "knee-strength", "de"))
    assert len(problems) == 1 and problems[0].startswith("caution: outdated")


def test_an_entry_for_a_step_that_is_gone_is_reported_stale(tmp_path):
    def add(texts):
        texts["steps.lunges.name"] = {"en": "Lunges", "de": "Ausfallschritte"}

    folder = copy_builtin(tmp_path, "knee-strength", add)
    routine = load_catalog(None, folder).get("knee-strength")
    problems = routine_translation_problems(routine, builtin_translation(folder, "knee-strength", "de"))
    assert problems == ["steps.lunges.name: stale, the routine has no such text"]


def test_a_translation_that_breaks_a_rule_of_its_field_leaves_the_english(tmp_path):
    def break_them(texts):
        texts["title"]["de"] = "Kniekräftigung " * 6  # over 60 characters
        texts["steps.squats.cues"]["de"] = ["Eins"] * 7  # over 6 cues
        texts["steps.squats.name"]["de"] = "Knie\x1b[31mbeugen"  # a control character

    folder = copy_builtin(tmp_path, "knee-strength", break_them)
    routine = load_catalog(None, folder, language="de").get("knee-strength")
    assert (routine.title, routine.steps[0].name, routine.steps[0].cues[0]) == ("Knee strength", "Squats",
                                                                                "Feet hip-width, toes slightly out")
    assert routine.steps[1].name == "Ausfallschritte rückwärts"
    english = load_catalog(None, folder).get("knee-strength")
    problems = routine_translation_problems(english, builtin_translation(folder, "knee-strength", "de"))
    assert sorted(p.split(":")[0] for p in problems) == ["steps.squats.cues", "steps.squats.name", "title"]


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"texts": []}', b'{"texts": {"title": "Kniekraft"}}',
                                     b'{"texts": {"title": {"en": 1, "de": "x"}}}', b"\xff\xfe", b"[" * 100000])
def test_a_damaged_translation_file_leaves_the_routine_in_english(tmp_path, content):
    folder = copy_builtin(tmp_path, "sore-knee-care")
    translation_file(folder / TRANSLATIONS_FOLDER, "sore-knee-care", "de").write_bytes(content)
    routine = load_catalog(None, folder, language="de").get("sore-knee-care")
    assert routine.title == "Sore-knee care"
    assert load_translation(translation_file(folder / TRANSLATIONS_FOLDER, "sore-knee-care", "de"), "de").entries == {}


def test_a_user_routine_that_replaces_a_builtin_is_shown_as_written(tmp_path):
    user = tmp_path / "mine"
    user.mkdir()
    text = (BUILTIN / "knee-strength.yaml").read_text(encoding="utf-8").replace("title: Knee strength", "title: My knees")
    (user / "knee-strength.yaml").write_text(text, encoding="utf-8")
    catalog = load_catalog(user, language="de")
    mine = catalog.get("knee-strength")
    assert (mine.title, mine.steps[0].name) == ("My knees", "Squats")
    assert catalog.get("sore-knee-care").title == "Pflege bei Knieschmerzen"


def test_the_cached_catalog_is_german_too_and_the_cache_keeps_the_english(tmp_path):
    cache = tmp_path / "cache.json"
    first = load_catalog(None, cache_file=cache, language="de")
    again = load_catalog(None, cache_file=cache, language="de")
    english = load_catalog(None, cache_file=cache)
    assert first.get("knee-strength").title == again.get("knee-strength").title == "Kniekräftigung"
    assert english.get("knee-strength").title == "Knee strength"


def test_a_translation_without_entries_changes_nothing(english):
    from coach.core.routines.routine_text import translated_routine

    routine = english.get("knee-strength")
    assert translated_routine(routine, Translation("de", {})) is routine


def test_the_exercise_library_is_translated_completely_and_shown_in_german(tmp_path):
    from coach.core.paths import LIBRARY_FILE
    from coach.core.routines.library import load_library
    from coach.core.routines.routine_text import LIBRARY_DOCUMENT, library_in_language, library_texts, text_problems

    library = load_library()
    document = yaml.safe_load((BUILTIN / LIBRARY_FILE).read_text(encoding="utf-8"))
    assert dict(document_texts(document)) == library_texts(library)  # the walk finds what the adapter translates
    for language in LANGUAGES:
        problems = text_problems(library_texts(library), builtin_translation(BUILTIN, LIBRARY_DOCUMENT, language))
        assert problems == [], "\n".join(problems)
    german = library_in_language(library, BUILTIN, "de_DE")
    squats = german.get("squats")
    assert (squats.name, squats.cues[0]) == ("Kniebeugen", "Füße hüftbreit, Zehen leicht nach außen")
    assert squats.knee.startswith("Kräftigt Oberschenkel und Hüften")
    assert german.get("single-leg-bridges").name == "Einbeiniges Beckenheben"
    assert [e.id for e in german.exercises] == [e.id for e in library.exercises]
    assert german.search("Wade") and german.get("squats").easier == library.get("squats").easier
    assert library_in_language(library, BUILTIN, "en") is library
    assert library_in_language(library, tmp_path, "de") is library  # no translation file: as written
