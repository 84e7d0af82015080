"""Before Qt opens a window on X11: can its xcb plugin load? If not, say which packages to install.

Qt aborts the whole process (exit 134, a core dump) when its platform plugin
cannot load, and its message names one library, often not the missing one.
So before ``QApplication`` exists, the app loads the plugin itself: one
``dlopen`` of the file Qt would load next anyway, so a healthy start pays for
little more than the call. Only when that fails does it look further (``ldd``
lists every missing library, transitively) and turn sonames into the
Debian/Ubuntu or Fedora packages that provide them.

No Qt in here: this runs before Qt is allowed to fail.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

PLUGIN_NAME = "libqxcb.so"


@dataclass(frozen=True)
class Packages:
    """What provides one shared library on each distribution family."""

    debian: str
    fedora: str


# Every library PySide6's libqxcb.so and libQt6XcbQpa.so need that a minimal
# system may lack (``ldd`` on both), plus QtGui's and QtMultimedia's own.
LIBRARY_PACKAGES: dict[str, Packages] = {
    "libxcb.so.1": Packages("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": Packages("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Packages("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": Packages("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": Packages("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": Packages("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": Packages("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": Packages("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": Packages("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": Packages("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": Packages("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": Packages("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": Packages("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": Packages("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": Packages("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": Packages("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": Packages("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": Packages("libx11-6", "libX11"),
    "libX11-xcb.so.1": Packages("libx11-xcb1", "libX11-xcb"),
    "libXau.so.6": Packages("libxau6", "libXau"),
    "libXdmcp.so.6": Packages("libxdmcp6", "libXdmcp"),
    "libGL.so.1": Packages("libgl1", "mesa-libGL"),
    "libGLX.so.0": Packages("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": Packages("libglvnd0", "libglvnd"),
    "libEGL.so.1": Packages("libegl1", "mesa-libEGL"),
    "libfontconfig.so.1": Packages("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": Packages("libfreetype6", "freetype"),
    "libglib-2.0.so.0": Packages("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": Packages("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": Packages("libdbus-1-3", "dbus-libs"),
    "libpulse.so.0": Packages("libpulse0", "pulseaudio-libs"),
}

_MISSING = re.compile(r"^\s*(\S+\.so[.\d]*)\s*=>\s*not found", re.MULTILINE)
_DLERROR = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")

Dlopen = Callable[[str], None]  # raises OSError with the loader's message
Ldd = Callable[[Path], "list[str] | None"]  # the missing libraries, None when it cannot tell


def xcb_comes_first(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt try the xcb plugin first? Only then can a missing X11 library abort the start."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return False  # Qt tries its Wayland plugin first there
    return bool(environ.get("DISPLAY"))


def find_plugin(environ: Mapping[str, str], pyside_dir: Path | None = None) -> Path | None:
    """The libqxcb.so Qt will load: QT_QPA_PLATFORM_PLUGIN_PATH's, else PySide6's own."""
    folders = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    if pyside_dir is None:
        pyside_dir = _pyside_dir()
    if pyside_dir is not None:
        folders.append(pyside_dir / "Qt" / "plugins" / "platforms")
    for folder in folders:
        candidate = folder / PLUGIN_NAME
        if candidate.is_file():
            return candidate
    return None


def _pyside_dir() -> Path | None:
    from importlib.util import find_spec  # PySide6 is found, not imported

    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def dlopen(path: str) -> None:
    """Load a shared library; it stays loaded, as Qt loads it next anyway.

    ``_ctypes`` binds every symbol at once (RTLD_NOW): about 3 ms on the xcb
    plugin, most of which Qt's own load of it then saves (bench/startup.py)."""
    import _ctypes  # the C module only; ``ctypes`` itself costs milliseconds to import

    _ctypes.dlopen(path, os.RTLD_LAZY)


