"""A built routine's texts by field path, and the routine shown in another language.

The catalog loads every routine in English (so the routine cache and the
content hash stay those of the file) and then swaps in the words of the
app's language here, for the built-in routines only: a user's own routine is
shown as they wrote it. Paths follow :mod:`coach.core.routines.translation`
(``title``, ``steps.squats.name``, ``variants.single-leg-bridges.cues``,
``progression.5.note``); a German text is
held to the same length and character checks as the English one
(:mod:`coach.core.routines.rules`), so a translation can never make a routine
the loader would refuse.

To translate a new block, give its texts paths in :func:`routine_texts` and put them back in
:func:`translated_routine`; the completeness test finds its paths in the YAML
by itself (:func:`~coach.core.routines.translation.document_texts`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.routines.routine import Routine, Step, Variant, Week
from coach.core.routines.rules import CUE, MAX_CUES, ROUTINE_FIELDS, STEP_FIELDS, WEEK_FIELDS, Field, text
from coach.core.routines.translation import (
    SOURCE,
    Text,
    Translation,
    item_names,
    language_code,
    load_translation,
    translation_file,
    translation_problems,
)

if TYPE_CHECKING:  # the library module imports PyYAML: a German start must not, for its routines
    from coach.core.routines.library import Library

ROUTINE_TEXT_FIELDS = ("title", "when", "summary", "caution")
EXERCISE_TEXT_FIELDS = ("name", "knee", "cues")
LIBRARY_DOCUMENT = "exercises"  # routines/translations/exercises.<lang>.json: the exercise library's texts
_OTHER_FIELDS = {"knee": Field(str, True, text(300, multiline=True)),  # as library.EXERCISE_FIELDS
                 "note": WEEK_FIELDS["note"]}  # a variant's name and cues are held to a step's
STEP_TEXT_FIELDS = ("name", "cues")
WEEK_TEXT_FIELDS = ("note",)
TRANSLATIONS_FOLDER = "translations"  # beside the built-in routine files


def step_paths(routine: Routine) -> list[str]:
    """``steps.<exercise>`` for each step, ``#2`` on a repeated exercise (as the YAML walk names them)."""
    return [f"steps.{name}" for name in item_names([{"exercise": step.exercise} for step in routine.steps])]


def variant_paths(routine: Routine) -> list[str]:
    """``variants.<exercise>`` for each variant, named as the YAML walk names them."""
    return [f"variants.{name}" for name in item_names([{"exercise": v.exercise} for v in routine.variants])]


def week_paths(routine: Routine) -> list[str]:
    """``progression.<week>`` for each programme week: by its number, as the YAML walk names them."""
    return [f"progression.{name}" for name in item_names([{"week": w.week} for w in routine.progression])]


def routine_texts(routine: Routine) -> dict[str, Text]:
    """Every text of ``routine`` a user reads, by path (an empty caution or week note is no text)."""
    texts: dict[str, Text] = {name: getattr(routine, name) for name in ROUTINE_TEXT_FIELDS if getattr(routine, name)}
    items: list[tuple[str, Step | Variant]] = [*zip(step_paths(routine), routine.steps, strict=True),
                                               *zip(variant_paths(routine), routine.variants, strict=True)]
    for path, item in items:
        texts[f"{path}.name"] = item.name
        texts[f"{path}.cues"] = item.cues
    for path, week in zip(week_paths(routine), routine.progression, strict=True):
        if week.note:
            texts[f"{path}.note"] = week.note
    return texts


def _fits(field: str, text: Text) -> bool:
    """Does a translated text pass the check its English passed?"""
    if field == "cues":
        lines = text if isinstance(text, tuple) else ()
        return 1 <= len(lines) <= MAX_CUES and all(_line_fits(line) for line in lines)
    spec = ROUTINE_FIELDS.get(field) or STEP_FIELDS.get(field) or _OTHER_FIELDS[field]
    return isinstance(text, str) and bool(text.strip()) and text == text.strip() and (
        spec.check is None or spec.check(text) is None)  # fmt: skip


def _line_fits(line: str) -> bool:
    return bool(line.strip()) and line == line.strip() and (CUE.check is None or CUE.check(line) is None)


