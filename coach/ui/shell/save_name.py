"""The file a Save dialog's answer means, when the app adds the extension itself.

The dialog asked "replace it?" about the name as typed ("mine"); the app then
writes "mine.csv". When that file exists, the question is asked again for the
name that will really be written, so nothing is overwritten unasked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def chosen_file(typed: str, suffix: str, notifier) -> Path | None:
    """``typed`` with ``suffix`` (".csv") added when it has no extension; None when the user
    declines to replace a file that only the added extension made an existing one."""
    path = Path(typed)
    if path.suffix:
        return path
    path = path.with_name(path.name + suffix)
    question = QCoreApplication.translate("SaveName", "{file} already exists in {folder}. Replace it?").format(
        file=path.name, folder=path.parent)
    if path.exists() and not notifier.ask(question, yes=QCoreApplication.translate("SaveName", "Replace"),
                                          no=QCoreApplication.translate("SaveName", "Cancel"), default_yes=False):  # fmt: skip
        return None
    return path
