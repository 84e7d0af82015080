"""Backends that misbehave on purpose: a speech engine whose ``say()`` never returns, one whose
construction never returns, a recording sound engine, and a diary whose writes take 2 s.

Every block waits on a ``threading.Event`` that the test sets at teardown, so
no thread is left stuck after the test; the waiting happens on the backend's
or the writer's thread, never in the test itself.
"""

from __future__ import annotations

import threading
from pathlib import Path

from coach.core.diary.diary import Diary


class RecordingSound:
    """A sound engine that remembers what it played (on its own thread)."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.volume: float | None = None
        self.stops = 0

    def factory(self, sounds_dir: Path, broke) -> RecordingSound:
        return self

    def play(self, name: str) -> None:
        self.played.append(name)

    def stop(self) -> None:
        self.stops += 1

    def set_volume(self, volume: float) -> None:
        self.volume = volume


class RecordingSpeech:
    """A speech engine that answers at once and remembers what it said."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.volume: float | None = None
        self.voice = ""

    def factory(self, broke) -> RecordingSpeech:
        return self

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def voices(self) -> list[str]:
        return ["Alba", "Kal"]

    def set_voice(self, name: str) -> None:
        self.voice = name


class HangingSpeech(RecordingSpeech):
    """``say()`` never returns (speech-dispatcher with its audio broken) until ``release``."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release
        self.entered = threading.Event()

    def say(self, text: str) -> None:
        self.said.append(text)
        self.entered.set()
        self.release.wait()


def hanging_construction(release: threading.Event, started: threading.Event):
    """A speech factory that never returns (the engine's daemon never answers) until ``release``."""

    def factory(broke) -> RecordingSpeech:
        started.set()
        release.wait()
        return RecordingSpeech()

    return factory


class SlowDiary(Diary):
    """A diary on a slow disk: each session write takes 2 s, or less once ``gate`` is set.

    Built with ``SlowDiary.open``; the player's writer gets a slow twin too (``twin``
    keeps the class). ``gate`` and ``writes`` are shared by the class so the twin
    sees them; a test sets them up and resets them."""

    gate = threading.Event()
    seconds = 2.0
    writes: list[tuple[str, threading.Thread]] = []

    def _slow(self, name: str) -> None:
        SlowDiary.writes.append((name, threading.current_thread()))
        SlowDiary.gate.wait(SlowDiary.seconds)

    def start_session(self, *args, **kwargs):
        self._slow("start")
        return super().start_session(*args, **kwargs)

    def update_session_progress(self, *args, **kwargs):
        self._slow("progress")
        return super().update_session_progress(*args, **kwargs)

    def finish_session(self, *args, **kwargs):
        self._slow("finish")
        return super().finish_session(*args, **kwargs)
