"""The names of the speech voices, found off the GUI thread, for the Settings dialog.

Creating a ``QTextToSpeech`` can hang (speech-dispatcher with broken audio
never answers). So the voices are listed on a daemon thread with its own event
loop, only when asked (the voice list is opened), and a backend that does not
answer within :data:`TIMEOUT_S` counts as "no voices": the dialog carries on
with the system's default voice. A stuck thread is left behind; being a daemon,
it never keeps the app from quitting.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

TIMEOUT_S = 2.0


class VoiceList(QObject):
    """Anything that answers :meth:`request` (at once) with ``listed(names)`` later; names may be empty."""

    listed = Signal(list)

    def request(self) -> None:
        self.listed.emit([])


class FixedVoiceList(VoiceList):
    """For tests: the given names, delivered from the event loop as a real list would be."""

    def __init__(self, names: list[str], parent: QObject | None = None):
        super().__init__(parent)
        self.names = names
        self.requests = 0

    def request(self) -> None:
        self.requests += 1
        QTimer.singleShot(0, lambda: self.listed.emit(list(self.names)))


class SpeechVoiceList(VoiceList):
    """The voices of the system's speech engine, asked for once, on a thread of their own."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._names: list[str] | None = None
        self._asking = False

    def request(self) -> None:
        if self._names is not None:
            QTimer.singleShot(0, lambda: self.listed.emit(list(self._names or [])))
            return
        if not self._asking:
            self._asking = True
            threading.Thread(target=self._ask, name="voice-list", daemon=True).start()

    def _ask(self) -> None:
        names = _voice_names()
        self._names = names
        self.listed.emit(names)  # queued to the GUI thread, where the dialog listens


def _voice_names() -> list[str]:
    """On the worker thread: the default engine's voices for its locale, or [] if it fails or is slow."""
    try:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return []
    if not QTextToSpeech.availableEngines():
        return []
    speech = QTextToSpeech()
    try:
        if speech.state() not in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            loop = QEventLoop()
            speech.stateChanged.connect(lambda _state: loop.quit())
            QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
            loop.exec()
        if speech.state() != QTextToSpeech.State.Ready:
            return []
        return sorted({voice.name() for voice in speech.availableVoices() if voice.name()})
    finally:
        import shiboken6

        shiboken6.delete(speech)  # here, on its own thread, before the thread ends
