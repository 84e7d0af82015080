"""What the player makes you hear: beeps (QSoundEffect) and spoken announcements (QTextToSpeech).

Three layers, so each can be tested on its own:

* :func:`cue_actions` — which sound and which words belong to an engine cue (pure);
* :class:`Cues` — applies the user's preferences (sound on/off, voice on/off,
  volume) and hands the result to an output;
* an output — :class:`QtCueOutput` for real, :class:`RecordingCueOutput` in tests.

The real output runs the sound and speech backends on threads of their own
(:mod:`coach.ui.player.cue_channel`, :mod:`coach.ui.player.cue_backends`): a backend that is
missing, fails or hangs is switched off with one quiet message through the
notifier, and the session plays on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from coach.core.clock import Clock, SystemClock
from coach.core.routines.translation import language_code
from coach.core.session.announce import announcement
from coach.core.session.cue_words import ENGLISH, CueWords
from coach.core.session.plan import Plan
from coach.core.session.session import Cue, CueKind
from coach.core.settings import Settings
from coach.ui.player import cue_backends
from coach.ui.player.cue_backends import SOUNDS, SoundFactory, SpeechFactory  # noqa: F401 (SOUNDS: re-exported)
from coach.ui.player.cue_channel import ANSWER_TIMEOUT_S, CueChannel
from coach.ui.shell.notify import Notifier

# The English sentences (the plan's words say them in its language: coach.core.session.cue_words).
HALFWAY_PHRASE = ENGLISH["halfway"]
PAUSED_PHRASE = ENGLISH["paused"]
DONE_PHRASE = ENGLISH["done"]
PARTIAL_PHRASE = ENGLISH["partial"]  # no praise for skipping through


@dataclass(frozen=True)
class CueAction:
    """One thing to hear: a sound from :data:`SOUNDS`, or a phrase to speak."""

    sound: str = ""
    phrase: str = ""


def cue_actions(cue: Cue, plan: Plan) -> list[CueAction]:
    """The sounds and words for one engine cue, in the order they should start (words in the plan's language)."""
    words = plan.words
    if cue.kind == CueKind.COUNTDOWN:
        return [CueAction(sound="tick")]
    if cue.kind == CueKind.SEGMENT and cue.segment is not None:
        said = announcement(cue.segment, plan.next_work(cue.segment.index), words)
        return [CueAction(sound="go"), CueAction(phrase=said)]
    if cue.kind == CueKind.HALFWAY:
        return [CueAction(phrase=words.say("halfway"))]
    if cue.kind == CueKind.RESUMED:
        return [CueAction(sound="go")]
    if cue.kind == CueKind.PAUSED:
        return [CueAction(phrase=words.say("paused"))]
    if cue.kind == CueKind.DONE:
        phrase = words.say("partial" if cue.reason == "partial" else "done")
        return [CueAction(sound="done"), CueAction(phrase=phrase)]
    return []


@dataclass(frozen=True)
class CuePrefs:
    """The three cue settings, read once per session instead of once per beep."""

    sound_on: bool = True
    voice_on: bool = True
    volume: float = 0.8

    @classmethod
    def load(cls, settings: Settings) -> CuePrefs:
        return cls(bool(settings.get("sound_on")), bool(settings.get("voice_on")), float(settings.get("cue_volume")))

    def save(self, settings: Settings) -> None:
        """Persist; raises StorageError when the diary cannot be written."""
        settings.set("sound_on", self.sound_on)
        settings.set("voice_on", self.voice_on)
        settings.set("cue_volume", round(self.volume, 2))


class CueOutput(Protocol):
    """Where sounds and words go. Implementations must never raise for a missing device."""

    def prepare(self, sound: bool, voice: bool) -> None:
        """Load what will be needed, so the first beep is not late (called at session start)."""

    def play(self, sound: str) -> None: ...

    def say(self, text: str) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def stop(self) -> None:
        """Silence anything still playing or speaking."""


class Cues:
    """Turns engine cues into sounds and words, honouring the user's preferences."""

    def __init__(self, output: CueOutput, plan: Plan, prefs: CuePrefs):
        self.output = output
        self.plan = plan
        self.prefs = prefs
        output.set_volume(prefs.volume)

    def prepare(self) -> None:
        self.output.prepare(self.prefs.sound_on, self.prefs.voice_on)

    def set_prefs(self, prefs: CuePrefs) -> None:
        self.prefs = prefs
        self.output.set_volume(prefs.volume)
        self.prepare()

    def handle(self, cue: Cue) -> None:
        if cue.kind == CueKind.STOPPED:
            self.output.stop()
            return
        for action in cue_actions(cue, self.plan):
            if action.sound and self.prefs.sound_on:
                self.output.play(action.sound)
            if action.phrase and self.prefs.voice_on:
                self.output.say(action.phrase)

    def preview(self) -> None:
        """A beep and a few words at the current volume, for the settings dialog."""
        preview_cues(self.output, self.prefs, self.plan.words)


PREVIEW_PHRASE = ENGLISH["preview"]


def preview_cues(output: CueOutput, prefs: CuePrefs, words: CueWords | None = None) -> None:
    """A beep and a few words with ``prefs``, on any CueOutput: what the Settings dialog's Test plays."""
    output.set_volume(prefs.volume)
    output.prepare(prefs.sound_on, prefs.voice_on)
    if prefs.sound_on:
        output.play("go")
    if prefs.voice_on:
        output.say(words.say("preview") if words is not None else PREVIEW_PHRASE)


class RecordingCueOutput:
    """For tests: remembers every sound and phrase, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []  # ("sound", "tick") or ("say", "Left leg. ...")
        self.volume: float | None = None
        self.prepared: list[tuple[bool, bool]] = []
        self.stops = 0
        self.voice = ""
        self.language = "en"

    @property
    def sounds(self) -> list[str]:
        return [value for kind, value in self.events if kind == "sound"]

    @property
    def phrases(self) -> list[str]:
        return [value for kind, value in self.events if kind == "say"]

    def clear(self) -> None:
        self.events.clear()

    def prepare(self, sound: bool, voice: bool) -> None:
        self.prepared.append((sound, voice))

    def play(self, sound: str) -> None:
        self.events.append(("sound", sound))

    def say(self, text: str) -> None:
        self.events.append(("say", text))

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_voice(self, name: str) -> None:
        self.voice = name

    def set_language(self, code: str) -> None:
        self.language = code

    def stop(self) -> None:
        self.stops += 1


class QtCueOutput(QObject):
    """The real output: the sound backend and the speech backend, each on its own thread.

    The GUI thread only sends requests (:class:`CueChannel`), so a backend that
    hangs cannot stop the countdown, the keys or the window. One that fails, or
    does not answer within 2 s, is switched off after one quiet
    ``notifier.confirm``; the other carries on (beeps without the voice, or the
    voice without beeps). Each backend starts on the first ``prepare`` that
    needs it. ``speech_engine`` and ``sound_engine`` are the factories
    (:mod:`coach.ui.player.cue_backends`); tests pass fakes.
    """

    voices_listed = Signal(list)  # the answer to :meth:`list_voices`: the speech engine's voice names

    def __init__(self, sounds_dir: Path, notifier: Notifier, parent: QObject | None = None, *,
                 clock: Clock | None = None, speech_engine: SpeechFactory | None = None,
                 sound_engine: SoundFactory | None = None, timeout_s: float = ANSWER_TIMEOUT_S):  # fmt: skip
        super().__init__(parent)
        self.sounds_dir = sounds_dir
        self.notifier = notifier
        self.clock = clock if clock is not None else SystemClock()
        self.timeout_s = timeout_s
        # Looked up now, not at import: a test harness may have replaced the defaults.
        self._speech_factory = speech_engine or cue_backends.qt_speech_engine
        self._sound_factory = sound_engine or cue_backends.qt_sound_engine
        self.volume = 0.8
        self.voice = ""
        self.language = "en"  # the cue sentences' language: a voice of it is looked for (set_language)
        self.no_voice_for_language = False  # none was found: nothing is said, the screen shows every cue
        self._sound: CueChannel | None = None
        self._speech: CueChannel | None = None
        self.sound_off_reason = ""
        self.voice_off_reason = ""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- CueOutput -----------------------------------------------------------------

    def prepare(self, sound: bool, voice: bool) -> None:
        if sound:
            self._sound_channel()
        if voice:
            self._speech_channel()

    def play(self, sound: str) -> None:
        channel = self._sound_channel()
        if channel is not None:
            channel.call("play", sound)

    def say(self, text: str) -> None:
        channel = self._speech_channel()
        if channel is not None:
            channel.call("say", text)

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        for channel in self._channels():
            channel.call("set_volume", volume)

    def set_voice(self, name: str) -> None:
        """Speak with the voice called ``name`` (from :meth:`list_voices`); "" keeps the engine's default."""
        self.voice = name
        if self._speech is not None:  # "" too: back to the default voice, not the last one chosen
            self._speech.call("set_voice", name)
            if not name and self.language != "en":  # the default is the language's voice again, if there is one
                self._speech.call("set_language", self.language)

    def set_language(self, code: str) -> None:
        """Speak with a voice of ``code`` ("de"); with none, say nothing (after one notice) rather
        than read German with an English voice. A voice chosen by name (``set_voice``) wins."""
        self.language = language_code(code)
        self.no_voice_for_language = False
        if self._speech is not None and self.language != "en":
            self._speech.call("set_language", self.language)
            if self.voice:
                self._speech.call("set_voice", self.voice)

    def list_voices(self) -> bool:
        """Ask the speech engine for its voices; the answer comes as ``voices_listed``. False: speech is off."""
        channel = self._speech_channel()
        if channel is None:
            return False
        channel.call("voices")
        return True

    def stop(self) -> None:
        for channel in self._channels():
            channel.call("stop")

    def close(self) -> None:
        """End the backend threads (the app is quitting); one stuck in its backend is left behind."""
        for channel in self._channels(every=True):
            channel.close()

    # --- the two channels ----------------------------------------------------------

    def _channels(self, every: bool = False) -> list[CueChannel]:
        return [c for c in (self._sound, self._speech) if c is not None and (every or c.is_up)]

    def _sound_channel(self) -> CueChannel | None:
        if self._sound is None and not self.sound_off_reason:
            hung = self.tr("the sound system did not answer within {seconds} seconds").format(seconds=f"{self.timeout_s:g}")
            self._sound = self._open("cue-sound", self._sound_factory, hung, self._sound_off, (self.sounds_dir,))
        elif self._sound is not None and not self._sound.is_up and self._sound.revive():
            self.sound_off_reason = ""
        return self._sound if self._sound is not None and self._sound.is_up else None

    def _speech_channel(self) -> CueChannel | None:
        if self._speech is None and not self.voice_off_reason:
            hung = self.tr("the speech engine did not answer within {seconds} seconds; beeps carry on").format(
                seconds=f"{self.timeout_s:g}")
            self._speech = self._open("cue-speech", self._speech_factory, hung, self._voice_off, ())
            if self._speech is not None:
                self._speech.voices.connect(self.voices_listed)
                self._speech.language_voice.connect(self._language_voice)
                if self.language != "en":  # English keeps the engine's own default voice, as before
                    self._speech.call("set_language", self.language)
                if self.voice:
                    self._speech.call("set_voice", self.voice)
        elif self._speech is not None and not self._speech.is_up and self._speech.revive():
            self.voice_off_reason = ""
        return self._speech if self._speech is not None and self._speech.is_up else None

    def _open(self, name: str, factory, hung_reason: str, off, args: tuple) -> CueChannel | None:
        try:
            channel = CueChannel(name, factory, self.clock, hung_reason, self.timeout_s, self)
        except RuntimeError as error:  # no thread could be started
            off(self.tr("the {name} thread could not start ({error})").format(name=name, error=error))
            return None
        channel.down.connect(off)
        channel.call("start", *args)
        channel.call("set_volume", self.volume)
        return channel

    def _sound_off(self, reason: str) -> None:
        if not self.sound_off_reason:
            self.sound_off_reason = reason
            self.notifier.confirm(self.tr("Sound is off: {reason}.").format(reason=reason))

    def _language_voice(self, name: str) -> None:
        if name or self.voice or self.no_voice_for_language:
            return
        self.no_voice_for_language = True
        names = {"de": self.tr("German"), "en": self.tr("English")}
        self.notifier.confirm(self.tr("Spoken announcements are off: no {language} voice is installed; "
                                      "the screen shows every cue and the beeps carry on.")
                              .format(language=names.get(self.language, self.language)))  # fmt: skip

    def _voice_off(self, reason: str) -> None:
        if not self.voice_off_reason:
            self.voice_off_reason = reason
            self.notifier.confirm(self.tr("Spoken announcements are off: {reason}.").format(reason=reason))
