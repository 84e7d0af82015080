"""Help → About: the version, the data folder (with a button that opens it), the licence,
and every source the advice uses in full (the packaged ``help/sources.md``: one text for
the app and the repository). Offline: nothing is fetched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach import __version__
from coach.core.advice.advice import disclaimer
from coach.core.paths import assets_dir
from coach.ui.about.icon import app_icon
from coach.ui.shell import theme
from coach.ui.shell.local_files import open_local
from coach.ui.shell.translations import QT_TRANSLATE_NOOP
from coach.ui.shell.window_geometry import fit_on_first_show
from coach.ui.widgets.folder_field import FolderField

LICENCE = QT_TRANSLATE_NOOP("AboutDialog", "MIT licence")  # translated where shown


def help_text(name: str) -> str:
    """A packaged help page (Markdown), in the user's language when it has one; a short apology when the install lacks it."""
    from coach.core.i18n import active_language  # the language chosen at start-up: help/de/ for German

    for page in (assets_dir() / "help" / active_language() / name, assets_dir() / "help" / name):
        try:
            return page.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return QCoreApplication.translate("Help", "The page {name} is missing from this installation.").format(name=name)


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About Prehab Coach"))
        self.setAccessibleName(self.tr("About Prehab Coach"))
        self.resize(720, 560)
        self.data_folder = data_folder
        self.open_url: Callable[[QUrl], bool] = open_local  # tests put a recorder here

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"Prehab Coach {__version__}")
        title.setObjectName("about-title")
        theme.set_font(title, 1.6, bold=True)
        tagline = QLabel(self.tr("Warm-ups, cool-downs and strength for runners' knees, and a diary of runs and knee pain.")
                         + "\n" + self.tr("{licence}. Everything stays on this computer.").format(licence=self.tr(LICENCE))
                         + f"\n{disclaimer()}")  # fmt: skip
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.data_field = FolderField(data_folder, self.tr("Folder of the diary, backups and your routines"),
                                      name="about-data-folder")  # fmt: skip
        field = self.data_field
        self.folder, self.open_folder_button, self.folder_note = field.line, field.open_button, field.note
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Your data:")), 0, Qt.AlignmentFlag.AlignTop)
        folder_row.addWidget(self.data_field, 1)

        self.sources = QTextBrowser()
        self.sources.setObjectName("about-sources")
        self.sources.setAccessibleName(self.tr("The sources the advice uses"))
        self.sources.setOpenExternalLinks(True)  # only on the user's click, in their own browser
        self.sources.setMarkdown(help_text("sources.md"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(folder_row)
        layout.addWidget(self.sources, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        fit_on_first_show(self)

    def open_folder(self) -> None:
        self.data_field.open_folder(self.open_url)
