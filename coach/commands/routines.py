"""``coach routines list | show ID | check FILE... | export ID -o FILE | import FILE [--replace | --keep-both]``"""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.core.errors import InputError, RoutineError
from coach.core.i18n import _, ngettext
from coach.core.paths import LIBRARY_FILE, assets_dir
from coach.core.session.plan import build_plan, format_duration
from coach.core.values import printable
from coach.core.vocabulary import FOCUS_IN_SENTENCE, SEGMENT_LABELS, STEP_SIDE_LABELS


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("routines", help=_("list, show or check routine files"))
    sub = parser.add_subparsers(dest="routines_command", metavar="ACTION", required=True)
    sub.add_parser("list", help=_("one line per routine: id, title, focus, duration")).set_defaults(run=list_routines)
    show = sub.add_parser("show", help=_("the expanded timeline of a routine"))
    show.add_argument("routine_id", metavar="ID")
    show.add_argument("--week", type=int, metavar="N", help=_("as programme week N (a routine with a progression)"))
    show.set_defaults(run=show_routine)
    check = sub.add_parser("check", help=_("validate routine files; exit 1 if any is invalid"))
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(run=check_files)
    export = sub.add_parser("export", help=_("write a routine to share: one .routine.yaml, or a .zip with your own pictures"))
    export.add_argument("routine_id", metavar="ID")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help=_("the file to write: ID.routine.yaml, or ID.routine.zip with pictures of your own"))  # fmt: skip
    export.set_defaults(run=export_routine)
    add = sub.add_parser("import", help=_("add a routine file (.routine.yaml or .zip) to your routines after checking it"))
    add.add_argument("file", metavar="FILE", type=Path)
    clash = add.add_mutually_exclusive_group()
    clash.add_argument("--replace", action="store_true", help=_("if a routine has its id, this one takes its place"))
    clash.add_argument("--keep-both", action="store_true", help=_("if a routine has its id, add this one as ID-2"))
    add.set_defaults(run=import_routine)


def list_routines(args: argparse.Namespace, context) -> int:
    catalog = context.catalog
    rows = [(r.id, r.title, FOCUS_IN_SENTENCE.get(r.focus, r.focus), format_duration(build_plan(r).total_s)) for r in catalog]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    for row in rows:
        context.out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
    context.say_broken_routines()
    return 0


def show_routine(args: argparse.Namespace, context) -> int:
    context.say_broken_routines()
    routine = context.catalog.get(args.routine_id)
    if routine is None:
        known = ", ".join(context.catalog.routines) or _("none")
        raise InputError(_("no routine with id '{routine_id}' (known: {known})").format(routine_id=args.routine_id, known=known))
    if args.week is not None:
        if not routine.progression:
            raise InputError(_("'{routine_id}' has no progression: --week needs a routine with one").format(
                routine_id=routine.id))
        routine = routine.for_week(args.week)
    plan = build_plan(routine)
    week = " · " + _("week {week} of {weeks}").format(week=routine.week, weeks=routine.weeks) if routine.week else ""
    context.out(f"{routine.title} ({routine.id}) · {FOCUS_IN_SENTENCE.get(routine.focus, routine.focus)} · {routine.when}{week}")
    if routine.caution:
        context.out(_("Caution: {caution}").format(caution=routine.caution))
    for seg in plan.segments:
        details: list[str] = [SEGMENT_LABELS.get(seg.kind, seg.kind)]
        if seg.side:
            details.append(STEP_SIDE_LABELS.get(seg.side, seg.side))
        if seg.sets > 1 and seg.kind == "rest":
            details.append(_("before set {set}/{sets}").format(set=seg.set_no, sets=seg.sets))
        elif seg.sets > 1 and seg.kind != "get-ready":
            details.append(_("set {set}/{sets}").format(set=seg.set_no, sets=seg.sets))
        if seg.pace is not None:
            details.append(_("{reps} reps @ {seconds}s").format(reps=seg.pace.reps, seconds=f"{seg.pace.rep_s:g}"))
        context.out(f"{format_duration(seg.start_s):>6}  {format_duration(seg.duration_s):>5}  {seg.name} — {', '.join(details)}")
    context.out(_("Total: {duration} in {segments} segments, {steps} steps").format(
                  duration=format_duration(plan.total_s), segments=len(plan.segments), steps=plan.steps_total))
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
            context.out(_("{file}: ok ({routine_id}, {duration})").format(
                file=printable(str(path)), routine_id=routine.id, duration=format_duration(build_plan(routine).total_s)))
    return 1 if bad else 0


