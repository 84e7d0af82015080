"""The app opens with hostile routine files in the folder: they are listed as broken, the rest play."""

import os

from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.core.routines.catalog import load_catalog
from coach.core.routines.rules import MAX_IMAGE_BYTES
from coach.ui.main_window import MainWindow
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from tests.core.routine_text import TINY


def test_the_window_opens_beside_huge_numbers_bad_text_pipes_and_heavy_pictures(qtbot, data_paths, fake_clock):
    folder = data_paths.routines
    folder.mkdir(parents=True)
    (folder / "big.yaml").write_text(TINY.replace("id: tiny", "id: big").replace("get_ready_s: 5", "get_ready_s: " + "9" * 400))
    (folder / "huge.yaml").write_text(TINY.replace("id: tiny", "id: huge").replace("reps: 10", "reps: " + "9" * 5000))
    (folder / "surrogate.yaml").write_text(TINY.replace("id: tiny", "id: sur").replace("Tiny routine", '"\\ud800"'))
    (folder / "ansi.yaml").write_text(TINY.replace("id: tiny", "id: ansi").replace("Rise slowly", '"\\e[31mRise"'))
    (folder / "heavy.svg").write_bytes(b"<svg>" + b" " * MAX_IMAGE_BYTES + b"</svg>")
    heavy = TINY.replace("id: tiny", "id: heavy").replace("[Rise slowly]", "[Rise]\n    image: heavy.svg")
    (folder / "heavy.yaml").write_text(heavy)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.yaml")
    (folder / "good.yaml").write_text(TINY)
    for _ in range(2):  # the second start from the cache
        diary = Diary.open(data_paths, fake_clock)
        catalog = load_catalog(folder, cache_file=data_paths.routine_cache)
        context = CoachContext.open(data_paths, fake_clock, diary=diary, catalog=catalog)
        window = MainWindow(Services(context, RecordingNotifier()))
        qtbot.addWidget(window)
        assert "tiny" in window.home.cards
        labels = [label.text() for label in window.home.broken_list.findChildren(type(window.home.cards["tiny"].title))]
        expected = 6 if hasattr(os, "mkfifo") else 5
        assert labels[0] == f"{expected} routine files could not be loaded"
        shown = "\n".join(labels)
        assert "a number that is too large" in shown and "lone surrogate" in shown and "\x1b" not in shown
        assert "pictures may be at most 1 MB" in shown
        diary.close()


def test_the_folder_watcher_takes_pipes_dangling_links_and_odd_names_without_a_warning(qtbot, tmp_path):
    from pathlib import Path

    from coach.ui.player.routine_watcher import RoutineWatcher

    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "good.yaml").write_text(TINY)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.yaml")
    (folder / "dangling.yaml").symlink_to(tmp_path / "nothing")
    odd = Path(os.fsdecode(bytes(folder) + b"/\xff.yaml"))
    odd.write_text(TINY.replace("id: tiny", "id: odd"))
    watcher = RoutineWatcher.for_paths(folder, tmp_path / "cache.json")
    seen = []
    watcher.changed.connect(seen.append)
    watcher.reload()  # a Qt warning here would fail the test (qt_log_level_fail)
    assert {"tiny", "odd"} <= set(seen[0].routines)
    assert any("cannot read the file" in b.message for b in seen[0].broken)
