"""The errors the user may see, as opposed to bugs.

Known failures carry enough to be shown without a traceback: a routine problem
knows its file, line and column; a storage problem says what the environment
did wrong (disk full, read-only folder, not a database).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach.core.values import printable


class CoachError(Exception):
    """Base of every error that is the user's input or environment, not a bug."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine file, located for an editor to jump to."""

    path: str
    line: int
    column: int | None
    message: str

    def __str__(self) -> str:
        # A file name can hold anything but "/" and NUL (an undecodable byte, an ANSI
        # escape): shown escaped, so the message prints on any terminal and caches.
        where = f"{printable(str(self.path))}:{self.line}"
        if self.column is not None:
            where += f":{self.column}"
        return f"{where}: {printable(str(self.message))}"


class RoutineError(CoachError):
    """A routine file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: Path | str, line: int, message: str, column: int | None = None) -> RoutineError:
        return cls([Problem(str(path), line, column, message)])


class InputError(CoachError):
    """A value typed or imported by the user that is refused at the boundary.

    ``field`` names the input (``left``, ``distance``...) so forms can put the
    message next to the right widget.
    """

    def __init__(self, message: str, field: str | None = None):
        self.field = field
        super().__init__(message)


class StorageError(CoachError):
    """The diary cannot be read or written for a reason outside the app's control."""
