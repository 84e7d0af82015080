"""Standard output that is closed, full or not UTF-8: a sentence on stderr and exit 1, never a traceback."""

import errno
import io
import sys

import pytest

from coach.cli import main


class FullStream(io.StringIO):
    """Behaves like stdout redirected to /dev/full: every flush fails with ENOSPC."""

    def write(self, text):
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("argv", [["routines", "list"], ["diary", "export"], ["routines", "show", "knee-strength"]])
def test_a_closed_stdout_is_said_on_stderr_with_exit_1(monkeypatch, capsys, argv):
    monkeypatch.setattr(sys, "stdout", None)
    assert main(argv) == 1
    assert "cannot write to standard output: it is closed" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["routines", "list"], ["diary", "export", "--format", "csv"]])
def test_a_full_disk_behind_stdout_says_the_disk_is_full(monkeypatch, capsys, argv):
    monkeypatch.setattr(sys, "stdout", FullStream())
    assert main(argv) == 1
    assert "cannot write to standard output: the disk is full" in capsys.readouterr().err


def test_a_terminal_that_is_not_utf8_gets_escapes_for_people_and_no_changed_export(monkeypatch, capsys, data_dir):
    assert main(["diary", "add", "pain", "--moment", "other", "--left", "2", "--note", "ça — tire"]) == 0
    capsys.readouterr()
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    assert main(["routines", "show", "knee-strength"]) == 0  # its names hold an em dash
    ascii_out.flush()
    assert b"\\u2014" in ascii_out.buffer.getvalue()
    assert main(["diary", "export"]) == 1
    assert "its encoding (ascii) cannot hold every character" in capsys.readouterr().err
