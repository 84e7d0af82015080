"""The core's sentences in the user's language, through gettext (no Qt).

``_("...")`` translates a sentence, ``ngettext`` picks a plural, ``N_`` only
marks a module-level constant for extraction (the table keeps English; the
screen translates it with ``_()`` where it shows it).

The active catalog is chosen once, at start-up, by ``use_language`` (the CLI's
``main`` and the app's ``run_app`` call it), never at import (Picard's
``picard/i18n.py`` does the same: ``setup_gettext`` at start-up). Why: a
catalog picked at import would freeze whatever language the first importer
saw, tests could not switch it, and importing core would read the environment
and the disk. Why a process-wide choice at all, against the house rule of
passing things in: a language is like the locale, one per process, and handing
a translator to every function that words a sentence would touch every
signature in core for no gain. Until ``use_language`` runs, ``_()`` returns the
English source text.

Catalogs: ``coach/locale/<lang>/LC_MESSAGES/coach.po`` with the compiled
``coach.mo`` beside it (``tools/i18n_extract.py`` extracts and compiles).
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

K = TypeVar("K")

DOMAIN = "coach"
SOURCE_LANGUAGE = "en"  # the msgids are English
LANGUAGES = ("en", "de")  # what the language setting offers besides "" (follow the system)
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}  # each in its own language, as a chooser shows them
SYSTEM_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # gettext's order
OVERRIDE_VARIABLE = "COACH_LANG"  # wins over the setting (tests, and a quick look in another language)

# The one piece of process state: which catalog answers _(). Set by use_language only.
_active: dict[str, _gettext.NullTranslations | str] = {"code": SOURCE_LANGUAGE, "catalog": _gettext.NullTranslations()}


def locale_dir() -> Path:
    """Where the catalogs are shipped (inside the package, so the wheel carries them)."""
    return Path(__file__).resolve().parent.parent / "locale"


def _language_of(value: str) -> str:
    """``de_DE.UTF-8`` -> ``de``; ``C`` and ``POSIX`` -> ``en``."""
    code = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].strip().lower()
    return SOURCE_LANGUAGE if code in ("c", "posix", "") else code


def system_language(environ: Mapping[str, str]) -> str:
    """The language the system asks for, as gettext reads it: the first variable of
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set decides; within LANGUAGE's
    ``fr:de`` list the first language we ship wins. Unknown -> English."""
    for name in SYSTEM_VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            code = _language_of(part)
            if code in LANGUAGES:
                return code
        if name != "LANGUAGE":  # LANGUAGE with nothing we ship falls through to the locale, as in gettext
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def start_up_language(setting: str | None, environ: Mapping[str, str]) -> str | None:
    """What start-up hands ``use_language``: COACH_LANG if set, else the setting ("" follows the system)."""
    return environ.get(OVERRIDE_VARIABLE) or setting or None


def use_language(code: str | None) -> str:
    """Make ``code``'s catalog the one ``_()`` answers from, and return the language used.

    None or "" follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); a language
    we do not ship, or one whose catalog is missing, is English."""
    wanted = _language_of(code) if code else system_language(os.environ)
    catalog: _gettext.NullTranslations = _gettext.NullTranslations()
    if wanted != SOURCE_LANGUAGE and wanted in LANGUAGES:
        try:
            catalog = _gettext.translation(DOMAIN, str(locale_dir()), languages=[wanted])
        except OSError:  # the .mo is missing: English rather than a crash
            wanted = SOURCE_LANGUAGE
    else:
        wanted = SOURCE_LANGUAGE
    _active["code"], _active["catalog"] = wanted, catalog
    return wanted


@contextmanager
def speaking(code: str) -> Iterator[str]:
    """Words in ``code`` for the duration of a ``with``, then the language before again:
    JSON and CSV outputs carry the English source texts whatever the user's language."""
    before = active_language()
    try:
        yield use_language(code)
    finally:
        use_language(before)


def active_language() -> str:
    """The language ``_()`` answers in now ("en" until ``use_language`` chose another)."""
    return str(_active["code"])


def _catalog() -> _gettext.NullTranslations:
    catalog = _active["catalog"]
    assert isinstance(catalog, _gettext.NullTranslations)
    return catalog


def _(message: str) -> str:
    """``message`` (English) in the active language."""
    return _catalog().gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the active language's plural rules."""
    return _catalog().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` translated in ``context``, for one English word with two meanings."""
    return _catalog().pgettext(context, message)


def N_(message: str) -> str:
    """Marks ``message`` for extraction and returns it untranslated: for tables built at
    import, whose entries are translated with ``_()`` where they are shown."""
    return message


def NP_(context: str, message: str) -> str:
    """``N_`` for a word whose translation depends on ``context`` (a table read with ``Labels(..., context)``)."""
    return message


class Labels(Mapping[K, str]):
    """A constant table of English labels (marked with ``N_``) that answers in the active
    language when read: ``MOMENT_LABELS["after-run"]`` is "after a run" or "nach einem Lauf",
    so every screen and report that looks a label up shows it translated."""

    def __init__(self, table: Mapping[K, str], context: str | None = None):
        self._table = dict(table)
        self._context = context  # the entries were marked NP_(context, ...)

    def __getitem__(self, key: K) -> str:
        text = self._table[key]
        if not text:  # _("") would be the catalog's header
            return text
        return _(text) if self._context is None else pgettext(self._context, text)

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def source(self, key: K) -> str:
        """The English label, as written in the table."""
        return self._table[key]


# Languages whose nouns keep their capital inside a sentence ("⚠ Schwellung", "Woche 1 von 8").
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def in_sentence(label: str) -> str:
    """A label ("Back off", "Week 1 of 8", "Swelling") used inside a sentence: English lowers
    its first letter, German keeps it (``str.lower`` turned "Woche" into "woche")."""
    if not label or active_language() in _NOUNS_CAPITALISED:
        return label
    return label[:1].lower() + label[1:]


def sentence_start(text: str) -> str:
    """``text`` with a capital first letter and the rest untouched (``str.capitalize``
    lowers the rest: "Während eines laufs")."""
    return text[:1].upper() + text[1:]
