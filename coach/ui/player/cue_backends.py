"""The sound and speech backends, and the worker that runs one of them on its own thread.

A backend is built by a *factory* called on the worker's thread, so tests and
benches pass fakes (a speech engine whose ``say()`` never returns, one whose
construction never returns) and the app passes :func:`qt_speech_engine` and
:func:`qt_sound_engine`. A factory raises :class:`CueUnavailable` when the
backend cannot work here; later faults are reported through the ``broke``
callback it is handed (callable from any thread).

``QtMultimedia`` and ``QtTextToSpeech`` are imported inside the factories:
they are slow to load, may be missing altogether, and then load off the GUI
thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot

SOUNDS = ("tick", "go", "done")  # assets/sounds/<name>.wav

Broke = Callable[[str], None]  # "this backend stopped working, because ..."


def _failed(detail: str) -> str:
    """Why speech stopped, in the app's language (Qt's own detail, English, in brackets)."""
    translate = QCoreApplication.translate
    if detail:
        return translate("CueBackends", "the speech engine failed ({detail})").format(detail=detail)
    return translate("CueBackends", "the speech engine failed")


class CueUnavailable(Exception):
    """The backend cannot work on this computer; the message says why, for the user."""


class SpeechEngine(Protocol):
    def say(self, text: str) -> None:
        """Start speaking, interrupting whatever was still being said."""

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def voices(self) -> list[str]:
        """The names of the voices this engine offers (may be empty)."""

    def set_voice(self, name: str) -> None:
        """Speak with the voice called ``name``; "" is the engine's default, an unknown name keeps the current voice."""

    # Optional (the worker asks only an engine that has it):
    # def set_language(self, code: str) -> str:
    #     """Speak with a voice of ``code`` ("de"); its name, or "" when there is none (then say nothing)."""


def choose_voice(current: tuple[str, str], offered: list[tuple[str, str]], language: str, preferred: str = "") -> str:
    """The voice to speak ``language`` ("de") with, from (name, locale such as "de_AT") pairs; "" for none.

    The voice speaking now is kept if it already speaks the language; otherwise one of
    ``preferred`` locale ("de_DE"), otherwise the first offered in the language."""

    def speaks(locale: str) -> bool:
        return locale.replace("-", "_").split("_")[0].lower() == language

    if speaks(current[1]):
        return current[0]
    matching = [(name, locale) for name, locale in offered if speaks(locale)]
    best = next((name for name, locale in matching if locale == preferred), "")
    return best or (matching[0][0] if matching else "")


class SoundEngine(Protocol):
    def play(self, name: str) -> None:
        """Start the sound ``name`` (one of :data:`SOUNDS`)."""

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...


SpeechFactory = Callable[[Broke], SpeechEngine]
SoundFactory = Callable[[Path, Broke], SoundEngine]


# --- the real backends -----------------------------------------------------------

# Qt's multimedia and speech modules and plugins must not load on two threads at
# once: importing one while the other initialises deadlocked (each held what the
# other waited for). So each real factory imports and builds under this lock; one
# that hangs holding it is waited for no longer than the GUI waits for it.
_QT_START = threading.Lock()
_QT_START_WAIT_S = 2.0


class QtSpeech:
    """``QTextToSpeech``, created on (and only ever touched from) the worker's thread."""

    def __init__(self, broke: Broke, engine: str = ""):
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            raise CueUnavailable(QCoreApplication.translate("CueBackends", "speech support could not be loaded ({error})")
                                 .format(error=error)) from error
        if not QTextToSpeech.availableEngines():
            raise CueUnavailable(QCoreApplication.translate("CueBackends", "no speech engine is installed"))
        speech = QTextToSpeech(engine) if engine else QTextToSpeech()
        if speech.state() == QTextToSpeech.State.Error:
            detail = speech.errorString()  # Qt's words, in English: kept as a detail for a bug report
            translate = QCoreApplication.translate
            reason = (translate("CueBackends", "the speech engine did not start ({detail})").format(detail=detail)
                      if detail else translate("CueBackends", "the speech engine did not start"))  # fmt: skip
            speech.deleteLater()
            raise CueUnavailable(reason)
        speech.errorOccurred.connect(lambda _reason, text: broke(_failed(text)))
        self._speech = speech
        self._default_voice = speech.voice()  # "System default" in Settings goes back to this
        self._silent = False  # no voice speaks the app's language: words in it would come out garbled
        self._no_language_voice = False

    def say(self, text: str) -> None:
        if not self._silent:
            self._speech.say(text)

    def set_language(self, code: str) -> str:
        """Speak with a voice of ``code`` ("de"), which "System default" then means; "" when the
        engine has none, and then nothing is said until a voice is chosen by name."""
        from PySide6.QtCore import QLocale

        wanted = QLocale(code)
        offered = []
        if wanted.language() != QLocale.Language.C:  # "xx": Qt's C locale, which no voice speaks
            for locale in self._speech.availableLocales():
                if locale.language() == wanted.language():
                    offered += [v for v in self._speech.allVoices(locale) if v.locale().language() == locale.language()]
        current = self._speech.voice()
        name = choose_voice((current.name(), current.locale().name()),
                            [(voice.name(), voice.locale().name()) for voice in offered], code, wanted.name())  # fmt: skip
        self._silent = self._no_language_voice = not name
        if name and name != current.name():
            voice = next(voice for voice in offered if voice.name() == name)
            self._speech.setLocale(voice.locale())  # availableVoices() lists this language's voices from now on
            self._speech.setVoice(voice)
        if name:
            self._default_voice = self._speech.voice()
        return name

    def stop(self) -> None:
        self._speech.stop()

    def set_volume(self, volume: float) -> None:
        self._speech.setVolume(volume)

    def voices(self) -> list[str]:
        return [voice.name() for voice in self._speech.availableVoices()]

    def set_voice(self, name: str) -> None:
        if not name:
            self._speech.setVoice(self._default_voice)
            self._silent = self._no_language_voice
            return
        for voice in self._speech.availableVoices():
            if voice.name() == name:
                self._speech.setVoice(voice)
                self._silent = False  # a voice the user chose by name speaks, whatever its language
                return
        for locale in self._speech.availableLocales():  # listed before set_language changed the locale
            for voice in self._speech.allVoices(locale):
                if voice.name() == name:
                    self._speech.setLocale(voice.locale())
                    self._speech.setVoice(voice)
                    self._silent = False
                    return


