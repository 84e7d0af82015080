"""Extract the core's sentences into the gettext catalogs and compile them.

    python tools/i18n_extract.py          # update every coach.po from the source, compile coach.mo
    python tools/i18n_extract.py --check  # exit 1 if a catalog lacks, keeps stale, or is not compiled

Babel's Python extractor reads ``_()``, ``N_()``, ``ngettext()`` and
``pgettext()`` calls in coach/core, coach/commands and coach/cli.py (the Qt
widgets use Qt's own tr() and .ts files). New msgids are added untranslated,
msgids no longer in the source are dropped, and each ``coach.mo`` is rebuilt
from its ``.po``; tests/core/test_i18n_catalog.py runs the same checks.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "coach" / "core", ROOT / "coach" / "commands", ROOT / "coach" / "cli.py")
LOCALE = ROOT / "coach" / "locale"
DOMAIN = "coach"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "NP_": ((1, "c"), 2)}

Key = str | tuple[str, str]


def source_files() -> Iterator[Path]:
    for source in SOURCES:
        yield from sorted(source.rglob("*.py")) if source.is_dir() else (source,)


def extract() -> Catalog:
    """Every msgid the source marks, with the places it is used."""
    catalog = Catalog(domain=DOMAIN, project="Prehab Coach", charset="utf-8")
    for path in source_files():
        for lineno, message, comments, context in extract_from_file("python", path, keywords=KEYWORDS):
            where = (path.relative_to(ROOT).as_posix(), lineno)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _done(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
    return bool(message.id) and not message.fuzzy and all(strings)


def compiled(catalog: Catalog) -> bytes:
    """The .mo bytes, without untranslated entries (an empty plural would make ngettext answer "")."""
    for message in [m for m in catalog if m.id and not _done(m)]:
        catalog.delete(message.id, context=message.context)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _key(message: Message) -> Key:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return msgid if message.context is None else (message.context, msgid)


def _keys(catalog: Catalog) -> set[Key]:
    return {_key(message) for message in catalog if message.id}


def _translations(catalog: Catalog) -> dict[Key, object]:
    """What a compiled catalog says for each msgid (compared, not the bytes: Babel writes its version in)."""
    return {_key(m): m.string if isinstance(m.string, str) else tuple(m.string) for m in catalog if _done(m)}


def problems(language: str, source: Catalog | None = None) -> list[str]:
    """What is wrong with one language's catalog: missing, untranslated, fuzzy, stale, not compiled."""
    source = source or extract()
    catalog = read(language)
    found = []
    wanted, have = _keys(source), _keys(catalog)
    found += [f"missing: {key!r}" for key in sorted(wanted - have, key=str)]
    found += [f"stale: {key!r}" for key in sorted(have - wanted, key=str)]
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            found.append(f"untranslated: {message.id!r}")
        if message.fuzzy:
            found.append(f"fuzzy: {message.id!r}")
    mo = po_path(language).with_suffix(".mo")
    shipped: dict[Key, object] = {}
    if mo.is_file():
        with mo.open("rb") as handle:
            shipped = _translations(read_mo(handle))
    if shipped != _translations(catalog):
        found.append(f"{mo.relative_to(ROOT)} is not compiled from its .po: run tools/i18n_extract.py")
    return found


def update(language: str, source: Catalog) -> None:
    """Merge the source's msgids into the .po (keeping translations), then compile it."""
    path = po_path(language)
    if path.is_file():
        catalog = read(language)
        catalog.update(source, no_fuzzy_matching=True)
        catalog.obsolete.clear()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = Catalog(locale=language, domain=DOMAIN, project="Prehab Coach", charset="utf-8")
        catalog.update(source, no_fuzzy_matching=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=False, include_previous=False)
    path.with_suffix(".mo").write_bytes(compiled(read(language)))


def main(argv: list[str]) -> int:
    source = extract()
    if "--check" in argv:
        bad = {language: problems(language, source) for language in languages()}
        for language, found in bad.items():
            for line in found:
                print(f"{language}: {line}")
        return 1 if any(bad.values()) else 0
    for language in argv or languages():
        update(language, source)
        print(f"{po_path(language).relative_to(ROOT)}: {len(source)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
