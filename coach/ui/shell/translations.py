"""The widgets' language: the app's own catalog (coach_<lang>.qm) and Qt's (qtbase_<lang>.qm).

Called once at start-up with the "language" setting, before any window is built,
because every widget asks ``tr()`` for its texts when it is made. "" follows the
system's locale. English is the source language; its catalog (coach_en.qm, made by
``lupdate -pluralonly``) only says "1 run" / "2 runs" where the source says "%n run(s)".
The widget tests install that English catalog (tests/ui/conftest.py) and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from coach.core.errors import CoachError
from coach.core.paths import assets_dir

LANGUAGES = ("", "en", "de")  # what Settings offers: the system's, then each shipped catalog's language
LANGUAGE_KEY = "language"


def catalog_dir() -> Path:
    """Where the compiled catalogs (coach_<lang>.qm) are shipped in the package."""
    return assets_dir() / "translations"


def locale_for(language: str) -> QLocale:
    """The locale a setting stands for: "" is the system's."""
    return QLocale.system() if not language else QLocale(language)


@dataclass
class InstalledLanguage:
    """What :func:`install_translators` did, so a test can undo it."""

    locale: QLocale
    previous: QLocale  # the default locale before, put back by uninstall
    translators: list[QTranslator] = field(default_factory=list)

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous)


def install_translators(app: QCoreApplication, language: str, folder: Path | None = None) -> InstalledLanguage:
    """Load the app's catalog and Qt's own for ``language``; make it the default locale.

    Qt's catalog translates its standard buttons and dialogs (Cancel, Yes, the file
    chooser); the default locale makes numbers and dates shown by Qt widgets
    (spin boxes, date edits) use that language's format. A missing catalog
    leaves the English source text, never an error."""
    locale = locale_for(language)
    installed = InstalledLanguage(locale, QLocale())
    QLocale.setDefault(locale)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    wanted = [english] if locale.language() in (QLocale.Language.English, QLocale.Language.C) else [locale, english]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for candidate in wanted:  # no catalog of the system's language: English, whose catalog holds the plurals
        translator = QTranslator(app)  # the app keeps it alive
        if translator.load(candidate, "coach", "_", str(folder or catalog_dir())):
            app.installTranslator(translator)
            installed.translators.append(translator)
            break
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        translator = QTranslator(app)
        if translator.load(locale, "qtbase", "_", qt_folder):
            app.installTranslator(translator)
            installed.translators.append(translator)
    return installed


def saved_language(settings: Any) -> str:
    """The "language" setting: "" (the system's), "en" or "de"; unknown or unreadable: the system's."""
    try:
        value = settings.get(LANGUAGE_KEY)
    except CoachError:  # the diary cannot be read: the session says so later, in the system's language
        return ""
    return value if value in LANGUAGES else ""


def save_language(settings: Any, language: str) -> None:
    """Write the "language" setting (raises StorageError when the diary cannot be written)."""
    settings.set(LANGUAGE_KEY, language)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for lupdate under ``context`` and returns it untranslated, for tables at
    module level that are translated where they are shown. (PySide6's own is typed as object.)"""
    return text


def date_text(moment: date | datetime, shape: str) -> str:
    """A date or a time in the app's language ("ddd d MMM": the language's day and month names).

    The diary's times are wall-clock times; a zone they carry is dropped, not converted,
    as strftime did."""
    day = QDate(moment.year, moment.month, moment.day)
    if not isinstance(moment, datetime):
        return QLocale().toString(day, shape)
    return QLocale().toString(QDateTime(day, QTime(moment.hour, moment.minute, moment.second)), shape)
