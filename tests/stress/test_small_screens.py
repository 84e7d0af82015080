"""The real app on small laptop screens under a real window manager (Xvfb + openbox).

For each screen size the test starts Xvfb and openbox, runs ``python -m coach play
knee-strength`` with a temporary data folder, and checks from two sides that the
window fits the screen and Knee hurts is on it: the X server's own geometry of the
window (xdotool), and what the app reports about its widgets (a few lines run in the
app's process before ``coach``'s own ``main``; the app itself has no test hook).
Skipped, with the reason, where Xvfb, openbox, xdotool, xprop or xwininfo is missing.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.stress.live_app import ROOT, wait_for

TOOLS = {"Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool", "xprop": "x11-utils", "xwininfo": "x11-utils"}

# Run in the app's process: create the QApplication, then poll until the player is on screen
# and its geometry has settled (the window manager may move or resize it once mapped), write
# what it looks like, and hand over to coach's own main().
REPORTER = r"""
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
out, argv = sys.argv[1], sys.argv[2:]
last = []
def report():
    window = next((w for w in app.topLevelWidgets() if w.objectName() == "main-window"), None)
    player = getattr(window, "player", None)
    if window is None or player is None or not player.isVisible():
        QTimer.singleShot(200, report)
        return
    knee = player.knee_button
    top_left = knee.mapToGlobal(knee.rect().topLeft())
    seen = {"frame": window.frameGeometry().getRect(), "window": window.geometry().getRect(),
            "knee": [top_left.x(), top_left.y(), knee.width(), knee.height()],
            "knee_visible": knee.isVisible(), "knee_text": knee.text(),
            "screen": window.screen().geometry().getRect(),
            "available": window.screen().availableGeometry().getRect()}
    last.append(seen)
    if len(last) < 4 or any(s != seen for s in last[-4:]):
        QTimer.singleShot(250, report)
        return
    sys.path.insert(0, os.getcwd())
    from tests.ui.geometry_checks import button_problems
    seen["problems"] = button_problems(window)
    with open(out + ".part", "w") as handle:
        json.dump(seen, handle)
    os.replace(out + ".part", out)
QTimer.singleShot(0, report)
from coach.cli import main
sys.exit(main(argv))
"""


def _missing_tools() -> list[str]:
    return [f"{tool} ({package})" for tool, package in TOOLS.items() if shutil.which(tool) is None]


def _wm_is_up(display: str) -> bool:
    done = subprocess.run(["xprop", "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK"],
                          capture_output=True, text=True, timeout=10)  # fmt: skip
    return done.returncode == 0 and "window id" in done.stdout


@contextmanager
def x_server_with_window_manager(size: str):
    """Xvfb at ``size`` on a free display number, with openbox managing it; yields DISPLAY."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(write)
    wm = None
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], 30)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                raise AssertionError(f"Xvfb did not start (exit {xvfb.poll()})")
            number += chunk
        display = f":{number.decode().strip()}"
        wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        wait_for(lambda: _wm_is_up(display) or wm.poll() is not None, "openbox to manage the screen", timeout=30)
        assert wm.poll() is None, "openbox ended at once"
        yield display
    finally:
        os.close(read)
        for process in (wm, xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _x_frame(display: str, title: str) -> list[int] | None:
    """The X server's view of the visible window called ``title``: its frame (decorations included)
    as [x, y, width, height] in root coordinates. (xdotool's getwindowgeometry counts a reparenting
    window manager's offset twice, so the position comes from xwininfo.)"""
    env = dict(os.environ, DISPLAY=display)

    def run(*command: str) -> str:
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=10).stdout

    ids = run("xdotool", "search", "--onlyvisible", "--name", f"^{title}$").split()
    if not ids:
        return None
    info = dict(line.strip().split(":", 1) for line in run("xwininfo", "-id", ids[-1]).splitlines() if ":" in line)
    try:
        x, y = int(info["Absolute upper-left X"]), int(info["Absolute upper-left Y"])
        width, height = int(info["Width"]), int(info["Height"])
    except (KeyError, ValueError):
        return None
    extents = run("xprop", "-id", ids[-1], "_NET_FRAME_EXTENTS").partition("=")[2]
    left, right, top, bottom = (int(n) for n in extents.split(",")) if extents.strip() else (0, 0, 0, 0)
    return [x - left, y - top, width + left + right, height + top + bottom]


