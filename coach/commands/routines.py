"""``coach routines list | show ID | check FILE...``"""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.core.errors import InputError, RoutineError
from coach.core.paths import assets_dir
from coach.core.routines.catalog import LIBRARY_FILE
from coach.core.session.plan import build_plan, format_duration
from coach.core.values import printable


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("routines", help="list, show or check routine files")
    sub = parser.add_subparsers(dest="routines_command", metavar="ACTION", required=True)
    sub.add_parser("list", help="one line per routine: id, title, focus, duration").set_defaults(run=list_routines)
    show = sub.add_parser("show", help="the expanded timeline of a routine")
    show.add_argument("routine_id", metavar="ID")
    show.set_defaults(run=show_routine)
    check = sub.add_parser("check", help="validate routine files; exit 1 if any is invalid")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(run=check_files)


def list_routines(args: argparse.Namespace, context) -> int:
    catalog = context.catalog
    rows = [(r.id, r.title, r.focus, format_duration(build_plan(r).total_s)) for r in catalog]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    for row in rows:
        context.out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
    context.say_broken_routines()
    return 0


def show_routine(args: argparse.Namespace, context) -> int:
    context.say_broken_routines()
    routine = context.catalog.get(args.routine_id)
    if routine is None:
        known = ", ".join(context.catalog.routines) or "none"
        raise InputError(f"no routine with id '{args.routine_id}' (known: {known})")
    plan = build_plan(routine)
    context.out(f"{routine.title} ({routine.id}) · {routine.focus} · {routine.when}")
    if routine.caution:
        context.out(f"Caution: {routine.caution}")
    for seg in plan.segments:
        details: list[str] = [seg.kind]
        if seg.side:
            details.append(seg.side)
        if seg.sets > 1 and seg.kind == "rest":
            details.append(f"before set {seg.set_no}/{seg.sets}")
        elif seg.sets > 1 and seg.kind != "get-ready":
            details.append(f"set {seg.set_no}/{seg.sets}")
        if seg.pace is not None:
            details.append(f"{seg.pace.reps} reps @ {seg.pace.rep_s:g}s")
        context.out(f"{format_duration(seg.start_s):>6}  {format_duration(seg.duration_s):>5}  {seg.name} — {', '.join(details)}")
    context.out(f"Total: {format_duration(plan.total_s)} in {len(plan.segments)} segments, {plan.steps_total} steps")
    return 0


def check_files(args: argparse.Namespace, context) -> int:
    from coach.core.routines.file import load_routine  # yaml: only for the files named, never for `list`

    bad = 0
    for path in args.files:
        if path.name == LIBRARY_FILE:  # the exercise library, checked by its own loader
            bad += _check_library(path, context)
            continue
        try:
            routine = load_routine(path, assets_dir())
        except RoutineError as error:
            bad += 1
            context.err(str(error))
        else:
            context.out(f"{printable(str(path))}: ok ({routine.id}, {format_duration(build_plan(routine).total_s)})")
    return 1 if bad else 0


def _check_library(path: Path, context) -> int:
    """``routines check routines/exercises.yaml``: the library's problems, as a routine's are shown."""
    from coach.core.routines.library import load_library

    try:
        library = load_library(path, assets_dir())
    except RoutineError as error:
        context.err(str(error))
        return 1
    context.out(f"{printable(str(path))}: ok (exercise library, {len(library)} exercises)")
    return 0
