"""Every source the advice cites is one a user can look up: listed in full in assets/help/sources.md
(shown in the app's About, linked from the README)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from coach.core.advice import advice
from coach.core.advice.advice import FALLBACKS, RULES, SOURCES, advise
from coach.core.diary.records import Run, Shoe
from tests.core.advice_builders import TODAY, run

ROOT = Path(__file__).parents[3]


def readme_sources() -> str:
    return (ROOT / "assets" / "help" / "sources.md").read_text(encoding="utf-8")


def cited(source: str) -> list[str]:
    return [part.strip() for part in source.split(";") if part.strip()]


def every_source_given() -> set[str]:
    """Sources of every rule, and of every note a diary that fires all of them gets."""
    found = {part for rule in RULES + FALLBACKS for part in cited(rule.source)}
    shoes = [Shoe("Worn", date(2025, 1, 1), 900.0)]
    runs: list[Run] = [run(0)]
    notes = advise([], runs, [], shoes, TODAY).notes
    assert {n.id for n in notes} == {"strength-gap", "no-warm-up", "shoes"}
    return found | {part for note in notes for part in cited(note.source)}


def test_every_cited_source_is_listed_in_full_in_the_shipped_sources():
    section = readme_sources()
    given = every_source_given()
    assert given and given <= set(SOURCES)
    for source in SOURCES:
        assert f"- **{source}** — " in section, source
        entry = section.split(f"- **{source}** — ", 1)[1].split("\n- **", 1)[0]
        assert re.search(r"(19|20)\d\d|https://", entry) and len(entry) > 80  # a year or an address: findable


def test_no_vague_citations_are_left():
    files = [ROOT / "README.md", *sorted((ROOT / "coach").rglob("*.py")), *sorted((ROOT / "docs").rglob("*.md")),
             *sorted((ROOT / "assets" / "help").glob("*.md"))]
    for path in files:
        text = path.read_text(encoding="utf-8").lower()
        assert "source articles" not in text, path
        assert "pain-monitoring models" not in text, path


def test_the_advice_module_cites_only_named_sources():
    text = Path(advice.__file__).read_text(encoding="utf-8") + (ROOT / "coach/core/advice/rules.py").read_text()
    for match in re.findall(r"[A-Z][a-z]+ et al\. \d{4}", text):
        assert match in SOURCES, match
