"""What every sub-command is handed: the data folder, the clock, and lazy
access to the routine catalog and the diary, so a command that needs neither
opens neither."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TextIO

from coach.core.clock import Clock
from coach.core.paths import DataPaths

if TYPE_CHECKING:
    from coach.core.catalog import Catalog
    from coach.core.diary import Diary


@dataclass
class Context:
    paths: DataPaths
    clock: Clock
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    @cached_property
    def catalog(self) -> "Catalog":
        from coach.core.catalog import load_catalog

        return load_catalog(self.paths.routines, cache_file=self.paths.routine_cache)

    @cached_property
    def diary(self) -> "Diary":
        """The diary, opened once; anything that went wrong opening it (a damaged
        file set aside, a failed backup) is said on stderr before any command
        answers from it."""
        from coach.core.diary import Diary

        diary = Diary.open(self.paths, self.clock)
        for line in diary.opening_report.messages():
            self.err(f"coach: {line}")
        return diary

    def close(self) -> None:
        if "diary" in self.__dict__:
            self.diary.close()

    def out(self, text: str = "") -> None:
        _print(text, self.stdout)

    def err(self, text: str) -> None:
        _print(text, self.stderr)


def _print(text: str, stream: TextIO) -> None:
    """Print, and on a terminal that cannot show a character (LANG=C, a lone
    surrogate from a file name) print it escaped rather than fail."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding, "replace"), file=stream)
