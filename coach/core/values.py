"""Values read from outside (routine files, caches, imports) checked before anything formats them.

A value that passes a check in one place must not break a formatter in
another: ``f"{10**400:g}"`` raises OverflowError, ``str()`` of an integer over
4,300 digits raises ValueError, a lone surrogate cannot be encoded to print,
cache or store, and an ANSI escape reaches the terminal raw. So every number is
checked (finite, in range) and every text (valid, no control characters, not
blank) here, and every message shows a value through :func:`show_number` or
:func:`quote`, which never fail.
"""

from __future__ import annotations

import math
import unicodedata

from coach.core.i18n import N_, _

TOO_LARGE = N_("a number that is too large")  # shown through _()
_PLAIN_DIGITS = 15  # an integer this long is shown as it is; a longer one is only "too large"

# Characters that change how a terminal or a line of text shows what follows:
# bidirectional embeddings, overrides and isolates, and line/paragraph separators.
_DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")
# Letters that render as nothing: fillers and blanks that are not Unicode whitespace.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5\u034f")


def show_number(value: object) -> str:
    """A number as a message may show it: short, and never an exception."""
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        if -(10**_PLAIN_DIGITS) < value < 10**_PLAIN_DIGITS:
            return str(value)
        return _(TOO_LARGE)
    if isinstance(value, float):
        if math.isnan(value):
            return _("nan (not a number)")
        if math.isinf(value) or abs(value) >= 10.0**_PLAIN_DIGITS:
            return _(TOO_LARGE)
        return f"{value:g}"
    return quote(value)


def number_problem(value: object, low: float, high: float) -> str | None:
    """Why ``value`` is not a finite number from ``low`` to ``high``, or None.

    Comparing a Python int with a float is exact at any size, so the range
    check itself cannot overflow; only the message needs care."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _("must be a number between {low:g} and {high:g}, not {value}").format(low=low, high=high, value=quote(value))
    if isinstance(value, float) and not math.isfinite(value):
        return _("must be a number between {low:g} and {high:g}, not {value}").format(
                 low=low, high=high, value=show_number(value))
    if not low <= value <= high:
        return _("must be between {low:g} and {high:g}, not {value}").format(low=low, high=high, value=show_number(value))
    return None


def quote(value: object, limit: int = 40) -> str:
    """``repr`` of a value for a message: escaped, and cut to ``limit`` characters."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return show_number(value)
    try:
        text = repr(value)
    except (ValueError, RecursionError, MemoryError):
        return _("a value that cannot be shown")
    return clip(text, limit)


def clip(text: str, limit: int = 80) -> str:
    """``text`` made printable and cut to ``limit`` characters, saying how long it was."""
    text = printable(text)
    if len(text) > limit:
        return f"{text[: limit - 1]}… ({len(text):,} characters)"
    return text


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cc", "Cs") or char in _DIRECTION


def printable(text: str) -> str:
    """``text`` with lone surrogates, control characters and direction changes
    written as escapes (``\\x1b``, ``\\ud800``), so it can be printed, encoded
    and shown anywhere. Meant for messages, not for stored values."""
    if text.isprintable() or not any(_unsafe(c) for c in text):
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if _unsafe(c) else c for c in text)


def is_blank(text: str) -> bool:
    """True if ``text`` shows nothing: only whitespace and invisible characters
    (zero-width spaces and joiners, word joiners, byte-order marks, fillers,
    combining marks with nothing to combine with)."""
    for char in text:
        if char.isspace() or char in _BLANK_LETTERS:
            continue
        if unicodedata.category(char) in ("Cf", "Mn", "Me", "Cc", "Zs", "Zl", "Zp"):
            continue
        return False
    return True


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    return f"{code} {name.lower()}" if name else code


def text_problem(value: str, max_len: int, multiline: bool = False) -> str | None:
    """Why ``value`` cannot be shown as a title, cue or summary, or None.

    Refused: lone surrogates (a JSON or YAML escape like ``\\ud800``; they
    cannot be printed, cached or stored), control characters (an ANSI escape
    starts with one), direction overrides; text that shows nothing counts as
    empty. ``multiline`` lets line breaks through."""
    for char in value:
        category = unicodedata.category(char)
        if category == "Cs":
            return _("contains {describe}, a lone surrogate: not valid text (is the file UTF-8?)").format(
                     describe=_describe(char))
        if char == "\n" and multiline:
            continue
        if category == "Cc" or char in _DIRECTION:
            what = _("a control character") if category == "Cc" else _("a character that changes how text is shown")
            return _("contains {what} ({describe}); control characters and escapes are not allowed").format(
                     what=what, describe=_describe(char))
    if is_blank(value):
        return _("must not be empty")
    if len(value) > max_len:
        return _("is {count:,} characters long; at most {max_len} fit on the screen").format(count=len(value), max_len=max_len)
    return None