def _inside(rect: list[int], room: list[int]) -> bool:
    x, y, width, height = rect
    rx, ry, rwidth, rheight = room
    return rx <= x and ry <= y and x + width <= rx + rwidth and y + height <= ry + rheight


def _play_on(size: str, tmp_path: Path) -> tuple[dict, list[int], int, str]:
    """Play knee-strength on a ``size`` screen under openbox; (the app's report, the X frame, exit code, output)."""
    if missing := _missing_tools():
        pytest.skip(f"needs {', '.join(missing)}")
    data_dir = tmp_path / "data"
    report = tmp_path / f"report-{size}.json"
    log_path = tmp_path / f"app-{size}.log"
    with open(log_path, "w+b") as log, x_server_with_window_manager(size) as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONUNBUFFERED="1")
        env.pop("WAYLAND_DISPLAY", None)
        app = subprocess.Popen([sys.executable, "-c", REPORTER, str(report), "--data-dir", str(data_dir),
                                "play", "knee-strength"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            wait_for(lambda: report.exists() or app.poll() is not None, "the player to settle on screen", timeout=90)
            assert report.exists(), f"the app ended (exit {app.poll()}):\n{log_path.read_text(errors='replace')}"
            seen = json.loads(report.read_text())
            x_frame = wait_for(lambda: _x_frame(display, "Prehab Coach"), "the window on the X server", timeout=30)
        finally:
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)  # as a desktop does on log-out: the session is recorded
            try:
                code = app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
                code = app.wait()
    return seen, x_frame, code, log_path.read_text(errors="replace")


def _assert_fits(size: str, seen: dict, x_frame: list[int], code: int, output: str) -> None:
    width, height = (int(n) for n in size.split("x"))
    assert seen["screen"] == [0, 0, width, height]
    assert _inside(seen["frame"], seen["available"]), seen  # decorations included
    assert seen["frame"][2] > seen["window"][2] or seen["frame"][3] > seen["window"][3]  # openbox framed it
    assert _inside(x_frame, [0, 0, width, height]), (x_frame, seen)  # as the X server sees it
    assert seen["knee_visible"] and seen["knee_text"].startswith("Knee hurts")
    assert _inside(seen["knee"], seen["window"]) and _inside(seen["knee"], [0, 0, width, height]), seen
    assert seen["problems"] == []
    assert code == 0 and "Traceback" not in output, output


@pytest.mark.parametrize("size", ["1024x600", "1366x768"])
def test_the_player_fits_a_small_screen_under_a_window_manager(tmp_path, size):
    _assert_fits(size, *_play_on(size, tmp_path))


def test_a_window_remembered_from_a_big_monitor_comes_back_on_the_laptop_screen(tmp_path, qapp):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    big = QWidget()
    big.setGeometry(1500, 900, 1800, 1000)  # on a second monitor to the right, since unplugged
    places = QSettings(str(tmp_path / "data" / "windows.ini"), QSettings.Format.IniFormat)
    places.setValue("main-window/geometry", big.saveGeometry())  # which Qt on X11 refuses, its screen gone
    places.setValue("main-window/rect", [1500, 900, 1800, 1000])
    places.sync()
    assert places.status() == QSettings.Status.NoError
    seen, *rest = _play_on("1024x600", tmp_path)
    _assert_fits("1024x600", seen, *rest)
    assert seen["window"][2] > 1024 * 0.92  # the remembered size, shrunk to the screen (not the default 92 %)