def load_error(plugin: Path, load: Dlopen | None = None) -> str | None:
    """The loader's message when ``plugin`` cannot be loaded, or None when it loads."""
    try:
        (load or dlopen)(str(plugin))
    except OSError as error:
        return str(error)
    return None


def ldd_missing(plugin: Path) -> list[str] | None:
    """Every library ``ldd`` cannot find for ``plugin`` (directly or through another); None without ldd."""
    import subprocess

    try:
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return _unique(_MISSING.findall(result.stdout))


def probe_missing(libraries: Iterable[str], load: Dlopen | None = None) -> list[str]:
    """Without ldd: load each known library; each failure names the first one missing on its way."""
    missing = []
    for library in libraries:
        error = load_error(Path(library), load)
        if error is not None:
            named = _DLERROR.search(error)
            missing.append(named.group(1) if named else library)
    return _unique(missing)


def missing_libraries(plugin: Path, error: str, ldd: Ldd | None = None, load: Dlopen | None = None) -> list[str]:
    """All missing libraries: the one the loader named first, then the rest."""
    named = _DLERROR.search(error)
    found = (ldd or ldd_missing)(plugin)
    if found is None:
        found = probe_missing(LIBRARY_PACKAGES, load)
    return _unique(([named.group(1)] if named else []) + found)


def distro_family(os_release: str) -> str | None:
    """"debian" or "fedora" from /etc/os-release's ID and ID_LIKE, else None."""
    words: list[str] = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("ID", "ID_LIKE"):
            words += value.strip().strip("\"'").lower().split()
    for family, members in (("debian", {"debian", "ubuntu"}), ("fedora", {"fedora", "rhel", "centos"})):
        if members & set(words):
            return family
    return None


def read_os_release() -> str:
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return ""


def install_hint(missing: list[str], family: str | None, needed_by: str = "plugin") -> str:
    """One line: what is missing and the command that installs it on this machine (or on both
    families), in the user's language. ``needed_by``: "plugin" (Qt's X11 plugin) or "qt"."""
    from coach.core import start_up_words as words  # only on the way to a refusal

    known = [LIBRARY_PACKAGES[name] for name in missing if name in LIBRARY_PACKAGES]
    debian = " ".join(_unique(p.debian for p in known))
    fedora = " ".join(_unique(p.fedora for p in known))
    head = words.missing_libraries(missing, of_qt_itself=needed_by == "qt")
    return f"{head} {words.how_to_install(len(missing), family, debian, fedora)}"


def xcb_problem(plugin: Path, *, load: Dlopen | None = None, ldd: Ldd | None = None,
                os_release: Callable[[], str] = read_os_release) -> str | None:  # fmt: skip
    """The one line to print instead of Qt's abort when ``plugin`` cannot load, else None."""
    error = load_error(plugin, load)
    if error is None:
        return None
    missing = missing_libraries(plugin, error, ldd, load)
    if not missing:
        from coach.core.start_up_words import plugin_does_not_load

        return plugin_does_not_load(plugin, error)
    return install_hint(missing, distro_family(os_release()))


def before_qt(environ: Mapping[str, str] | None = None) -> str | None:
    """Called just before ``QApplication``: the reason the window cannot open, or None.

    Does nothing unless Qt is about to use xcb; then costs one ``dlopen``."""
    environ = os.environ if environ is None else environ
    if not xcb_comes_first(environ):
        return None
    plugin = find_plugin(environ)
    return None if plugin is None else xcb_problem(plugin)


def import_problem(error: ImportError, os_release: Callable[[], str] = read_os_release) -> str | None:
    """Importing Qt itself failed for a missing library (libEGL, libfontconfig…): the line to print, or None."""
    named = _DLERROR.search(str(error))
    if named is None:
        return None
    found = ldd_missing(Path(error.path)) if error.path else None
    missing = _unique([named.group(1)] + (found or []))
    return install_hint(missing, distro_family(os_release()), needed_by="qt")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
