"""``coach play ROUTINE_ID`` and plain ``coach``: open the app (Qt is imported only here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.paths import DataPaths

if TYPE_CHECKING:  # plain `coach` comes through here without building a parser
    import argparse
    from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("play", help=_("open the app straight into a routine"))
    parser.add_argument("routine_id", metavar="ROUTINE_ID")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context) -> int:
    context.say_broken_routines()
    if context.catalog.get(args.routine_id) is None:
        known = ", ".join(context.catalog.routines) or "none"
        raise InputError(_("no routine with id '{routine_id}' (known: {known})").format(routine_id=args.routine_id, known=known))
    return open_app(context.paths, args.routine_id)


def open_app(paths: DataPaths, routine_id: str | None, routine_file: Path | None = None) -> int:
    # No cyclic garbage collection until the window is usable: start-up builds a few hundred
    # thousand objects (modules, Qt's wrappers, the routines, the advice) and none of them is
    # garbage; the collector walked them again and again (10-20% of start-up). The app turns
    # it back on once usable, with what start-up built frozen out of it (run_app).
    import gc

    gc.disable()
    # The Qt-free modules the window needs are imported before Qt itself: once
    # PySide6 is loaded, it reads the source of every module imported after it
    # (inspect.getsource, to see whether the module uses its __feature__
    # switches), about 2 ms of start-up for these.
    import coach.core.advice.advice
    import coach.core.diary.diary
    import coach.core.routines.catalog
    import coach.core.session.plan
    import coach.core.settings
    import coach.ui.shell.platform_check  # noqa: F401

    try:
        from coach.ui.app import run_app
    except ImportError as error:  # Qt's own libraries: libEGL, libfontconfig… missing on this system
        import sys

        from coach.core.start_up_words import choose_language
        from coach.ui.shell.platform_check import import_problem

        choose_language(paths.diary)  # plain `coach` has not chosen one yet
        if (reason := import_problem(error)) is None:
            raise
        print(reason, file=sys.stderr)
        return 1
    return run_app(paths, routine_id, routine_file=routine_file)
