"""The names of the speech voices, found off the GUI thread, for the Settings dialog.

Creating a ``QTextToSpeech`` can hang (speech-dispatcher with broken audio
never answers). So the voices are asked of the cue output's speech thread, only
when the voice list is opened, and a backend that does not answer within
:data:`TIMEOUT_S` counts as "no voices": the dialog carries on with the
system's default voice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


class CueVoiceList(VoiceList):
    """The voices of the session's own speech backend (:class:`~coach.ui.player.cue_player.QtCueOutput`).

    One speech engine per app: asking a second ``QTextToSpeech`` for its voices
    can hang where the first already did. The cue output answers from its
    worker thread; an engine that is off, or silent for :data:`TIMEOUT_S`,
    answers "no voices" and the dialog keeps the system's default.
    """

    def __init__(self, cues: Callable[[], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._cues = cues  # called on the first request: nothing is built before the list opens
        self._names: list[str] | None = None
        self._listening = False
        self._waiting = QTimer(self, singleShot=True, interval=int(TIMEOUT_S * 1000))
        self._waiting.timeout.connect(lambda: self._answer([], keep=False))

    def request(self) -> None:
        if self._names is not None:
            QTimer.singleShot(0, lambda: self.listed.emit(list(self._names or [])))
            return
        if self._waiting.isActive():
            return
        self._waiting.start()
        cues = self._cues()
        if not self._listening:
            self._listening = True
            cues.voices_listed.connect(self._answer)
        if not cues.list_voices():
            self._answer([], keep=False)

    def _answer(self, names: list, keep: bool = True) -> None:
        names = sorted({name for name in names if name})
        if keep:
            self._names = list(names)
        self._waiting.stop()
        self.listed.emit(list(names))
