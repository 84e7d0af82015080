"""argparse's own words (``usage:``, ``options:``, ``error:``, "the following arguments
are required") in the user's language.

argparse words its texts with ``gettext`` at call time through the names ``_`` and
``ngettext`` it imported into its own module; Python ships no catalog for them.
So the app ships one (``coach/locale/<lang>/LC_MESSAGES/argparse.mo``, domain
"argparse", made by ``tools/argparse_catalog.py``) and points those two names of
the argparse module at it. Only argparse is touched (not ``gettext``'s global
domain), nothing heavy is imported, and English puts gettext's own functions back.
"""

from __future__ import annotations

import gettext
from types import ModuleType

from coach.core.i18n import SOURCE_LANGUAGE, locale_dir

DOMAIN = "argparse"


def speak_argparse(argparse_module: ModuleType, language: str) -> str:
    """Make ``argparse_module`` word its texts in ``language``; returns the language used
    (English when there is no catalog for it). Call it before a parser is built: the
    group titles and ``-h``'s help are worded when the parser is made."""
    catalog: gettext.NullTranslations | None = None
    if language != SOURCE_LANGUAGE:
        try:
            catalog = gettext.translation(DOMAIN, str(locale_dir()), languages=[language])
        except OSError:  # no catalog for this language: argparse's English
            catalog = None
    if catalog is None:
        argparse_module._ = gettext.gettext  # type: ignore[attr-defined]
        argparse_module.ngettext = gettext.ngettext  # type: ignore[attr-defined]
        return SOURCE_LANGUAGE
    argparse_module._ = catalog.gettext  # type: ignore[attr-defined]
    argparse_module.ngettext = catalog.ngettext  # type: ignore[attr-defined]
    return language
