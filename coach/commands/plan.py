"""``coach plan show | set … | export -o FILE.ics``: the weekly schedule, the
next-run ceiling and the strength programme's week, from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path

from coach.core.errors import InputError
from coach.core.plan import ics
from coach.core.plan.programme import PROGRAMME_ROUTINE, SOURCES, load_history, programme_weeks
from coach.core.plan.schedule import load_schedule, parse_days, parse_time, save_schedule, say_days
from coach.core.plan.today import plan_today
from coach.core.routines.progression import week_changes

_CELL = {"done": "✓", "planned": "·", "missed": "✗", "rest": " "}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("plan", help="the week's plan, the next-run ceiling and the strength programme")
    sub = parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    sub.add_parser("show", help="today's plan, this week, the programme and why it moved").set_defaults(run=show)
    change = sub.add_parser("set", help="choose run days, strength days and reminder times")
    change.add_argument("--run-days", metavar="DAYS", help="e.g. tue,thu,sat (empty: none)")
    change.add_argument("--strength-days", metavar="DAYS", help="e.g. mon,thu — never two days in a row")
    change.add_argument("--strength-time", metavar="HH:MM", help="strength-day reminder")
    change.add_argument("--morning-time", metavar="HH:MM", help="knee check the morning after a run")
    change.add_argument("--run-time", metavar="HH:MM", help="run-day reminder")
    change.set_defaults(run=set_plan)
    export = sub.add_parser("export", help="write the next weeks as calendar events with alarms (.ics)")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    export.add_argument("--weeks", type=int, default=ics.WEEKS, help=f"how many weeks (default {ics.WEEKS})")
    export.set_defaults(run=export_plan)


def show(args: argparse.Namespace, context) -> int:
    routine = context.catalog.get(PROGRAMME_ROUTINE)
    weeks = programme_weeks(routine)
    today = plan_today(context.diary, context.clock.now(), weeks=weeks)
    for line in today.lines():
        context.out(line)
    context.out(f"Next run: {today.ceiling.text(today.units)} (Frandsen et al. 2025)")
    state = today.decision.state
    paused = ", paused" if state.paused else ""
    context.out(f"Strength programme: week {state.week} of {weeks}{paused} — {today.decision.reason}")
    if routine is not None:
        for line in _this_week(routine, state.week):
            context.out(line)
    context.out("This week: " + "  ".join(f"{c.day:%a} {_CELL[c.state]}" for c in today.cells))
    schedule = today.schedule
    context.out(f"Run days: {say_days(schedule.run_days)} at {schedule.run_time:%H:%M}; "
                f"strength days: {say_days(schedule.strength_days)} at {schedule.strength_time:%H:%M}; "
                f"morning check at {schedule.morning_time:%H:%M}")
    history = load_history(context.diary)
    if history:
        context.out("")
        context.out("Programme changes:")
        for change in history[-10:]:
            context.out(f"- {change.on:%a %d %b %Y}: {change.action}, week {change.from_week} → {change.to_week}: "
                        f"{change.reason} ({SOURCES.get(change.action, '')})")
    return 0


def _this_week(routine, week: int) -> list[str]:
    """What the programme week asks, against the week before: "Squats: 12 reps (was 10)"."""
    if not routine.progression:
        return []
    if week <= 1:
        return ["Week 1: the routine as written, the starting load"]
    planned = next((w for w in routine.progression if w.week == min(week, routine.weeks)), None)
    changes = week_changes(routine, week)
    head = f"Week {week} changes" + (f" ({planned.note})" if planned is not None and planned.note else "")
    if not changes:
        return [f"Week {week}: the same as week {week - 1}"]
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
    context.out(f"Run days: {say_days(schedule.run_days)}; strength days: {say_days(schedule.strength_days)}")
    return 0


def export_plan(args: argparse.Namespace, context) -> int:
    from coach.core.safe_write import write_atomically, write_problem, write_target

    path: Path = args.output
    if path.suffix.lower() != ".ics":
        raise InputError(f"{path} does not end in .ics; name it e.g. {path.with_suffix('.ics').name}", "output")
    if not 1 <= args.weeks <= 52:
        raise InputError(f"--weeks must be from 1 to 52, not {args.weeks}", "weeks")
    path = write_target(path)
    now = context.clock.now()
    schedule = load_schedule(context.diary)
    events = ics.plan_events(schedule, now.date(), args.weeks)
    events = [e for e in events if e.start >= now - timedelta(minutes=1)]
    text = ics.to_ics(events, now.astimezone(UTC).replace(tzinfo=None))
    try:
        write_atomically(path, text)
    except OSError as error:
        raise InputError(f"cannot write {path}: {write_problem(error)}", "output") from None
    context.out(f"Wrote {len(events)} events for the next {args.weeks} weeks to {path}")
    return 0
