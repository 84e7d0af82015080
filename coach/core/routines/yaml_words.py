"""PyYAML's syntax messages in the user's language.

PyYAML words its errors in English ("mapping values are not allowed here", "while
scanning a simple key") and ships no catalog. A routine file is written by hand,
often by someone who reads no English, so the messages a hand-written file
actually meets are matched here and said with ``_()``; the values PyYAML quotes
(``'\\t'``, ``'<block end>'``) are kept as they are. A message not in the table
stays PyYAML's English, which still names its line and column; in English every
message is PyYAML's own.
"""

from __future__ import annotations

import re

from coach.core.i18n import N_, SOURCE_LANGUAGE, _, active_language

# PyYAML's text (a pattern: its quoted values become {found} and {expected}) -> our msgid.
# Patterns stay text: ``re`` compiles (and caches) one when a message first needs it, not at import.
_TABLE: tuple[tuple[str, str], ...] = (
    (r"mapping values are not allowed here", N_("a ':' is not allowed here (is a key missing, or the indentation off?)")),
    (r"mapping keys are not allowed here", N_("a key is not allowed here")),
    (r"could not find expected ':'", N_("a ':' was expected here")),
    (r"expected <block end>, but found (?P<found>.+)", N_("the indentation is off: found {found}")),
    (r"expected (?P<expected>'[^']*'), but found (?P<found>.+)", N_("expected {expected}, found {found}")),
    (r"expected (?P<first>'[^']*') or (?P<second>'[^']*'), but got (?P<found>.+)",
     N_("expected {first} or {second}, found {found}")),
    (r"expected a comment or a line break, but found (?P<found>.+)",
     N_("expected a comment or the end of the line, found {found}")),
    (r"expected the node content, but found (?P<found>.+)", N_("a value was expected, found {found}")),
    (r"expected alphabetic or numeric character, but found (?P<found>.+)",
     N_("expected a letter or a digit, found {found}")),
    (r"found character (?P<found>.+) that cannot start any token",
     N_("the character {found} cannot start a value (a tab? indent with spaces)")),
    (r"found unexpected end of stream", N_("the file ends too early (is a quote or bracket not closed?)")),
    (r"found unexpected document separator", N_("a '---' or '...' line is not allowed inside a value")),
    (r"found unknown escape character (?P<found>.+)", N_("unknown escape {found} in double quotes")),
    (r"found undefined alias (?P<found>.+)", N_("the alias {found} is not defined")),
    (r"found duplicate anchor (?P<found>.+?); first occurrence", N_("the anchor {found} is given twice")),
    (r"second occurrence", N_("second time")),
    (r"expected a single document in the stream", N_("the file holds more than one document (a second '---')")),
    (r"while scanning a simple key", N_("in a key")),
    (r"while scanning a quoted scalar", N_("in quoted text")),
    (r"while scanning a double-quoted scalar", N_("in double-quoted text")),
    (r"while scanning a block scalar", N_("in a block of text")),
    (r"while scanning for the next token", N_("looking for the next value")),
    (r"while parsing a block mapping", N_("in a block of 'key: value' lines")),
    (r"while parsing a block collection", N_("in a list")),
    (r"while parsing a flow mapping", N_("in a mapping in braces")),
    (r"while parsing a flow sequence", N_("in a list in brackets [ ]")),
    (r"while parsing a (?:block |flow )?node", N_("in a value")),
    (r"while composing a mapping", N_("in a mapping")),
)


def yaml_words(text: str | None) -> str | None:
    """PyYAML's ``context`` or ``problem`` text in the active language (None stays None)."""
    if text is None or active_language() == SOURCE_LANGUAGE:  # English: PyYAML's own words, as ever
        return text
    for pattern, msgid in _TABLE:
        found = re.fullmatch(pattern, text.strip())
        if found is not None:
            return _(msgid).format(**found.groupdict())
    return text
