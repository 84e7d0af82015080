"""The checks behind the ADVICE.md rules: one small pure function each.

A check takes a ``DiaryView`` (``view.py``) and today's date and returns the
text of what it found: a string, a list of strings when one rule finds several
things (two flags, two knees), or None. The table in ``advice.py`` gives each
check its rule id, headline and source and wraps the text into ``Reason``s.

Reading of ADVICE.md, where it leaves room:

* A day is ``entry.at.date()``; "the last N days" is today and the N-1 days
  before, so "the last 2 days" is today and yesterday. Anything dated after
  today has already been dropped by ``DiaryView``.
* NRS statistics (means, medians, "every entry <= 2") use *rated* entries only:
  an entry with neither knee rated carries flags or a note but no pain number.
  Flags count from any entry.
* Means are exact fractions and distances are compared in whole metres, so
  "at least 1 point", "more than 10%" and "more than 30%" have no rounding
  surprises: exactly 10% or 30% does not fire, exactly 1 point does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction

from coach.core.advice.view import DiaryView
from coach.core.advice.view import is_rated as is_rated  # the rules' own word, kept importable here
from coach.core.diary.records import PainEntry, Run, format_distance
from coach.core.i18n import _
from coach.core.locale_format import number, short_day
from coach.core.vocabulary import FLAG_LABELS, SIDES, Location, Moment, SessionStatus, Side

# The moments that load the knee, and those of a run: advice sentences name them by Moment.phrase.
LOAD_MOMENTS = (Moment.DURING_RUN, Moment.AFTER_RUN, Moment.DURING_ROUTINE)
RUN_MOMENTS = (Moment.DURING_RUN, Moment.AFTER_RUN)


def last_days(today: date, n: int) -> tuple[date, date]:
    """The window "the last n days": today and the n-1 days before."""
    return today - timedelta(days=n - 1), today


def mean_worst(entries: Sequence[PainEntry]) -> Fraction:
    """Exact mean of worst NRS, so "at least 1 point" has no rounding surprises."""
    return Fraction(sum(e.worst for e in entries), len(entries))


def metres(run: Run) -> int:
    return round(run.distance_km * 1000)


# --- wording -----------------------------------------------------------------


def say_day(day: date, today: date) -> str:
    """"today", "yesterday" or "Mon 16 Nov" in the active language ("heute", "Mo., 16. Nov.")."""
    if day == today:
        return _("today")
    if day == today - timedelta(days=1):
        return _("yesterday")
    return short_day(day)


def say_nrs(value: Fraction | float | int) -> str:
    value = float(value)
    return f"{number(value, 0 if value == int(value) else 1)}/10"


def _knee_words(entry: PainEntry) -> str:
    left, right = entry.left or 0, entry.right or 0
    if left == right:
        return _("both knees") if entry.left is not None and entry.right is not None else _("your knee")
    return _("your left knee") if left > right else _("your right knee")


def _your_knee(side: str) -> str:
    """"Your left knee": a sentence's subject, whole, so a language can inflect it."""
    return _("Your left knee") if side == Side.LEFT else _("Your right knee")


# --- the rules ---------------------------------------------------------------

def red_flag(view: DiaryView, today: date) -> list[str]:
    """One reason per flag logged in the last 7 days, naming its latest day."""
    latest: dict[str, date] = {}
    for entry in view.pain_in(*last_days(today, 7)):
        for flag in entry.flags:
            latest[flag] = entry.at.date()
    texts = []
    for flag, day in latest.items():
        known = FLAG_LABELS.word(flag) if flag in FLAG_LABELS else None  # a newer version's flag: its code
        words = known.logged if known else flag.replace("-", " ").capitalize()
        why = known.why if known else _("Flags like this are not ordinary training soreness")
        texts.append(_("{flag} logged {day}. {why}: have a clinician look at it before you run on it.").format(
            flag=words, day=say_day(day, today), why=why))
    return texts


def pain_behind_knee(view: DiaryView, today: date) -> str | None:
    hits = [e for e in view.rated_in(*last_days(today, 7)) if Location.BACK in e.locations and e.worst >= 3]
    if not hits:
        return None
    entry = max(hits, key=lambda e: (e.worst, e.at))
    return _(
        "Pain of {nrs} behind the knee logged {day}. "
        "Pain at the back of the knee has several possible causes that only an examination can tell "
        "apart, so have it checked rather than run through it."
    ).format(nrs=say_nrs(entry.worst), day=say_day(entry.at.date(), today))


