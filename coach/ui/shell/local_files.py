"""Opening a local folder or file in the desktop's own app: never a network address."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_local(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url) if url.isLocalFile() else False
