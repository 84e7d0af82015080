"""Qt's xcb plugin cannot load: one line naming the packages, exit 1, never Qt's abort (134)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coach.ui.shell import platform_check
from coach.ui.shell.platform_check import (
    LIBRARY_PACKAGES,
    distro_family,
    install_hint,
    missing_libraries,
    xcb_comes_first,
    xcb_problem,
)

ROOT = Path(__file__).resolve().parents[3]
ICCCM_ERROR = "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = "NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n"
FEDORA = "NAME=Fedora Linux\nID=fedora\n"
ROCKY = 'ID="rocky"\nID_LIKE="rhel centos fedora"\n'
ARCH = "ID=arch\n"


def failing(*missing: str):
    """A dlopen that fails, as glibc does, when the file is (or needs) one of ``missing``."""

    def load(path: str) -> None:
        for name in missing:
            if Path(path).name in (name, platform_check.PLUGIN_NAME):
                raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    return load


# --- when to look ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({}, False),  # no display: another message says so
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt tries Wayland first
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
    ],
)
def test_only_a_start_on_xcb_is_checked(environ, expected):
    assert xcb_comes_first(environ, "linux") is expected


def test_other_systems_are_never_checked():
    assert xcb_comes_first({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "darwin") is False


def test_the_plugin_is_pysides_own_unless_qt_is_pointed_elsewhere(tmp_path):
    pyside = tmp_path / "PySide6"
    (pyside / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so").write_bytes(b"")
    assert platform_check.find_plugin({}, pyside) == pyside / "Qt/plugins/platforms/libqxcb.so"
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "libqxcb.so").write_bytes(b"")
    environ = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path / "elsewhere")}
    assert platform_check.find_plugin(environ, pyside) == tmp_path / "elsewhere" / "libqxcb.so"
    assert platform_check.find_plugin({}, tmp_path / "nothing") is None


# --- what to say -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "family"), [(DEBIAN, "debian"), (UBUNTU, "debian"), (FEDORA, "fedora"),
                                              (ROCKY, "fedora"), (ARCH, None), ("", None)])  # fmt: skip
def test_the_distribution_comes_from_os_release(text, family):
    assert distro_family(text) == family


def test_the_line_names_the_packages_for_this_distribution():
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    debian = install_hint(missing, "debian")
    assert debian.endswith("Install them with: sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not installed" in debian
    assert install_hint(missing, "fedora").endswith("sudo dnf install xcb-util-wm xcb-util-keysyms")
    both = install_hint(missing, None)
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 (Debian, Ubuntu)" in both
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms (Fedora)" in both
    for line in (debian, both):
        assert "\n" not in line


def test_a_package_providing_several_libraries_is_named_once():
    line = install_hint(["libxcb-randr.so.0", "libxcb-shape.so.0"], "fedora")
    assert line.endswith("sudo dnf install libxcb")


def test_an_unknown_library_is_still_named():
    line = install_hint(["libxcb-future.so.9"], "debian")
    assert "needs libxcb-future.so.9, which is not installed" in line
    assert "apt" not in line


def test_every_library_the_plugin_needs_on_this_machine_has_packages():
    """If a PySide6 update makes the plugin need a new library, the table must learn it."""
    plugin = platform_check.find_plugin({})
    if plugin is None or shutil.which("ldd") is None:
        pytest.skip("no PySide6 xcb plugin or no ldd here")
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30)
    pyside = str(plugin.parents[4])
    needed = {line.split()[0] for line in result.stdout.splitlines() if "=>" in line and pyside not in line}
    system_core = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libpthread.so.0", "libdl.so.2"}
    # Libraries every system that has the others also has (they come with glib, zlib, systemd…).
    incidental = {"libz.so.1", "libzstd.so.1", "libpcre2-8.so.0", "libexpat.so.1", "libpng16.so.16",
                  "libbrotlidec.so.1", "libbrotlicommon.so.1", "libbsd.so.0", "libmd.so.0", "libsystemd.so.0",
                  "libcap.so.2", "libgcrypt.so.20", "liblzma.so.5", "liblz4.so.1", "libgpg-error.so.0"}  # fmt: skip
    assert needed - system_core - incidental - set(LIBRARY_PACKAGES) == set()


# --- finding what is missing ---------------------------------------------------------------


def test_the_loader_names_one_library_and_ldd_the_rest(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    found = missing_libraries(plugin, ICCCM_ERROR, ldd=lambda _: ["libxcb-keysyms.so.1", "libxcb-icccm.so.4"])
    assert found == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_without_ldd_every_known_library_is_tried(tmp_path):
    load = failing("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    found = missing_libraries(tmp_path / "libqxcb.so", ICCCM_ERROR, ldd=lambda _: None, load=load)
    assert found == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_ldd_output_is_read_for_not_found_lines(monkeypatch, tmp_path):
    output = ("\tlinux-vdso.so.1 (0x00007ffd)\n\tlibxcb-icccm.so.4 => not found\n"
              "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f4d)\n\tlibxcb-keysyms.so.1 => not found\n"
              "\tlibxcb-icccm.so.4 => not found\n")  # fmt: skip
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, output, ""))
    assert platform_check.ldd_missing(tmp_path / "libqxcb.so") == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_a_plugin_that_loads_needs_nothing(tmp_path):
    assert xcb_problem(tmp_path / "libqxcb.so", load=lambda _: None) is None


def test_a_plugin_that_fails_gives_the_install_line(tmp_path):
    line = xcb_problem(tmp_path / "libqxcb.so", load=failing("libxcb-icccm.so.4"),
                       ldd=lambda _: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], os_release=lambda: UBUNTU)  # fmt: skip
    assert line is not None and line.startswith("coach: the window cannot open: Qt's X11 plugin needs")
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")


def test_a_plugin_that_fails_for_another_reason_says_so(tmp_path):
    def broken(path: str) -> None:
        raise OSError(f"{path}: invalid ELF header")

    line = xcb_problem(tmp_path / "libqxcb.so", load=broken, ldd=lambda _: [], os_release=lambda: DEBIAN)
    assert line is not None and "does not load" in line and "invalid ELF header" in line


def test_the_real_plugin_loads_here():
    plugin = platform_check.find_plugin({})
    if plugin is None:
        pytest.skip("no PySide6 xcb plugin")
    assert xcb_problem(plugin) is None
    assert platform_check.load_error(plugin.parent / "libqnothing.so") is not None


# --- the user-visible start -----------------------------------------------------------------

FAKE_LOADER = textwrap.dedent(
    """
    import sys
    from coach.ui.shell import platform_check

    def load(path):
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    platform_check.dlopen = load
    platform_check.ldd_missing = lambda plugin: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    platform_check.read_os_release = lambda: "ID=debian\\n"
    from coach.cli import main
    sys.exit(main([]))
    """
)


def _start_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":97", COACH_DATA_DIR=str(tmp_path / "data"))
    return env


def test_plain_coach_prints_one_line_and_exits_1_before_qt_aborts(tmp_path):
    """The real start path with the loader faked: Qt is never asked, so it cannot abort."""
    result = subprocess.run([sys.executable, "-c", FAKE_LOADER], cwd=ROOT, env=_start_env(tmp_path),
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        "coach: the window cannot open: Qt's X11 plugin needs libxcb-icccm.so.4 and libxcb-keysyms.so.1, "
        "which are not installed. Install them with: sudo apt install libxcb-icccm4 libxcb-keysyms1"
    ]


def _lib_dir() -> Path | None:
    plugin = platform_check.find_plugin({})
    if plugin is None or shutil.which("ldd") is None or shutil.which("unshare") is None:
        return None
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30)
    for line in result.stdout.splitlines():
        if line.strip().startswith("libxcb-icccm.so.4 =>") and "/" in line:
            return Path(line.split("=>")[1].split("(")[0].strip()).resolve().parent
    return None


HIDE = 'mount --bind "$1" "$2" && mount --bind "$3" "$1" && shift 3 && exec "$@"'


def _hidden(tmp_path, lib_dir: Path, hidden: tuple[str, ...], command: list[str]) -> subprocess.CompletedProcess:
    """Run ``command`` in a private mount namespace where ``lib_dir`` lacks the ``hidden`` libraries.

    The real folder is bound to ``real/``; a folder of links to everything in it but
    the hidden ones is bound over it. Nothing outside the namespace changes."""
    real, farm = tmp_path / "real", tmp_path / "farm"
    real.mkdir()
    farm.mkdir()
    for entry in os.listdir(lib_dir):
        if not entry.startswith(hidden):
            (farm / entry).symlink_to(real / entry)
    return subprocess.run(["unshare", "-rm", "sh", "-c", HIDE, "hide", str(lib_dir), str(real), str(farm), *command],
                          cwd=ROOT, env=_start_env(tmp_path), capture_output=True, text=True, timeout=120)  # fmt: skip


@pytest.fixture
def lib_dir() -> Path:
    folder = _lib_dir()
    if folder is None:
        pytest.skip("needs ldd, unshare and PySide6's xcb plugin")
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount --bind {folder} {folder}"], capture_output=True,
                           timeout=30)  # fmt: skip
    if probe.returncode != 0:
        pytest.skip("no private mount namespaces here (unshare -rm is refused)")
    return folder


def test_with_two_xcb_libraries_really_hidden_coach_names_both_packages(tmp_path, lib_dir):
    """The fresh-Debian case of issue 9: Qt itself named libxcb-cursor0 and aborted with 134."""
    result = _hidden(tmp_path, lib_dir, ("libxcb-icccm.so", "libxcb-keysyms.so"), [sys.executable, "-m", "coach"])
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "needs libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not installed" in lines[0]
    family = distro_family(platform_check.read_os_release())
    if family != "fedora":
        assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in lines[0]
    if family != "debian":
        assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in lines[0]


def test_with_a_library_hidden_the_commands_still_work(tmp_path, lib_dir):
    result = _hidden(tmp_path, lib_dir, ("libxcb-icccm.so",), [sys.executable, "-m", "coach", "routines", "list"])
    assert result.returncode == 0, result.stderr
    assert "knee-strength" in result.stdout


def _readme_line(prefix: str) -> set[str]:
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith(prefix):
            return set(line.split("install", 1)[1].strip(" `").split())
    raise AssertionError(f"README has no line starting {prefix!r}")


def test_readme_lists_what_ci_installs_and_what_the_check_would_name():
    debian, fedora = _readme_line("- Debian / Ubuntu:"), _readme_line("- Fedora:")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = ci.split("packages=(", 1)[1].split(")", 1)[0].split()
    assert set(listed) - {"xvfb", "xauth", "openbox", "xdotool", "x11-utils"} <= debian  # test-only tools
    for soname in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0",
                   "libEGL.so.1", "libGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3", "libpulse.so.0"):  # fmt: skip
        assert LIBRARY_PACKAGES[soname].debian in debian
        assert LIBRARY_PACKAGES[soname].fedora in fedora
