"""`coach install-desktop` then `uninstall-desktop` leave the XDG folder as they found it."""
from __future__ import annotations

from coach.cli import main


def test_install_then_uninstall_round_trip(tmp_path, monkeypatch) -> None:
    xdg = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg))
    assert main(["--data-dir", str(tmp_path / "data"), "install-desktop"]) == 0
    desktop = xdg / "applications" / "prehab-coach.desktop"
    assert "-m coach" in desktop.read_text()
    assert (xdg / "icons" / "hicolor" / "32x32" / "apps" / "prehab-coach.png").is_file()
    mime = xdg / "mime" / "packages" / "prehab-coach.xml"
    assert "*.routine.zip" in mime.read_text() and "application/x-prehab-routine+zip;" in desktop.read_text()
    assert main(["--data-dir", str(tmp_path / "data"), "uninstall-desktop"]) == 0
    assert not desktop.exists() and not mime.exists()
    assert not (xdg / "icons" / "hicolor" / "32x32" / "apps" / "prehab-coach.png").exists()
