from coach.core.diary import changes as kinds
from coach.core.diary.changes import DiaryChanges


def test_nothing_changed_is_false_and_everything_touches_every_kind():
    assert not DiaryChanges()
    every = DiaryChanges.everything()
    assert every and every.touches("runs") and every.touches("settings") and every.touches("day")


def test_a_run_touches_the_shoes_it_wore_and_an_entry_touches_runs_and_pain():
    assert kinds.RUNS.touches("shoes") and not kinds.RUNS.touches("pain")
    assert kinds.ENTRY == DiaryChanges(runs=True, pain=True, shoes=True)
    assert not kinds.SHOES.touches("pain", "runs", "sessions", "day")
    assert (kinds.PAIN | kinds.SESSIONS).touches("sessions")
