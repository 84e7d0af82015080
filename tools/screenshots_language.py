"""Home and the player in another language at a small screen's size, for docs/ and for checking
that the longer words still fit.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_language.py [--language de] [--size 1024x600] [--out docs]

Saves docs/home-<language>.png (the main window on home) and docs/player-<language>.png (the
player during a set of reps, with the control row), on a fake clock and a throwaway diary.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    import argparse

    from PySide6.QtWidgets import QApplication

    from coach.core.clock import FakeClock
    from coach.core.context import CoachContext
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths
    from coach.core.routines.catalog import load_catalog
    from coach.ui.main_window import MainWindow
    from coach.ui.player.cue_player import RecordingCueOutput
    from coach.ui.player.player import PlayerPage
    from coach.ui.services import Services
    from coach.ui.shell.notify import RecordingNotifier
    from coach.ui.shell.screensaver import RecordingInhibitor
    from coach.ui.shell.translations import install_translators

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="de")
    parser.add_argument("--size", default="1024x600", help="the window's size, WIDTHxHEIGHT")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs"))
    args = parser.parse_args(argv[1:])
    width, height = (int(part) for part in args.size.lower().split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from coach.core.i18n import use_language

    use_language(args.language)  # the core's words (advice, routines, plan) as the app chooses them at start-up
    app = QApplication.instance() or QApplication(argv[:1])
    install_translators(app, args.language)
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        clock = FakeClock()
        diary = Diary.open(paths, clock)
        services = Services(CoachContext.open(paths, clock, diary=diary, catalog=load_catalog(None, language=args.language),
                                             language=args.language), RecordingNotifier())
        window = MainWindow(services)
        window.resize(width, height)
        window.show()
        for _ in range(5):
            app.processEvents()
        home = out / f"home-{args.language}.png"
        window.grab().save(str(home))
        page = PlayerPage(services.catalog.get("knee-strength"), services, 0, cue_output=RecordingCueOutput(),
                          inhibitor=RecordingInhibitor())  # fmt: skip
        page.resize(width, height)
        page.show()
        page.begin()
        for _ in range(int((10.0 + 10.5) / 0.25)):  # get ready, then 10 s into the squats
            clock.advance(0.25)
            page.timer.timeout.emit()
        app.processEvents()
        player = out / f"player-{args.language}.png"
        page.grab().save(str(player))
        page.shutdown()
        page.close()
        window.close()
        diary.close()
    print(home)
    print(player)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
