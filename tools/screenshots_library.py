"""Screenshots of the exercise library at 1024×600, light and dark, for docs/.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_library.py [--out docs]

Shows glute bridges (variants both ways, used in knee strength) with its
animation stopped near the end pose on a fake clock, and "bridge" typed in the
search; saves docs/library.png and docs/library-dark.png.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from coach.core.clock import FakeClock  # noqa: E402
from coach.core.routines.catalog import load_catalog  # noqa: E402
from coach.core.routines.library import load_library  # noqa: E402
from coach.ui.library.library_page import LibraryPage  # noqa: E402
from coach.ui.shell.colour_scheme import ColourScheme  # noqa: E402

SIZE = (1024, 600)


def shoot(out: Path, scheme: str) -> Path:
    app = QApplication.instance() or QApplication([])
    ColourScheme(app).apply(scheme)
    clock = FakeClock()
    page = LibraryPage(load_library(), list(load_catalog(None)), clock)
    page.resize(*SIZE)
    page.show()
    page.search.setText("bridge")
    page.show_exercise("glute-bridges")
    page.exercises.setFocus()
    clock.advance(1.3)  # a 3 s rep with a 3 s hold: rising, nearly at the top
    page.animation.timer.timeout.emit()
    QApplication.processEvents()
    path = out / ("library.png" if scheme == "light" else "library-dark.png")
    page.grab().save(str(path))
    page.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    for scheme in ("light", "dark"):
        print(shoot(args.out, scheme))


if __name__ == "__main__":
    main()
