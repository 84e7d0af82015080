"""`coach advice [--json]`: today's headline, its reasons with sources, and notes."""

from __future__ import annotations

import argparse

from coach.core.advice.advice import DISCLAIMER, Advice, advice_from_diary


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "advice",
        help="today's headline and reasons",
        description="Today's advice from the diary: progress, hold, back off or see a clinician, "
        "with every reason that fired and its source.",
    )
    parser.add_argument("--json", action="store_true", help="print the advice as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context) -> int:
    diary = context.diary
    advice = advice_from_diary(diary, context.clock.now().date(), diary.get_setting("units", "km") or "km")
    context.out(to_json(advice) if args.json else to_text(advice))
    return 0


def to_json(advice: Advice) -> str:
    """The issue-4 contract: headline, reasons and notes, each with id, text and source."""
    import json

    return json.dumps(
        {
            "headline": advice.headline,
            "reasons": [{"id": r.id, "text": r.text, "source": r.source} for r in advice.reasons],
            "notes": [{"id": n.id, "text": n.text, "source": n.source} for n in advice.notes],
        },
        indent=2,
    )


def _line(text: str, source: str) -> str:
    return f"- {text} ({source})" if source else f"- {text}"


def to_text(advice: Advice) -> str:
    lines = [advice.label]
    lines += [_line(r.text, r.source) for r in advice.reasons]
    if advice.notes:
        lines += ["", "Notes:"]
        lines += [_line(n.text, n.source) for n in advice.notes]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)
