"""`coach diary`: log pain, runs and sessions, list, export and import.

Values are parsed here (not by argparse types) so that a bad value is invalid
input, exit 1 with one line on stderr, while a missing or unknown option is a
usage error, exit 2. Everything is checked before the diary is opened, so a
refused command writes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from coach.commands.context import Context
from coach.core.diary import fields, text_input, validate
from coach.core.diary.draft import LOGGED_STATUSES, PainDraft, RunDraft, SessionDraft
from coach.core.diary.records import format_distance
from coach.core.errors import InputError
from coach.core.i18n import SOURCE_LANGUAGE, _, active_language, pgettext
from coach.core.locale_format import decimal_sign, number, numeric_date
from coach.core.vocabulary import (
    CHARACTER_LABELS,
    FLAG_LABELS,
    LOCATION_WORDS,
    MOMENT_LABELS,
    SessionStatus,
    WordLabels,
)

LIST_LIMIT = 30


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("diary", help=_("log pain, runs and sessions; list, export, import"))
    actions = parser.add_subparsers(dest="diary_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=_("log an entry")).add_subparsers(dest="kind", metavar="KIND", required=True)

    pain = add.add_parser("pain", help=_("a knee pain rating (0-10 per knee)"))
    for flag, keywords in fields.options("pain"):  # each field's option, as the record declares it
        pain.add_argument(flag, **keywords)
    pain.set_defaults(run=add_pain)

    run = add.add_parser("run", help=_("a run"))
    distance = run.add_mutually_exclusive_group(required=True)
    distance.add_argument("--km", metavar="X", help=_("distance in kilometres"))
    distance.add_argument("--mi", metavar="X", help=_("distance in miles (stored in km)"))
    for flag, keywords in fields.options("runs", skip=("distance_km",)):  # --km or --mi, above
        run.add_argument(flag, **keywords)
    run.set_defaults(run=add_run)

    session = add.add_parser("session", help=_("a routine done without the player"))
    session.add_argument("--routine", required=True, metavar="ID", help=_("see `coach routines list`"))
    session.add_argument("--status", required=True, metavar="|".join(LOGGED_STATUSES))
    session.add_argument("--at", metavar="ISO-DATETIME", help=_("when it started (default: now)"))
    for flag, keywords in fields.options("sessions"):
        session.add_argument(flag, **keywords)
    session.set_defaults(run=add_session)

    listing = actions.add_parser("list", help=_("the latest entries, newest first"))
    listing.add_argument("--json", action="store_true", help=_("everything, as `export --format json`"))
    listing.set_defaults(run=list_entries)

    export = actions.add_parser("export", help=_("everything, as JSON (default) or CSV"))
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", metavar="FILE", help=_("write to FILE (default: standard output)"))
    export.set_defaults(run=export_diary)

    importing = actions.add_parser("import", help=_("add the entries of an export; all or nothing"))
    importing.add_argument("file", metavar="FILE")
    importing.set_defaults(run=import_diary)

    restore = actions.add_parser(
        "restore", help=_("replace the diary with a backup: lists what would be lost, needs --yes (the current one is kept)")
    )
    restore.add_argument("backup", metavar="BACKUP", nargs="?",
                         help=_("a file name in backups/, or a path (default: the newest daily backup)"))  # fmt: skip
    restore.add_argument("--yes", action="store_true", help=_("restore after listing what would be lost, without asking"))
    restore.set_defaults(run=restore_diary)

    undo = actions.add_parser("undo-import", help=_("remove every run an import of run files added (see `coach import list`)"))
    undo.add_argument("import_id", metavar="ID")
    undo.set_defaults(run=undo_import)


def undo_import(args: argparse.Namespace, context: Context) -> int:
    from coach.commands.import_runs import undo

    return undo(args.import_id, context)


def _at(args: argparse.Namespace, context: Context) -> datetime:
    now = context.clock.now()
    at = now if args.at is None else text_input.parse_datetime(args.at, "at")
    validate.check_when(at, now, "at")
    return at


def _when(at: datetime) -> str:
    """``2026-12-03 14:14`` / ``03.12.2026 14:14``: a time for people, in the language's date format."""
    return f"{numeric_date(at.date())} {at:%H:%M}"


