"""The strength programme's moves as History and the clinician report show them:
today's week and every stored change with its reason and source.

Read-only: it loads the stored state and history and never steps the programme,
so opening History or printing a report does not move the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.core.i18n import _
from coach.core.plan.programme import CHANGE_WORDS, PROGRAMME_WEEKS, Change, load_history, load_state
from coach.core.settings import KeyValueStore

ACTION_WORDS = CHANGE_WORDS  # translated when read (a Labels table)


@dataclass(frozen=True)
class ProgrammeView:
    """Week ``week`` of ``weeks`` today; ``changes`` oldest first."""

    week: int
    weeks: int
    paused: bool
    changes: tuple[Change, ...]
    earlier: int = 0  # changes before the span asked for, not in ``changes``

    def current(self) -> str:
        if self.paused:
            return _("Week {week} of {weeks}, paused").format(week=self.week, weeks=self.weeks)
        return _("Week {week} of {weeks}").format(week=self.week, weeks=self.weeks)

    @property
    def last(self) -> Change | None:
        return self.changes[-1] if self.changes else None


def action_words(change: Change) -> str:
    return ACTION_WORDS.get(change.action, change.action)


def weeks_text(change: Change) -> str:
    """"week 2 → 3", or "week 2" when the week stayed (a pause, a restart)."""
    if change.from_week == change.to_week:
        return _("week {week}").format(week=change.from_week)
    return _("week {from_week} → {to_week}").format(from_week=change.from_week, to_week=change.to_week)


def programme_view(store: KeyValueStore, first: date | None = None, last: date | None = None,
                   weeks: int = PROGRAMME_WEEKS) -> ProgrammeView:  # fmt: skip
    """Today's week of ``weeks`` and the changes made from ``first`` to ``last`` (both included; None: no bound)."""
    state = load_state(store)
    history = sorted(load_history(store), key=lambda c: c.on)
    shown = tuple(c for c in history if (first is None or c.on >= first) and (last is None or c.on <= last))
    earlier = sum(1 for c in history if first is not None and c.on < first)
    return ProgrammeView(min(state.week, weeks), weeks, state.paused, shown, earlier)
