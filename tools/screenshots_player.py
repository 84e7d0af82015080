"""Screenshots of the session player at 1280×800, for docs/ and for judging readability.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_player.py [--out docs]

Plays built-in routines on a fake clock (no waiting, no sound, a throwaway
diary) and saves docs/player-<state>.png for: get-ready, hold, reps, rest,
paused (the computer slept) and done.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from coach.core.catalog import load_catalog  # noqa: E402
from coach.core.clock import FakeClock  # noqa: E402
from coach.core.diary import Diary  # noqa: E402
from coach.core.paths import DataPaths  # noqa: E402
from coach.core.settings import Settings  # noqa: E402
from coach.ui.cue_player import RecordingCueOutput  # noqa: E402
from coach.ui.notify import RecordingNotifier  # noqa: E402
from coach.ui.player import PlayerPage  # noqa: E402
from coach.ui.screensaver import RecordingInhibitor  # noqa: E402
from coach.ui.services import Services  # noqa: E402

SIZE = (1280, 800)


def shoot(services: Services, clock: FakeClock, out: Path, name: str, routine_id: str, seconds: float,
          start: int = 0, sleep_at_end: bool = False) -> Path:  # fmt: skip
    """Play ``routine_id`` from segment ``start`` for ``seconds`` and save the page."""
    routine = services.catalog.get(routine_id)
    page = PlayerPage(routine, services, start, cue_output=RecordingCueOutput(), inhibitor=RecordingInhibitor())
    page.resize(*SIZE)
    page.show()
    page.setFocus()  # as the main window does
    page.begin()
    end = clock.monotonic() + seconds
    while clock.monotonic() < end - 1e-9 and not page.session.is_over:
        clock.advance(min(0.25, end - clock.monotonic()))
        page.timer.timeout.emit()
    if sleep_at_end:
        clock.advance(90.0)
        page.timer.timeout.emit()
    QApplication.processEvents()
    path = out / f"player-{name}.png"
    page.grab().save(str(path))
    page.shutdown()
    page.close()
    page.deleteLater()
    return path


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs"))
    out = Path(parser.parse_args(argv[1:]).out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        clock = FakeClock()
        diary = Diary.open(paths, clock)
        services = Services(paths, clock, load_catalog(None), diary, Settings(diary), RecordingNotifier())
        shots = [
            shoot(services, clock, out, "get-ready", "knee-strength", 3.0),
            shoot(services, clock, out, "hold", "post-run-cool-down", 5.0 + 11.5, start=2),
            shoot(services, clock, out, "reps", "knee-strength", 10.0 + 10.5),
            shoot(services, clock, out, "rest", "knee-strength", 10.0 + 30.0 + 12.0),
            shoot(services, clock, out, "paused", "post-run-cool-down", 5.0 + 7.5, start=6, sleep_at_end=True),
            shoot(services, clock, out, "done", "post-run-cool-down", 30 * 60),
        ]
        diary.close()
    for path in shots:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