def _pick(translation: Translation, path: str, english: Text) -> Text:
    text = translation.text(path, english)
    return text if _fits(path.rsplit(".", 1)[-1], text) else english


def translated_routine(routine: Routine, translation: Translation) -> Routine:
    """``routine`` with each text the translation has (for the English it now says); the rest stays English."""
    if not translation.entries:
        return routine
    def pick(field: str) -> str:
        english: str = getattr(routine, field)
        return str(_pick(translation, field, english)) if english else english

    steps: list[Step] = []
    for path, step in zip(step_paths(routine), routine.steps, strict=True):
        name = _pick(translation, f"{path}.name", step.name)
        cues = _pick(translation, f"{path}.cues", step.cues)
        steps.append(replace(step, name=str(name), cues=tuple(cues)))
    variants: list[Variant] = []
    for path, variant in zip(variant_paths(routine), routine.variants, strict=True):
        name = _pick(translation, f"{path}.name", variant.name)
        cues = _pick(translation, f"{path}.cues", variant.cues)
        variants.append(replace(variant, name=str(name), cues=tuple(cues)))
    weeks: list[Week] = []
    for path, week in zip(week_paths(routine), routine.progression, strict=True):
        note = str(_pick(translation, f"{path}.note", week.note)) if week.note else week.note
        weeks.append(replace(week, note=note))
    return replace(routine, title=pick("title"), when=pick("when"), summary=pick("summary"), caution=pick("caution"),
                   steps=tuple(steps), variants=tuple(variants), progression=tuple(weeks))  # fmt: skip


def builtin_translation(builtin_dir: Path, routine_id: str, language: str) -> Translation:
    """The shipped ``language`` translation of one built-in routine (empty when there is none)."""
    return load_translation(translation_file(builtin_dir / TRANSLATIONS_FOLDER, routine_id, language), language)


def in_language(routine: Routine, builtin_dir: Path, language: str) -> Routine:
    """A built-in routine in ``language`` (a code such as "de"), English where a text is not translated."""
    if language == SOURCE:
        return routine
    return translated_routine(routine, builtin_translation(builtin_dir, routine.id, language))


def routine_translation_problems(routine: Routine, translation: Translation) -> list[str]:
    """Missing, stale and outdated entries (see ``translation_problems``), and texts that break a field's rule."""
    return text_problems(routine_texts(routine), translation)


def library_texts(library: Library) -> dict[str, Text]:
    """Every text of the exercise library a user reads, by path (``exercises.squats.knee``)."""
    texts: dict[str, Text] = {}
    for exercise in library.exercises:
        for field in EXERCISE_TEXT_FIELDS:
            texts[f"exercises.{exercise.id}.{field}"] = getattr(exercise, field)
    return texts


def library_in_language(library: Library, builtin_dir: Path, language: str) -> Library:
    """The built-in exercise library in ``language``, English where a text is not translated."""
    from coach.core.routines.library import Library

    code = language_code(language)
    if code == SOURCE:
        return library
    translation = builtin_translation(builtin_dir, LIBRARY_DOCUMENT, code)
    if not translation.entries:
        return library
    exercises = []
    for exercise in library.exercises:
        path = f"exercises.{exercise.id}"
        exercises.append(replace(exercise, name=str(_pick(translation, f"{path}.name", exercise.name)),
                                 knee=str(_pick(translation, f"{path}.knee", exercise.knee)),
                                 cues=tuple(_pick(translation, f"{path}.cues", exercise.cues))))  # fmt: skip
    return Library(tuple(exercises), library.source)


def text_problems(texts: dict[str, Text], translation: Translation) -> list[str]:
    """``translation_problems`` of any document's texts, and texts that break their field's rule."""
    found = translation_problems(texts, translation)
    for path, entry in translation.entries.items():
        field = path.rsplit(".", 1)[-1]
        if field in ROUTINE_TEXT_FIELDS + STEP_TEXT_FIELDS + EXERCISE_TEXT_FIELDS + WEEK_TEXT_FIELDS and not _fits(
                field, entry.text):
            found.append(f"{path}: the translation breaks the rules of '{field}' (length, characters, 1-{MAX_CUES} cues)")
    return found
