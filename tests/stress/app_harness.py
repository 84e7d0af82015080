"""Run the real ``coach`` start-up in a child process, with dialogs recorded instead of shown.

    python tests/stress/app_harness.py [--nobody] [--quit-when-shown] -- COACH ARGS...

Every ``QMessageBox`` (the static helpers, ``exec``) prints one JSON line
``{"dialog": kind, "text": ...}`` and returns at once, so a test can read what
the user would have been told without a modal box blocking the process.
``--quit-when-shown`` quits the event loop once the main window has been
painted and the queued start-up work has run. ``--nobody`` drops root
privileges after Qt and the app are loaded, so file permissions apply (root
ignores them). The last line is ``{"exit": code, "shown": bool}``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOBODY = 65534


def emit(**fields) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def preload() -> None:
    """Import every app module, and every module the app imports inside a function, up front.

    After the switch to ``nobody`` the interpreter's own files (under root's home
    in this image) cannot be read, so nothing may be imported for the first time.
    """
    import importlib
    import pkgutil
    import re

    import coach

    names = {info.name for info in pkgutil.walk_packages(coach.__path__, "coach.") if not info.name.endswith("__main__")}
    local = re.compile(r"^\s+(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))", re.MULTILINE)
    for path in Path(coach.__file__).parent.rglob("*.py"):
        for found in local.finditer(path.read_text(encoding="utf-8")):
            names.add(found.group(1) or found.group(2))
    for name in sorted(names | {"locale", "gettext", "encodings.idna"}):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    import coach.cli

    coach.cli.build_parser()


def main(argv: list[str]) -> int:
    nobody = "--nobody" in argv[: argv.index("--")]
    quit_when_shown = "--quit-when-shown" in argv[: argv.index("--")]
    coach_args = argv[argv.index("--") + 1 :]

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def record(kind):
        def fake(*args, **kwargs):
            texts = [a for a in args if isinstance(a, str)]
            emit(dialog=kind, text=texts[1] if len(texts) > 1 else " ".join(texts))
            return QMessageBox.StandardButton.Ok

        return staticmethod(fake)

    for kind in ("critical", "warning", "information", "question"):
        setattr(QMessageBox, kind, record(kind))

    def fake_exec(box):
        emit(dialog="box", text=box.text(), details=box.detailedText())
        return 0

    QMessageBox.exec = fake_exec

    app = QApplication(sys.argv[:1])
    shown = {"main": False}

    class WhenShown(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and watched.objectName() == "main-window" and not shown["main"]:
                shown["main"] = True
                if quit_when_shown:
                    QTimer.singleShot(50, app.quit)  # after the zero-timers queued at start-up
            return False

    spy = WhenShown()
    app.installEventFilter(spy)

    if nobody and os.getuid() == 0:
        preload()  # while root can still read the interpreter's and the app's files
        os.setgid(NOBODY)
        os.setuid(NOBODY)

    from coach.cli import main as coach_main

    code = coach_main(coach_args)
    emit(exit=code, shown=shown["main"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
