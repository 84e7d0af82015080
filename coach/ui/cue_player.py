"""What the player makes you hear: beeps (QSoundEffect) and spoken announcements (QTextToSpeech).

Three layers, so each can be tested on its own:

* :func:`cue_actions` — which sound and which words belong to an engine cue (pure);
* :class:`Cues` — applies the user's preferences (sound on/off, voice on/off,
  volume) and hands the result to an output;
* an output — :class:`QtCueOutput` for real, :class:`RecordingCueOutput` in tests.

``QtMultimedia`` and ``QtTextToSpeech`` are imported on first use only: they
are slow to load and may be missing altogether (no audio device, no speech
engine, no PulseAudio library). Then the app still runs and says so once,
quietly, through the notifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

from coach.core.announce import announcement
from coach.core.errors import CoachError
from coach.core.plan import Plan
from coach.core.session import Cue, CueKind
from coach.core.settings import Settings
from coach.ui.notify import Notifier

SOUNDS = ("tick", "go", "done")  # assets/sounds/<name>.wav
HALFWAY_PHRASE = "Halfway"
PAUSED_PHRASE = "Paused"
DONE_PHRASE = "Well done. Routine complete"


@dataclass(frozen=True)
class CueAction:
    """One thing to hear: a sound from :data:`SOUNDS`, or a phrase to speak."""

    sound: str = ""
    phrase: str = ""


def cue_actions(cue: Cue, plan: Plan) -> list[CueAction]:
    """The sounds and words for one engine cue, in the order they should start."""
    if cue.kind == CueKind.COUNTDOWN:
        return [CueAction(sound="tick")]
    if cue.kind == CueKind.SEGMENT and cue.segment is not None:
        words = announcement(cue.segment, plan.next_work(cue.segment.index))
        return [CueAction(sound="go"), CueAction(phrase=words)]
    if cue.kind == CueKind.HALFWAY:
        return [CueAction(phrase=HALFWAY_PHRASE)]
    if cue.kind == CueKind.RESUMED:
        return [CueAction(sound="go")]
    if cue.kind == CueKind.PAUSED:
        return [CueAction(phrase=PAUSED_PHRASE)]
    if cue.kind == CueKind.DONE:
        return [CueAction(sound="done"), CueAction(phrase=DONE_PHRASE)]
    return []


@dataclass(frozen=True)
class CuePrefs:
    """The three cue settings, read once per session instead of once per beep."""

    sound_on: bool = True
    voice_on: bool = True
    volume: float = 0.8

    @classmethod
    def load(cls, settings: Settings) -> "CuePrefs":
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
        if self.prefs.sound_on:
            self.output.play("go")
        if self.prefs.voice_on:
            self.output.say("This is how loud the cues are")


class RecordingCueOutput:
    """For tests: remembers every sound and phrase, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []  # ("sound", "tick") or ("say", "Left leg. ...")
        self.volume: float | None = None
        self.prepared: list[tuple[bool, bool]] = []
        self.stops = 0

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

    def stop(self) -> None:
        self.stops += 1


class QtCueOutput(QObject):
    """The real output: ``QSoundEffect`` per sound file and one ``QTextToSpeech``.

    Each half is loaded the first time it is needed and, if it cannot work,
    switched off for good after one quiet ``notifier.info``.
    """

    def __init__(self, sounds_dir: Path, notifier: Notifier, parent: QObject | None = None):
        super().__init__(parent)
        self.sounds_dir = sounds_dir
        self.notifier = notifier
        self.volume = 0.8
        self._effects: dict[str, Any] | None = None
        self._speech: Any = None
        self.sound_off_reason = ""
        self.voice_off_reason = ""

    # --- CueOutput -----------------------------------------------------------------

    def prepare(self, sound: bool, voice: bool) -> None:
        if sound:
            self._sound_ready()
        if voice:
            self._voice_ready()

    def play(self, sound: str) -> None:
        if self._sound_ready():
            effect = self._effects.get(sound)
            if effect is not None:
                effect.play()

    def say(self, text: str) -> None:
        if self._voice_ready():
            self._speech.say(text)  # interrupts whatever was still being said

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        for effect in (self._effects or {}).values():
            effect.setVolume(volume)
        if self._speech is not None:
            self._speech.setVolume(volume)

    def stop(self) -> None:
        for effect in (self._effects or {}).values():
            effect.stop()
        if self._speech is not None:
            self._speech.stop()

    # --- lazy loading ----------------------------------------------------------------

    def _sound_off(self, reason: str) -> None:
        if not self.sound_off_reason:
            self.sound_off_reason = reason
            self._effects = {}
            self.notifier.info(f"Sound is off: {reason}.")

    def _voice_off(self, reason: str) -> None:
        if not self.voice_off_reason:
            self.voice_off_reason = reason
            if self._speech is not None:
                self._speech.deleteLater()
            self._speech = None
            self.notifier.info(f"Spoken announcements are off: {reason}.")

    def _sound_ready(self) -> bool:
        if self._effects is not None:
            return bool(self._effects)
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            self._sound_off(f"audio support could not be loaded ({error})")
            return False
        if not QMediaDevices.audioOutputs():
            self._sound_off("no audio output was found")
            return False
        effects = {}
        for name in SOUNDS:
            path = self.sounds_dir / f"{name}.wav"
            if not path.is_file():
                self._sound_off(f"the sound file {path} is missing")
                return False
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self.volume)
            effect.statusChanged.connect(lambda e=effect: self._check_effect(e))
            effects[name] = effect
        self._effects = effects
        return True

    def _check_effect(self, effect: Any) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error:
            self._sound_off("the cue sounds could not be played on this computer")

    def _voice_ready(self) -> bool:
        if self._speech is not None:
            return True
        if self.voice_off_reason:
            return False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            self._voice_off(f"speech support could not be loaded ({error})")
            return False
        if not QTextToSpeech.availableEngines():
            self._voice_off("no speech engine is installed")
            return False
        speech = QTextToSpeech(self)
        if speech.state() == QTextToSpeech.State.Error:
            self._voice_off(speech.errorString() or "the speech engine did not start")
            speech.deleteLater()
            return False
        speech.setVolume(self.volume)
        speech.errorOccurred.connect(lambda _reason, text: self._voice_off(text or "the speech engine failed"))
        self._speech = speech
        return True


def save_prefs(prefs: CuePrefs, settings: Settings, notifier: Notifier) -> bool:
    """Persist the cue settings; a storage fault is reported, never raised."""
    try:
        prefs.save(settings)
    except CoachError as error:
        notifier.error(f"The sound settings could not be saved: {error}")
        return False
    return True
