"""`coach import runs PATH...`: runs from FIT, GPX and TCX files, folders and a Strava export.

The preview is printed first (file, date, km, time, pace, status); with
``--dry-run`` that is all. Otherwise the new runs go in as one import, which
``coach diary undo-import ID`` removes again. Gear that is not yet a pair of
shoes is only named, unless ``--add-shoes`` says to create those pairs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.commands.context import Context
from coach.core.errors import InputError
from coach.core.i18n import _, ngettext


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help=_("runs from your watch or phone: FIT, GPX, TCX, a Strava export"))
    what = parser.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    runs = what.add_parser("runs", help=_("files, folders (recursive) or a Strava bulk-export zip"))
    runs.add_argument("paths", metavar="PATH", nargs="+")
    runs.add_argument("--dry-run", action="store_true", help=_("show what would be imported; write nothing"))
    runs.add_argument("--add-shoes", action="store_true", help=_("create a pair of shoes for each unknown gear name"))
    runs.add_argument("--shoes", metavar="NAME", help=_("the pair for runs whose file names no gear"))
    runs.set_defaults(run=import_runs)
    listing = what.add_parser("list", help=_("past imports, with their ids (for `coach diary undo-import ID`)"))
    listing.set_defaults(run=list_imports)


def _line(row) -> str:  # type: ignore[no-untyped-def]
    date = f"{row.at:%Y-%m-%d %H:%M}" if row.at else "-"
    km = f"{row.km:.2f} km" if row.km is not None else "-"
    minutes = f"{int(row.minutes // 60)}:{int(row.minutes % 60):02d}:{int(row.minutes * 60 % 60):02d}" if row.minutes else "-"
    from coach.core.runs.preview import STATUS_WORDS

    said = STATUS_WORDS.get(row.status, row.status)
    status = f"{said}: {row.why}" if row.why else said
    return f"{row.source}  {date}  {km}  {minutes}  {row.pace or '-'}  {status}"


def import_runs(args: argparse.Namespace, context: Context) -> int:
    from coach.core.diary import run_imports
    from coach.core.runs import importer
    from coach.core.runs.preview import build_preview, summary

    paths = [Path(p).expanduser() for p in args.paths]
    diary = context.diary
    rows = build_preview(paths, importer.logged(diary), context.clock.now())
    for row in rows:
        context.out(_line(row))
    shoes = run_imports.shoe_names(diary)
    if args.shoes and args.shoes.casefold() not in {s.casefold() for s in shoes}:
        raise InputError(_("there are no shoes named {shoes!r} (known: {items})").format(
                           shoes=args.shoes, items=', '.join(shoes) or _('none')), "shoes")
    unknown = importer.unknown_gear(rows, shoes)
    if unknown and not args.add_shoes:
        context.out(_("Gear not among your shoes: {items} (--add-shoes makes each a new pair; otherwise the runs keep "
                      "the gear name only)").format(items=', '.join(unknown)))  # fmt: skip
    context.out(summary(rows))
    if args.dry_run:
        context.out(_("Dry run: nothing was written."))
        return 0
    import_id, count = importer.import_rows(diary, rows, unknown if args.add_shoes else (), args.shoes)
    if not count:
        context.out(_("Nothing new to import."))
        return 0
    context.out(ngettext("Imported {count} run as import {import_id}; undo with `coach diary undo-import {import_id}`.",
                         "Imported {count} runs as import {import_id}; undo with `coach diary undo-import {import_id}`.",
                         count).format(count=count, import_id=import_id))
    return 0


def list_imports(args: argparse.Namespace, context: Context) -> int:
    from coach.core.diary import run_imports

    for record in run_imports.imports(context.diary):
        runs = ngettext("{count} run", "{count} runs", record.runs).format(count=record.runs)
        if record.undone:
            runs = _("{runs}, undone {at:%Y-%m-%d %H:%M}").format(runs=runs, at=record.undone)
        context.out(f"{record.id}  {record.at:%Y-%m-%d %H:%M}  {runs}  {record.sources[:80]}")
    return 0


def undo(text: str, context: Context) -> int:
    from coach.core.diary import run_imports

    try:
        import_id = int(text)
    except ValueError:
        raise InputError(_("an import id is a number (see `coach import list`), not {text!r}").format(
                           text=text), "import_id") from None
    count = run_imports.undo_import(context.diary, import_id)
    context.out(ngettext("Undid import {import_id}: removed {count} run.", "Undid import {import_id}: removed {count} runs.",
                         count).format(import_id=import_id, count=count))
    return 0
