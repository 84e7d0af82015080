"""Screenshots of the session player at 1280×800, for docs/ and for judging readability.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_player.py [--out docs] [--size 1024x600]

Plays built-in routines on a fake clock (no waiting, no sound, a throwaway
diary) and saves docs/player-<state>.png for: get-ready, hold, reps, rest,
paused (the computer slept), done, progression-variant (a week-5 swapped
exercise), stop (the question Esc asks) and knee (the rating Knee hurts asks).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coach.core.clock import FakeClock  # noqa: E402
from coach.core.context import CoachContext
from coach.core.diary.diary import Diary  # noqa: E402
from coach.core.paths import DataPaths  # noqa: E402
from coach.core.routines.catalog import load_catalog  # noqa: E402
from coach.ui.player.cue_player import RecordingCueOutput  # noqa: E402
from coach.ui.player.player import PlayerPage  # noqa: E402
from coach.ui.services import Services  # noqa: E402
from coach.ui.shell.notify import RecordingNotifier  # noqa: E402
from coach.ui.shell.screensaver import RecordingInhibitor  # noqa: E402

SIZE = (1280, 800)


def shoot(services: Services, clock: FakeClock, out: Path, name: str, routine_id: str, seconds: float,
          start: int = 0, sleep_at_end: bool = False, size: tuple[int, int] = SIZE, week: int = 0) -> Path:  # fmt: skip
    """Play ``routine_id`` (as programme week ``week``, if given) from segment ``start`` for ``seconds`` and save the page."""
    routine = services.catalog.get(routine_id)
    routine = routine.for_week(week) if week else routine
    page = PlayerPage(routine, services, start, cue_output=RecordingCueOutput(), inhibitor=RecordingInhibitor())
    page.resize(*size)
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
    suffix = ("" if size == SIZE else f"-{size[0]}x{size[1]}") + ("-dark" if QApplication.palette().color(
        QPalette.ColorRole.Window).lightness() < 128 else "")  # fmt: skip
    path = out / f"player-{name}{suffix}.png"
    page.grab().save(str(path))
    page.shutdown()
    page.close()
    page.deleteLater()
    return path


def shoot_stop(services: Services, clock: FakeClock, out: Path, size: tuple[int, int] = SIZE,
               knee: bool = False) -> Path:  # fmt: skip
    """Esc during a hold: the stop question, drawn centred over the paused player as a desktop shows it;
    with ``knee``, Knee hurts (K) instead: the quick 0-10 rating per knee, the left knee rated 4."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter

    from coach.ui.diary.quick_pain import QuickPainDialog
    from coach.ui.widgets.big_question import BigQuestion

    routine = services.catalog.get("post-run-cool-down")
    page = PlayerPage(routine, services, 2, cue_output=RecordingCueOutput(), inhibitor=RecordingInhibitor())
    page.resize(*size)
    page.show()
    page.begin()
    for _ in range(60):
        clock.advance(0.25)
        page.timer.timeout.emit()
    page.runner.pause()
    QApplication.processEvents()
    question = (f"Stop {routine.title}? It is saved as stopped after "
                f"{page.session.steps_done} of {page.plan.steps_total} exercises.")  # fmt: skip
    box: QWidget = BigQuestion(question, ["Stop", "Keep going"], parent=page)
    if knee:
        box = QuickPainDialog(page)
        box.left.set_value(4)
    box.show()  # sized on its first show, as the player's Esc shows it
    QApplication.processEvents()
    picture, front = page.grab(), box.grab()
    x, y = (picture.width() - front.width()) // 2, (picture.height() - front.height()) // 2
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(x, y, front)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(QRect(x, y, front.width() - 1, front.height() - 1))
    painter.end()
    suffix = "" if size == SIZE else f"-{size[0]}x{size[1]}"
    path = out / f"player-{'knee' if knee else 'stop'}{suffix}.png"
    picture.save(str(path))
    box.close()
    page.shutdown()
    page.close()
    page.deleteLater()
    return path


def _first_segment(services: Services, routine_id: str, step_name: str) -> int:
    from coach.core.session.plan import build_plan

    plan = build_plan(services.catalog.get(routine_id))
    return next(s.index for s in plan.segments if s.name == step_name)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs"))
    parser.add_argument("--size", default="x".join(map(str, SIZE)), help="the page's size, WIDTHxHEIGHT")
    parser.add_argument("--only", help="one state: get-ready, hold, reps, rest, reps-hold, paused, done, "
                                       "progression-variant, stop or knee")
    parser.add_argument("--dark", action="store_true", help="in the dark colours (files end in -dark)")
    args = parser.parse_args(argv[1:])
    out = Path(args.out)
    width, height = (int(part) for part in args.size.lower().split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    from coach.ui.shell.translations import install_translators

    install_translators(app, "en")  # English plurals ("1 week", "6 weeks") come from the English catalog
    if args.dark:
        from coach.ui.shell.colour_scheme import ColourScheme

        ColourScheme(app).apply("dark")
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        clock = FakeClock()
        diary = Diary.open(paths, clock)
        services = Services(CoachContext.open(paths, clock, diary=diary, catalog=load_catalog(None)), RecordingNotifier())
        states = {
            "get-ready": dict(routine_id="knee-strength", seconds=3.0),
            "hold": dict(routine_id="post-run-cool-down", seconds=5.0 + 11.5, start=2),
            "reps": dict(routine_id="knee-strength", seconds=10.0 + 10.5),
            "rest": dict(routine_id="knee-strength", seconds=10.0 + 30.0 + 12.0),
            # Glute bridges, rep 4 of 10: up in 1.5 s, 1.2 s into its 3 s hold at the top.
            "reps-hold": dict(routine_id="knee-strength", seconds=10.0 + 3 * 6.0 + 1.5 + 1.2,
                              start=_first_segment(services, "knee-strength", "Glute bridges")),
            "paused": dict(routine_id="post-run-cool-down", seconds=5.0 + 7.5, start=6, sleep_at_end=True),
            "done": dict(routine_id="post-run-cool-down", seconds=30 * 60),
            # Week 5 of the programme: squats have become the single-leg squat to a chair; rep 3, left leg.
            "progression-variant": dict(routine_id="knee-strength", week=5, seconds=10.0 + 2 * 4.0 + 1.5),
        }
        shots = [shoot(services, clock, out, name, size=(width, height), **how)  # type: ignore[arg-type]
                 for name, how in states.items() if args.only in (None, name)]  # fmt: skip
        if args.only in (None, "stop"):
            shots.append(shoot_stop(services, clock, out, size=(width, height)))
        if args.only in (None, "knee"):
            shots.append(shoot_stop(services, clock, out, size=(width, height), knee=True))
        diary.close()
    for path in shots:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
