"""What History and the report show of the programme: today's week and the stored
changes with their reasons, read without moving the plan."""

from datetime import date

from coach.core.plan import programme
from coach.core.plan.changes_view import action_words, programme_view, weeks_text
from coach.core.plan.programme import Change, Decision, ProgrammeState


class Store:
    def __init__(self):
        self.values: dict[str, str] = {}

    def get_setting(self, key):
        return self.values.get(key)

    def set_setting(self, key, value):
        self.values[key] = value


def keep(store, state, change):
    programme.save(store, Decision(state, "plan-advance", change.reason, change))


def test_the_view_lists_changes_in_the_span_and_counts_earlier_ones():
    store = Store()
    keep(store, ProgrammeState(2), Change(date(2026, 10, 5), "advance", 1, 2, "week 1 complete (2 sessions)"))
    keep(store, ProgrammeState(3), Change(date(2026, 11, 2), "advance", 2, 3, "week 2 complete (2 sessions)"))
    keep(store, ProgrammeState(2), Change(date(2026, 11, 16), "step-back", 3, 2, "today's advice is to back off"))
    before = dict(store.values)
    view = programme_view(store, date(2026, 10, 19), date(2026, 11, 23))
    assert store.values == before  # reading never steps the plan
    assert view.current() == "Week 2 of 8"
    assert [(c.on, c.from_week, c.to_week) for c in view.changes] == [(date(2026, 11, 2), 2, 3), (date(2026, 11, 16), 3, 2)]
    assert view.earlier == 1
    assert view.last.reason == "today's advice is to back off" and view.last.source == "Silbernagel et al. 2007"
    assert [action_words(c) for c in view.changes] == ["moved up", "stepped back"]
    assert [weeks_text(c) for c in view.changes] == ["week 2 → 3", "week 3 → 2"]


def test_a_pause_keeps_its_week_and_an_empty_store_is_week_one():
    store = Store()
    assert programme_view(store).current() == "Week 1 of 8" and programme_view(store).changes == ()
    keep(store, ProgrammeState(4, paused=True), Change(date(2026, 11, 20), "pause", 4, 4, "today's advice is to see a clinician"))
    view = programme_view(store)
    assert view.current() == "Week 4 of 8, paused"
    assert weeks_text(view.changes[0]) == "week 4" and action_words(view.changes[0]) == "paused"


def test_a_kept_reason_is_said_in_the_language_of_the_day_it_is_read():
    from coach.core.i18n import use_language
    from coach.core.plan.said import HeadlineWord, Number, said

    store = Store()
    why = said("{why}: week {n} again this week", why=said("today's advice is {headline}", headline=HeadlineWord("hold")), n=2)
    keep(store, ProgrammeState(2), Change(date(2026, 11, 16), "restart", 2, 2, why))
    morning = said("the left knee on {day} morning rated {value}, above its usual {base}",
                   day=date(2026, 11, 17), value=4, base=Number(1.5, 1))
    keep(store, ProgrammeState(2), Change(date(2026, 11, 17), "restart", 2, 2, morning))
    store.values["plan.programme.history"] = store.values["plan.programme.history"][:-1] + (
        ', {"on": "2026-11-18", "action": "pause", "from_week": 2, "to_week": 2,'
        ' "reason": "today\'s advice is to see a clinician"}]')  # kept by an older version: its text only
    english = [c.reason for c in programme.load_history(store)]
    assert english[0] == "today's advice is hold: week 2 again this week"
    use_language("de")
    try:
        german = [c.reason for c in programme.load_history(store)]
    finally:
        use_language("en")
    assert german[0] == "die heutige Empfehlung lautet „Halten“: diese Woche noch einmal Woche 2"
    assert "1,5" in german[1] and "linke Knie" in german[1]  # its number and its words in German now
    assert german[2] != english[2]  # an old text-only reason is translated where the catalog knows it
