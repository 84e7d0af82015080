"""Screenshots of the diary for docs/: entry form, home advice, history, report page 1.

Runs offscreen at 1280×800 on a temporary data folder filled with six weeks
of a recreational runner's diary (runs three or four times a week, low pain
that flares after a long run yesterday), with the clock fixed on a Monday
morning so the pictures do not change from run to run.

    .venv/bin/python tools/screenshots_diary.py [--out docs]

The PDF's first page is rendered with ``pdftoppm -png -r 60`` (poppler-utils), or
with Qt's own PDF renderer (QtPdf) where pdftoppm is not installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Offscreen's own screen is 800×800, and windows are kept on their screen: give it a
    # desktop monitor's room so the pictures show the 1280×800 window, not a clamped one.
    _SCREEN = Path(tempfile.gettempdir()) / "coach-shots-screen.json"
    _SCREEN.write_text('{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1200, '
                       '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 23, 7, 40)  # a Monday morning
SIZE = (1280, 800)


def fill(diary) -> None:
    """Six weeks: easy runs with 1-2/10 after, strength about twice a week,
    then yesterday's long run (longest for a month) left the right knee at 6/10."""
    from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe

    def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
        return (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=minute, second=0)

    diary.add_shoe(Shoe("Pegasus 40 (blue)", (NOW - timedelta(days=330)).date(), 430.0))
    diary.add_shoe(Shoe("Trail Speedgoat", (NOW - timedelta(days=90)).date(), 60.0))
    week = [(1, 7.2, 41), (3, 5.5, 31), (5, 9.0, 52), (6, 6.0, 35)]  # (weekday offset, km, minutes)
    for w in range(6, 0, -1):
        for offset, km, minutes in week:
            days = 7 * w - offset
            if days <= 1:
                continue
            shoes = "Trail Speedgoat" if offset == 5 else "Pegasus 40 (blue)"
            diary.add_run(Run(at(days, 18, 10), km + (6 - w) * 0.3, minutes + (6 - w) * 2, shoes,
                              effort=6 if offset == 5 else 4))
            right = 2 if offset == 5 else 1
            diary.add_pain(PainEntry(at(days, 19, 5), "after-run", left=0, right=right,
                                     locations=("front",) if right > 1 else (), characters=("aching",) if right else ()))
            if offset == 5:
                diary.add_pain(PainEntry(at(days - 1, 7, 30), "next-morning", left=0, right=1))
        for strength_day in (7 * w - 2, 7 * w - 4):
            if strength_day > 2:
                begun = at(strength_day, 8)
                diary.add_session(SessionRecord("knee-strength", "strength", begun, "completed", 18, 18,
                                                begun + timedelta(minutes=20), effort=5))  # fmt: skip
    begun = at(4, 17, 45)
    diary.add_session(SessionRecord("pre-run-warm-up", "warm-up", begun, "completed", 9, 9, begun + timedelta(minutes=10)))
    diary.add_run(Run(at(1, 9, 30), 15.0, 86, "Pegasus 40 (blue)", effort=7))
    diary.add_pain(PainEntry(at(1, 11, 0), "after-run", left=1, right=6, locations=("front", "below"),
                             characters=("aching", "sharp"),
                             note="Long run with the club. Right knee sore on the last downhill km and on the stairs."))
    programme_moves(diary)


def programme_moves(diary) -> None:
    """The strength programme's stored moves over those weeks, as the app would have kept
    them (one week held for a sore morning); today's back-off adds a step back on opening."""
    from coach.core.plan import programme
    from coach.core.plan.programme import Change, Decision, ProgrammeState

    done = "week {n} complete (2 sessions) with low pain and progress advice"
    moves = [(35, "advance", 1, 2, done.format(n=1)), (28, "advance", 2, 3, done.format(n=2)),
             (21, "restart", 3, 3, "the right knee on Sun 01 Nov morning rated 2, above its usual 1: week 3 again this week"),
             (14, "advance", 3, 4, done.format(n=3)), (7, "advance", 4, 5, done.format(n=4))]  # fmt: skip
    for days, action, start, end, reason in moves:
        on = (NOW - timedelta(days=days)).date()
        state = ProgrammeState(end, on, False, "progress")
        programme.save(diary, Decision(state, "plan", reason, Change(on, action, start, end, reason)))


