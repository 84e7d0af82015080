"""Translations of routine texts: one file per routine and language, keyed by field path.

Why this mechanism (and not gettext, nor translated copies of the YAML):

* Keyed by *field path* (``title``, ``steps.squats.cues``): a translator sees
  which text of which exercise they are translating, and a path means the same
  thing whatever the order of the steps. The path scheme is generic — a
  mapping key, and list items by their ``exercise`` (or ``id``) — so the
  ``variants:`` and ``progression:`` blocks (a week by its number:
  ``progression.5.note``) and the exercise library get paths the same way (:func:`document_texts`) without a new format.
* Each entry keeps the English it was translated from beside the translation
  (``{"en": "Squats", "de": "Kniebeugen"}``). When the English changes, the
  old German no longer matches and English is shown instead of a translation
  that may now say something else — which matters for the safety texts
  ("stop if the knee hurts"). The completeness test names every such entry.
* JSON, not YAML: the routine cache starts the app without importing PyYAML
  (30 ms of start-up); a German start must not pay it back for four small files.
* A copy of each routine per language would let steps, timings and safety
  texts drift apart between languages; here only words can differ.

A translation is the app's own package data, but it is still read defensively:
a file that is missing, too big or malformed, or an entry of the wrong shape,
leaves the English in place (the tests make sure the shipped ones are whole).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.core.safe_read import UnreadableFile, read_regular

Text = str | tuple[str, ...]  # a field's text, or a list of lines (cues)
MAX_TRANSLATION_BYTES = 256 * 1024
SOURCE = "en"  # the language the routine files are written in
# The keys whose values are words a user reads; everything else (ids, numbers, file names) is not translated.
TEXT_KEYS = frozenset({"title", "when", "summary", "caution", "name", "cues", "knee", "note", "description"})
ITEM_IDS = ("exercise", "id", "week")  # a list item is named in a path by the first of these it has


@dataclass(frozen=True)
class Entry:
    """One translated text and the English it was translated from."""

    source: Text
    text: Text


@dataclass(frozen=True)
class Translation:
    """The translated texts of one document in one language, by field path."""

    language: str
    entries: Mapping[str, Entry]

    def text(self, path: str, english: Text) -> Text:
        """The translation of ``english`` at ``path``, or ``english`` when there is none or it is
        out of date (translated from other English than the file now says)."""
        entry = self.entries.get(path)
        if entry is None or entry.source != english or type(entry.text) is not type(english):
            return english
        return entry.text


def language_code(code: str | None) -> str:
    """``de_DE.UTF-8``, ``de-AT`` or ``DE`` -> ``de``; empty or None -> ``en`` (the files' own language)."""
    base = (code or "").strip().lower().replace("-", "_").split(".")[0].split("_")[0].split("@")[0]
    return base or SOURCE


def translation_file(folder: Path, document_id: str, language: str) -> Path:
    """Where the ``language`` translation of the document ``document_id`` lives: ``<id>.<lang>.json``."""
    return folder / f"{document_id}.{language}.json"


def load_translation(path: Path, language: str) -> Translation:
    """Read a translation file; anything unreadable gives an empty translation (English is shown)."""
    try:
        document = json.loads(read_regular(path, MAX_TRANSLATION_BYTES).decode("utf-8"))
    except (UnreadableFile, ValueError, RecursionError):
        return Translation(language, {})
    texts = document.get("texts") if isinstance(document, dict) else None
    if not isinstance(texts, dict):
        return Translation(language, {})
    entries: dict[str, Entry] = {}
    for path_key, raw in texts.items():
        if not isinstance(raw, dict):
            continue
        source, text = _text(raw.get(SOURCE)), _text(raw.get(language))
        if source is not None and text is not None:
            entries[path_key] = Entry(source, text)
    return Translation(language, entries)


def _text(value: object) -> Text | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(line, str) for line in value):
        return tuple(value)
    return None


def document_texts(document: object, prefix: str = "") -> Iterator[tuple[str, Text]]:
    """Every translatable text of a plain document tree (a routine or exercise file as
    ``yaml.safe_load`` gives it), with its path: what a translation file must cover.

    Mapping keys join the path with dots; a list of mappings names each item by its
    ``exercise`` (or ``id``, or a programme ``week``'s number), a repeated one as
    ``squats#2``, and an item with none by its place from 1; a list of strings under
    a text key is one text."""
    if isinstance(document, Mapping):
        for key, value in document.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            if key in TEXT_KEYS and isinstance(value, str):
                yield path, value.strip()
            elif key in TEXT_KEYS and isinstance(value, list) and all(isinstance(v, str) for v in value):
                yield path, tuple(v.strip() for v in value)
            else:
                yield from document_texts(value, path)
    elif isinstance(document, list):
        for name, item in zip(item_names(document), document, strict=True):
            yield from document_texts(item, f"{prefix}.{name}")


def item_names(items: list[Any]) -> list[str]:
    """The path names of a list's items: their ``exercise``, ``id`` or ``week``, ``#2`` on a repeat,
    else their place. A week is named by its number, not its place: the programme starts at week 2."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for place, item in enumerate(items, 1):
        found = next((_item_id(item[k]) for k in ITEM_IDS if isinstance(item, Mapping) and _item_id(item.get(k))), None)
        if found is None:
            names.append(str(place))
            continue
        seen[found] = seen.get(found, 0) + 1
        names.append(found if seen[found] == 1 else f"{found}#{seen[found]}")
    return names


def _item_id(value: object) -> str | None:
    """A name for a path: a text, or a whole number (a week); anything else names nothing."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def translation_problems(texts: Mapping[str, Text], translation: Translation) -> list[str]:
    """What is wrong with a translation of a document whose texts are ``texts``: a text
    without an entry, an entry for nothing (stale), an entry translated from other
    English (outdated), an entry whose shape is not the text's. Empty when complete."""
    found = [f"{path}: no {translation.language} translation" for path in texts if path not in translation.entries]
    for path, entry in translation.entries.items():
        if path not in texts:
            found.append(f"{path}: stale, the routine has no such text")
        elif entry.source != texts[path]:
            found.append(f"{path}: outdated, translated from {entry.source!r}, the English now says {texts[path]!r}")
        elif type(entry.text) is not type(texts[path]):
            found.append(f"{path}: a {'list' if isinstance(texts[path], tuple) else 'text'} is translated as another shape")
    return found
