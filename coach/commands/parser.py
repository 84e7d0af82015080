"""``coach``'s argument parser class: argparse's own, without importing ``shutil`` on every call.

argparse's help formatter asks ``shutil.get_terminal_size`` for the width, and
every ``add_argument`` builds a formatter to check the metavar: so every command,
even one that never prints help, imported ``shutil`` (with bz2, lzma and
fnmatch), ~3 ms of a command that is measured against ``python -c pass``. The
width is worked out the same way here (``COLUMNS``, else the terminal, else 80).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def terminal_width() -> int:
    """The columns ``shutil.get_terminal_size()`` would give."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, terminal_width() - 2 if width is None else width)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose sub-command parsers (``add_subparsers`` makes them of this class) format help alike."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
