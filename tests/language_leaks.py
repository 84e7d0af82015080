"""Finding English in text that should be German, for the completeness tests.

The catalog tests prove every *marked* sentence has a translation; they cannot see a
sentence nobody marked (an f-string, a library's own words). These helpers look at
what the user is shown instead: English function words that German text never has,
and the English source of every sentence the catalogs hold.
"""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]

# Words of English sentences that no German sentence of ours contains. Matched as
# lowercase whole words, after paths, ids, options and quoted values are taken out.
ENGLISH_WORDS = frozenset("""
    the is are must not with your you and of to from for has have needs cannot can't
    usage error options positional arguments required following invalid choice unrecognized
    help message exit program's version ok step variant week change file wrote removed
    broken routine entries entry between after before only been none empty while but or got
    expected found here
""".split())

_NOT_WORDS = re.compile(r"""
      '[^'\n]*'            # a quoted value: 'bogus', 'leg-swings'
    | "[^"\n]*"
    | `[^`\n]*`            # a command to type
    | \S*[/\\]\S*          # a path
    | \S+\.\w+\b           # a file name, a domain
    | --?[\w-]+            # an option
    | \b[\w]+(?:-[\w]+)+\b # an id or code: knee-strength, during-run
    | \$\w+
""", re.VERBOSE)


# A reference to a paper (author list, English title, journal, year;volume:pages) stays as published.
_CITATION = re.compile(r"— [^—]*?(?:\d{4};\S+?\d\.|\bMed \d{4}\.|https?://\S+)")


def without_citations(text: str) -> str:
    """``text`` without the references of the sources page, whose titles are English by right."""
    return _CITATION.sub("— ", text)


def english_words(text: str) -> list[str]:
    """The English words found in ``text``, each with its line, for a failure message."""
    found = []
    for line in text.splitlines():
        bare = _NOT_WORDS.sub(" ", line)
        words = {w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", bare) if w in ENGLISH_WORDS}  # whole words, as written
        if words:
            found.append(f"{sorted(words)} in {line.strip()!r}")
    return found


def english_sources(domain: str = "coach", language: str = "de") -> list[str]:
    """The English pieces (between placeholders) of every msgid whose translation is not the same
    text: a piece of three words or more that shows up in the German output is a leak."""
    path = ROOT / "coach" / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=domain)
    pieces: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, (tuple, list)) else (message.id,)
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        for english in ids:
            for piece in re.split(r"\{[^}]*\}|%\(\w+\)\w|%\w", english):
                piece = piece.strip(" :;,.()-—\n")
                if len(piece.split()) >= 3 and not any(piece in german for german in strings):
                    pieces.add(piece)
    return sorted(pieces)


def leaked_sources(text: str, pieces: list[str]) -> list[str]:
    return [piece for piece in pieces if piece in text]
