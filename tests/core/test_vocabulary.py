"""One vocabulary: the stored codes never change, labels translate, and no word table lives elsewhere."""

from __future__ import annotations

import ast
import csv
import io
import json
import sqlite3
from enum import Enum
from pathlib import Path

import pytest

from coach.core import vocabulary as v
from coach.core.advice.questions import location_questions
from coach.core.i18n import _, speaking

ROOT = Path(__file__).resolve().parents[2]
WORD_KINDS: tuple[type[v.Word], ...] = (v.Moment, v.Location, v.Character, v.Flag, v.Side, v.SessionStatus, v.Focus,
                                        v.Headline, v.PlanAction)
# Tables that may key by stored codes outside vocabulary.py, and why. The palette (colours
# per headline and per knee) is the look's one place for colours, not a word table; it is
# h15-look's file this round, so keying it by the enums' members is left to after the merge.
ALLOWED = {"coach/ui/shell/theme.py"}

# The codes as users' diaries and exports hold them: changing one breaks every diary written before.
STORED = {
    v.Moment: ("during-run", "after-run", "next-morning", "during-routine", "other"),
    v.Location: ("front", "inside", "outside", "back", "below"),
    v.Character: ("aching", "sharp", "stiff", "burning"),
    v.Flag: ("swelling", "redness", "locking", "giving-way", "cannot-bear-weight"),
    v.Side: ("left", "right"),
    v.SessionStatus: ("completed", "partial", "stopped", "stopped-for-pain", "interrupted", "in-progress"),
    v.Focus: ("warm-up", "cool-down", "strength", "care"),
    v.Headline: ("see-clinician", "back-off", "hold", "progress", "start"),
    v.PlanAction: ("advance", "hold", "step-back", "pause", "resume", "restart"),  # in the programme's history file
}


SAME_IN_GERMAN = {"maximal"}  # spelled alike; every other German text differs from its English source


@pytest.mark.parametrize("kind", WORD_KINDS, ids=lambda k: k.__name__)
def test_stored_codes_are_the_ones_diaries_hold(kind):
    assert tuple(m.value for m in kind) == STORED[kind]
    assert all(type(m.value) is str and m == m.value and str(m) == m.value and f"{m}" == m.value for m in kind)


def test_the_old_tuples_are_the_enums():
    assert v.MOMENTS == tuple(v.Moment) and v.FLAGS == tuple(v.Flag) and v.LOCATIONS == tuple(v.Location)
    assert v.CHARACTERS == tuple(v.Character) and v.SIDES == ("left", "right") and v.FOCUSES == tuple(v.Focus)
    assert v.SESSION_STATUSES == ("completed", "partial", "stopped", "stopped-for-pain", "interrupted")
    assert v.IN_PROGRESS == "in-progress" and v.IN_PROGRESS not in v.SESSION_STATUSES
    assert v.HEADLINES == ("see-clinician", "back-off", "hold", "progress", "start")
    assert [h.rank for h in v.Headline] == list(range(5))
    assert tuple(v.Effort) == tuple(range(11))


def test_members_are_written_byte_identical_to_their_codes():
    """JSON, CSV and SQLite see the code itself, and a code read back equals the member."""
    words = [v.Moment.NEXT_MORNING, v.Flag.GIVING_WAY, v.SessionStatus.STOPPED_FOR_PAIN, v.Effort.VERY_HARD]
    assert json.dumps(words) == '["next-morning", "giving-way", "stopped-for-pain", 7]'
    out = io.StringIO()
    csv.writer(out).writerow(words)
    assert out.getvalue() == "next-morning,giving-way,stopped-for-pain,7\r\n"
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE t (word TEXT, n INTEGER)")
        conn.execute("INSERT INTO t VALUES (?, ?)", (v.Location.BACK, v.Effort.HARD))
        row = conn.execute("SELECT word, typeof(word), n, typeof(n) FROM t").fetchone()
    assert row == ("back", "text", 5, "integer") and type(row[0]) is str and row[0] == v.Location.BACK
    assert {v.Location.BACK: 1}.get("back") == 1 and {"back": 1}.get(v.Location.BACK) == 1


