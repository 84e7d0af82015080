"""Screenshots of the routine editor at 1024×600 for docs/: light, dark, with problems, the picker.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_editor.py [--out docs]

Knee strength duplicated, glute bridges selected (its picture previewed);
editor-problems.png with an empty title and 500 reps, each problem beside its
field; editor-picker.png the "Add from library…" dialog searched for "calf".
Runs in a temporary data folder on a fake clock: nothing of yours is touched.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots_diary import services_for as diary_services  # noqa: E402  (the offscreen screen first)
from screenshots_diary import settle  # noqa: E402

SIZE = (1024, 600)
NOW = datetime(2026, 3, 2, 18, 0)


def shoot(out: Path, app, scheme: str) -> list[Path]:
    from coach.ui.editor.picker import ExercisePicker
    from coach.ui.main_window import MainWindow
    from coach.ui.shell.colour_scheme import ColourScheme

    ColourScheme(app).apply(scheme)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="coach-shots-") as tmp:
        services = diary_services(Path(tmp), NOW)
        window = MainWindow(services)
        window.resize(*SIZE)
        editor = window.routine_editing.duplicate("knee-strength")
        editor.resize(*SIZE)
        editor.step_list.setCurrentRow(3)  # glute bridges: reps with a hold
        editor.routine_form.fields["title"].widget.setFocus()
        settle(app)
        suffix = "" if scheme == "light" else "-dark"
        written.append(out / f"editor{suffix}.png")
        editor.grab().save(str(written[-1]))
        if scheme == "light":
            title = editor.routine_form.fields["title"].widget
            title.setText("")
            title.textEdited.emit("")
            reps = editor.step_form.fields["reps"].widget
            reps.setValue(500)
            editor.check_now()
            settle(app)
            written.append(out / "editor-problems.png")
            editor.grab().save(str(written[-1]))
            picker = ExercisePicker(editor.choices, editor)
            picker.search.setText("calf")
            picker.show()
            settle(app)
            written.append(out / "editor-picker.png")
            picker.grab().save(str(written[-1]))
            picker.close()
        editor.undo_stack.setClean()  # nothing to ask on close
        editor.close()
        window.close()
        services.diary.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from coach.ui.shell.translations import install_translators

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    install_translators(app, "en")  # as the app does: English's catalog holds its plural forms ("5 steps")
    for scheme in ("light", "dark"):
        for path in shoot(args.out, app, scheme):
            print(path)


if __name__ == "__main__":
    main()
