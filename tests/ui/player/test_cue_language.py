"""Spoken announcements in the app's language: a voice of it when the engine has one, silence
and one notice when it has none (never German read by an English voice), the screen in German."""

from __future__ import annotations

import pytest

from coach.core.context import CoachContext
from coach.core.paths import assets_dir
from coach.core.routines.catalog import load_catalog
from coach.ui.player.cue_backends import CueUnavailable, QtSpeech, choose_voice
from coach.ui.player.cue_player import QtCueOutput
from coach.ui.player.player import PlayerPage
from coach.ui.services import Services
from tests.ui.cue_fakes import RecordingSound, RecordingSpeech

NO_GERMAN = "Spoken announcements are off: no German voice is installed"


class LanguageSpeech(RecordingSpeech):
    """An engine offering voices by language ({"de": "Anna"}); with none for the language it says nothing."""

    def __init__(self, offered: dict[str, str]) -> None:
        super().__init__()
        self.offered = offered
        self.languages: list[str] = []
        self.silent = False

    def set_language(self, code: str) -> str:
        self.languages.append(code)
        name = self.offered.get(code, "")
        self.silent = not name
        if name:
            self.voice = name
        return name

    def set_voice(self, name: str) -> None:
        super().set_voice(name)
        if name:
            self.silent = False

    def say(self, text: str) -> None:
        if not self.silent:
            super().say(text)


@pytest.fixture
def outputs():
    built: list[QtCueOutput] = []
    yield built
    for output in built:
        output.close()


def make_output(outputs, notifier, fake_clock, speech, language: str) -> QtCueOutput:
    output = QtCueOutput(assets_dir() / "sounds", notifier, clock=fake_clock, speech_engine=speech.factory,
                         sound_engine=RecordingSound().factory)  # fmt: skip
    outputs.append(output)
    output.set_language(language)
    return output


def notices(notifier) -> list[str]:
    return [text for text in notifier.infos if text.startswith(NO_GERMAN)]


@pytest.mark.parametrize("current,offered,preferred,chosen", [
    (("Bob", "en_GB"), [("Anna", "de_DE"), ("Jonas", "de_AT")], "de_DE", "Anna"),
    (("Bob", "en_GB"), [("Jonas", "de_AT"), ("Anna", "de_DE")], "de_DE", "Anna"),  # the language's own country first
    (("Bob", "en_GB"), [("Jonas", "de_AT"), ("Lea", "de_CH")], "de_DE", "Jonas"),
    (("Lea", "de_CH"), [("Anna", "de_DE")], "de_DE", "Lea"),  # the voice speaking now already speaks German
    (("Bob", "en_GB"), [("Anne", "en_GB"), ("Eivind", "nb_NO")], "de_DE", ""),  # none
    (("Bob", "en_GB"), [], "de_DE", ""),
])  # fmt: skip
def test_the_voice_chosen_for_a_language(current, offered, preferred, chosen):
    assert choose_voice(current, offered, "de", preferred) == chosen


def test_an_engine_with_a_german_voice_speaks_with_it_and_nothing_is_said_about_it(qtbot, notifier, fake_clock,
                                                                                  outputs):  # fmt: skip
    speech = LanguageSpeech({"de": "Anna"})
    output = make_output(outputs, notifier, fake_clock, speech, "de")
    output.prepare(False, True)
    output.say("Nächste Übung: Kniebeugen")
    qtbot.waitUntil(lambda: speech.said == ["Nächste Übung: Kniebeugen"])
    assert speech.languages == ["de"] and speech.voice == "Anna"
    assert notices(notifier) == [] and not output.no_voice_for_language


def test_an_engine_without_a_german_voice_says_nothing_and_the_user_is_told_once(qtbot, notifier, fake_clock, outputs):
    speech = LanguageSpeech({"nb": "Eivind"})
    output = make_output(outputs, notifier, fake_clock, speech, "de_DE")
    output.prepare(True, True)
    output.say("Nächste Übung: Kniebeugen")
    qtbot.waitUntil(lambda: output.no_voice_for_language)
    output.prepare(True, True)
    output.say("Halbzeit")
    qtbot.waitUntil(lambda: output._speech.pending == 0)
    assert speech.said == []  # no German read out by a voice that cannot speak it
    assert len(notices(notifier)) == 1
    assert "the screen shows every cue" in notices(notifier)[0]
    assert output._speech.is_up and output.voice_off_reason == ""  # the engine is fine: the voice just is not there
    output.set_voice("Kal")  # a voice chosen by name in Settings speaks, whatever its language
    output.say("Halbzeit")
    qtbot.waitUntil(lambda: speech.said == ["Halbzeit"])
    assert len(notices(notifier)) == 1


def test_english_and_an_engine_without_languages_speak_as_before(qtbot, notifier, fake_clock, outputs):
    english = LanguageSpeech({})
    output = make_output(outputs, notifier, fake_clock, english, "en")
    output.prepare(False, True)
    output.say("Get ready: Squats")
    qtbot.waitUntil(lambda: english.said == ["Get ready: Squats"])
    assert english.languages == []  # the engine's own default voice, as before

    plain = RecordingSpeech()  # no set_language at all: German goes to it, nothing breaks
    output = make_output(outputs, notifier, fake_clock, plain, "de")
    output.prepare(False, True)
    output.say("Halbzeit")
    qtbot.waitUntil(lambda: plain.said == ["Halbzeit"])
    assert output._speech.is_up and notices(notifier) == []