def persisting_pain(view: DiaryView, today: date) -> list[str]:
    """Same knee ≥ 3 (its highest rating of the day) on 3 calendar days in a row,
    the last of them today or yesterday; one reason per knee."""
    texts = []
    for side in SIDES:
        daily: dict[date, int] = {}
        for entry in view.pain_in(today - timedelta(days=3), today):
            value = getattr(entry, side)
            if value is not None:
                day = entry.at.date()
                daily[day] = max(daily.get(day, value), value)
        for end in (today, today - timedelta(days=1)):
            days = [end - timedelta(days=k) for k in (2, 1, 0)]
            if all(daily.get(d, -1) >= 3 for d in days):
                texts.append(_(
                    "{knee} has rated 3/10 or more on 3 days in a row "
                    "({first} to {last}). Pain that does not "
                    "settle within 2-3 days needs a clinician to find out why."
                ).format(knee=_your_knee(side), first=say_day(days[0], today), last=say_day(days[-1], today)))
                break
    return texts


def not_improving(view: DiaryView, today: date) -> str | None:
    """Six weeks of entries (first rated entry at least 42 days before today),
    and the mean worst NRS of days 0..13 before today is ≥ 3 and not at least
    1 point below the mean of days 28..41 before today ("the 14 days four weeks
    earlier"). Both windows need at least one rated entry to compare."""
    first = view.first_rated_day()
    if first is None or (today - first).days < 42:
        return None
    recent = view.rated_in(today - timedelta(days=13), today)
    earlier = view.rated_in(today - timedelta(days=41), today - timedelta(days=28))
    if not recent or not earlier:
        return None
    now, then = mean_worst(recent), mean_worst(earlier)
    if now < 3 or then - now >= 1:
        return None
    weeks = (today - first).days // 7
    return _(
        "After {weeks} weeks of entries your average pain over the last 14 days is {now}, "
        "against {then} four weeks earlier. That is less than the 1-point drop that "
        "marks real improvement: weeks of pain that is not getting better need a clinician's look."
    ).format(weeks=weeks, now=say_nrs(now), then=say_nrs(then))


def pain_over_5(view: DiaryView, today: date) -> str | None:
    """Today or yesterday: a during-run, after-run or during-routine rating
    above 5, or a routine stopped for knee pain."""
    window = last_days(today, 2)
    found = []
    high = [e for e in view.rated_in(*window) if e.moment in LOAD_MOMENTS and e.worst > 5]
    if high:
        entry = high[-1]
        found.append(_("Pain reached {nrs} {moment} {day}, above the 5/10 that training can allow").format(
            nrs=say_nrs(entry.worst), moment=Moment(entry.moment).phrase, day=say_day(entry.at.date(), today)))
    stopped = [s for s in view.sessions_in(*window) if s.status == SessionStatus.STOPPED_FOR_PAIN]
    if stopped:
        found.append(_("You stopped a routine for knee pain {day}").format(day=say_day(stopped[-1].started.date(), today)))
    if not found:
        return None
    return _("{findings}. Rest 1-2 days, run again once it is pain-free, and cross-train (bike, swim) meanwhile.").format(
        findings="; ".join(found))


def morning_worse(view: DiaryView, today: date) -> list[str]:
    """The latest next-morning entry, if dated today or yesterday, above that
    knee's baseline: the median next-morning rating of that knee on the 14
    calendar days before the entry's day (0 when there is none)."""
    mornings = [e for e in view.rated if e.moment == Moment.NEXT_MORNING]
    if not mornings or mornings[-1].at.date() < today - timedelta(days=1):
        return []
    latest = mornings[-1]
    day = latest.at.date()
    texts = []
    for side in SIDES:
        value = getattr(latest, side)
        if value is None:
            continue
        history = [
            getattr(e, side)
            for e in mornings
            if day - timedelta(days=14) <= e.at.date() < day and getattr(e, side) is not None
        ]
        baseline = _median(history) if history else 0
        if value > baseline and not history:  # nothing to call "usual": say so rather than claim a 0/10
            texts.append(_(
                "{knee} the morning after ({day}) rated {nrs}, with no morning ratings in the two weeks "
                "before to compare with. Pain should have settled by the next morning: make the next run "
                "or routine lighter."
            ).format(knee=_your_knee(side), day=say_day(day, today), nrs=say_nrs(value)))
        elif value > baseline:
            texts.append(_(
                "{knee} the morning after ({day}) rated {nrs}, "
                "above its usual {usual} over the two weeks before. Pain should have "
                "settled by the next morning: make the next run or routine lighter."
            ).format(knee=_your_knee(side), day=say_day(day, today), nrs=say_nrs(value), usual=say_nrs(baseline)))
    return texts


def week_worse(view: DiaryView, today: date) -> str | None:
    this_week = view.rated_in(*last_days(today, 7))
    week_before = view.rated_in(today - timedelta(days=13), today - timedelta(days=7))
    if len(this_week) < 2 or len(week_before) < 2:
        return None
    now, then = mean_worst(this_week), mean_worst(week_before)
    if now - then < 1:
        return None
    return _(
        "Your average pain over the last 7 days is {now}, up from {then} the week "
        "before. Pain rising week on week means the knee is not keeping up: don't add load."
    ).format(now=say_nrs(now), then=say_nrs(then))


