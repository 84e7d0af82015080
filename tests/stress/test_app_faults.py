"""At the app level: a full disk or a read-only data folder is a plain message, never a traceback.

The start-up cases run the real ``coach`` in a child process with its dialogs
recorded (``app_harness.py``); the full-disk cases drive the main window, the
player and the entry form in process with a ``RecordingNotifier``, on a diary
whose connection may not grow (``PRAGMA max_page_count``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach.core.clock import SystemClock
from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord
from coach.core.errors import StorageError
from coach.core.paths import DataPaths
from coach.ui.diary.entry_form import EntryForm
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from tests.stress.devices import quiet_devices
from tests.stress.harness import run_app
from tests.stress.live_app import install_routines


@pytest.fixture
def shared_dir(tmp_path):
    """A folder an unprivileged child can reach (as root, pytest's tmp is private)."""
    if os.getuid() != 0:
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="coach-app-faults-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _read_only(folder: Path, file_too: bool = True) -> None:
    """Read-only for the child: as root it runs as nobody, so root-owned 0755/0644 is enough."""
    for path in [folder, *folder.rglob("*")]:
        if os.getuid() == 0:
            path.chmod(0o755 if path.is_dir() else 0o644)
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
    if not file_too:
        folder.chmod(0o777 if os.getuid() == 0 else 0o755)


def _writable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- at start-up ---------------------------------------------------------------------------------


def test_a_read_only_data_folder_is_explained_not_taken_for_a_second_instance(shared_dir):
    paths = DataPaths(shared_dir / "data")
    with Diary.open(paths, SystemClock()) as diary:
        diary.add_run(Run(SystemClock().now() - timedelta(hours=1), 5.0))
    before = _digest(paths.root)
    _read_only(paths.root)
    try:
        result = run_app("--data-dir", str(paths.root), nobody=True)
    finally:
        _writable(paths.root)

    assert result.exit == 1 and not result.shown, result
    assert "already open" not in result.stderr
    (message,) = result.texts("critical")
    assert f"The data folder {paths.root} cannot be written" in message
    assert result.tracebacks == []
    assert _digest(paths.root) == before


def test_a_data_folder_that_cannot_be_created_is_explained(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder's parent should be")

    result = run_app("--data-dir", str(blocker / "data"))

    assert result.exit == 1 and not result.shown, result
    (message,) = result.texts("critical")
    assert "cannot be created" in message and result.tracebacks == []


def test_a_read_only_diary_at_start_is_a_message_and_the_app_keeps_running(shared_dir):
    """The start-up write (marking a crashed session interrupted) fails: a warning, not the bug dialog."""
    paths = DataPaths(shared_dir / "data")
    clock = SystemClock()
    with Diary.open(paths, clock) as diary:
        diary.start_session("knee-strength", "strength", "abc", 6, clock.now() - timedelta(hours=1))  # left by a crash
    before = hashlib.sha256(paths.diary.read_bytes()).hexdigest()
    _read_only(paths.root, file_too=False)
    try:
        result = run_app("--data-dir", str(paths.root), nobody=True)
    finally:
        _writable(paths.root)

    assert result.exit == 0 and result.shown, result
    assert result.tracebacks == []
    assert any("cannot be written" in text and "read-only" in text for text in result.texts("warning")), result.dialogs
    assert hashlib.sha256(paths.diary.read_bytes()).hexdigest() == before


# -- a full disk while the app runs -------------------------------------------------------------


@pytest.fixture
def full_services(data_paths, fake_clock, monkeypatch):
    """Services over a diary with two weeks of entries that has just run out of space."""
    quiet_devices(monkeypatch)
    install_routines(data_paths.root)
    diary = Diary.open(data_paths, fake_clock)
    for day in range(14):
        at = fake_clock.now() - timedelta(days=day, hours=2)
        diary.add_pain(PainEntry(at, "after-run", left=day % 4, note="kept"))
        diary.add_run(Run(at, 6.0, 35.0))
    pages = diary._conn.execute("PRAGMA page_count").fetchone()[0]
    diary._conn.execute(f"PRAGMA max_page_count = {pages}")
    twin = Diary.twin

    def full_twin(self):  # the player's writer has a connection of its own: the disk is full for it too
        other = twin(self)
        other._conn.execute(f"PRAGMA max_page_count = {pages}")
        return other

    monkeypatch.setattr(Diary, "twin", full_twin)
    long_ago = datetime(2001, 1, 1, 8)
    fillers = (  # rows like the app's own, long ago: every table's pages full, so a new row needs a new page
        lambda: diary.add_pain(PainEntry(long_ago, "other", left=1)),
        lambda: diary.add_run(Run(long_ago, 1.0)),
        lambda: diary.add_session(SessionRecord("tiny", "strength", long_ago, "completed", 3, 3, long_ago, "f" * 16)),
    )
    for filler in fillers:
        try:
            while True:
                filler()
        except StorageError:
            pass
    services = Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    yield services
    diary.close()


def _snapshot(diary: Diary) -> tuple:
    return diary.pain_entries(), diary.runs(), diary.sessions()


def test_a_session_on_a_full_disk_is_told_once_and_keeps_playing(qtbot, full_services, fake_clock):
    diary, notifier = full_services.diary, full_services.notifier
    before = _snapshot(diary)
    window = MainWindow(full_services)
    qtbot.addWidget(window)
    window.show()

    window.play("tiny")
    for _ in range(40):  # the whole 5-second routine
        fake_clock.advance(0.25)
        if window.player is None:
            break
        window.player.timer.timeout.emit()

    qtbot.waitUntil(lambda: bool(notifier.errors))  # the player reports through a queued signal
    (error,) = notifier.errors  # once, not once per step
    assert "The diary could not be updated" in error and "disk is full" in error
    assert window.player is not None and window.player.session.is_over  # it played to the end regardless
    window.close()
    assert _snapshot(diary) == before  # what was saved is untouched, and no half-written session
    assert diary._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_entry_form_on_a_full_disk_says_so_and_writes_nothing(qtbot, full_services, fake_clock):
    diary, notifier = full_services.diary, full_services.notifier
    before = _snapshot(diary)
    form = EntryForm(full_services, moment="after-run")
    qtbot.addWidget(form)
    form.distance.setText("7.5")
    form.minutes.setText("41")
    form.left.set_value(4)
    form.note.setPlainText("n" * 1999)

    assert form.save() is False

    assert any("could not be saved" in e and "disk is full" in e for e in notifier.errors), notifier.errors
    assert _snapshot(diary) == before
    assert diary._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
