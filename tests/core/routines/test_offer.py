"""A routine file someone sent: checked as `routines check` does, then copied into the user's routines."""

from pathlib import Path

from coach.core.routines import offer, sharing
from coach.core.routines.catalog import load_catalog
from tests.core.routine_text import TINY

SENT = TINY.replace("id: tiny", "id: physio-bridges").replace("title: Tiny routine", "title: Bridges from Anna")


def test_a_good_file_is_offered_and_added_under_its_id(tmp_path, data_paths):
    sent = tmp_path / "Downloads" / "bridges.routine.yaml"
    sent.parent.mkdir()
    sent.write_text(SENT, encoding="utf-8")
    catalog = load_catalog(data_paths.routines)
    offered = offer.inspect(sent, data_paths.routines, catalog)
    assert offered.usable and offered.routine.title == "Bridges from Anna" and offered.replaces == ""
    target = sharing.install(offered, data_paths.routines, catalog).path
    assert target == data_paths.routines / "physio-bridges.yaml" and target.read_text(encoding="utf-8") == SENT
    assert "physio-bridges" in load_catalog(data_paths.routines).routines


def test_a_file_with_mistakes_lists_every_one_and_cannot_be_added(tmp_path, data_paths):
    sent = tmp_path / "bad.routine.yaml"
    sent.write_text(SENT.replace("duration_s: 30", "duration_s: thirty").replace("focus: strength", "focus: cardio"))
    offered = offer.inspect(sent, data_paths.routines, load_catalog(data_paths.routines))
    assert not offered.usable and len(offered.problems) == 2
    assert all(p.startswith(f"{sent}:") for p in offered.problems)


def test_a_picture_left_beside_the_sent_file_is_refused_before_it_is_offered(tmp_path, data_paths):
    sent = tmp_path / "pictured.routine.yaml"
    (tmp_path / "my-drawing.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    sent.write_text(SENT.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: my-drawing.svg"))
    offered = offer.inspect(sent, data_paths.routines, load_catalog(data_paths.routines))
    assert not offered.usable and "'image' 'my-drawing.svg' not found" in offered.problems[0]


def test_the_same_id_as_a_built_in_or_your_own_is_said_and_on_replace_your_own_file_is_the_one_replaced(tmp_path, data_paths):
    sent = tmp_path / "strength.routine.yaml"
    sent.write_text(SENT.replace("id: physio-bridges", "id: knee-strength"))
    assert offer.inspect(sent, data_paths.routines, load_catalog(data_paths.routines)).replaces == "a built-in routine"
    data_paths.routines.mkdir(parents=True)
    mine = data_paths.routines / "my-strength.yaml"
    mine.write_text(SENT.replace("id: physio-bridges", "id: knee-strength"))
    catalog = load_catalog(data_paths.routines)
    offered = offer.inspect(sent, data_paths.routines, catalog)
    assert offered.replaces == "your routine my-strength.yaml" and offered.clashes
    assert sharing.install(offered, data_paths.routines, catalog).outcome == "conflict"  # not without asking
    assert sharing.install(offered, data_paths.routines, catalog, sharing.OnClash.REPLACE).path == mine
    assert sorted(p.name for p in data_paths.routines.iterdir()) == ["my-strength.yaml"]


def test_a_folder_or_a_missing_file_is_a_problem_not_a_crash(tmp_path, data_paths):
    offered = offer.inspect(tmp_path, data_paths.routines, load_catalog(data_paths.routines))
    assert not offered.usable and offered.problems
    assert not offer.inspect(Path(tmp_path / "gone.yaml"), data_paths.routines, load_catalog(None)).usable
