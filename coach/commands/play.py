"""``coach play ROUTINE_ID`` and plain ``coach``: open the app (Qt is imported only here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.core.errors import InputError
from coach.core.paths import DataPaths

if TYPE_CHECKING:  # plain `coach` comes through here without building a parser
    import argparse


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("play", help="open the app straight into a routine")
    parser.add_argument("routine_id", metavar="ROUTINE_ID")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context) -> int:
    if context.catalog.get(args.routine_id) is None:
        known = ", ".join(context.catalog.routines) or "none"
        raise InputError(f"no routine with id '{args.routine_id}' (known: {known})")
    return open_app(context.paths, args.routine_id)


def open_app(paths: DataPaths, routine_id: str | None) -> int:
    # The Qt-free modules the window needs are imported before Qt itself: once
    # PySide6 is loaded, it reads the source of every module imported after it
    # (inspect.getsource, to see whether the module uses its __feature__
    # switches), about 2 ms of start-up for these.
    import coach.core.advice
    import coach.core.catalog
    import coach.core.diary
    import coach.core.plan
    import coach.core.settings  # noqa: F401
    from coach.ui.app import run_app

    return run_app(paths, routine_id)
