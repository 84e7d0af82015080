"""A full disk and a read-only data folder: a clear StorageError, nothing saved is damaged.

Full disk is simulated two ways: ``PRAGMA max_page_count`` on the diary's own
connection (in process), and a tiny ``RLIMIT_FSIZE`` in a child process (real
``write(2)`` failures, including on the WAL). A read-only folder is real file
permissions: as root (CI containers) the child drops to ``nobody`` after its
imports, since root ignores permission bits.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from coach.core.diary.diary import Diary
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe
from coach.core.errors import StorageError
from coach.core.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def fill(diary: Diary, clock, count: int = 20) -> None:
    for i in range(count):
        diary.add_pain(PainEntry(clock.now() - timedelta(hours=i), "after-run", left=i % 11, note=f"saved {i}"))
        diary.add_run(Run(clock.now() - timedelta(hours=i), 5.0 + i, 6.0 * (5.0 + i), shoes="Trail"))


def snapshot(diary: Diary) -> tuple:
    return (diary.pain_entries(), diary.runs(), diary.sessions(), diary.shoes())


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


# -- full disk: max_page_count -------------------------------------------------------------


def every_write(diary: Diary, clock, n: int):
    """Each kind of write the app and the command line make, as (name, thunk)."""
    now = clock.now()
    note = "n" * 2000
    return [
        ("add_pain", lambda: diary.add_pain(PainEntry(now, "other", right=2, note=note))),
        ("add_run", lambda: diary.add_run(Run(now, 3.0, shoes=f"New shoes {n}"))),
        ("add_shoe", lambda: diary.add_shoe(Shoe(f"Spare {n} " + "s" * 60, date(2026, 1, 1)))),
        ("start_session", lambda: diary.start_session("knee-strength", "strength", note, 6, now)),
        ("add_session", lambda: diary.add_session(SessionRecord("knee-strength", "strength", now, "completed", 6, 6, now, note))),
        ("add_many", lambda: diary.add_many([PainEntry(now, "other", left=1, note=note)] * 20)),
        ("set_setting", lambda: diary.set_setting(f"filler-{n}", note)),
    ]  # fmt: skip


def test_a_full_disk_refuses_every_kind_of_write_cleanly_and_keeps_what_was_saved(data_paths, fake_clock):
    diary = Diary.open(data_paths, fake_clock)
    fill(diary, fake_clock)
    before = snapshot(diary)
    pages = diary._conn.execute("PRAGMA page_count").fetchone()[0]
    diary._conn.execute(f"PRAGMA max_page_count = {pages}")

    refused = set()
    for n in range(40):  # until every kind of write has met the full disk at least once
        for name, write in every_write(diary, fake_clock, n):
            try:
                write()
            except StorageError as error:
                assert "disk is full" in str(error) and str(data_paths.diary) in str(error)
                assert isinstance(error.__cause__, sqlite3.Error)  # translated, never leaked
                refused.add(name)
    assert refused == {name for name, _ in every_write(diary, fake_clock, 0)}

    after = snapshot(diary)
    for old, new in zip(before, after, strict=False):
        assert set(old) <= set(new) or old == new[: len(old)]  # all that was saved is still there
    assert diary.pain_entries()[: len(before[0])] == before[0]
    assert diary._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not diary._conn.in_transaction  # no write was left half-open

    diary._conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: writing works again
    diary.add_run(Run(fake_clock.now(), 7.0))
    diary.close()
    with Diary.open(data_paths, fake_clock) as again:
        assert again.opening_report.moved_aside is None
        assert again.runs()[: len(before[1])] == before[1]


# -- full disk: a real write(2) failure in a child ------------------------------------------

FSIZE_CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tests.stress.app_harness import preload
    preload()  # as nobody, a checkout in a private folder cannot be read: import everything first
    from coach.core.clock import FakeClock
    from coach.core.diary.diary import Diary
    from coach.core.errors import StorageError
    from coach.core.paths import DataPaths
    from coach.core.diary.records import PainEntry, Run

    clock = FakeClock()
    diary = Diary.open(DataPaths(Path({folder!r})), clock)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write(2) fails with EFBIG instead of killing us
    biggest = max(p.stat().st_size for p in Path({folder!r}).glob("diary.sqlite3*"))
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 24 * 1024, resource.RLIM_INFINITY))
    saved, outcome = [], None
    try:
        for i in range(1000):
            saved.append(diary.add_pain(PainEntry(clock.now(), "other", left=i % 11, note="full %d " % i + "x" * 1500)))
    except StorageError as error:
        outcome = ["StorageError", str(error)]
    except BaseException as error:
        outcome = [type(error).__name__, str(error)]
    try:  # the diary still reads, and a later write fails the same clean way
        readable = len(diary.pain_entries())
        diary.add_run(Run(clock.now(), 3.0))
        later = "written"
    except StorageError:
        later = "StorageError"
    except BaseException as error:
        later = type(error).__name__
    diary.close()
    print(json.dumps({{"saved": saved, "outcome": outcome, "readable": readable, "later": later}}))
    """
)


def test_a_file_size_limit_mid_write_is_a_storage_error_and_loses_nothing(data_paths, fake_clock):
    with Diary.open(data_paths, fake_clock) as diary:
        fill(diary, fake_clock)
        before = diary.pain_entries()
    script = FSIZE_CHILD.format(root=str(ROOT), folder=str(data_paths.root))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)

    assert result["outcome"][0] == "StorageError", result["outcome"]
    assert "diary" in result["outcome"][1]
    assert result["readable"] == len(before) + len(result["saved"])
    assert result["later"] in ("StorageError", "written")
    assert integrity(data_paths.diary) == "ok"
    with Diary.open(data_paths, fake_clock) as diary:
        assert diary.opening_report.moved_aside is None
        entries = diary.pain_entries()
        assert entries[: len(before)] == before
        assert {e.id for e in entries} >= set(result["saved"])  # every acknowledged write survived


