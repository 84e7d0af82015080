"""``coach plan show | set … | export -o FILE.ics``: the weekly schedule, the
next-run ceiling and the strength programme's week, from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path

from coach.core.errors import InputError
from coach.core.i18n import _
from coach.core.locale_format import medium_date, weekday
from coach.core.plan import ics
from coach.core.plan.programme import ACTION_WORDS, PROGRAMME_ROUTINE, SOURCES, load_history, programme_weeks
from coach.core.plan.schedule import load_schedule, parse_days, parse_time, save_schedule, say_days
from coach.core.plan.today import plan_today
from coach.core.routines.progression import week_changes

_CELL = {"done": "✓", "planned": "·", "missed": "✗", "rest": " "}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("plan", help=_("the week's plan, the next-run ceiling and the strength programme"))
    sub = parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    sub.add_parser("show", help=_("today's plan, this week, the programme and why it moved")).set_defaults(run=show)
    change = sub.add_parser("set", help=_("choose run days, strength days and reminder times"))
    change.add_argument("--run-days", metavar="DAYS", help=_("e.g. tue,thu,sat (empty: none)"))
    change.add_argument("--strength-days", metavar="DAYS", help=_("e.g. mon,thu — never two days in a row"))
    change.add_argument("--strength-time", metavar="HH:MM", help=_("strength-day reminder"))
    change.add_argument("--morning-time", metavar="HH:MM", help=_("knee check the morning after a run"))
    change.add_argument("--run-time", metavar="HH:MM", help=_("run-day reminder"))
    change.set_defaults(run=set_plan)
    export = sub.add_parser("export", help=_("write the next weeks as calendar events with alarms (.ics)"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    export.add_argument("--weeks", type=int, default=ics.WEEKS, help=_("how many weeks (default {weeks})").format(
                                                                       weeks=ics.WEEKS))
    export.set_defaults(run=export_plan)


def show(args: argparse.Namespace, context) -> int:
    routine = context.catalog.get(PROGRAMME_ROUTINE)
    weeks = programme_weeks(routine)
    today = plan_today(context.diary, context.clock.now(), weeks=weeks)
    for line in today.lines():
        context.out(line)
    context.out(_("Next run: {text} (Frandsen et al. 2025)").format(text=today.ceiling.text(today.units)))
    state = today.decision.state
    line = _("Strength programme: week {week} of {weeks}, paused — {reason}") if state.paused else _(
        "Strength programme: week {week} of {weeks} — {reason}")
    context.out(line.format(week=state.week, weeks=weeks, reason=today.decision.reason))
    if routine is not None:
        for line in _this_week(routine, state.week):
            context.out(line)
    context.out(_("This week: {days}").format(days="  ".join(f"{weekday(c.day)} {_CELL[c.state]}" for c in today.cells)))
    schedule = today.schedule
    context.out(_("Run days: {run_days} at {run_time:%H:%M}; strength days: {strength_days} at {strength_time:%H:%M}; "
                  "morning check at {morning_time:%H:%M}").format(
                  run_days=say_days(schedule.run_days), run_time=schedule.run_time,
                  strength_days=say_days(schedule.strength_days),
                  strength_time=schedule.strength_time, morning_time=schedule.morning_time))
    history = load_history(context.diary)
    if history:
        context.out("")
        context.out(_("Programme changes:"))
        for change in history[-10:]:
            context.out(_("- {day}: {action}, week {first} → {last}: {reason} ({source})").format(
                day=medium_date(change.on), action=ACTION_WORDS.get(change.action, change.action),
                first=change.from_week, last=change.to_week,
                reason=change.reason, source=SOURCES.get(change.action, "")))
    return 0


def _this_week(routine, week: int) -> list[str]:
    """What the programme week asks, against the week before: "Squats: 12 reps (was 10)"."""
    if not routine.progression:
        return []
    if week <= 1:
        return [_("Week 1: the routine as written, the starting load")]
    planned = next((w for w in routine.progression if w.week == min(week, routine.weeks)), None)
    changes = week_changes(routine, week)
    head = _("Week {week} changes").format(week=week) + (f" ({planned.note})" if planned is not None and planned.note else "")
    if not changes:
        return [_("Week {week}: the same as week {before}").format(week=week, before=week - 1)]
    return [f"{head}:"] + [f"- {line}" for line in changes]


def set_plan(args: argparse.Namespace, context) -> int:
    schedule = load_schedule(context.diary)
    if args.run_days is not None:  # a bad day or time is a CoachError: exit 1 with its sentence
        schedule = replace(schedule, run_days=parse_days(args.run_days))
    if args.strength_days is not None:
        schedule = replace(schedule, strength_days=parse_days(args.strength_days))
    if args.strength_time is not None:
        schedule = replace(schedule, strength_time=parse_time(args.strength_time))
    if args.morning_time is not None:
        schedule = replace(schedule, morning_time=parse_time(args.morning_time))
    if args.run_time is not None:
        schedule = replace(schedule, run_time=parse_time(args.run_time))
    save_schedule(context.diary, schedule)
    context.out(_("Run days: {run_days}; strength days: {strength_days}").format(
                  run_days=say_days(schedule.run_days), strength_days=say_days(schedule.strength_days)))
    return 0


def export_plan(args: argparse.Namespace, context) -> int:
    from coach.core.safe_write import write_atomically, write_problem, write_target

    path: Path = args.output
    if path.suffix.lower() != ".ics":
        raise InputError(_("{path} does not end in .ics; name it e.g. {name}").format(
                           path=path, name=path.with_suffix('.ics').name), "output")
    if not 1 <= args.weeks <= 52:
        raise InputError(_("--weeks must be from 1 to 52, not {weeks}").format(weeks=args.weeks), "weeks")
    path = write_target(path)
    now = context.clock.now()
    schedule = load_schedule(context.diary)
    events = ics.plan_events(schedule, now.date(), args.weeks)
    events = [e for e in events if e.start >= now - timedelta(minutes=1)]
    text = ics.to_ics(events, now.astimezone(UTC).replace(tzinfo=None))
    try:
        write_atomically(path, text)
    except OSError as error:
        raise InputError(_("cannot write {path}: {write_problem}").format(
                           path=path, write_problem=write_problem(error)), "output") from None
    context.out(_("Wrote {events_count} events for the next {weeks} weeks to {path}").format(
                  events_count=len(events), weeks=args.weeks, path=path))
    return 0
