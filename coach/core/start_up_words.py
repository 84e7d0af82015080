"""The sentences the app says when its window cannot open, in the user's language (no Qt).

They are said before Qt has started (no display, a missing X11 library) or before
the diary is open (a data folder that cannot be made or written), so before the
app has chosen its language: :func:`choose_language` chooses it then, as the
app and the command line would (COACH_LANG, else the diary's ``language``
setting read without opening the diary, else the system's). It is called only on
the way to one of these refusals, so a healthy start pays nothing for it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from coach.core.i18n import _, ngettext


def choose_language(diary_file: Path) -> str:
    """Choose the language the refusal is said in; returns it."""
    from coach.core.i18n import start_up_language, use_language
    from coach.core.settings import peek_language

    return use_language(start_up_language(peek_language(diary_file), os.environ))


def no_display() -> str:
    """Linux with neither X11 nor Wayland: Qt's own message would send the user looking for xcb libraries."""
    return _("coach: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
             "Start it from a desktop session; the commands (coach --help) work anywhere.")


def missing_libraries(missing: Sequence[str], of_qt_itself: bool) -> str:
    """The head of the install hint: which libraries Qt (or its X11 plugin) needs and lacks."""
    one = len(missing) == 1
    names = missing[0] if one else _("{names} and {last}").format(names=", ".join(missing[:-1]), last=missing[-1])
    if of_qt_itself:
        return ngettext("coach: the window cannot open: Qt needs {names}, which is not installed.",
                        "coach: the window cannot open: Qt needs {names}, which are not installed.",
                        len(missing)).format(names=names)
    return ngettext("coach: the window cannot open: Qt's X11 plugin needs {names}, which is not installed.",
                    "coach: the window cannot open: Qt's X11 plugin needs {names}, which are not installed.",
                    len(missing)).format(names=names)


def how_to_install(count: int, family: str | None, debian: str, fedora: str) -> str:
    """The tail of the install hint: the command that installs ``count`` libraries on this system."""
    if not debian and not fedora:
        return ngettext("Install the package that provides it.", "Install the packages that provide them.", count)
    if family == "debian":
        return ngettext("Install it with: sudo apt install {debian}", "Install them with: sudo apt install {debian}",
                        count).format(debian=debian)
    if family == "fedora":
        return ngettext("Install it with: sudo dnf install {fedora}", "Install them with: sudo dnf install {fedora}",
                        count).format(fedora=fedora)
    return ngettext("Install it with: sudo apt install {debian} (Debian, Ubuntu) or sudo dnf install {fedora} (Fedora)",
                    "Install them with: sudo apt install {debian} (Debian, Ubuntu) or sudo dnf install {fedora} (Fedora)",
                    count).format(debian=debian, fedora=fedora)


def plugin_does_not_load(plugin: Path, error: str) -> str:
    return _("coach: the window cannot open: Qt's X11 plugin {plugin} does not load ({error}).").format(
        plugin=plugin, error=error)


def folder_cannot_be_created(root: Path, reason: str) -> str:
    return _("The data folder {root} cannot be created:\n{reason}").format(root=root, reason=reason)


def folder_cannot_be_written(root: Path) -> str:
    return _("The data folder {root} cannot be written, so the diary cannot be saved. "
             "Check that the folder is yours and not read-only.").format(root=root)


def already_open(handed: bool) -> str:
    """A second start on the same data folder."""
    if handed:
        return _("Prehab Coach is already open on this data folder; its window was brought forward.")
    return _("Prehab Coach is already open on this data folder.")


def diary_cannot_be_opened(root: Path, error: object) -> str:
    return _("The diary in {root} cannot be opened:\n{error}").format(root=root, error=error)