def _moment(code: str) -> str:
    """The moment as typed (``after-run``, the option's own word) in English, its label in another language."""
    return code if active_language() == SOURCE_LANGUAGE else MOMENT_LABELS.get(code, code)


def _ratings(args: argparse.Namespace, plural: str) -> dict[str, str | None]:
    """The declared ratings (``--effort``) as typed, by field key."""
    return {asked.key: getattr(args, asked.dest) for asked in fields.asked(plural) if asked.flag}


def add_pain(args: argparse.Namespace, context: Context) -> int:
    entry = PainDraft(_at(args, context), args.moment, args.left, args.right, args.location, args.character,
                      args.flag, args.note).checked(context.clock.now())
    context.diary.add_pain(entry)  # opened only once the entry is good: a refusal writes nothing
    sides = ", ".join(f"{v}/10 ({side})" for side, v in ((_("left"), entry.left), (_("right"), entry.right)) if v is not None)
    context.out(_("Logged pain {sides} {moment}, {when}").format(
        sides=sides, moment=_moment(entry.moment), when=_when(entry.at)))
    return 0


def _known_shoes(name: str, context: Context) -> str | None:
    """The pair the user named, spelled as stored; a new pair is made on purpose (in Shoes…), never by a typo."""
    if not name:
        return None
    pairs = [shoe.name for shoe in context.diary.shoes(include_runs=False) if not shoe.retired]
    for pair in pairs:
        if pair.casefold() == name.casefold():
            return pair
    known = ", ".join(repr(pair) for pair in pairs) if pairs else _("none yet")
    raise InputError(_("no pair of shoes is called {name!r} (your pairs: {known}); add a new pair in the app's Shoes "
                       "window first").format(name=name, known=known), "shoes")  # fmt: skip


def add_run(args: argparse.Namespace, context: Context) -> int:
    unit, text = ("mi", args.mi) if args.mi is not None else ("km", args.km)
    shoes = None if args.shoes is None else _known_shoes(args.shoes.strip(), context)
    draft = RunDraft(_at(args, context), text, args.minutes or "", shoes or None, _ratings(args, "runs"), unit)
    run = draft.checked(context.clock.now())
    context.diary.add_run(run)
    shown = f"{text.strip()} mi ({number(run.distance_km, 2)} km)" if unit == "mi" else f"{run.distance_km:g} km".replace(
        ".", decimal_sign())
    details = (_(" in {minutes} min").format(minutes=f"{run.minutes:g}".replace(".", decimal_sign()))
               if run.minutes is not None else "") + (f" ({run.shoes})" if run.shoes else "")
    details += fields.said(run)
    context.out(_("Logged run {shown}{details}, {when}").format(shown=shown, details=details, when=_when(run.at)))
    return 0


def add_session(args: argparse.Namespace, context: Context) -> int:
    validate.check_choices(("-".join(args.status.strip().lower().split()),), LOGGED_STATUSES, "status")
    started = _at(args, context)
    routine = context.catalog.get(args.routine)
    if routine is None:
        raise InputError(_("unknown routine {routine!r}; see `coach routines list`").format(routine=args.routine), "routine")
    record = SessionDraft(started, routine, args.status, _ratings(args, "sessions")).checked(context.clock.now())
    context.diary.add_session(record)  # opened only once the record is good
    context.out(_("Logged session {title} ({status}), {when}").format(
                  title=routine.title, status=record.status, when=_when(started)))
    return 0


def _word(labels: Mapping[str, str], code: str) -> str:
    """A stored word as ``diary list`` shows it: the code itself in English (the word the
    options take), its label in another language."""
    return code if active_language() == SOURCE_LANGUAGE else labels.get(code, code)


def _words(labels: Mapping[str, str], codes: tuple[str, ...]) -> str:
    return ", ".join(_word(labels, code) for code in codes)


