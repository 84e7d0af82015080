"""Write and remove the freedesktop launcher, icons and MIME types, tracked by a manifest.

The manifest lets ``uninstall`` remove exactly what ``install`` wrote and nothing else.
"""
from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

APP_ID = "prehab-coach"
MIME_TYPE = "application/x-prehab-routine+yaml"
ZIP_MIME_TYPE = "application/x-prehab-routine+zip"  # a routine with its own pictures (Export… of one)
# (type, what it is, the type it specialises, its file pattern): one entry each in the MIME package.
MIME_TYPES = (
    (MIME_TYPE, "Prehab Coach routine", "application/yaml", "*.routine.yaml"),
    (ZIP_MIME_TYPE, "Prehab Coach routine with pictures", "application/zip", "*.routine.zip"),
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Layout:
    """Where files go under one XDG data folder."""

    data_home: Path

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def mime_file(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{APP_ID}.xml"

    @property
    def manifest(self) -> Path:
        return self.data_home / APP_ID / "desktop-manifest.json"

    def icon(self, size: int) -> Path:
        return self.data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def data_home(environ: dict[str, str] | None = None) -> Path:
    """XDG_DATA_HOME, else ~/.local/share (the spec's default)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def exec_command(python: str = sys.executable) -> str:
    """Launch through the running interpreter so venv and pipx installs both work.

    ``open %f``: a double-clicked routine file is shown and offered (``coach open FILE``);
    from the menu, with no file, the app simply opens."""
    return f"{shlex.quote(python)} -m coach open %f"


def desktop_entry(exec_line: str) -> str:
    """The .desktop text for the app menu."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Prehab Coach\n"
        "Comment=Knee-care routines and a pain diary for runners\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;Sports;\n"
        f"MimeType={''.join(f'{kind};' for kind, *_ in MIME_TYPES)}\n"
        "StartupWMClass=prehab-coach\n"
    )


def mime_xml() -> str:
    """shared-mime-info package mapping *.routine.yaml and *.routine.zip to the routine types
    (weight 60: above the plain YAML and zip types the same files also match)."""
    types = "".join(
        f'  <mime-type type="{kind}">\n'
        f"    <comment>{comment}</comment>\n"
        f'    <sub-class-of type="{parent}"/>\n'
        f'    <glob pattern="{pattern}" weight="60"/>\n'
        "  </mime-type>\n"
        for kind, comment, parent, pattern in MIME_TYPES
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f"{types}"
        "</mime-info>\n"
    )


def install(layout: Layout, icons_dir: Path, exec_line: str) -> list[Path]:
    """Write launcher, icons and MIME package; record them, and the folders that were not
    there before, in the manifest."""
    written: list[Path] = []
    made: list[Path] = []

    def put(path: Path, data: bytes) -> None:
        missing = [folder for folder in (path.parent, *path.parent.parents) if not folder.exists()]
        path.parent.mkdir(parents=True, exist_ok=True)
        made.extend(folder for folder in missing if folder not in made)
        path.write_bytes(data)
        written.append(path)

    put(layout.desktop_file, desktop_entry(exec_line).encode())
    put(layout.mime_file, mime_xml().encode())
    for size in ICON_SIZES:
        png = icons_dir / f"{APP_ID}-{size}.png"
        if png.is_file():
            put(layout.icon(size), png.read_bytes())
    layout.manifest.parent.mkdir(parents=True, exist_ok=True)
    known = _manifest(layout)  # a second install keeps the folders the first one made
    made = [*known["folders"], *(f for f in made if f not in known["folders"])]
    layout.manifest.write_text(json.dumps({"files": [str(p) for p in written], "folders": [str(f) for f in made]},
                                          indent=1))  # fmt: skip
    return written


def _manifest(layout: Layout) -> dict[str, list[Path]]:
    """The manifest's files and folders (a list of files: written before folders were kept)."""
    if not layout.manifest.is_file():
        return {"files": [], "folders": []}
    data = json.loads(layout.manifest.read_text())
    if isinstance(data, list):
        return {"files": [Path(name) for name in data], "folders": []}
    return {"files": [Path(name) for name in data.get("files", [])], "folders": [Path(f) for f in data.get("folders", [])]}


def uninstall(layout: Layout) -> list[Path]:
    """Remove the files the manifest lists (only those), then the manifest, then the folders
    install made that are now empty. A ``mime`` folder install made whose ``packages`` is now
    empty holds only what ``update-mime-database`` derived from our package: it goes too."""
    if not layout.manifest.is_file():
        return []
    listed = _manifest(layout)
    removed: list[Path] = []
    for path in listed["files"]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    layout.manifest.unlink()
    with contextlib.suppress(OSError):
        layout.manifest.parent.rmdir()  # the manifest's own folder, when nothing else is kept there
    mime = layout.mime_file.parent.parent
    if mime in listed["folders"] and mime.is_dir() and not any((mime / "packages").glob("*")):
        shutil.rmtree(mime, ignore_errors=True)  # mime.cache, globs, application/x-prehab-routine+yaml.xml...
    for folder in sorted(listed["folders"], key=lambda f: len(f.parts), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: another app's icon keeps hicolor/48x48/apps
    return removed
