import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication([])
from coach.core.clock import FakeClock
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.paths import DataPaths
from coach.core.routines.catalog import load_catalog
from coach.core.settings import Settings
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier


def shot(day, name, size):
    folder = Path(tempfile.mkdtemp()) / "data"
    paths = DataPaths(folder)
    clock = FakeClock(wall=day)
    diary = Diary.open(paths, clock)
    for d, km in ((2, 6.0), (4, 8.0), (6, 9.0), (9, 10.5), (12, 10.0)):
        diary.add_run(Run(at=day.replace(hour=7) - timedelta(days=d), distance_km=km))
    for d in (2, 6, 9):
        diary.add_session(SessionRecord("knee-strength", "strength", day.replace(hour=7) - timedelta(days=d), "completed",
                                        ended=day.replace(hour=7, minute=30) - timedelta(days=d)))
    diary.add_pain(PainEntry(at=day.replace(hour=7, minute=5), moment="next-morning", left=0, right=0))
    diary.set_setting("plan.programme", '{"week": 3, "since": "%s", "paused": false, "last_headline": "progress"}' % (day.date() - timedelta(days=day.weekday())).isoformat())
    services = Services(paths, clock, load_catalog(paths.routines), diary, Settings(diary), RecordingNotifier())
    w = MainWindow(services)
    w.resize(*size)
    w.show()
    for _ in range(5): app.processEvents()
    w.grab().save(name)
    w.close()
    diary.close()

shot(datetime(2026, 12, 1, 8, 30), "docs/home-run-day.png", (1280, 800))   # Tuesday
shot(datetime(2026, 11, 30, 8, 30), "docs/home-strength-day.png", (1280, 800))  # Thursday
shot(datetime(2026, 12, 1, 8, 30), "/tmp/home-run-1024.png", (1024, 600))
shot(datetime(2026, 11, 30, 8, 30), "/tmp/home-strength-1024.png", (1024, 600))
