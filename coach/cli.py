"""The ``coach`` command: opens the app, or runs one sub-command and exits.

Exit codes: 0 ok, 1 invalid input (messages on stderr), 2 usage.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coach import __version__
from coach.core.clock import SystemClock
from coach.core.errors import CoachError
from coach.core.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


COMMANDS = ("play", "open", "routines", "diary", "import", "advice", "plan", "report", "desktop")  # in `coach --help` order
MODULES = {"import": "import_runs"}  # a command whose module is not named after it
ALIASES = {"install-desktop": "desktop", "uninstall-desktop": "desktop"}  # words typed -> the command that owns them


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser, with only the sub-command ``argv`` names when it names one.

    Each command module imports what it needs (the diary, yaml, the advice) at
    its top; importing all five for every call made ``coach advice`` pay for
    yaml and the report. ``coach --help`` and unknown commands get them all.
    """
    import argparse  # already imported by coach.commands.parser; bound here to word its texts
    import importlib

    from coach.commands.argparse_words import speak_argparse
    from coach.commands.parser import Parser  # argparse's (not on plain `coach`'s path), without its import of shutil
    from coach.core.i18n import _, active_language

    speak_argparse(argparse, active_language())  # "usage:", "error:", "options" in the user's language
    parser = Parser(
        prog="coach",
        description=_("Prehab Coach: knee-care routines and a pain diary for runners. With no command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_("folder for the diary, backups and your routines (default: $COACH_DATA_DIR or the platform's data folder)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = _command_named(argv)
    for name in (named,) if named else COMMANDS:
        importlib.import_module(f"coach.commands.{MODULES.get(name, name)}").register(commands)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` names (after any ``--data-dir DIR``), or None for help, version or a typo."""
    words = list(argv)
    while words and words[0].startswith("--data-dir"):
        del words[: 1 if "=" in words[0] else 2]
    name = ALIASES.get(words[0], words[0]) if words else None
    return name if name in COMMANDS else None


def _data_dir_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Is this plain ``coach`` (perhaps with ``--data-dir DIR``)? Then the app
    opens without importing every sub-command first: start-up is measured."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def _data_dir_in(argv: Sequence[str]) -> str | None:
    """The ``--data-dir`` the command line gives (before the parser is built: its help is worded in the user's language)."""
    for index, word in enumerate(argv):
        if word == "--data-dir" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--data-dir="):
            return word.split("=", 1)[1]
        if not word.startswith("-"):
            break  # the sub-command: its own options follow
    return None


def _choose_language(paths: DataPaths) -> None:
    """The language every message of this run is in: COACH_LANG, else the diary's
    ``language`` setting (read without opening the diary), else the system's."""
    import os

    from coach.core.i18n import start_up_language, use_language
    from coach.core.settings import peek_language

    use_language(start_up_language(peek_language(paths.diary), os.environ))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    plain, data_dir = _data_dir_only(argv)
    if plain:
        from coach.commands.play import open_app

        return open_app(DataPaths(resolve_data_dir(data_dir)), routine_id=None)
    _choose_language(DataPaths(resolve_data_dir(_data_dir_in(argv))))  # before any help or message is worded
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    paths = DataPaths(resolve_data_dir(args.data_dir))
    if args.command is None:
        from coach.commands.play import open_app

        return open_app(paths, routine_id=None)

    from coach.commands.context import Context
    from coach.core.i18n import active_language

    context = Context(paths=paths, clock=SystemClock(), language=active_language())  # chosen above, before parsing
    try:
        code = args.run(args, context)
        context.stdout.flush()  # a full disk behind `> /dev/full` is said here, not at exit
        return code
    except CoachError as error:
        context.err(f"coach: {error}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `coach diary list | head`
        sys.stderr.close()
        return EXIT_OK
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