def export_routine(args: argparse.Namespace, context) -> int:
    from coach.core.routines import sharing

    routine = context.catalog.get(args.routine_id)
    if routine is None:
        known = ", ".join(context.catalog.routines) or _("none")
        raise InputError(_("no routine with id '{routine_id}' (known: {known})").format(routine_id=args.routine_id, known=known))
    result = sharing.export_routine(routine, args.output.expanduser())
    target = printable(str(result.path))
    if result.pictures:
        context.out(ngettext("exported {routine_id} with {count} picture to {file}",
                             "exported {routine_id} with {count} pictures to {file}", len(result.pictures))
                    .format(routine_id=routine.id, count=len(result.pictures), file=target))
    else:
        context.out(_("exported {routine_id} to {file}").format(routine_id=routine.id, file=target))
    return 0


def import_routine(args: argparse.Namespace, context) -> int:
    from coach.core.routines import sharing

    on_clash = sharing.OnClash.REPLACE if args.replace else sharing.OnClash.KEEP_BOTH if args.keep_both else sharing.OnClash.ASK
    try:
        result = sharing.import_file(args.file.expanduser(), context.paths.routines, context.catalog, on_clash)
    except sharing.ImportRefused as error:
        for problem in error.problems:
            context.err(problem)
        return 1
    if result.outcome == "conflict":
        other = sharing.keep_both_id(result.routine_id, context.paths.routines, context.catalog)
        raise InputError(_("'{routine_id}' is already {clash}; nothing was added. Use --replace to put this "
                           "one in its place, or --keep-both to add it as '{other}'").format(
                             routine_id=result.routine_id, clash=result.clash, other=other))  # fmt: skip
    count = len(result.pictures)
    if not count:
        said = {"added": _("added {routine_id}: {file}"), "replaced": _("replaced {routine_id}: {file}"),
                "kept-both": _("added (keeping both) {routine_id}: {file}")}[result.outcome]
    else:
        said = {"added": ngettext("added {routine_id}: {file} and {count} picture",
                                  "added {routine_id}: {file} and {count} pictures", count),
                "replaced": ngettext("replaced {routine_id}: {file} and {count} picture",
                                     "replaced {routine_id}: {file} and {count} pictures", count),
                "kept-both": ngettext("added (keeping both) {routine_id}: {file} and {count} picture",
                                      "added (keeping both) {routine_id}: {file} and {count} pictures", count),
                }[result.outcome]
    context.out(said.format(routine_id=result.routine_id, file=printable(str(result.path)), count=count))
    for picture in result.removed:  # the replaced routine's own pictures the new one no longer uses
        context.out(_("removed its old picture {file}").format(file=printable(str(picture))))
    return 0


def _check_library(path: Path, context) -> int:
    """``routines check routines/exercises.yaml``: the library's problems, as a routine's are shown."""
    from coach.core.routines.library import load_library

    try:
        library = load_library(path, assets_dir())
    except RoutineError as error:
        context.err(str(error))
        return 1
    context.out(ngettext("{file}: ok (exercise library, {count} exercise)", "{file}: ok (exercise library, {count} exercises)",
                         len(library)).format(file=printable(str(path)), count=len(library)))
    return 0
