"""`coach routines export` and `coach routines import`: exit 0, 1 (invalid input, said on stderr) or 2 (usage)."""

import zipfile

import pytest

from coach.cli import main
from tests.core.routine_text import TINY

SVG = b"<svg xmlns='http://www.w3.org/2000/svg'/>"


def test_export_then_import_elsewhere_gives_the_same_file(capsys, tmp_path, data_dir):
    out = tmp_path / "strength.routine.yaml"
    assert main(["routines", "export", "knee-strength", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"exported knee-strength to {out}\n"
    friend = tmp_path / "friend"
    sent = tmp_path / "renamed.routine.yaml"
    sent.write_bytes(out.read_bytes().replace(b"id: knee-strength", b"id: anna-strength"))
    assert main(["--data-dir", str(friend), "routines", "import", str(sent)]) == 0
    assert capsys.readouterr().out == f"added anna-strength: {friend / 'routines' / 'anna-strength.yaml'}\n"
    assert main(["--data-dir", str(friend), "routines", "list"]) == 0
    assert "anna-strength" in capsys.readouterr().out


def test_a_routine_with_pictures_of_your_own_is_exported_as_a_zip_and_imported_with_them(capsys, tmp_path, data_dir):
    (data_dir / "routines").mkdir(parents=True)
    pictured = TINY.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: me.svg")
    (data_dir / "routines" / "tiny.yaml").write_text(pictured)
    (data_dir / "routines" / "me.svg").write_bytes(SVG)
    assert main(["routines", "export", "tiny", "-o", str(tmp_path / "tiny.routine.yaml")]) == 1
    assert "pictures of your own (me.svg): export it to a .zip file" in capsys.readouterr().err
    assert main(["routines", "export", "tiny", "-o", str(tmp_path / "tiny.routine.zip")]) == 0
    assert capsys.readouterr().out == f"exported tiny with 1 picture to {tmp_path / 'tiny.routine.zip'}\n"
    assert zipfile.ZipFile(tmp_path / "tiny.routine.zip").namelist() == ["tiny.routine.yaml", "me.svg"]
    friend = tmp_path / "friend"
    assert main(["--data-dir", str(friend), "routines", "import", str(tmp_path / "tiny.routine.zip")]) == 0
    assert capsys.readouterr().out.endswith("tiny.yaml and 1 picture\n")
    assert (friend / "routines" / "me.svg").read_bytes() == SVG


def test_an_id_that_is_taken_needs_a_flag_and_says_which(capsys, tmp_path, data_dir):
    sent = tmp_path / "strength.routine.yaml"
    sent.write_text(TINY.replace("id: tiny", "id: knee-strength"))
    assert main(["routines", "import", str(sent)]) == 1
    err = capsys.readouterr().err
    assert "'knee-strength' is already a built-in routine; nothing was added" in err
    assert "--replace" in err and "--keep-both to add it as 'knee-strength-2'" in err
    assert not (data_dir / "routines").exists()
    assert main(["routines", "import", "--keep-both", str(sent)]) == 0
    assert capsys.readouterr().out.startswith("added (keeping both) knee-strength-2: ")
    assert main(["routines", "import", "--replace", str(sent)]) == 0
    assert capsys.readouterr().out.startswith("replaced knee-strength: ")
    assert main(["routines", "show", "knee-strength"]) == 0
    assert capsys.readouterr().out.startswith("Tiny routine (knee-strength)")
    assert sorted(p.name for p in (data_dir / "routines").iterdir()) == ["knee-strength-2.yaml", "knee-strength.yaml"]


def test_bad_input_exits_1_with_located_problems_and_writes_nothing(capsys, tmp_path, data_dir):
    bad = tmp_path / "bad.routine.yaml"
    bad.write_text(TINY.replace("duration_s: 30", "duraton_s: 30"))
    assert main(["routines", "import", str(bad)]) == 1
    assert f"{bad}:11:5: unknown key 'duraton_s'" in capsys.readouterr().err
    slip = tmp_path / "slip.zip"
    with zipfile.ZipFile(slip, "w") as archive:
        archive.writestr("tiny.routine.yaml", TINY)
        archive.writestr("../evil.svg", SVG)
    assert main(["routines", "import", "--replace", str(slip)]) == 1
    assert "zip slip" in capsys.readouterr().err
    assert not (data_dir / "routines").exists() and not (tmp_path / "evil.svg").exists()
    assert main(["routines", "export", "nope", "-o", str(tmp_path / "x.yaml")]) == 1
    assert "no routine with id 'nope'" in capsys.readouterr().err
    (tmp_path / "folder.routine.yaml").mkdir()
    assert main(["routines", "export", "knee-strength", "-o", str(tmp_path / "folder.routine.yaml")]) == 1
    assert "is a folder, not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["routines", "export", "knee-strength"],  # no -o
    ["routines", "import"],
    ["routines", "import", "--replace", "--keep-both", "x.routine.yaml"],
])  # fmt: skip
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_open_hands_a_zip_to_the_app_like_a_routine_file(data_dir, tmp_path, monkeypatch):
    from coach.commands import play

    opened = []
    monkeypatch.setattr(play, "open_app", lambda paths, routine_id, routine_file=None: opened.append(routine_file) or 0)
    sent = tmp_path / "bridges.routine.zip"
    with zipfile.ZipFile(sent, "w") as archive:
        archive.writestr("bridges.routine.yaml", TINY)
    assert main(["open", str(sent)]) == 0
    assert opened == [sent.resolve()]


def test_replacing_says_which_old_pictures_went(capsys, tmp_path, data_dir):
    routines = data_dir / "routines"
    routines.mkdir(parents=True)
    (routines / "tiny.yaml").write_text(TINY.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: old.svg"))
    (routines / "old.svg").write_bytes(SVG)
    sent = tmp_path / "tiny.routine.yaml"
    sent.write_text(TINY.replace("reps: 10", "reps: 12") if "reps: 10" in TINY else TINY + "\n")
    assert main(["routines", "import", "--replace", str(sent)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("replaced tiny: ") and f"removed its old picture {routines / 'old.svg'}\n" in out
    assert not (routines / "old.svg").exists()
