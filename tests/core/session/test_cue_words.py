"""The player's sentences in one table per language; a German session says German, short."""

from __future__ import annotations

import string

import pytest

from coach.core.routines.catalog import load_catalog
from coach.core.session.announce import amount, announcement, headline, kind_label, seconds_amount, set_label, side_label
from coach.core.session.cue_words import ENGLISH, TABLES, CueWords, cue_words
from coach.core.session.plan import build_plan
from coach.core.session.session import CueKind, Session
from coach.core.vocabulary import SegmentKind
from tests.core.session.test_session import run_for


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", sorted(set(TABLES) - {"en"}))
def test_every_sentence_has_a_translation_with_the_same_placeholders_and_none_is_stale(language):
    table = TABLES[language]
    assert sorted(set(ENGLISH) - set(table)) == [], "missing"
    assert sorted(set(table) - set(ENGLISH)) == [], "stale: no such English sentence"
    for key, english in ENGLISH.items():
        assert placeholders(table[key]) == placeholders(english), key
        assert table[key].strip() and table[key] != "", key


@pytest.mark.parametrize("code,language", [("de", "de"), ("de_CH", "de"), ("en", "en"), ("", "en"), (None, "en"),
                                           ("fr_FR", "en")])
def test_the_words_of_a_language_or_english(code, language):
    assert cue_words(code).language == language


def test_a_sentence_a_language_lacks_is_said_in_english():
    words = CueWords("xx", {"halfway": "Mitad"})
    assert words.say("halfway") == "Mitad"
    assert words.say("paused") == "Paused"


@pytest.fixture(scope="module")
def german_plan():
    routine = load_catalog(None, language="de").get("knee-strength")
    return build_plan(routine, cue_words("de"))


def said(plan, cues):
    return [announcement(c.segment, plan.next_work(c.segment.index), plan.words)
            for c in cues if c.kind == CueKind.SEGMENT]  # fmt: skip


def test_a_german_session_announces_every_segment_in_german(german_plan, fake_clock):
    session = Session(german_plan, fake_clock)
    cues = session.start() + run_for(session, fake_clock, german_plan.total_s + 1, step=0.5)
    words = said(german_plan, cues)
    assert words[:4] == [
        "Nächste Übung: Kniebeugen",
        "Kniebeugen, 10 Wiederholungen, Satz 1 von 3",
        "Pause, 45 Sekunden. Danach: Kniebeugen, Satz 2 von 3",
        "Kniebeugen, 10 Wiederholungen, Satz 2 von 3",
    ]
    assert "Beine im Wechsel. Ausfallschritte rückwärts, 16 Wiederholungen, Satz 1 von 3" in words
    assert "Nächste Übung: Seitliches Beinheben, zuerst das linke Bein" in words
    assert "Linkes Bein. Seitliches Beinheben, 12 Wiederholungen, Satz 1 von 2" in words
    assert "Seitenwechsel. Jetzt das rechte Bein" in words
    assert "Pause, 30 Sekunden. Danach: Beckenheben, Satz 2 von 3" in words
    english_words = set(ENGLISH.values())
    assert not [w for w in words if any(part in w for part in ("Get ready", "reps", "seconds", "Switch", "Rest"))]
    assert not english_words & set(words)
    assert session.outcome == "completed"


def test_the_screen_lines_of_a_german_session(german_plan, fake_clock):
    session = Session(german_plan, fake_clock)
    session.start()
    frame = session.readout()
    assert frame.cue == "Füße hüftbreit, Zehen leicht nach außen"  # the routine's cue, in German
    words = german_plan.words
    get_ready, work, rest = german_plan.segments[0], german_plan.segments[1], german_plan.segments[2]
    assert (kind_label(get_ready.kind, words), headline(rest, words), headline(work, words)) == (
        "Bereit machen", "Pause", "Kniebeugen")  # fmt: skip
    assert (kind_label(SegmentKind.SWITCH, words), kind_label(SegmentKind.REPS, words)) == ("Seitenwechsel", "Los")
    assert (set_label(work, words), amount(work, words)) == ("Satz 1 von 3", "10 Wiederholungen")
    assert [side_label(side, words) for side in ("left", "right", "alternate", None)] == [
        "Linkes Bein", "Rechtes Bein", "Beine im Wechsel", ""]  # fmt: skip
    run_for(session, fake_clock, 10.0 + 9.0, step=0.5)  # the 10 s get-ready, then 9 s of squats
    assert session.readout().cue == "Nach hinten setzen, wie auf einen Stuhl"  # turned after CUE_EVERY_S


@pytest.mark.parametrize("seconds,english,german", [
    (1, "1 second", "1 Sekunde"), (45, "45 seconds", "45 Sekunden"), (60, "1 minute", "1 Minute"),
    (65, "1 minute 5 seconds", "1 Minute 5 Sekunden"), (90, "1 minute 30 seconds", "1 Minute 30 Sekunden"),
    (120, "2 minutes", "2 Minuten"), (600, "10 minutes", "10 Minuten"), (121, "2 minutes 1 second", "2 Minuten 1 Sekunde"),
])  # fmt: skip
def test_lengths_are_said_with_the_right_plural(seconds, english, german):
    assert seconds_amount(seconds) == english
    assert seconds_amount(seconds, cue_words("de")) == german


def test_the_english_sentences_are_as_before():
    plan = build_plan(load_catalog(None).get("post-run-cool-down"))
    segments = plan.segments
    assert announcement(segments[0], plan.next_work(0)) == "Get ready: Easy walk"
    assert announcement(segments[1], plan.next_work(1)) == "Easy walk, 3 minutes"
    assert announcement(segments[2], plan.next_work(2)) == "Get ready: Standing quad stretch, left leg first"
    assert announcement(segments[3], plan.next_work(3)) == "Left leg. Standing quad stretch, 30 seconds"
    assert announcement(segments[4], plan.next_work(4)) == "Switch sides. Right leg next"
    assert plan.words.language == "en"
