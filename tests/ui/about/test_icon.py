"""The packaged app icon exists at every size and is what windows show."""
from __future__ import annotations

from coach.core.paths import assets_dir
from coach.ui.about.icon import SIZES, app_icon


def test_every_png_size_is_packaged_and_square(qapp) -> None:
    from PySide6.QtGui import QImage

    icons = assets_dir() / "icons"
    assert (icons / "prehab-coach.svg").is_file()
    for size in SIZES:
        image = QImage(str(icons / f"prehab-coach-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_app_icon_offers_small_and_large_sizes(qapp) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 32, 256} <= sizes


def test_an_unreadable_icon_folder_gives_an_empty_icon_not_a_crash(qapp, monkeypatch, tmp_path) -> None:
    from pathlib import Path

    from coach.ui.about import icon as icon_module

    def refuse(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(icon_module, "assets_dir", lambda: tmp_path)
    monkeypatch.setattr(Path, "is_file", refuse)
    assert icon_module.app_icon().isNull()
