"""``coach open FILE``: a routine file someone sent, shown in the app and offered for your
routines (after the checks of ``routines check``). What a double click on a
``*.routine.yaml`` file runs, once ``coach install-desktop`` has registered the type."""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.commands.context import Context
from coach.core.errors import InputError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("open", help="show a routine file in the app and offer to add it to your routines")
    parser.add_argument("file", metavar="FILE", type=Path, nargs="?",
                        help="a routine file (*.routine.yaml, or a .zip with pictures); without one the app opens")  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from coach.commands.play import open_app

    if args.file is None:  # the launcher's "open %f" with no file: the app as from the menu
        return open_app(context.paths, None)
    path = args.file.expanduser()
    try:
        regular = path.is_file()
    except OSError:
        regular = False
    if not regular:
        raise InputError(f"{path} is not a file")
    return open_app(context.paths, None, routine_file=path.resolve())
