"""Reading import text without trusting it: JSON numbers, nesting, and csv's errors in words.

``json.loads`` turns a 5,000-digit number into a ValueError (Python refuses
int from text past 4,300 digits), a 400-digit one into an int no float can
hold, ``1e999`` into inf, and thousands of brackets into a RecursionError;
``csv`` stops on an open quote or a cell over 131,072 characters with terse
messages. Here each becomes a value a check can refuse, or a sentence.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Collection
from typing import Any

from coach.core.i18n import _
from coach.core.values import TOO_LARGE, clip

MAX_DIGITS = 18  # a JSON number longer than this is no diary value (SQLite stops at 19 digits)
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class NotANumber:
    """A JSON number no diary field can hold (over ``MAX_DIGITS`` digits, inf, NaN):
    kept as a marker, never turned into an int; its repr is what messages show."""

    def __init__(self, shown: str):
        self.shown = shown

    def __repr__(self) -> str:
        return self.shown


def _json_int(text: str) -> int | NotANumber:
    return int(text) if len(text.lstrip("-")) <= MAX_DIGITS else NotANumber(TOO_LARGE)


def _json_float(text: str) -> float | NotANumber:
    number = float(text)
    return number if number - number == 0 else NotANumber(TOO_LARGE)  # inf - inf is nan


def _json_constant(text: str) -> NotANumber:
    return NotANumber(_("{text} (not a number JSON allows)").format(text=text))


# For json.loads / json.JSONDecoder: numbers are checked as they are read.
JSON_NUMBERS: dict[str, Any] = {"parse_int": _json_int, "parse_float": _json_float, "parse_constant": _json_constant}


def deep_line(text: str, limit: int = 100) -> int:
    """The line on which brackets first nest deeper than ``limit`` (strings skipped)."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, match.start()) + 1
        elif token in "]}":
            depth -= 1
    return 1


def csv_problem(error: csv.Error) -> str:
    """csv's message, in words for someone who edited the file by hand."""
    text = str(error)
    if "field limit" in text:
        return _("a cell is longer than {field_size_limit:,} characters").format(field_size_limit=csv.field_size_limit())
    if "end of data" in text:
        return _("a quoted cell is never closed (a \" without its pair)")
    if "expected after" in text:
        return _("a quote inside a quoted cell must be doubled (\"\")")
    if "NUL" in text:
        return _("contains a NUL character")
    return clip(text)


def json_lines(text: str, keys: Collection[str]) -> dict[str, list[int]]:
    """The line on which each item of each top-level list starts (best effort)."""
    decoder = json.JSONDecoder(**JSON_NUMBERS)
    lines: dict[str, list[int]] = {}
    counted = [0, 1]  # up to which offset newlines are counted, and the line there: linear, not a rescan per item

    def skip(i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    try:
        i = skip(0) + 1  # past "{"
        while True:
            i = skip(i)
            if text[i] == "}":
                return lines
            key, i = decoder.raw_decode(text, i)
            i = skip(skip(i) + 1)  # past ":"
            if text[i] == "[" and key in keys:
                starts, i = [], skip(i + 1)
                while text[i] != "]":
                    counted[:] = [i, counted[1] + text.count("\n", counted[0], i)]
                    starts.append(counted[1])
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    i = skip(i + 1) if text[i] == "," else i
                lines[key] = starts
                i += 1
            else:
                _, i = decoder.raw_decode(text, i)
            i = skip(i)
            i = i + 1 if text[i] == "," else i
    except (ValueError, IndexError):
        return lines
