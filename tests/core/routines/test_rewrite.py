"""Changing an imported routine's id, title or picture names touches only those scalars."""

from coach.core.paths import assets_dir
from coach.core.routines.file import parse_routine
from coach.core.routines.rewrite import image_names, rewritten
from tests.core.routine_text import TINY

BLOCK = TINY.replace("title: Tiny routine", "title: >-\n  Tiny\n  routine  # not a comment: text\n# a comment\n").replace(
    "id: tiny", "\ufeffid: 'tiny'   # the sender's id") + "    image: calf-raises.svg  # mine\n"


def test_block_and_quoted_scalars_are_replaced_and_comments_kept(tmp_path):
    out = rewritten(BLOCK, "tiny-2", "Tiny routine (2)", {"calf-raises.svg": "tiny-calf raises.svg"})
    assert out.startswith("\ufeffid: tiny-2   # the sender's id\n")
    assert 'title: "Tiny routine (2)"\n# a comment\n\nfocus: strength' in out
    assert 'image: "tiny-calf raises.svg"  # mine' in out
    (tmp_path / "tiny-calf raises.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    routine = parse_routine(out.encode(), tmp_path / "t.yaml", assets_dir())
    assert (routine.id, routine.title, routine.steps[1].image.name) == ("tiny-2", "Tiny routine (2)", "tiny-calf raises.svg")


def test_a_flow_style_file_and_names_read_as_written():
    flow = '{id: tiny, title: "T", focus: care, when: w, summary: s, steps: [{exercise: a, name: A, duration_s: 5, ' \
           'cues: [x], image: a.svg}, {exercise: b, name: B, duration_s: 5, cues: [y], image: "b.png"}]}\n'
    assert image_names(flow) == ["a.svg", "b.png"]
    out = rewritten(flow, "tiny-3", None, {"b.png": "tiny-3-b.png"})
    assert out == flow.replace("id: tiny", "id: tiny-3").replace('image: "b.png"', "image: tiny-3-b.png")