def pain_3_to_5(view: DiaryView, today: date) -> str | None:
    runs = [e for e in view.rated if e.moment in RUN_MOMENTS]
    if not runs or runs[-1].at.date() < today - timedelta(days=1):
        return None
    entry = runs[-1]
    if not 3 <= entry.worst <= 5:
        return None
    return _("Pain of {nrs} in {knee} {moment} {day}: acceptable, but not a day to add distance.").format(
        nrs=say_nrs(entry.worst), knee=_knee_words(entry), moment=Moment(entry.moment).phrase,
        day=say_day(entry.at.date(), today))


def long_run_spike(view: DiaryView, today: date) -> str | None:
    """A run in the last 7 days more than 10% longer than the longest run on the
    30 calendar days before its day (same-day runs are not "before"), given at
    least 3 runs in those 30 days. Names the latest such run."""
    spike = None
    for run in view.runs_in(*last_days(today, 7)):
        day = run.at.date()
        earlier = view.runs_in(day - timedelta(days=30), day - timedelta(days=1))
        if len(earlier) < 3:
            continue
        longest = max(earlier, key=metres)
        if metres(run) * 10 > metres(longest) * 11:
            spike = (run, longest)
    if spike is None:
        return None
    run, longest = spike
    values = {"distance": format_distance(run.distance_km, view.units), "day": say_day(run.at.date(), today),
              "longest": format_distance(longest.distance_km, view.units)}
    if metres(longest) > 0:
        return _(
            "Your {distance} run {day} was {percent} longer than your longest in the 30 days before it "
            "({longest}). Single runs more than 10% over your recent longest raise injury risk."
        ).format(percent=_percent_over(metres(run) / metres(longest), 10), **values)
    return _(
        "Your {distance} run {day} was longer than your longest in the 30 days before it "
        "({longest}). Single runs more than 10% over your recent longest raise injury risk."
    ).format(**values)


def _percent_over(ratio: float, threshold: int) -> str:
    """``1.43`` -> ``43%``; one decimal near the threshold, so 30.3% never reads as "30%"."""
    percent = (ratio - 1) * 100
    return _("{percent}%").format(percent=number(percent, 0 if round(percent) > threshold else 1))


def weekly_jump(view: DiaryView, today: date) -> str | None:
    """Distance of the last 7 days more than 30% above the mean of the three
    7-day blocks before it, each of which needs at least one run."""
    weeks = []
    for k in range(4):
        last = today - timedelta(days=7 * k)
        weeks.append(view.runs_in(last - timedelta(days=6), last))
    if not all(weeks[1:]):
        return None
    this_week = sum(metres(r) for r in weeks[0])
    before = sum(metres(r) for w in weeks[1:] for r in w)  # three weeks' total
    if this_week * 30 <= before * 13:  # this_week <= 1.3 * before / 3
        return None
    values = {"distance": format_distance(this_week / 1000, view.units), "average": format_distance(before / 3000, view.units)}
    if not before:
        return _("You ran {distance} in the last 7 days, more than your weekly average of {average} over the 3 weeks "
                 "before. Weekly increases above 30% raise injury risk.").format(**values)
    return _(
        "You ran {distance} in the last 7 days, {percent} more "
        "than your weekly average of {average} over the 3 weeks "
        "before. Weekly increases above 30% raise injury risk."
    ).format(percent=_percent_over(this_week * 3 / before, 30), **values)


def start(view: DiaryView, today: date) -> str | None:
    if view.anything_logged():
        return None
    return _("Log a run or a routine to get advice")


def no_recent_entries(view: DiaryView, today: date) -> str | None:
    if view.rated_in(*last_days(today, 7)):
        return None
    return _("No recent entries: no knee pain rated in the last 7 days. "
             "Log how your knees feel after your next run before adding load.")


def all_clear(view: DiaryView, today: date) -> str | None:
    recent = view.rated_in(*last_days(today, 7))
    if not recent or any(e.worst > 2 for e in recent):
        return None
    return _("Every pain rating in the last 7 days is 2/10 or lower: a small step up in distance (about 10%) is fine.")


def recent_pain(view: DiaryView, today: date) -> str | None:
    """Not in ADVICE.md: rated entries this week, some above 2, yet no rule
    fired (say a 4/10 "other" entry five days ago). Not all-clear, so hold."""
    recent = view.rated_in(*last_days(today, 7))
    if not recent:
        return None
    return _("Some pain ratings in the last 7 days are above 2/10: keep your distance steady until they settle.")


def _median(values: Sequence[int]) -> float | int:
    """``statistics.median`` without importing ``statistics`` (and ``random``, ``decimal``…) on every start."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
