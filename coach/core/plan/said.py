"""Sentences kept as their English msgid and arguments, worded only when shown.

The programme's reasons ("today's advice is to back off") are stored in the diary and
read back months later, perhaps in another language: stored as words they stayed in
the language of the day they were written. A :class:`Said` keeps what to say, and
``str()`` says it in the active language: dates in its format, headlines in its words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from coach.core.i18n import _, in_sentence
from coach.core.locale_format import number, short_day


@dataclass(frozen=True)
class HeadlineWord:
    """An advice headline inside a sentence ("hold", "Halten")."""

    code: str


@dataclass(frozen=True)
class Number:
    """A number with a fixed count of decimals (a decimal comma in German)."""

    value: float
    digits: int = 0


Arg: TypeAlias = "int | str | date | HeadlineWord | Number | Said"


@dataclass(frozen=True)
class Said:
    """``msgid`` (English, marked with ``N_`` where it is written) and its arguments."""

    msgid: str
    args: tuple[tuple[str, Arg], ...] = ()
    literal: bool = False  # text stored before reasons were kept as msgids: shown as it is, translated if it can be

    def __str__(self) -> str:
        if self.literal:
            return _(self.msgid)
        return _(self.msgid).format(**{name: _shown(value) for name, value in self.args})

    def to_json(self) -> dict[str, Any]:
        return {"msgid": self.msgid, "args": {name: _to_json(value) for name, value in self.args}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Said:
        """The sentence ``to_json`` kept (ValueError/TypeError/KeyError for a damaged one)."""
        args = data.get("args", {})
        if not isinstance(data["msgid"], str) or not isinstance(args, dict):
            raise TypeError("not a kept sentence")
        return cls(data["msgid"], tuple((str(name), _from_json(value)) for name, value in args.items()))


def said(msgid: str, **args: Arg) -> Said:
    return Said(msgid, tuple(args.items()))


def _shown(value: Arg) -> object:
    if isinstance(value, Said):
        return str(value)
    if isinstance(value, HeadlineWord):
        from coach.core.vocabulary import Headline

        return in_sentence(Headline(value.code).label)
    if isinstance(value, Number):
        return number(value.value, value.digits)
    if isinstance(value, date):
        return short_day(value)
    return value


def _to_json(value: Arg) -> object:
    if isinstance(value, Said):
        return {"said": value.to_json()}
    if isinstance(value, HeadlineWord):
        return {"headline": value.code}
    if isinstance(value, Number):
        return {"number": value.value, "digits": value.digits}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _from_json(value: object) -> Arg:
    if isinstance(value, bool):
        raise TypeError("not an argument")
    if isinstance(value, (int, str)):
        return value
    if not isinstance(value, dict) or len(value) not in (1, 2):
        raise TypeError("not an argument")
    if "said" in value:
        return Said.from_json(value["said"])
    if "headline" in value:
        return HeadlineWord(str(value["headline"]))
    if "date" in value:
        return date.fromisoformat(value["date"])
    if "number" in value:
        return Number(float(value["number"]), int(value.get("digits", 0)))
    raise TypeError("not an argument")
