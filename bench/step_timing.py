"""How exactly does the player change segments on a real clock, under a real repaint load?

    QT_QPA_PLATFORM=offscreen python bench/step_timing.py [--steps 8] [--repeat 1] [--slow-disk] [--real-cues]

Plays a generated routine of many 1–2 s segments (about 60) in the real
PlayerPage at 1280×800, shown offscreen and repainting on every tick, on the
SystemClock, with a real diary in a temporary folder. For every segment change
it records how late the change was seen against its deadline on the plan
(``start + segment.start_s``), and at the end how far the finish lands from the
plan's total. Targets: every change within one 60 Hz frame (≤ 17 ms), and the
end at 0 ± 17 ms. Prints the figures and a PASS/FAIL line; exit status 1 on FAIL.

``--slow-disk`` delays every session write of the diary by 0.5–2 s (on the
writer's thread, where a slow fsync would block). ``--real-cues`` plays through
the real cue path: ``QSoundEffect`` objects built even without an audio output,
and Qt's silent "mock" speech engine (a real ``QTextToSpeech``), each on its
backend thread; the sound's "cannot play here" error is recorded but does not
switch it off, so every beep still goes through. It also reports the longest
stall of the GUI thread, from a 4 ms heartbeat timer.

As the app does once its window is usable, what was built before the session is frozen
out of the garbage collector (``gc.freeze``); ``BENCH_NO_FREEZE=1`` measures without it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coach.core.clock import SystemClock  # noqa: E402
from coach.core.context import CoachContext
from coach.core.diary.diary import Diary  # noqa: E402
from coach.core.paths import (
    DataPaths,  # noqa: E402
    assets_dir,  # noqa: E402
)
from coach.core.session.session import Cue, CueKind  # noqa: E402
from coach.ui.player import cue_backends  # noqa: E402
from coach.ui.player.cue_player import QtCueOutput, RecordingCueOutput  # noqa: E402
from coach.ui.player.player import PlayerPage  # noqa: E402
from coach.ui.services import Services  # noqa: E402
from coach.ui.shell.notify import RecordingNotifier  # noqa: E402
from coach.ui.shell.screensaver import RecordingInhibitor  # noqa: E402

FRAME_MS = 1000 / 60  # 16.7 ms: one frame at 60 Hz
IMAGES = ("squats.svg", "calf-raises.svg", "quad-stretch.svg", "glute-bridges.svg")


def routine_text(steps: int) -> str:
    """Steps of 1–2 s holds on each side, two sets, 1 s get-ready, switch and rest; a few 1 s reps steps."""
    lines = ["id: bench-short-steps", "title: Bench short steps", "focus: strength", "when: In the benchmark",
             "summary: Many short segments.", "get_ready_s: 1", "switch_s: 1", "steps:"]  # fmt: skip
    for n in range(steps):
        lines += [f"  - exercise: step-{n}", f"    name: Step {n + 1}", f"    image: {IMAGES[n % len(IMAGES)]}",
                  "    cues: [Steady, Breathe]"]  # fmt: skip
        if n % 4 == 3:
            lines += ["    reps: 2", "    tempo_s: 0.5", "    sets: 2", "    rest_s: 1"]
        else:
            lines += [f"    duration_s: {1 + n % 2}", "    sides: each", "    sets: 2", "    rest_s: 1"]
    return "\n".join(lines) + "\n"


class SlowDiary(Diary):
    """A diary on a slow disk: each session write first waits 0.5–2 s (on whatever thread writes it)."""

    delays: list[tuple[float, bool]] = []  # (seconds, on the GUI thread?)

    def _slow(self) -> None:
        delay = random.uniform(0.5, 2.0)
        SlowDiary.delays.append((delay, threading.current_thread() is threading.main_thread()))
        time.sleep(delay)

    def start_session(self, *args, **kwargs):
        self._slow()
        return super().start_session(*args, **kwargs)

    def update_session_progress(self, *args, **kwargs):
        self._slow()
        return super().update_session_progress(*args, **kwargs)

    def finish_session(self, *args, **kwargs):
        self._slow()
        return super().finish_session(*args, **kwargs)


def real_cue_output(notifier: RecordingNotifier, clock: SystemClock) -> QtCueOutput:
    """The real cue path with a silent sink: QSoundEffect with no device, the mock QTextToSpeech."""
    sound_errors: list[str] = []

    def sound(sounds_dir: Path, broke):
        return cue_backends.qt_sound_engine_without_device(sounds_dir, sound_errors.append)

    output = QtCueOutput(assets_dir() / "sounds", notifier, clock=clock,
                         speech_engine=cue_backends.qt_speech_engine_named("mock"), sound_engine=sound)  # fmt: skip
    output.sound_errors = sound_errors
    return output


class Heartbeat(QObject):
    """A 4 ms timer on the GUI thread: its longest gap beyond 4 ms is the longest stall."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(4)
        self.timer.timeout.connect(self.beat)
        self.last = 0.0
        self.began = 0.0
        self.worst_ms = 0.0
        self.worst_at_s = 0.0  # when the longest stall ended, in seconds after start

    def start(self) -> None:
        self.last = self.began = time.perf_counter()
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        stall = (now - self.last) * 1000 - 4
        if stall > self.worst_ms:
            self.worst_ms, self.worst_at_s = stall, now - self.began
        self.last = now


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_once(app: QApplication, steps: int, folder: Path, slow_disk: bool = False, real_cues: bool = False) -> dict:
    paths = DataPaths(folder)
    paths.routines.mkdir(parents=True, exist_ok=True)
    (paths.routines / "bench.yaml").write_text(routine_text(steps), encoding="utf-8")
    clock = SystemClock()
    diary = (SlowDiary if slow_disk else Diary).open(paths, clock)
    notifier = RecordingNotifier()
    services = Services(CoachContext.open(paths, clock, diary=diary), notifier)
    output = real_cue_output(notifier, clock) if real_cues else RecordingCueOutput()
    page = PlayerPage(services.catalog.get("bench-short-steps"), services,
                      cue_output=output, inhibitor=RecordingInhibitor())  # fmt: skip
    heartbeat = Heartbeat()
    page.resize(1280, 800)
    page.show()
    counter = PaintCounter()
    for widget in [page, *page.findChildren(QObject)]:
        if widget.isWidgetType():
            widget.installEventFilter(counter)
    plan = page.plan
    late_ms: list[float] = []
    countdown_ms: list[float] = []
    result: dict = {"segments": len(plan.segments), "planned_s": plan.total_s}
    origin: list[float] = []

    def on_cue(cue: Cue) -> None:
        now = clock.monotonic()
        if cue.kind == CueKind.SEGMENT and not origin:
            origin.append(now)  # start(): the plan's time zero
        elif cue.kind == CueKind.SEGMENT:
            late_ms.append((now - origin[0] - cue.segment.start_s) * 1000)
        elif cue.kind == CueKind.COUNTDOWN and origin:
            countdown_ms.append((now - origin[0] - (cue.segment.end_s - cue.count)) * 1000)
        elif cue.kind == CueKind.DONE:
            result["end_drift_ms"] = (now - origin[0] - plan.total_s) * 1000
            app.quit()

    page.runner.cue.connect(on_cue)
    ticks = [0]
    page.timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    app.processEvents()
    if os.environ.get("BENCH_NO_FREEZE") != "1":
        import gc

        gc.freeze()  # as the app does once its window is usable (coach.ui.app._collect_from_now_on)
    heartbeat.start()
    page.begin()
    app.exec()
    heartbeat.timer.stop()
    result.update(late_ms=late_ms, countdown_ms=countdown_ms, ticks=ticks[0], paints=counter.paints,
                  elapsed_s=clock.monotonic() - origin[0], stall_ms=heartbeat.worst_ms,
                  stall_at_s=heartbeat.worst_at_s)  # fmt: skip
    waited = time.perf_counter()
    page.log.flush(120.0)  # the slow disk catches up after the session
    result["drain_s"] = time.perf_counter() - waited
    result["completed"] = diary.sessions()[-1].status
    if real_cues:
        result["cues"] = {"sound_errors": len(output.sound_errors), "voice_off": output.voice_off_reason,
                          "sound_off": output.sound_off_reason}  # fmt: skip
        output.close()
    page.shutdown()
    page.close()
    diary.close()
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=9, help="routine steps (9 gives 63 segments)")
    parser.add_argument("--repeat", type=int, default=1, help="play the routine this many times")
    parser.add_argument("--slow-disk", action="store_true", help="every session write waits 0.5-2 s first")
    parser.add_argument("--real-cues", action="store_true", help="real QSoundEffect and QTextToSpeech (silent)")
    args = parser.parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv[:1])
    runs = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            runs.append(run_once(app, args.steps, Path(folder), args.slow_disk, args.real_cues))
    late = [value for run in runs for value in run["late_ms"]]
    beeps = [value for run in runs for value in run["countdown_ms"]]
    drifts = [run["end_drift_ms"] for run in runs]
    first = runs[0]
    print(f"routine: {first['segments']} segments, {first['planned_s']:.0f} s planned; runs: {len(runs)}; "
          f"statuses: {', '.join(run['completed'] for run in runs)}")  # fmt: skip
    print(f"load: {sum(r['ticks'] for r in runs)} ticks, {sum(r['paints'] for r in runs)} widget paints "
          f"({sum(r['paints'] for r in runs) / sum(r['elapsed_s'] for r in runs):.0f}/s)")  # fmt: skip
    print(f"segment change lateness (n={len(late)}): max {max(late):.2f} ms, p95 {percentile(late, 0.95):.2f} ms, "
          f"mean {statistics.fmean(late):.2f} ms, min {min(late):.2f} ms")  # fmt: skip
    worst = sorted(((value, index + 1) for run in runs for index, value in enumerate(run["late_ms"])), reverse=True)
    print("latest changes: " + ", ".join(f"segment {index} {value:.1f} ms" for value, index in worst[:3]))
    if beeps:
        print(f"3-2-1 beep lateness (n={len(beeps)}): max {max(beeps):.2f} ms, p95 {percentile(beeps, 0.95):.2f} ms, "
              f"mean {statistics.fmean(beeps):.2f} ms")  # fmt: skip
    print("end drift vs plan total: " + ", ".join(f"{d:+.2f} ms" for d in drifts))
    worst = max(runs, key=lambda r: r["stall_ms"])
    print(f"longest GUI-thread stall (4 ms heartbeat): {worst['stall_ms']:.2f} ms, "
          f"{worst['stall_at_s']:.2f} s after the session began")
    if args.slow_disk:
        delays = SlowDiary.delays
        on_gui = sum(1 for _, gui in delays if gui)
        print(f"slow disk: {len(delays)} session writes delayed {min(d for d, _ in delays):.2f}-"
              f"{max(d for d, _ in delays):.2f} s ({sum(d for d, _ in delays):.1f} s in all), {on_gui} on the GUI "
              f"thread; the writer caught up {max(r['drain_s'] for r in runs):.1f} s after the end")  # fmt: skip
    if args.real_cues:
        for run in runs:
            cues = run["cues"]
            print(f"real cues: QSoundEffect errors (no audio device) {cues['sound_errors']}; "
                  f"voice off: {cues['voice_off'] or 'no'}; sound off: {cues['sound_off'] or 'no'}")  # fmt: skip
    ok = max(late) <= FRAME_MS and min(late) >= -FRAME_MS and all(abs(d) <= FRAME_MS for d in drifts)
    print(f"{'PASS' if ok else 'FAIL'}: targets are every change within {FRAME_MS:.1f} ms of its deadline "
          f"and the end within 0 ± {FRAME_MS:.1f} ms")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
