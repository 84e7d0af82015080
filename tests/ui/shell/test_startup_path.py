"""What plain ``coach`` loads before its first frame: start-up is measured (bench/startup.py)."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QAction, QShortcut

from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier

# Runs the real start-up path and reports, as the main window starts its first
# paint, what had been loaded by then.
FIRST_FRAME_PROBE = textwrap.dedent(
    """
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from coach.ui import main_window

    paint = main_window.MainWindow.paintEvent

    def first_paint(self, event):
        import PySide6.QtCore
        print(json.dumps({"qt_namespace": "Qt" in vars(PySide6.QtCore), "modules": sorted(sys.modules)}), flush=True)
        os._exit(0)

    main_window.MainWindow.paintEvent = first_paint
    from coach.cli import main
    main([])
    """
)


@pytest.fixture(scope="module")
def first_frame(tmp_path_factory):
    data = tmp_path_factory.mktemp("startup") / "data"
    env = {**os.environ, "COACH_DATA_DIR": str(data)}
    for _ in range(2):  # the second start is the ordinary one: routines come from the cache
        result = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE], env=env, capture_output=True, text=True,
                                timeout=60)  # fmt: skip
        assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_frame_needs_neither_the_qt_namespace_nor_its_keys(first_frame):
    # Building the ~100 enums of the Qt namespace costs about 15 ms; keys follow the frame.
    assert first_frame["qt_namespace"] is False


@pytest.mark.parametrize(
    "module",
    ["yaml", "html", "coach.core.advice.report", "coach.core.routines.file", "pyqtgraph",
     "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtNetwork", "PySide6.QtSvg", "PySide6.QtPdf",
     "coach.core.runs.preview", "fitdecode", "gpxpy", "defusedxml"],
)  # fmt: skip
def test_an_ordinary_start_leaves_out(first_frame, module):
    assert module not in first_frame["modules"]


def test_keys_arrive_with_the_first_frame(qtbot, data_paths, fake_clock):
    diary = Diary.open(data_paths, fake_clock)
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    window = MainWindow(services)
    qtbot.addWidget(window)
    log = window.findChild(QAction, "action-log")
    assert log.shortcut().isEmpty()
    with qtbot.waitSignal(window.first_frame_shown):
        window.show()
    assert log.shortcut().toString() == "Ctrl+L"
    assert "(Ctrl+L)" in log.toolTip()
    assert len(window.home.findChildren(QShortcut)) == 9  # keys 1-9 start the routines, one added later too
    qtbot.waitUntil(lambda: window.routines.watcher is not None)  # what waits for start-up to be done reads the diary
    diary.close()


def test_without_a_display_coach_says_so_instead_of_blaming_libraries(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "coach", "--data-dir", str(tmp_path)], env=env, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert "no display to open the window on" in result.stderr
    assert "xcb" not in result.stderr



PRELOAD_PROBE = textwrap.dedent(
    """
    import os, sys, threading
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from coach.ui import app as app_module

    seen = []

    class Watch:
        def find_spec(self, name, path=None, target=None):
            if name == "pyqtgraph":
                seen.append(threading.current_thread().name)
            return None

    sys.meta_path.insert(0, Watch())
    qapp = QApplication([])
    app_module.PRELOAD_CHART_AFTER_MS = 0
    app_module._preload_chart_library_when_idle()
    assert "pyqtgraph" not in sys.modules  # nothing before the app is idle

    def check():
        if "pyqtgraph" in sys.modules and not any(t.name == "chart-preload" for t in threading.enumerate()):
            print(seen, flush=True)
            qapp.quit()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    qapp.exec()
    """
)


def test_the_chart_library_is_imported_off_the_gui_thread_once_idle():
    result = subprocess.run([sys.executable, "-c", PRELOAD_PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['chart-preload']"
