"""install/uninstall write a valid launcher and remove exactly what they wrote."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coach.core.paths import assets_dir
from coach.desktop.install import Layout, data_home, desktop_entry, exec_command, install, uninstall


def test_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed")
    layout = Layout(tmp_path)
    install(layout, assets_dir() / "icons", exec_command())
    result = subprocess.run([tool, str(layout.desktop_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_only_what_install_wrote(tmp_path: Path) -> None:
    layout = Layout(tmp_path)
    other = tmp_path / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("keep")
    written = install(layout, assets_dir() / "icons", exec_command())
    assert layout.icon(16) in written and layout.mime_file in written
    assert set(uninstall(layout)) == set(written)
    assert other.read_text() == "keep"
    assert not any(p.exists() for p in written) and not layout.manifest.exists()


def test_exec_uses_the_running_interpreter() -> None:
    assert "Exec='/opt/my venv/bin/python' -m coach open %f" in desktop_entry(exec_command("/opt/my venv/bin/python"))


def test_data_home_follows_xdg_data_home(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
