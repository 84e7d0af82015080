"""`coach advice [--json]`: today's headline, its reasons with sources, and notes."""

from __future__ import annotations

import argparse

from coach.core.advice.advice import Advice, advice_from_diary, disclaimer
from coach.core.i18n import _, speaking


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "advice",
        help=_("today's headline and reasons"),
        description=_("Today's advice from the diary: progress, hold, back off or see a clinician, with every reason "
                      "that fired and its source."),
    )
    parser.add_argument("--json", action="store_true", help=_("print the advice as JSON"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context) -> int:
    from datetime import timedelta

    from coach.core.plan.ceiling import WINDOW_DAYS, next_run_ceiling

    diary = context.diary
    today = context.clock.now().date()
    units = context.settings.get("units")
    if args.json:  # the contract's texts are the English source, whatever the user's language
        with speaking("en"):
            advice = advice_from_diary(diary, today, units)
            ceiling = next_run_ceiling(diary.runs(since=today - timedelta(days=WINDOW_DAYS)), today, advice.headline)
            context.out(to_json(advice, ceiling))
        return 0
    advice = advice_from_diary(diary, today, units)
    ceiling = next_run_ceiling(diary.runs(since=today - timedelta(days=WINDOW_DAYS)), today, advice.headline)
    context.out(to_text(advice, ceiling, units))
    return 0


def to_json(advice: Advice, ceiling=None) -> str:
    """The issue-4 contract: headline, reasons and notes, each with id, text and source."""
    import json

    return json.dumps(
        {
            "headline": advice.headline,
            "reasons": [{"id": r.id, "text": r.text, "source": r.source} for r in advice.reasons],
            "notes": [{"id": n.id, "text": n.text, "source": n.source} for n in advice.notes],
            **({} if ceiling is None else {"ceiling": _ceiling_json(ceiling)}),
        },
        indent=2,
    )


def _ceiling_json(ceiling) -> dict:
    """ADVICE.md next-run-ceiling: state is ceiling, none-yet or no-run-today; km only with a ceiling."""
    from coach.core.plan.ceiling import SOURCE

    return {"id": "next-run-ceiling", "state": ceiling.state, "km": ceiling.km, "longest_km": ceiling.longest_km,
            "runs": ceiling.runs, "text": ceiling.text(), "source": SOURCE}


def _line(text: str, source: str) -> str:
    return f"- {text} ({source})" if source else f"- {text}"


def to_text(advice: Advice, ceiling=None, units: str = "km") -> str:
    lines = [advice.label]
    lines += [_line(r.text, r.source) for r in advice.reasons]
    if ceiling is not None:
        from coach.core.plan.ceiling import SOURCE

        lines += ["", _("Next run: {ceiling}").format(ceiling=_line(ceiling.text(units), SOURCE)[2:])]
    if advice.notes:
        lines += ["", _("Notes:")]
        lines += [_line(n.text, n.source) for n in advice.notes]
    lines += ["", disclaimer()]
    return "\n".join(lines)