def _rows(diary, units: str) -> list[tuple[datetime, str, str]]:
    miles = units == "mi"
    kinds = {"pain": pgettext("entry kind", "pain"), "run": pgettext("entry kind", "run"),
             "session": pgettext("entry kind", "session")}  # fmt: skip
    rows = []
    for p in diary.pain_entries():
        sides = "  ".join(f"{s[0].upper()} {v}" for s, v in (("left", p.left), ("right", p.right)) if v is not None)
        extra = [_words(LOCATION_WORDS, p.locations), _words(CHARACTER_LABELS, p.characters)]
        extra += [f"[{_words(FLAG_LABELS, p.flags)}]" if p.flags else "", repr(p.note[:40]) if p.note else ""]
        rows.append((p.at, 2, p.id, kinds["pain"], "  ".join(x for x in [sides, _moment(p.moment), *extra] if x)))
    for r in diary.runs():
        distance = format_distance(r.distance_km, "mi" if miles else "km", digits=2)
        minutes = "" if r.minutes is None else _("{minutes} min").format(minutes=f"{r.minutes:g}".replace(".", decimal_sign()))
        rows.append((r.at, 1, r.id, kinds["run"], "  ".join(x for x in [distance, minutes, r.shoes or ""] if x)))
    for s in diary.sessions():
        steps = _("{done}/{total} steps").format(done=s.steps_done, total=s.steps_total) if s.steps_total else ""
        status = _word(WordLabels(SessionStatus), s.status)
        rows.append((s.started, 0, s.id, kinds["session"], "  ".join(x for x in [s.routine_id, status, steps] if x)))
    # Newest first; within one minute, in the order a day goes (routine, run, pain
    # after it), then in the order logged.
    rows.sort(key=lambda row: (row[0], row[1], row[2] or 0), reverse=True)
    return [(at, kind, details) for at, _, _, kind, details in rows]


def list_entries(args: argparse.Namespace, context: Context) -> int:
    from coach.core.diary.transfer import export_json

    diary = context.diary
    if args.json:
        context.stdout.write(export_json(diary))
        return 0
    rows = _rows(diary, context.settings.get("units"))
    if not rows:
        context.out(_("The diary is empty. Log something with `coach diary add pain|run|session`."))
        return 0
    headings = _("When"), _("Type"), _("Details")
    context.out(f"{headings[0]:<16}  {headings[1]:<7}  {headings[2]}")
    for at, kind, details in rows[:LIST_LIMIT]:
        context.out(f"{_when(at):<16}  {kind:<7}  {details}")
    if len(rows) > LIST_LIMIT:
        context.out(_("... {rows_count} older entries; `coach diary export` shows everything").format(
                      rows_count=len(rows) - LIST_LIMIT))
    return 0


def export_diary(args: argparse.Namespace, context: Context) -> int:
    from coach.core.diary.transfer import export_csv, export_json, write_atomically
    from coach.core.safe_write import write_problem

    text = (export_csv if args.format == "csv" else export_json)(context.diary)
    if args.output is None:
        context.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    try:
        write_atomically(target, text)
    except OSError as error:
        raise InputError(_("cannot write {target}: {write_problem}").format(
                           target=target, write_problem=write_problem(error)), "output") from error
    context.out(_("Exported the diary to {target}").format(target=target))
    return 0


def import_diary(args: argparse.Namespace, context: Context) -> int:
    from coach.core.diary.transfer import ImportSummary, read_records

    # Read and check the whole file before opening the diary: a bad file writes nothing.
    records = read_records(Path(args.file).expanduser(), context.clock.now())
    added, skipped = context.diary.add_many(records, skip_existing=True)
    context.out(str(ImportSummary(dict(added), skipped)))
    return 0


def restore_diary(args: argparse.Namespace, context: Context) -> int:
    """Say what a restore would remove or change; with --yes, save the current diary in
    backups/ and put the backup back."""
    from coach.core.diary.restore import CONFIRM_HINT, plan_restore, resolve_backup, restore_backup

    diary = context.diary
    source = resolve_backup(args.backup, context.paths.backups) if args.backup else diary.newest_backup()
    if source is None:
        raise InputError(_("there is no backup in {backups}").format(backups=context.paths.backups), "backup")
    plan = plan_restore(diary, source)
    if not args.yes:
        for line in plan.lines():
            context.out(line)
        raise InputError(_(CONFIRM_HINT), "yes")
    saved = restore_backup(diary, source)
    for line in plan.lines(done=True):
        context.out(line)
    context.out(_("Restored the diary from {source}; what it replaced is kept in {saved}.").format(source=source, saved=saved))
    return 0
