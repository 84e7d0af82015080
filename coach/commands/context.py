"""What every sub-command is handed: the data folder, the clock, and lazy
access to the routine catalog and the diary, so a command that needs neither
opens neither. ``core`` is the same :class:`~coach.core.context.CoachContext`
the app is handed, built from those on first use."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TextIO

from coach.core.clock import Clock
from coach.core.errors import CoachError
from coach.core.i18n import _
from coach.core.paths import DataPaths

if TYPE_CHECKING:
    from coach.core.context import CoachContext
    from coach.core.diary.diary import Diary
    from coach.core.routines.catalog import Catalog
    from coach.core.settings import Settings


@dataclass
class Context:
    paths: DataPaths
    clock: Clock
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    language: str = "en"  # the built-in routines' texts are shown in it

    def __post_init__(self) -> None:
        self.stdout = Output(self.stdout, _("standard output"))  # type: ignore[assignment]

    @cached_property
    def catalog(self) -> Catalog:
        from coach.core.routines.catalog import load_catalog

        return load_catalog(self.paths.routines, cache_file=self.paths.routine_cache, language=self.language)

    @cached_property
    def diary(self) -> Diary:
        """The diary, opened once; anything that went wrong opening it (a damaged
        file set aside, a failed backup) is said on stderr before any command
        answers from it."""
        from coach.core.diary.diary import Diary

        diary = Diary.open(self.paths, self.clock)
        for line in diary.opening_report.messages():
            self.err(f"coach: {line}")
        return diary

    @cached_property
    def settings(self) -> Settings:
        """The diary's settings, each checked as it is read (``units`` is km or mi)."""
        from coach.core.settings import Settings

        return Settings(self.diary)

    @cached_property
    def core(self) -> CoachContext:
        """Paths, clock, diary, settings and catalog as one object (opens the diary, loads the routines)."""
        from coach.core.context import CoachContext

        return CoachContext.open(self.paths, self.clock, diary=self.diary, catalog=self.catalog, language=self.language)

    def say_broken_routines(self) -> None:
        """Routine files that could not be read, each with its reason, on stderr: a command that
        uses the routines must not leave a user wondering where theirs went."""
        for broken in self.catalog.broken:
            self.err(_("broken: {message}").format(message=broken.message))

    def close(self) -> None:
        if "diary" in self.__dict__:
            self.diary.close()

    def out(self, text: str = "") -> None:
        """A line for people: what the terminal cannot show is written escaped."""
        self.stdout.write_escaped(text + "\n")  # type: ignore[attr-defined]

    def err(self, text: str) -> None:
        if self.stderr is None:  # closed: there is nowhere to say anything
            return
        try:
            print(text, file=self.stderr)
        except UnicodeEncodeError:
            print(_escaped(text, self.stderr), file=self.stderr)
        except OSError:
            pass


class OutputError(CoachError):
    """Standard output is closed, full or gone: said on stderr, exit 1."""


def _escaped(text: str, stream: TextIO | None) -> str:
    encoding = getattr(stream, "encoding", None) or "ascii"
    return text.encode(encoding, "backslashreplace").decode(encoding, "replace")


class Output:
    """Standard output as a command writes to it. Data (an export) is written as it
    is or not at all: a character the terminal's encoding cannot hold is an
    OutputError, not a changed export; lines for people (``write_escaped``) show
    it escaped instead. A closed stdout (``>&-``) or a full disk (``> /dev/full``)
    is an OutputError with a sentence, not a traceback at exit."""

    def __init__(self, stream: TextIO | None, name: str):
        self._stream = stream
        self._name = name

    def write(self, text: str) -> int:
        try:
            return self._write(text)
        except UnicodeEncodeError:
            encoding = getattr(self._stream, "encoding", None) or "unknown"
            raise OutputError(
                _("cannot write to {name}: its encoding ({encoding}) cannot hold every character; set a UTF-8 locale "
                  "(LANG=C.UTF-8) or write to a file with -o FILE").format(name=self._name, encoding=encoding)
            ) from None

    def write_escaped(self, text: str) -> int:
        try:
            return self._write(text)
        except UnicodeEncodeError:
            return self._write(_escaped(text, self._stream))

    def _write(self, text: str) -> int:
        if self._stream is None:
            raise OutputError(_("cannot write to {name}: it is closed").format(name=self._name))
        try:
            return self._stream.write(text)
        except BrokenPipeError:  # `coach ... | head`: main() handles it
            raise
        except OSError as error:
            self._fail(error)
            raise

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            self._fail(error)

    def _fail(self, error: OSError) -> None:
        from coach.core.safe_write import write_problem

        stream = self._stream
        if stream is not None:
            try:  # what is still buffered would fail again at exit, with a traceback-like message
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (OSError, ValueError, AttributeError):
                pass
        raise OutputError(_("cannot write to {name}: {write_problem}").format(
                            name=self._name, write_problem=write_problem(error))) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
