"""Open every window and dialog on one offscreen screen at one QT_SCALE_FACTOR; print what does not fit.

The scale factor is read when the QApplication is created, so each factor needs a
process of its own: ``test_geometry.py`` runs this once per factor and reads the JSON
it prints: ``{"room": [w, h], "problems": {"main window": [...], ...}}``.

    python tests/ui/geometry_probe.py --factor 1.5 --screen 1366x768
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def _configure(factor: float, width: int, height: int, folder: Path) -> None:
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(factor)
    os.environ["COACH_DATA_DIR"] = str(folder / "data")


def _fits_screen(widget) -> list[str]:
    room = widget.screen().availableGeometry()
    if widget.width() > room.width() or widget.height() > room.height():
        return [f"{widget.size().toTuple()} is larger than the screen's {room.size().toTuple()}"]
    return []


def probe() -> dict:
    from PySide6.QtWidgets import QApplication

    from coach.core.clock import FakeClock
    from coach.core.context import CoachContext
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths
    from coach.ui.diary.entry_form import EntryForm
    from coach.ui.diary.quick_pain import QuickPainDialog
    from coach.ui.main_window import MainWindow
    from coach.ui.player.cue_player import RecordingCueOutput
    from coach.ui.services import Services
    from coach.ui.settings.settings_dialog import SettingsDialog
    from coach.ui.settings.values import load_values
    from coach.ui.shell.notify import RecordingNotifier
    from coach.ui.widgets.big_question import BigQuestion
    from tests.ui.geometry_checks import button_problems

    app = QApplication([sys.argv[0]])
    paths = DataPaths(Path(os.environ["COACH_DATA_DIR"]))
    clock = FakeClock()
    diary = Diary.open(paths, clock)
    services = Services(CoachContext.open(paths, clock, diary=diary), RecordingNotifier())
    problems: dict[str, list[str]] = {}

    def check(name: str, widget) -> None:
        widget.show()
        app.processEvents()
        problems[name] = _fits_screen(widget) + button_problems(widget)

    window = MainWindow(services)
    check("main window", window)
    window._cue_output = RecordingCueOutput()
    window.play("knee-strength")
    player = window.player
    clock.advance(8.0)
    player.timer.timeout.emit()
    check("player step", window)
    window.showFullScreen()
    app.processEvents()
    problems["player step, full screen"] = button_problems(window)
    window.showNormal()
    while not player.session.is_over:
        player.runner.skip()
    check("player done", window)
    player.shutdown()

    history = window.diary_actions.open_history()
    check("history", history)
    history.close()
    dialogs = {
        "entry form": EntryForm(services, window),
        "settings": SettingsDialog(load_values(services.settings), paths.root, None, window),
        "quick pain": QuickPainDialog(window),
        "stop box": BigQuestion("Stop Knee strength? It is saved as stopped after 3 of 6 exercises.",
                                ["Stop", "Keep going"], parent=window),
    }  # fmt: skip
    for name, dialog in dialogs.items():
        check(name, dialog)
        dialog.reject()
    room = window.screen().availableGeometry().size().toTuple()
    window.close()
    diary.close()
    return {"room": list(room), "problems": problems}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--factor", type=float, required=True)
    parser.add_argument("--screen", required=True, help="WxH in device pixels")
    args = parser.parse_args()
    width, height = (int(n) for n in args.screen.lower().split("x"))
    with tempfile.TemporaryDirectory() as folder:
        _configure(args.factor, width, height, Path(folder))
        result = probe()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout's coach and tests packages
    sys.exit(main())
