"""Every sentence the core marks has a German translation, none is stale, and the
shipped .mo says what the .po says (tools/i18n_extract.py --check, as a test)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("i18n_extract", ROOT / "tools" / "i18n_extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_extract"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["i18n_extract"]


def test_german_is_shipped(tool):
    assert "de" in tool.languages()


def test_every_message_has_a_german_translation_and_none_is_stale(tool):
    assert tool.problems("de") == []


def test_the_extraction_finds_the_core_sentences(tool):
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in tool.extract() if m.id}
    assert "Hold" in ids and "Log a run or a routine to get advice" in ids
    assert len(ids) > 400


def test_placeholders_survive_translation(tool):
    """A msgstr may reformat a placeholder ({at:%d.%m.%Y}) but never rename, drop or add one."""
    import re

    def names(text: str) -> set[str]:
        return {re.split(r"[!:]", field, maxsplit=1)[0] for field in re.findall(r"(?<!\{)\{([^{}]*)\}", text)}

    for message in tool.read("de"):
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else message.id
        strings = (message.string,) if isinstance(message.string, str) else message.string
        wanted = set().union(*(names(i) for i in ids))
        for string in strings:
            assert names(string) <= wanted and names(string) >= names(ids[0]) - {"count"}, (message.id, string)