def test_labels_answer_in_the_active_language_and_keep_their_english_source():
    assert v.Moment.AFTER_RUN.label == "after a run" and v.Moment.NEXT_MORNING.phrase == "the morning after"
    assert v.Moment.OTHER.phrase == "" and v.Flag.CANNOT_BEAR_WEIGHT.logged == "Could not bear weight"
    assert v.MOMENT_LABELS.source("after-run") == "after a run" and v.Effort.HARD_6.label == "hard"
    with speaking("de"):
        assert v.MOMENT_LABELS["after-run"] == v.Moment.AFTER_RUN.label == "nach einem Lauf"
        assert v.Character.ACHING.label == "dumpf" and v.Location.BACK.map_label == "Kniekehle"
        assert v.Focus.WARM_UP.label == "Aufwärmen" and v.EFFORT_LABELS[0] == "Ruhe"
        assert dict(v.PAIN_ANCHOR_LABELS) == {0: "kein Schmerz", 5: "mäßig", 10: "schlimmster vorstellbarer"}
        assert v.character_label("sharp") == "stechend" and v.character_label("new-word") == "new-word"
        assert v.MOMENT_LABELS.source("after-run") == "after a run"
        assert v.PLAN_ACTION_DONE["step-back"] == v.PlanAction.STEP_BACK.done != "stepped back"
    assert v.PLAN_ACTION_SOURCES["restart"] == v.PlanAction.RESTART.evidence == "ACSM 2009"


def test_every_text_of_every_word_is_translated_into_german():
    texts = [(m, m._texts) for kind in WORD_KINDS if kind is not v.PlanAction for m in kind]
    texts += [(a, (a.label, a.done)) for a in v.PlanAction] + [(e, (e.source,)) for e in v.Effort]
    with speaking("de"):
        untranslated = [(str(m), t) for m, ts in texts for t in ts if t and _(t) == t and t not in SAME_IN_GERMAN]
    assert untranslated == []


def test_unknown_codes_are_missing_not_a_crash():
    """A diary written by a newer version may hold a word this one does not know."""
    assert v.FLAG_LABELS.get("numbness", "numbness") == "numbness" and "numbness" not in v.FLAG_LABELS
    assert v.EFFORT_LABELS.get(11) is None and v.EFFORT_LABELS[7] == "very hard"
    assert v.LOCATION_PHRASES.get("calf") is None and v.HEADLINE_LABELS.get(3) is None


def test_every_part_of_the_knee_has_questions_for_a_clinician():
    assert all(location_questions(location) for location in v.Location)


def _literal_words(node: ast.AST) -> list[str] | None:
    """The string constants a dict's keys (or a tuple's, list's or set's items) are, or None."""
    if isinstance(node, ast.Dict):
        items: list[ast.expr | None] = list(node.keys)
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = list(node.elts)
    else:
        return None
    words = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    return words if len(words) == len(items) and len(words) >= 2 else None


def word_tables(source: str, kinds: tuple[type[Enum], ...] = WORD_KINDS) -> list[tuple[int, str]]:
    """Where ``source`` spells out a vocabulary again: a dict keyed by one kind's codes
    (a label, colour or wording table), or a tuple, list or set naming every code of a kind
    of more than two words (a second copy of the list)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        words = _literal_words(node)
        if words is None:
            continue
        for kind in kinds:
            codes = {str(m.value) for m in kind}
            if set(words) <= codes and (isinstance(node, ast.Dict) or (len(codes) > 2 and set(words) == codes)):
                found.append((node.lineno, kind.__name__))
    return found


def test_the_guard_finds_a_word_table_and_lets_enum_keyed_ones_pass():
    assert word_tables('ICONS = {"swelling": "a", "redness": "b"}') == [(1, "Flag")]
    assert word_tables('ORDER = ("warm-up", "cool-down", "strength", "care")') == [(1, "Focus")]
    assert word_tables('LABELS = Labels({"hold": N_("Hold"), "start": N_("Start")})') == [(1, "Headline")]
    assert word_tables("ICONS = {Flag.SWELLING: 'a', Flag.REDNESS: 'b'}") == []
    assert word_tables('FIELDS = ("left", "right"); MIXED = {"hold": 1, "reps": 2}; ONE = {"hold": 1}') == []


def test_no_word_table_outside_the_vocabulary():
    """A label, icon, colour or wording table keyed by stored codes belongs in
    coach/core/vocabulary.py (as a member's text) or must key by the enum's members."""
    found = []
    for path in sorted((ROOT / "coach").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == "coach/core/vocabulary.py" or name in ALLOWED:
            continue
        found += [f"{name}:{line} ({kind})" for line, kind in word_tables(path.read_text(encoding="utf-8"))]
    assert found == []