# -- read-only data folder ------------------------------------------------------------------


@pytest.fixture
def shared_dir(tmp_path):
    """A folder the unprivileged child can reach (pytest's own tmp is private to root)."""
    if os.getuid() != 0:
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="coach-readonly-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _make_read_only(folder: Path, file_too: bool = True) -> None:
    if os.getuid() == 0:  # the child becomes nobody: root-owned 0755 / 0644 is read-only to it
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        if not file_too:
            folder.chmod(0o777)
    else:
        for path in folder.rglob("*"):
            if path.is_file():
                path.chmod(0o444)
        if file_too:
            folder.chmod(0o555)


READ_ONLY_CHILD = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tests.stress.app_harness import preload
    preload()  # as nobody, a checkout in a private folder cannot be read: import everything first
    from coach.core.clock import FakeClock
    from coach.core.diary.diary import Diary
    from coach.core.errors import StorageError
    from coach.core.paths import DataPaths
    from coach.core.diary.records import PainEntry
    if os.getuid() == 0:
        os.setgid({nobody}); os.setuid({nobody})
    clock = FakeClock()
    result = {{}}
    try:
        diary = Diary.open(DataPaths(Path({folder!r})), clock)
        result["opened"] = True
        try:
            result["read"] = len(diary.pain_entries())
            diary.add_pain(PainEntry(clock.now(), "other", left=1))
            result["write"] = "written"
        except StorageError as error:
            result["write"] = "StorageError: " + str(error)
        diary.close()
    except StorageError as error:
        result["open"] = "StorageError: " + str(error)
    except BaseException as error:
        result["open"] = type(error).__name__ + ": " + str(error)
    print(json.dumps(result))
    """
)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def _run_read_only_child(folder: Path) -> dict:
    script = READ_ONLY_CHILD.format(root=str(ROOT), folder=str(folder), nobody=NOBODY)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _restore_permissions(folder: Path) -> None:
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        path.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH if path.is_dir() else 0o644)


def test_a_read_only_data_folder_is_a_clear_storage_error_and_the_file_is_untouched(shared_dir, fake_clock):
    paths = DataPaths(shared_dir / "data")
    with Diary.open(paths, fake_clock) as diary:
        fill(diary, fake_clock)
    before = _digest(paths.root)
    _make_read_only(paths.root)
    try:
        result = _run_read_only_child(paths.root)
    finally:
        _restore_permissions(paths.root)

    assert result.get("opened") and result.get("read") == 20, result  # reading still works
    message = result.get("write", "")
    assert message.startswith("StorageError: ") and "read-only" in message, result
    assert _digest(paths.root) == before  # not a byte changed, no -wal or -shm left behind
    with Diary.open(paths, fake_clock) as diary:
        assert len(diary.pain_entries()) == 20


def test_a_read_only_diary_file_in_a_writable_folder_refuses_writes_cleanly(shared_dir, fake_clock):
    paths = DataPaths(shared_dir / "data")
    with Diary.open(paths, fake_clock) as diary:
        fill(diary, fake_clock)
    before = hashlib.sha256(paths.diary.read_bytes()).hexdigest()
    _make_read_only(paths.root, file_too=False)
    try:
        result = _run_read_only_child(paths.root)
    finally:
        _restore_permissions(paths.root)

    message = result.get("open") or result.get("write", "")
    assert message.startswith("StorageError: "), result
    assert "read-only" in message or "cannot" in message
    assert hashlib.sha256(paths.diary.read_bytes()).hexdigest() == before
    assert integrity(paths.diary) == "ok"


CLI_CHILD = textwrap.dedent(
    """
    import contextlib, io, json, os, sys
    sys.path.insert(0, {root!r})
    from tests.stress.app_harness import preload
    preload()  # as nobody, the interpreter's own files cannot be read: import everything first
    from coach.cli import main
    from coach.commands.report import ensure_gui_application
    ensure_gui_application()  # Qt's platform plugin is loaded now, while its files can be read
    if os.getuid() == 0:
        os.setgid({nobody}); os.setuid({nobody})
    said = {{}}
    for words in {commands!r}:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--data-dir", {folder!r}, *words])
        said[" ".join(words[:2])] = [code, out.getvalue(), err.getvalue()]
    print(json.dumps(said))
    """
)


def test_a_read_only_data_folder_still_answers_advice_list_export_and_report(shared_dir, fake_clock):
    paths = DataPaths(shared_dir / "data")
    with Diary.open(paths, fake_clock) as diary:
        fill(diary, fake_clock)
    before = _digest(paths.root)
    out = shared_dir / "out"
    out.mkdir()
    out.chmod(0o777)
    commands = [["advice"], ["diary", "list"], ["diary", "export", "-o", str(out / "d.json")],
                ["report", "-o", str(out / "r.pdf")], ["diary", "add", "pain", "--moment", "other", "--left", "1"]]  # fmt: skip
    _make_read_only(paths.root)
    try:
        script = CLI_CHILD.format(root=str(ROOT), folder=str(paths.root), nobody=NOBODY, commands=commands)
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    finally:
        _restore_permissions(paths.root)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.splitlines()[-1])
    for name in ("advice", "diary list", "diary export", "report -o"):
        code, _, err = said[name]
        assert code == 0, (name, said[name])
        assert "nothing new can be saved" in err
    code, _, err = said["diary add"]
    assert code == 1 and "read-only" in err and "Traceback" not in err
    assert (out / "d.json").stat().st_size > 0 and (out / "r.pdf").read_bytes().startswith(b"%PDF")
    assert _digest(paths.root) == before
