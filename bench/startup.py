"""Start-up to the main window's first paint, and peak memory, against a bare PySide6 window.

Each run is a fresh ``python`` process started by this script (``--child MODE``):

- ``bare``: ``QApplication`` + an empty ``QMainWindow`` of the app's size, shown;
- ``coach``: ``coach.cli.main([])``, i.e. plain ``coach``, the real start-up path
  (lock file, diary, catalog, MainWindow) on a temporary data folder.

In both, ``QApplication.exec`` is patched to put an event filter on the shown
main window; at its first ``QEvent.Paint`` the filter posts a zero timer, which
notes the clock once the whole first frame (children included) is painted, and
ends the child. The time is measured from just before the parent spawns the
child to that moment, on ``time.perf_counter`` (CLOCK_MONOTONIC on Linux, shared
by every process), so interpreter start-up and imports are included, as the
user would feel them. Peak memory is the child's own VmHWM (peak resident set)
read at that same moment.

Runs alternate bare/coach so a slow moment of the machine hits both. The data
folder and the bytecode cache are made by an untimed warm-up run, so the timed
runs measure an ordinary start (diary exists, today's backup made, routines
cached, modules compiled as an installed app's are), not the very first one.

Targets (README, "Benchmarks"): time ≤ 1.5× the bare window, peak memory ≤ 2×.

The platform matters. On an X server (``xcb``, what a Linux desktop runs) both
windows also pay for talking to the display, which is the start-up a user
feels. Qt's ``offscreen`` platform needs no display and skips that fixed cost,
so the same extra work of the app shows as a larger ratio there.

    xvfb-run -a .venv/bin/python bench/startup.py --platform xcb [--runs 7]
    .venv/bin/python bench/startup.py [--runs 7]          # offscreen
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIME_TARGET = 1.5
MEMORY_TARGET = 2.0


# -- the child ---------------------------------------------------------------------


def _peak_rss_kib() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _watch_first_frame(result: dict[str, float]) -> None:
    """Patch ``QApplication.exec`` so the event loop, when it starts, watches the
    visible main window and ends the process once its first frame is finished.

    The filter sits on the main window alone: an application-wide Python filter
    would itself cost tens of ms in a window with many widgets and skew the ratio.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstFrame(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if "painted" not in result and event.type() == QEvent.Type.Paint:
                result["painted"] = 0.0
                QTimer.singleShot(0, finished)  # after the children painted too
            return False

    def finished() -> None:
        result["painted"] = time.perf_counter()
        result["peak_kib"] = _peak_rss_kib()
        print(json.dumps(result), flush=True)
        # Stop here: what the app does after its first frame (keys, start-up
        # questions) and tearing down are not start-up, and would blur
        # instruction counts taken of this child.
        os._exit(0)

    spy = FirstFrame()
    run_loop = QApplication.exec

    def exec_watching_the_window(app) -> int:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if windows:
            windows[0].installEventFilter(spy)
        return run_loop()  # a static method: QApplication.exec()

    QApplication.exec = exec_watching_the_window
    _watch_first_frame.keep = spy


def _after_import(module_name: str, then) -> None:
    """Run ``then()`` right after ``module_name`` is first imported, by whoever imports it."""
    import importlib.util  # PySide6 imports it anyway; importlib.abc it does not, so not used here

    class Finder:  # a meta path finder needs only find_spec
        def find_spec(self, name, path, target=None):
            if name != module_name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                then()

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())


def child(mode: str) -> int:
    """Start ``mode`` and print one JSON line: {"painted": perf_counter, "peak_kib": ...}.

    Each starts as it would for a user: the bare window imports PySide6 first
    thing; coach runs ``coach.cli.main([])``, which imports Qt when and where
    the real ``coach`` command does.
    """
    result: dict[str, float] = {}
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        _watch_first_frame(result)
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()
    else:
        _after_import("PySide6.QtWidgets", lambda: _watch_first_frame(result))
        from coach.cli import main

        code = main([])
        print(f"coach exited with {code} before its first frame", file=sys.stderr)
    print("the main window was never painted", file=sys.stderr)
    return 3


# -- the parent --------------------------------------------------------------------


def run_once(mode: str, env: dict[str, str]) -> tuple[float, int]:
    """(seconds from spawn to first paint, peak KiB) of one child."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{mode} child failed ({done.returncode}):\n{done.stderr}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return data["painted"] - started, int(data["peak_kib"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--child", choices=("bare", "coach"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)

    with tempfile.TemporaryDirectory(prefix="coach-startup-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, COACH_DATA_DIR=str(Path(folder) / "data"))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        # An installed app runs from compiled bytecode; a checkout with
        # PYTHONDONTWRITEBYTECODE set would recompile every module on every run
        # (~40 ms here). The warm-up runs write the bytecode into a private
        # prefix, so the repository is not touched.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        for mode in ("bare", "coach"):  # warm-up: disk cache, bytecode, the diary and the routine cache
            run_once(mode, env)
        times: dict[str, list[float]] = {"bare": [], "coach": []}
        peaks: dict[str, list[int]] = {"bare": [], "coach": []}
        for index in range(args.runs):
            for mode in ("bare", "coach") if index % 2 == 0 else ("coach", "bare"):
                seconds, peak = run_once(mode, env)
                times[mode].append(seconds)
                peaks[mode].append(peak)

    t_bare, t_coach = statistics.median(times["bare"]), statistics.median(times["coach"])
    m_bare, m_coach = statistics.median(peaks["bare"]), statistics.median(peaks["coach"])
    t_ratio, m_ratio = t_coach / t_bare, m_coach / m_bare
    import platform

    from PySide6 import __version__ as pyside

    print(f"PySide6 {pyside}, Python {platform.python_version()}, platform {args.platform}, "
          f"{args.runs} runs each, alternating; medians:")  # fmt: skip
    print(f"  first paint   bare {t_bare * 1000:7.0f} ms   coach {t_coach * 1000:7.0f} ms   "
          f"ratio {t_ratio:.2f}x (target <= {TIME_TARGET}x) {'ok' if t_ratio <= TIME_TARGET else 'OVER'}")  # fmt: skip
    print(f"  peak RSS      bare {m_bare / 1024:7.1f} MiB  coach {m_coach / 1024:7.1f} MiB  "
          f"ratio {m_ratio:.2f}x (target <= {MEMORY_TARGET}x) {'ok' if m_ratio <= MEMORY_TARGET else 'OVER'}")  # fmt: skip
    print("  runs (ms): bare " + " ".join(f"{t * 1000:.0f}" for t in times["bare"])
          + " | coach " + " ".join(f"{t * 1000:.0f}" for t in times["coach"]))  # fmt: skip
    return 0 if t_ratio <= TIME_TARGET and m_ratio <= MEMORY_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