@contextmanager
def _one_qt_start():
    got = _QT_START.acquire(timeout=_QT_START_WAIT_S)
    try:
        yield
    finally:
        if got:
            _QT_START.release()


def qt_speech_engine(broke: Broke) -> SpeechEngine:
    """The system's default speech engine (speech-dispatcher on Linux)."""
    with _one_qt_start():
        return QtSpeech(broke)


def qt_speech_engine_named(engine: str) -> SpeechFactory:
    """A factory for one named Qt speech engine ("mock" speaks into nothing: the bench's silent voice)."""

    def factory(broke: Broke) -> SpeechEngine:
        with _one_qt_start():
            return QtSpeech(broke, engine)
    return factory




class QtSound:
    """One ``QSoundEffect`` per sound file, on the worker's thread.

    ``require_device=False`` builds the effects even with no audio output (the
    bench measures the real objects on a machine without sound)."""

    def __init__(self, sounds_dir: Path, broke: Broke, require_device: bool = True):
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            raise CueUnavailable(QCoreApplication.translate("CueBackends", "audio support could not be loaded ({error})")
                                 .format(error=error)) from error
        if require_device and not QMediaDevices.audioOutputs():
            raise CueUnavailable(QCoreApplication.translate("CueBackends", "no audio output was found"))
        self._effects: dict[str, Any] = {}
        for name in SOUNDS:
            path = sounds_dir / f"{name}.wav"
            if not path.is_file():
                raise CueUnavailable(QCoreApplication.translate("CueBackends", "the sound file {path} is missing")
                                     .format(path=path))
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.statusChanged.connect(lambda e=effect: self._check(e, broke))
            self._effects[name] = effect

    @staticmethod
    def _check(effect: Any, broke: Broke) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error:
            broke("the cue sounds could not be played on this computer")

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    def set_volume(self, volume: float) -> None:
        for effect in self._effects.values():
            effect.setVolume(volume)


def qt_sound_engine(sounds_dir: Path, broke: Broke) -> SoundEngine:
    with _one_qt_start():
        return QtSound(sounds_dir, broke)


def qt_sound_engine_without_device(sounds_dir: Path, broke: Broke) -> SoundEngine:
    """Real ``QSoundEffect`` objects even with no audio output (the bench, on a machine without sound)."""
    with _one_qt_start():
        return QtSound(sounds_dir, broke, require_device=False)






# --- the worker ------------------------------------------------------------------


class CueWorker(QObject):
    """Runs one backend's calls, in order, on the thread it lives on.

    Every request carries a number; ``answered`` gives it back once the call
    returned, and ``done`` holds the highest number answered (requests are
    handled in order), readable from any thread: that is what the GUI's
    watchdog looks at.
    """

    answered = Signal(int)
    broke = Signal(str)
    voices = Signal(list)
    language_voice = Signal(str)  # the answer to "set_language": the voice chosen, "" for none

    def __init__(self, factory: Callable[..., Any]):
        super().__init__()
        self._factory = factory
        self._engine: Any = None
        self._lock = threading.Lock()
        self.done = 0

    @Slot(int, str, object)
    def request(self, number: int, name: str, args: tuple) -> None:
        try:
            if name == "start":
                if self._engine is None:
                    self._engine = self._factory(*args, self._broke)
            elif name == "set_language":  # optional: an engine without it speaks as it always did
                choose = getattr(self._engine, "set_language", None)
                if choose is not None:
                    self.language_voice.emit(str(choose(*args)))
            elif self._engine is not None:
                result = getattr(self._engine, name)(*args)
                if name == "voices":
                    self.voices.emit(list(result))
        except CueUnavailable as error:
            self._broke(str(error))
        except Exception as error:  # a backend bug must not kill the thread: the cue is lost, not the session
            what = "speech" if name == "say" else "cue"
            self._broke(QCoreApplication.translate("CueBackends", "the {what} backend failed ({error})")
                        .format(what=what, error=error))
        with self._lock:
            self.done = max(self.done, number)
        self.answered.emit(number)

    def _broke(self, reason: str) -> None:
        self.broke.emit(reason)  # the GUI sends nothing more; the engine is kept (it may be mid-signal)

    def release(self) -> None:
        """Drop the backend on this thread, so its Qt objects are deleted where they live."""
        self._engine = None
