"""Every sentence the player shows or speaks about a segment, in one table per language.

The engine's words used to be literals scattered over the announcer, the cue
player and the view; here each is one entry with ``{name}`` placeholders, so a
language is a second table with the same keys (``tests/core/session`` checks
every English key has a German entry with the same placeholders, and no
entry more). Whole sentences, not fragments: German puts the side elsewhere in
"Nächste Übung: Kniebeugen, zuerst das linke Bein", so each side gets its own
sentence instead of a word glued on. Spoken German stays short: it is heard
on a mat, between breaths.

The language is handed in (``cue_words(code)``), never looked up here; the
coordinator's i18n helper may later move these tables into its gettext
catalog — the English texts are the msgids, the keys the msgctxt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coach.core.routines.translation import language_code

ENGLISH: Mapping[str, str] = {
    "side.left": "Left leg",
    "side.right": "Right leg",
    "side.alternate": "Alternate legs",
    "kind.get-ready": "Get ready",
    "kind.work": "Go",
    "kind.switch": "Switch sides",
    "kind.rest": "Rest",
    "amount.rep": "{count} rep",
    "amount.reps": "{count} reps",
    "amount.second": "{count} second",
    "amount.seconds": "{count} seconds",
    "amount.minute": "{count} minute",
    "amount.minutes": "{count} minutes",
    "amount.minutes-seconds": "{minutes} {seconds}",
    "set": "Set {set} of {sets}",
    "work": "{name}, {amount}",
    "work.set": "{name}, {amount}, set {set} of {sets}",
    "work.side": "{side}. {work}",
    "switch": "Switch sides",
    "switch.left": "Switch sides. Left leg next",
    "switch.right": "Switch sides. Right leg next",
    "rest": "Rest, {amount}. Next: {name}, set {set} of {sets}",
    "get-ready": "Get ready: {name}",
    "get-ready.left": "Get ready: {name}, left leg first",
    "get-ready.right": "Get ready: {name}, right leg first",
    "halfway": "Halfway",
    "paused": "Paused",
    "done": "Well done. Routine complete",
    "partial": "Routine finished. Counted as partial",  # no praise for skipping through
    "preview": "This is how loud the cues are",
    "hold": "Hold {seconds}",  # on screen, counting down a hold at the top of a rep
    "detail.next": "{detail} next",  # under "Rest" or "Switch sides": what follows
    "next-up": "Next up: {what}",
    "next-up.last": "Next up: finish — this is the last exercise",
}

GERMAN: Mapping[str, str] = {
    "side.left": "Linkes Bein",
    "side.right": "Rechtes Bein",
    "side.alternate": "Beine im Wechsel",
    "kind.get-ready": "Bereit machen",
    "kind.work": "Los",
    "kind.switch": "Seitenwechsel",
    "kind.rest": "Pause",
    "amount.rep": "{count} Wiederholung",
    "amount.reps": "{count} Wiederholungen",
    "amount.second": "{count} Sekunde",
    "amount.seconds": "{count} Sekunden",
    "amount.minute": "{count} Minute",
    "amount.minutes": "{count} Minuten",
    "amount.minutes-seconds": "{minutes} {seconds}",
    "set": "Satz {set} von {sets}",
    "work": "{name}, {amount}",
    "work.set": "{name}, {amount}, Satz {set} von {sets}",
    "work.side": "{side}. {work}",
    "switch": "Seitenwechsel",
    "switch.left": "Seitenwechsel. Jetzt das linke Bein",
    "switch.right": "Seitenwechsel. Jetzt das rechte Bein",
    "rest": "Pause, {amount}. Danach: {name}, Satz {set} von {sets}",
    "get-ready": "Nächste Übung: {name}",
    "get-ready.left": "Nächste Übung: {name}, zuerst das linke Bein",
    "get-ready.right": "Nächste Übung: {name}, zuerst das rechte Bein",
    "halfway": "Halbzeit",
    "paused": "Angehalten",
    "done": "Gut gemacht. Routine geschafft",
    "partial": "Routine beendet. Zählt als teilweise geschafft",
    "preview": "So laut sind die Ansagen",
    "hold": "Halten … {seconds}",
    "detail.next": "Danach: {detail}",
    "next-up": "Danach: {what}",
    "next-up.last": "Danach: Schluss – das ist die letzte Übung",
}

TABLES: Mapping[str, Mapping[str, str]] = {"en": ENGLISH, "de": GERMAN}


@dataclass(frozen=True)
class CueWords:
    """The sentences of one language; a key it lacks is said in English."""

    language: str
    table: Mapping[str, str]

    def say(self, key: str, **values: object) -> str:
        """The sentence ``key`` with its placeholders filled (English when this language has none)."""
        template = self.table.get(key) or ENGLISH[key]
        return template.format(**values)


def cue_words(language: str | None = "en") -> CueWords:
    """The cue sentences for ``language`` (a code such as "de" or "de_DE"); English for any other."""
    code = language_code(language)
    if code not in TABLES:
        code = "en"
    return CueWords(code, TABLES[code])
