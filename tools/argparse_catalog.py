"""argparse's own messages in the app's languages (``coach/locale/<lang>/LC_MESSAGES/argparse.po``).

    python tools/argparse_catalog.py          # add the running Python's argparse msgids, compile argparse.mo
    python tools/argparse_catalog.py --check  # exit 1 if a msgid of this Python's argparse lacks a translation

Python ships no translations of argparse; ``coach/commands/argparse_words.py``
points argparse at these catalogs. Entries are never dropped: another Python
version's argparse may still use them (the package supports 3.11 and later).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "coach" / "locale"
DOMAIN = "argparse"
LANGUAGES = ("de",)


def argparse_messages() -> list[str | tuple[str, str]]:
    """Every text the running Python's argparse passes to ``_()`` or ``ngettext()``."""
    found = []
    for _lineno, message, _comments, _context in extract_from_file(
            "python", argparse.__file__, keywords={"_": None, "ngettext": (1, 2)}):  # fmt: skip
        if message not in found:
            found.append(message)
    return found


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.is_file():
        return Catalog(locale=language, domain=DOMAIN, project="Prehab Coach", charset="utf-8")
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def problems(language: str) -> list[str]:
    """The running argparse's msgids this language's catalog lacks or leaves untranslated."""
    catalog = read(language)
    found = []
    for message in argparse_messages():
        entry = catalog.get(message if isinstance(message, str) else message[0])
        strings = () if entry is None else entry.string if isinstance(entry.string, (tuple, list)) else (entry.string,)
        if entry is None or not all(strings) or entry.fuzzy:
            found.append(f"{language}: argparse: untranslated: {message!r}")
    mo = po_path(language).with_suffix(".mo")
    if not mo.is_file() or mo.stat().st_mtime < po_path(language).stat().st_mtime:
        found.append(f"{language}: {mo.relative_to(ROOT)} is older than its .po: run tools/argparse_catalog.py")
    return found


def update(language: str) -> None:
    catalog = read(language)
    for message in argparse_messages():
        key = message if isinstance(message, str) else message[0]
        if catalog.get(key) is None:
            catalog.add(message, string=("", "") if isinstance(message, tuple) else "")
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=False, no_location=True)
    done = read(language)
    for message in [m for m in done if m.id and not all(m.string if isinstance(m.string, tuple) else (m.string,))]:
        done.delete(message.id)
    buffer = io.BytesIO()
    write_mo(buffer, done, use_fuzzy=False)
    path.with_suffix(".mo").write_bytes(buffer.getvalue())


def main(argv: list[str]) -> int:
    if "--check" in argv:
        bad = [line for language in LANGUAGES for line in problems(language)]
        print("\n".join(bad)) if bad else None
        return 1 if bad else 0
    for language in LANGUAGES:
        update(language)
        print(f"{po_path(language).relative_to(ROOT)}: {len(read(language))} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