def services_for(folder: Path, now: datetime = NOW):
    """The app's services on a fake clock at ``now``, in ``folder`` (a temporary one)."""
    from coach.core.clock import FakeClock
    from coach.core.context import CoachContext
    from coach.core.diary.diary import Diary
    from coach.core.paths import DataPaths
    from coach.ui.services import Services
    from coach.ui.shell.notify import RecordingNotifier

    paths, clock = DataPaths(folder), FakeClock(wall=now)
    diary = Diary.open(paths, clock)
    return Services(CoachContext.open(paths, clock, diary=diary), RecordingNotifier())


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def loaded(app, history, timeout_s: float = 30.0) -> None:
    """Wait until History shows its read, chart included (it reads on a worker thread)."""
    import time

    end = time.monotonic() + timeout_s
    while not history.loaded and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def over(background, dialog):
    """The dialog drawn centred over the window with a title bar and a soft
    shadow, as a desktop would show it (offscreen windows have no frame)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QPainter, QPalette

    from coach.ui.shell import theme

    picture = background.grab()
    front = dialog.grab()
    title_h = 30
    width, height = front.width(), front.height() + title_h
    x = (picture.width() - width) // 2
    y = max(0, (picture.height() - height) // 2)
    painter = QPainter(picture)
    for spread, alpha in ((10, 10), (6, 18), (3, 26)):
        painter.fillRect(QRect(x - spread, y - spread + 4, width + 2 * spread, height + 2 * spread), QColor(0, 0, 0, alpha))
    palette = dialog.palette()
    bar = QRect(x, y, width, title_h)
    painter.fillRect(bar, palette.color(QPalette.ColorRole.Window).darker(112))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.setFont(theme.scaled_font(dialog, 1.0, bold=True))
    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
    painter.drawPixmap(x, y + title_h, front)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(QRect(x, y, width - 1, height - 1))
    painter.end()
    return picture


def render_first_page(pdf: Path, png: Path, dpi: int = 60) -> bool:
    """Page 1 at ``dpi`` with Qt's own PDF renderer, where poppler's pdftoppm is not installed."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        return False
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    page = document.render(0, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # the page as printed: transparent parts are paper
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return image.save(str(png))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--dark", action="store_true", help="only home and History, in the dark colours (*-dark.png)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from coach.ui.shell.translations import install_translators

    install_translators(app, "en")  # English plurals ("1 week", "6 weeks") come from the English catalog
    app.setStyle("Fusion")
    from coach.ui.diary.actions import DiaryActions
    from coach.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="coach-shots-") as tmp:
        services = services_for(Path(tmp))
        fill(services.diary)
        if args.dark:
            services.settings.set("theme", "dark")
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        settle(app)
        actions = window.findChild(DiaryActions)
        if args.dark:
            window.grab().save(str(out / "home-dark.png"))
            history = actions.open_history()
            history.resize(*SIZE)
            loaded(app, history)
            history.grab().save(str(out / "history-dark.png"))
            history.close()
            services.diary.close()
            return 0

        window.grab().save(str(out / "home-advice.png"))

        form = actions.open_entry_form()
        form.distance.setText("8.4")
        form.minutes.setText("46:30")
        form.right.set_value(3)
        form.left.set_value(1)
        form.knee_map.set_selected(("front", "below"))
        form.characters["aching"].setChecked(True)
        form.note.setPlainText("Easy loop by the river. Knee felt better than yesterday; a little ache on the stairs.")
        form.right.setFocus(Qt.FocusReason.TabFocusReason)
        settle(app)
        over(window, form).save(str(out / "entry-form.png"))
        form.reject()
        settle(app)

        history = actions.open_history()
        history.resize(*SIZE)
        loaded(app, history)
        history.select(type(history.model.record(0)), history.model.record(0).id)
        history.table.setFocus()
        settle(app)
        history.grab().save(str(out / "history.png"))
        history.close()

        pdf = Path(tmp) / "report.pdf"
        if not actions.save_report(pdf):
            print("report failed:", services.notifier.errors, file=sys.stderr)
            return 1
        shutil.copy(pdf, out / "report-sample.pdf") if os.environ.get("KEEP_PDF") else None
        if shutil.which("pdftoppm") is not None:
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out / "report-page1")], check=True)  # fmt: skip
        elif not render_first_page(pdf, out / "report-page1.png"):
            print("could not render the PDF's first page (no pdftoppm, QtPdf failed)", file=sys.stderr)
            return 1
        window.close()
        services.diary.close()
    for name in ("entry-form", "home-advice", "history", "report-page1"):
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
