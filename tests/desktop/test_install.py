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


def test_both_routine_file_types_are_registered_and_the_launcher_opens_them(tmp_path: Path) -> None:
    from coach.desktop.install import MIME_TYPE, ZIP_MIME_TYPE, mime_xml

    layout = Layout(tmp_path)
    install(layout, assets_dir() / "icons", exec_command())
    entry = layout.desktop_file.read_text()
    assert f"MimeType={MIME_TYPE};{ZIP_MIME_TYPE};\n" in entry
    assert layout.mime_file.read_text() == mime_xml()
    assert '<glob pattern="*.routine.zip" weight="60"/>' in mime_xml()
    assert '<sub-class-of type="application/zip"/>' in mime_xml()
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database not installed")
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert f"60:{ZIP_MIME_TYPE}:*.routine.zip" in globs and f"60:{MIME_TYPE}:*.routine.yaml" in globs
    uninstall(layout)
    assert not layout.mime_file.exists() and not layout.desktop_file.exists()


def test_uninstall_leaves_the_data_folder_as_it_found_it(tmp_path: Path) -> None:
    """The folders install made, and update-mime-database's cache in a mime folder it made, go;
    folders that were there before stay, with whatever else they hold."""
    kept = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "another-app.png"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"png")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    layout = Layout(tmp_path)
    install(layout, assets_dir() / "icons", exec_command())
    (tmp_path / "mime" / "mime.cache").write_bytes(b"derived")  # as update-mime-database leaves it
    (tmp_path / "mime" / "application").mkdir()
    (tmp_path / "mime" / "application" / "x-prehab-routine+yaml.xml").write_text("derived")
    install(layout, assets_dir() / "icons", exec_command())  # installing twice forgets nothing
    uninstall(layout)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert kept.read_bytes() == b"png"


def test_a_mime_folder_that_was_there_before_keeps_its_other_packages(tmp_path: Path) -> None:
    other = tmp_path / "mime" / "packages" / "someone-else.xml"
    other.parent.mkdir(parents=True)
    other.write_text("<mime-info/>")
    layout = Layout(tmp_path)
    install(layout, assets_dir() / "icons", exec_command())
    uninstall(layout)
    assert other.read_text() == "<mime-info/>" and not layout.mime_file.exists()
