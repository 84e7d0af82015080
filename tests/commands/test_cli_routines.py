"""`coach routines ...` through the real entry point."""

from pathlib import Path

from coach.cli import main
from tests.core.routine_text import TINY

ROOT = Path(__file__).resolve().parents[2]


def test_list_prints_one_line_per_routine(capsys, data_dir):
    assert main(["routines", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["pre-run-warm-up", "post-run-cool-down", "knee-strength", "sore-knee-care"]
    assert lines[2].split()[-2:] == ["strength", "20:44"]


def test_show_prints_every_segment_and_the_total(capsys):
    assert main(["routines", "show", "pre-run-warm-up"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Pre-run warm-up (pre-run-warm-up)")
    assert any("switch, right" in line for line in out)
    assert out[-1].startswith("Total: 9:51 in ")


def test_show_unknown_id_exits_1(capsys):
    assert main(["routines", "show", "nope"]) == 1
    assert "no routine with id 'nope'" in capsys.readouterr().err


def test_check_builtins_ok_and_hostile_files_refused(capsys, tmp_path):
    assert main(["routines", "check", *map(str, sorted((ROOT / "routines").glob("*.yaml")))]) == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(TINY.replace("duration_s: 30", "duraton_s: 30"))
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    good = tmp_path / "good.yaml"
    good.write_text(TINY)
    assert main(["routines", "check", str(bad), str(empty), str(good)]) == 1
    captured = capsys.readouterr()
    assert f"{bad}:11:5: unknown key 'duraton_s'" in captured.err
    assert f"{empty}:1: file is empty" in captured.err
    assert f"{good}: ok (tiny, 2:55)" in captured.out


def test_user_routine_in_data_dir_is_listed_and_data_dir_flag_wins(capsys, tmp_path, data_dir):
    other = tmp_path / "elsewhere"
    (other / "routines").mkdir(parents=True)
    (other / "routines" / "tiny.yaml").write_text(TINY)
    assert main(["--data-dir", str(other), "routines", "list"]) == 0
    assert "tiny" in capsys.readouterr().out
    assert main(["routines", "list"]) == 0  # COACH_DATA_DIR folder has no user routines
    assert "tiny" not in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        main(["routines", "frobnicate"])
    assert exit_info.value.code == 2


def test_core_does_not_import_qt():
    import subprocess
    import sys

    code = (
        "import sys, coach.core.routines.routine, coach.core.session.plan, coach.core.session.session, coach.core.diary.diary, "
        "coach.core.advice.advice, coach.core.routines.catalog, coach.cli\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_plain_coach_opens_the_app_without_parsing_sub_commands(monkeypatch, tmp_path):
    import coach.commands.play as play

    opened = []
    monkeypatch.setattr(play, "open_app", lambda paths, routine_id: opened.append((paths.root, routine_id)) or 0)
    assert main([]) == 0
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert main([f"--data-dir={tmp_path}"]) == 0
    assert opened[1:] == [(tmp_path, None), (tmp_path, None)]


def test_show_and_play_say_which_routine_files_are_broken_and_why(capsys, data_dir):
    (data_dir / "routines").mkdir(parents=True, exist_ok=True)
    (data_dir / "routines" / "mine.yaml").write_text(TINY.replace("duration_s: 30", "duration_s: 1e400", 1),
                                                     encoding="utf-8")  # fmt: skip
    for words in (["routines", "show", "tiny"], ["play", "tiny"]):
        assert main(["--data-dir", str(data_dir), *words]) == 1
        err = capsys.readouterr().err
        assert "broken: " in err and "mine.yaml" in err and "no routine with id 'tiny'" in err


def test_check_reads_a_rep_hold_and_refuses_one_on_a_timed_step(capsys, tmp_path):
    held = tmp_path / "held.yaml"
    held.write_text(TINY.replace("    tempo_s: 2\n", "    tempo_s: 2\n    hold_s: 3\n"))
    timed = tmp_path / "timed.yaml"
    timed.write_text(TINY.replace("    sides: each\n", "    sides: each\n    hold_s: 3\n"))
    assert main(["routines", "check", str(held), str(timed)]) == 1
    captured = capsys.readouterr()
    assert f"{held}: ok (tiny, 3:25)" in captured.out  # 10 reps of 2 s + 3 s held: 30 s longer
    assert f"{timed}:13:13: 'hold_s' only goes with 'reps'" in captured.err


def test_open_hands_the_file_to_the_app_and_refuses_what_is_not_a_file(capsys, data_dir, tmp_path, monkeypatch):
    from coach.commands import play

    opened = []
    monkeypatch.setattr(play, "open_app", lambda paths, routine_id, routine_file=None: opened.append(
        (routine_id, routine_file)) or 0)  # fmt: skip
    sent = tmp_path / "bridges.routine.yaml"
    sent.write_text(TINY)
    assert main(["--data-dir", str(data_dir), "open", str(sent)]) == 0
    assert main(["--data-dir", str(data_dir), "open"]) == 0  # the launcher's "open %f" with no file
    assert opened == [(None, sent.resolve()), (None, None)]
    assert main(["--data-dir", str(data_dir), "open", str(tmp_path)]) == 1
    assert f"coach: {tmp_path} is not a file" in capsys.readouterr().err


def test_check_reads_the_exercise_library_with_its_own_loader(capsys, tmp_path):
    assert main(["routines", "check", str(ROOT / "routines" / "exercises.yaml")]) == 0
    assert "ok (exercise library, 21 exercises)" in capsys.readouterr().out
    folder = tmp_path / "copy"
    folder.mkdir()
    broken = folder / "exercises.yaml"
    text = (ROOT / "routines" / "exercises.yaml").read_text()
    broken.write_text(text.replace("harder: [single-leg-chair-squat]", "harder: [single-leg-chair-sqat]"))
    assert main(["routines", "check", str(broken)]) == 1
    err = capsys.readouterr().err
    line = text[: text.index("harder: [single-leg-chair-squat]")].count("\n") + 1
    assert f"{broken}:{line}:14: 'harder': no exercise 'single-leg-chair-sqat' in the library" in err
