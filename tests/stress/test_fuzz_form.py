"""The entry form with hostile values: it saves, or it refuses with a message and writes nothing.

Every field of ``EntryForm`` is set at random (text fields get the same nasty
strings as the command line; the date anywhere from 1752 to 9999; ratings,
moment, map and check boxes at random) and Save is pressed. The only outcomes:
``save()`` is True and the diary gained the entries, or it is False, a
message is shown, and the diary is exactly as it was. No exception.
"""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDateTime

from coach.core.context import CoachContext
from coach.core.diary.diary import Diary
from coach.core.vocabulary import CHARACTERS, FLAGS, LOCATIONS, MOMENTS
from coach.ui.diary.entry_form import EntryForm
from coach.ui.services import Services
from coach.ui.shell.notify import RecordingNotifier
from tests.stress.nasty import NASTY

SCALE = int(os.environ.get("COACH_FUZZ_SCALE", "1"))
texts = st.sampled_from([v for v in NASTY if "\udcff" not in v]) | st.text(max_size=40).filter(
    lambda s: "\x00" not in s and not any(0xD800 <= ord(c) <= 0xDFFF for c in s)
)


@pytest.fixture
def services(data_paths, fake_clock):
    diary = Diary.open(data_paths, fake_clock)
    yield Services(CoachContext.open(data_paths, fake_clock, diary=diary), RecordingNotifier())
    diary.close()


def _count(diary: Diary) -> int:
    return len(diary.pain_entries()) + len(diary.runs())


@settings(max_examples=120 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(
    when=st.datetimes(min_value=datetime(1752, 9, 14), max_value=datetime(9999, 12, 31)) | st.just(None),
    distance=texts, minutes=texts, note=texts | st.text(min_size=1990, max_size=2010),
    moment=st.sampled_from(MOMENTS), left=st.none() | st.integers(0, 10), right=st.none() | st.integers(0, 10),
    locations=st.sets(st.sampled_from(LOCATIONS)), characters=st.sets(st.sampled_from(CHARACTERS)),
    flags=st.sets(st.sampled_from(FLAGS)),
)  # fmt: skip
def test_the_entry_form_saves_or_refuses_cleanly(qtbot, services, when, distance, minutes, note, moment, left, right,
                                                 locations, characters, flags):  # fmt: skip
    form = EntryForm(services, moment=moment)
    qtbot.addWidget(form)
    if when is not None:
        form.when.setDateTime(QDateTime(when))
    form.distance.setText(distance)
    form.minutes.setText(minutes)
    form.left.set_value(left)
    form.right.set_value(right)
    form.knee_map.set_selected(locations)
    for name, box in (*form.characters.items(), *form.flags.items()):
        box.setChecked(name in characters or name in flags)
    form.note.setPlainText(note)
    notifier = services.notifier
    before, errors_before = _count(services.diary), len(notifier.errors)

    saved = form.save()

    after = _count(services.diary)
    if saved:
        assert after > before
    else:
        assert after == before, "a refused form wrote to the diary"
        shown = [form.errors.message(f) for f in list(form.errors.labels) + ["entry"]] + [form.general_error.text()]
        assert any(shown) or len(notifier.errors) > errors_before, "a refusal must say why"
    form.close()