@pytest.mark.qt_log_ignore("pipewire")  # what this machine's audio stack says when speech loads
def test_qt_speech_picks_a_voice_of_the_language_and_is_silent_without_one(qapp):
    broken: list[str] = []
    try:
        speech = QtSpeech(broken.append, "mock")  # Qt's mock engine: voices in English, Norwegian and Finnish
    except CueUnavailable as error:
        pytest.skip(f"Qt's mock speech engine is not here: {error}")
    assert speech.set_language("nb") in ("Eivind", "Kjersti")
    assert set(speech.voices()) == {"Eivind", "Kjersti"}  # Settings lists the language's voices
    speech.say("Hei")
    assert speech._speech.state() == speech._speech.State.Speaking
    speech.stop()
    assert speech.set_language("de") == ""  # the mock engine has no German voice
    speech.say("Hallo")
    assert speech._speech.state() != speech._speech.State.Speaking
    speech.set_voice("Bob")  # chosen by name: speaks
    speech.say("Hello")
    assert speech._speech.state() == speech._speech.State.Speaking
    speech.stop()
    speech.set_voice("")  # "System default" again: the language's voice, and there is none
    speech.say("Hallo")
    assert speech._speech.state() != speech._speech.State.Speaking
    assert speech.set_language("xx") == "" and broken == []


@pytest.fixture
def german_services(data_paths, fake_clock, diary, notifier) -> Services:
    context = CoachContext.open(data_paths, fake_clock, diary=diary, language=lambda settings: "de")
    return Services(context, notifier)


def test_a_german_player_shows_and_says_german(qtbot, german_services, cue_output, inhibitor, play, tmp_path):
    assert german_services.context.language == "de"
    routine = german_services.catalog.get("knee-strength")
    player = PlayerPage(routine, german_services, cue_output=cue_output, inhibitor=inhibitor)
    qtbot.addWidget(player)
    player.resize(1024, 600)
    player.show()
    qtbot.waitExposed(player)
    player.begin()
    view = player.view
    assert cue_output.phrases == ["Nächste Übung: Kniebeugen"]
    assert (view.kind_label.text(), view.name_label.text()) == ("BEREIT MACHEN", "Kniebeugen")
    assert view.cue_label.text() == "Füße hüftbreit, Zehen leicht nach außen"
    play(player, 10.0)
    assert cue_output.phrases[-1] == "Kniebeugen, 10 Wiederholungen, Satz 1 von 3"
    assert (view.kind_label.text(), view.detail_label.text()) == ("LOS", "Satz 1 von 3")
    play(player, 30.0)
    assert cue_output.phrases[-1] == "Pause, 45 Sekunden. Danach: Kniebeugen, Satz 2 von 3"
    assert (view.kind_label.text(), view.name_label.text()) == ("PAUSE", "Pause")
    assert (view.detail_label.text(), view.next_label.text()) == ("Danach: Satz 2 von 3",
                                                                  "Danach: Kniebeugen · Satz 2 von 3")
    play(player, 300.0)  # on to the glute bridges' hold at the top of each rep
    for _ in range(900):
        if view.name_label.text() == "Beckenheben" and player.session.segment.kind == "reps":
            break
        play(player, 1.0)
    play(player, 1.75)  # up in 1.5 s, then the 3 s hold
    assert view.detail_label.text() == "Satz 1 von 3 · Halten … 3"
    player.grab().save(str(tmp_path / "player-de.png"))


def test_the_context_loads_the_routines_in_the_language_the_settings_give(data_paths, fake_clock, diary):
    seen = []

    def language(settings):
        seen.append(settings)
        return "de"

    context = CoachContext.open(data_paths, fake_clock, diary=diary, language=language)
    assert seen == [context.settings] and context.language == "de"
    assert context.catalog.get("pre-run-warm-up").title == "Aufwärmen vor dem Laufen"
    assert CoachContext.open(data_paths, fake_clock, diary=diary).catalog.get("pre-run-warm-up").title == (
        "Pre-run warm-up")  # fmt: skip
    assert load_catalog(None, language="de").get("pre-run-warm-up").steps[-1].name == "Wadenheben"


def test_routines_reloaded_after_a_file_is_dropped_in_stay_german(qtbot, tmp_path):
    from coach.ui.player.routine_watcher import RoutineWatcher

    folder = tmp_path / "routines"
    watcher = RoutineWatcher.for_paths(folder, tmp_path / "cache.json", language="de")
    assert watcher._load().get("knee-strength").title == "Kniekräftigung"
    assert RoutineWatcher.for_paths(folder, None)._load().get("knee-strength").title == "Knee strength"


def test_the_exercise_library_opens_in_the_apps_language(qtbot, german_services):
    from coach.ui.main_window import MainWindow

    window = MainWindow(german_services)
    qtbot.addWidget(window)
    with qtbot.waitActive(window), qtbot.waitSignal(window.first_frame_shown):
        window.show()
        window.activateWindow()
    page = window.library.open("glute-bridges")
    assert page.name.text() == "Beckenheben"
    assert german_services.catalog.get("knee-strength").title == "Kniekräftigung"
