"""Every screen and dialog in one colour scheme, language and text size: for docs/ and for looking.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_screens.py [--scheme dark] [--lang de]
        [--font-scale 1.5] [--size 1024x600] [--out /tmp/shots] [--only settings-general,history]

Fills a throwaway diary as ``screenshots_diary`` does (six weeks of runs, a sore
right knee yesterday), then opens home, History, Shoes, the past imports, the
import preview (from generated watch files), a routine file offered with
``coach open``, Settings (each tab), About, Help, the editor, the library and the
player (hold, reps, done), and saves ``<screen>[-<scheme>][-<lang>].png`` for each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import screenshots_diary as diary_shots  # noqa: E402  (sets the offscreen screen's size first)


def _settle(app, rounds: int = 6) -> None:
    diary_shots.settle(app, rounds)


def _watch_files(folder: Path) -> list[Path]:
    from tests.runs_fixtures.fit_writer import garmin_run
    from tests.runs_fixtures.text_files import StravaActivity, phone_gpx, strava_zip

    start = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
    folder.mkdir()
    (folder / "morning.fit").write_bytes(garmin_run(start.replace(day=18), 10.2, 54))
    (folder / "easy.gpx").write_bytes(phone_gpx(start.replace(day=19), 6.0, 36))
    (folder / "ride.fit").write_bytes(garmin_run(start.replace(day=22), 40, 80, sport="cycling"))
    (folder / "copied.fit").write_bytes(garmin_run(start, 8, 40)[:-25])
    (folder / "strava.zip").write_bytes(strava_zip([StravaActivity(start.replace(day=15), 12, 66, gear="Pegasus 40")]))
    return [folder]


def main(argv: list[str]) -> int:  # noqa: C901, PLR0915 (one screen after another)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "coach-screens")
    parser.add_argument("--scheme", choices=("light", "dark"), default="dark")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--only", default="", help="comma-separated screen names")
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = {n for n in args.only.split(",") if n}
    suffix = ("" if args.scheme == "light" else f"-{args.scheme}") + ("" if args.lang == "en" else f"-{args.lang}")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    from coach.ui.main_window import MainWindow

    saved: list[Path] = []

    def save(name: str, widget, dialog=None) -> None:
        if wanted and name not in wanted:
            return
        _settle(app)
        picture = diary_shots.over(widget, dialog) if dialog is not None else widget.grab()
        path = args.out / f"{name}{suffix}.png"
        picture.save(str(path))
        saved.append(path)

    from coach.core.i18n import use_language
    from coach.ui.shell.translations import install_translators

    use_language(args.lang)  # the core's sentences and the built-in routines' texts
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory(prefix="coach-screens-") as tmp:
        folder = Path(tmp) / "data"
        services = diary_shots.services_for(folder)
        diary_shots.fill(services.diary)
        diary_shots.programme_moves(services.diary)
        services.settings.set("theme", args.scheme)
        window = MainWindow(services)
        window.resize(*size)
        window.show()
        _settle(app)
        save("home", window)
        actions = window.diary_actions

        history = actions.open_history()
        history.resize(*size)
        _settle(app)
        history.grab()
        _settle(app)
        save("history", history)
        save("history-all", history.page_scroll.widget())  # everything, scrolled or not
        save("history-side", history.side_scroll.widget())
        history.close()

        shoes = actions.open_shoes()
        save("shoes", window, shoes)
        shoes.close()

        imports = window.run_import.show_imports()
        save("imports", window, imports)
        imports.close()

        window.run_import.preview(_watch_files(Path(tmp) / "watch"))
        while window.run_import.dialog is None:
            app.processEvents()
        preview = window.run_import.dialog
        save("import-preview", window, preview)
        preview.reject()

        offered = Path(tmp) / "hip-care.routine.yaml"
        offered.write_text((ROOT / "routines" / "sore-knee-care.yaml").read_text(encoding="utf-8")
                           .replace("id: sore-knee-care", "id: hip-care"), encoding="utf-8")  # fmt: skip
        offer = window.offer_routine_file(offered)
        save("routine-offer", window, offer)
        offer.reject()

        for index, name in enumerate(("settings-general", "settings-plan")):
            window.open_settings()
            dialog = window.settings_dialog
            if dialog.tabs is not None:
                dialog.tabs.setCurrentIndex(index)
            save(name, window, dialog)
            dialog.reject()
            _settle(app)

        about = window.help_menu.open_about()
        save("about", window, about)
        about.reject()
        help_window = window.help_menu.open_help()
        save("help", help_window)
        help_window.close()

        editor = window.routine_editing.duplicate("knee-strength")
        if editor is not None:
            editor.resize(*size)
            save("editor", editor)
            editor.close()
        library = window.library.open("glute-bridges")
        if library is not None:
            save("library", window)
            library.closed.emit()

        import screenshots_player as player_shots

        states = {"player-hold": dict(routine_id="post-run-cool-down", seconds=5.0 + 11.5, start=2),
                  "player-reps": dict(routine_id="knee-strength", seconds=10.0 + 10.5),
                  "player-done": dict(routine_id="post-run-cool-down", seconds=30 * 60)}  # fmt: skip
        for name, how in states.items():
            if wanted and name not in wanted:
                continue
            shot = player_shots.shoot(services, services.clock, args.out, name.removeprefix("player-"), size=size, **how)
            saved.append(shot.rename(args.out / f"{name}{suffix}.png"))
        window.close()
        services.diary.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
