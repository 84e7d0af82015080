"""The session engine: a state machine over a plan, driven by an injected clock.

Time is never counted in ticks. Each segment has a deadline on the monotonic
clock and the remaining time is always ``deadline - now``; when a segment ends
the next deadline is chained from the previous one, not from the moment the
tick noticed, so a 60-minute session ends on the second however late ticks
are. A gap between ticks far longer than a tick (the laptop slept) pauses the
session at the point of the last tick instead of silently skipping segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core.clock import Clock
from coach.core.session.pace import RepMoment
from coach.core.session.plan import Plan, Segment
from coach.core.vocabulary import SegmentKind

COUNTDOWN_FROM = 3
HALFWAY_MIN_S = 20.0  # holds at least this long get a "halfway" cue
CUE_EVERY_S = 8.0  # a new cue line this often during work
BACK_RESTARTS_AFTER_S = 2.0  # "back" within this much of a segment's start goes to the previous one
# A session that reaches its end counts as completed only when at least this share of its
# work time (holds and reps, not get-ready, switch or rest) was played; otherwise it is
# partial. Skipping through is not training, and the strength goal must not say it was.
COMPLETED_WORK_SHARE = 0.8


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    RESUMING = "resuming"  # the short countdown after a pause
    FINISHED = "finished"
    STOPPED = "stopped"


class CueKind(StrEnum):
    SEGMENT = "segment"  # a segment began: show it, announce it
    COUNTDOWN = "countdown"  # 3, 2, 1 before a change: a segment's end, a hold's release
    HALFWAY = "halfway"
    STEP_DONE = "step-done"  # a routine step was completed: log progress
    PAUSED = "paused"
    RESUMED = "resumed"
    DONE = "done"  # the routine reached its end; reason is the outcome (completed or partial)
    STOPPED = "stopped"


@dataclass(frozen=True)
class Readout:
    """Everything one frame of the player shows, from one reading of the clock, so the
    digits, the rep counter and the bars all describe the same instant."""

    state: State
    segment: Segment
    remaining_s: float  # in the segment
    segment_progress: float  # 0-1
    routine_progress: float  # 0-1
    routine_left_s: float
    rep: RepMoment | None  # in a reps segment
    side: str | None  # working now: an alternating rep's leg, else the segment's side
    cue: str  # the cue line to show
    resume_left_s: float  # of the countdown after a pause (RESUMING only)
    pause_reason: str
    outcome: str


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    segment: Segment | None = None
    count: int | None = None
    reason: str = ""


def _crossings(before: float, after: float) -> list[int]:
    """Whole seconds of the countdown crossed while remaining went from before to after."""
    return [n for n in range(COUNTDOWN_FROM, 0, -1) if before > n >= after]


class Session:
    """One play-through of a plan. Call ``tick()`` often; it returns the cues that fell due."""

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        *,
        start_position: int = 0,
        suspend_gap_s: float = 5.0,
        resume_countdown_s: float = 3.0,
    ):
        if not plan.segments:
            raise ValueError("a plan without segments cannot be played")
        self.plan = plan
        self.clock = clock
        self.suspend_gap_s = suspend_gap_s
        self.resume_countdown_s = resume_countdown_s
        self.state = State.READY
        self.position = start_position
        self.pause_reason = ""
        self.outcome = ""  # completed | partial | stopped | stopped-for-pain, once over
        self.steps_done = plan.steps_done_before(start_position)
        # Seconds played of each work segment (the most reached, so "back" never counts twice).
        # A session resumed at ``start_position`` played what came before it in its first run.
        self._played: dict[int, float] = {
            s.index: s.duration_s for s in plan.segments[:start_position] if s.kind.is_work
        }
        self._deadline = 0.0  # end of the current segment (RUNNING)
        self._remaining_at_pause = plan.segments[start_position].duration_s
        self._resume_deadline = 0.0
        self._last_tick = 0.0

    # --- what the screen shows ---------------------------------------------------

    @property
    def segment(self) -> Segment:
        return self.plan.segments[min(self.position, len(self.plan.segments) - 1)]

    @property
    def is_over(self) -> bool:
        return self.state in (State.FINISHED, State.STOPPED)

    def readout(self) -> Readout:
        """The frame to paint now."""
        now = self.clock.monotonic()
        seg = self.segment
        remaining = self._remaining_at(now)
        elapsed = seg.duration_s - remaining
        finished = self.state == State.FINISHED
        routine = 1.0 if finished else (seg.start_s + elapsed) / self.plan.total_s
        rep = seg.pace.at(elapsed) if seg.pace is not None and seg.kind == SegmentKind.REPS else None
        return Readout(
            state=self.state,
            segment=seg,
            remaining_s=remaining,
            segment_progress=1.0 if finished else elapsed / seg.duration_s,
            routine_progress=routine,
            routine_left_s=self.plan.total_s * (1 - routine),
            rep=rep,
            side=rep.side if rep is not None and rep.side else seg.side,
            cue=_cue_line(seg, elapsed),
            resume_left_s=max(0.0, self._resume_deadline - now) if self.state == State.RESUMING else 0.0,
            pause_reason=self.pause_reason,
            outcome=self.outcome,
        )

    def remaining_s(self) -> float:
        """Seconds left in the current segment."""
        return self._remaining_at(self.clock.monotonic())

    def _remaining_at(self, now: float) -> float:
        if self.state == State.RUNNING:
            return max(0.0, self._deadline - now)
        if self.state == State.FINISHED:
            return 0.0
        if self.state == State.READY:
            return self.segment.duration_s
        return self._remaining_at_pause

    def resume_countdown_remaining_s(self) -> float:
        if self.state != State.RESUMING:
            return 0.0
        return max(0.0, self._resume_deadline - self.clock.monotonic())

    def elapsed_in_segment_s(self) -> float:
        return self.segment.duration_s - self.remaining_s()

    def next_up(self) -> Segment | None:
        """The next work to show as "next up". During get-ready the screen already
        names the exercise it leads to, so "next up" is the work after that."""
        upcoming = self.plan.next_work(self.position)
        if self.segment.kind == SegmentKind.GET_READY and upcoming is not None:
            return self.plan.next_work(upcoming.index)
        return upcoming

    # --- what was trained ----------------------------------------------------------

    def work_planned_s(self) -> float:
        """Seconds of work (holds and reps) in the whole plan."""
        return sum(s.duration_s for s in self.plan.segments if s.kind.is_work)

    def work_played_s(self) -> float:
        """Seconds of work actually played so far (skipped time does not count)."""
        played = dict(self._played)
        seg = self.segment
        if not self.is_over and seg.kind.is_work:
            played[seg.index] = max(played.get(seg.index, 0.0), self.elapsed_in_segment_s())
        return sum(played.values())

    def work_share(self) -> float:
        """Played work over planned work, 0-1."""
        planned = self.work_planned_s()
        return 1.0 if planned <= 0 else min(1.0, self.work_played_s() / planned)

    def skipped_steps(self) -> list[str]:
        """Names of the routine steps of which less than COMPLETED_WORK_SHARE of the work was played."""
        planned: dict[int, float] = {}
        played: dict[int, float] = {}
        names: dict[int, str] = {}
        for seg in self.plan.segments:
            if seg.kind.is_work:
                planned[seg.step_index] = planned.get(seg.step_index, 0.0) + seg.duration_s
                played[seg.step_index] = played.get(seg.step_index, 0.0) + self._played.get(seg.index, 0.0)
                names[seg.step_index] = seg.name
        return [names[i] for i in sorted(planned)
                if planned[i] > 0 and played[i] < COMPLETED_WORK_SHARE * planned[i] - 1e-9]  # fmt: skip

    @property
    def steps_trained(self) -> int:
        """Routine steps done, not skipped: what the done screen and the diary report."""
        return self.plan.steps_total - len(self.skipped_steps())

    def _note_played(self, seconds: float) -> None:
        seg = self.segment
        if seg.kind.is_work:
            self._played[seg.index] = max(self._played.get(seg.index, 0.0), min(max(seconds, 0.0), seg.duration_s))

    # --- control -----------------------------------------------------------------

    def start(self) -> list[Cue]:
        if self.state != State.READY:
            return []
        now = self.clock.monotonic()
        self.state = State.RUNNING
        self._last_tick = now
        self._deadline = now + self.segment.duration_s
        return [Cue(CueKind.SEGMENT, self.segment)]

    def pause(self, reason: str = "user") -> list[Cue]:
        if self.state == State.RUNNING:
            self._remaining_at_pause = self.remaining_s()
        elif self.state != State.RESUMING:
            return []
        self.state = State.PAUSED
        self.pause_reason = reason
        return [Cue(CueKind.PAUSED, self.segment, reason=reason)]

    def resume(self) -> list[Cue]:
        """Leave a pause through a short countdown, so nobody is caught off the mat."""
        if self.state != State.PAUSED:
            return []
        now = self.clock.monotonic()
        self._last_tick = now
        self.pause_reason = ""
        if self.resume_countdown_s <= 0:
            return self._run_from(now)
        self.state = State.RESUMING
        self._resume_deadline = now + self.resume_countdown_s
        # The countdown starts *at* its first number, which no crossing would cue.
        first = min(COUNTDOWN_FROM, int(self.resume_countdown_s))
        return [Cue(CueKind.COUNTDOWN, self.segment, first)] if first >= 1 else []

    def toggle_pause(self) -> list[Cue]:
        if self.state == State.READY:
            return self.start()
        if self.state in (State.RUNNING, State.RESUMING):
            return self.pause()
        return self.resume()

    def skip(self) -> list[Cue]:
        """Jump to the next segment now (skipping the last one completes the routine)."""
        if self.is_over:
            return []
        return self._advance(self.clock.monotonic(), chained=False)

    def back(self) -> list[Cue]:
        """Restart this segment, or go to the previous one if it has only just begun."""
        if self.is_over:
            return []
        self._note_played(self.elapsed_in_segment_s())
        target = self.position
        if self.elapsed_in_segment_s() < BACK_RESTARTS_AFTER_S and self.position > 0:
            target -= 1
        self.position = target
        self.steps_done = self.plan.steps_done_before(target)
        return self._enter(self.clock.monotonic())

    def stop(self, outcome: str = "stopped") -> list[Cue]:
        if self.is_over:
            return []
        if self.state == State.RUNNING:
            self._remaining_at_pause = self.remaining_s()
        self._note_played(self.elapsed_in_segment_s())
        self.state = State.STOPPED
        self.outcome = outcome
        return [Cue(CueKind.STOPPED, self.segment, reason=outcome)]

    # --- time --------------------------------------------------------------------

    def tick(self) -> list[Cue]:
        """Move time forward to now; return the cues that fell due since the last tick."""
        now = self.clock.monotonic()
        gap = now - self._last_tick
        if self.state in (State.RUNNING, State.RESUMING) and gap > self.suspend_gap_s:
            # The machine slept (or froze): stop the clock where we last saw it.
            if self.state == State.RUNNING:
                self._remaining_at_pause = max(0.0, self._deadline - self._last_tick)
            self._last_tick = now
            self.state = State.PAUSED
            self.pause_reason = "suspend"
            return [Cue(CueKind.PAUSED, self.segment, reason="suspend")]
        before = self._last_tick
        self._last_tick = now
        if self.state == State.RESUMING:
            crossed = _crossings(self._resume_deadline - before, self._resume_deadline - now)
            cues = [Cue(CueKind.COUNTDOWN, self.segment, n) for n in crossed]
            if now >= self._resume_deadline:
                cues += self._run_from(self._resume_deadline)
                cues += self._catch_up(self._resume_deadline, now)
            return cues
        if self.state != State.RUNNING:
            return []
        return self._catch_up(before, now)

    def _catch_up(self, before: float, now: float) -> list[Cue]:
        cues: list[Cue] = []
        while self.state == State.RUNNING:
            seg = self.segment
            start = self._deadline - seg.duration_s
            was, left = self._deadline - max(before, start), self._deadline - now
            if seg.kind == SegmentKind.HOLD and seg.duration_s >= HALFWAY_MIN_S:
                half = seg.duration_s / 2
                if was > half >= left:
                    cues.append(Cue(CueKind.HALFWAY, seg))
            if seg.pace is not None:  # a hold at the top of each rep ticks its seconds, up to the segment's own countdown
                until = min(seg.duration_s - left, seg.duration_s - COUNTDOWN_FROM - 1e-9)
                holds = seg.pace.hold_counts(seg.duration_s - was, until)
                cues += [Cue(CueKind.COUNTDOWN, seg, n) for n in holds]
            cues += [Cue(CueKind.COUNTDOWN, seg, n) for n in _crossings(was, left)]
            if now < self._deadline:
                break
            cues += self._advance(self._deadline, chained=True)
        return cues

    def _advance(self, at: float, *, chained: bool) -> list[Cue]:
        """Leave the current segment at monotonic time ``at``."""
        cues: list[Cue] = []
        leaving = self.segment
        self._note_played(leaving.duration_s if chained else self.elapsed_in_segment_s())
        if leaving.ends_step:
            self.steps_done = self.plan.steps_done_before(leaving.index + 1)
            cues.append(Cue(CueKind.STEP_DONE, leaving))
        if self.position + 1 >= len(self.plan.segments):
            self.position = len(self.plan.segments) - 1
            self.state = State.FINISHED
            done = self.work_share() >= COMPLETED_WORK_SHARE - 1e-9
            self.outcome = "completed" if done else "partial"
            return cues + [Cue(CueKind.DONE, reason=self.outcome)]
        self.position += 1
        if chained:
            self._deadline = at + self.segment.duration_s
            return cues + [Cue(CueKind.SEGMENT, self.segment)]
        return cues + self._enter(at)

    def _enter(self, at: float) -> list[Cue]:
        """Begin the current segment afresh at ``at`` (after skip or back)."""
        if self.state in (State.PAUSED, State.RESUMING, State.READY):
            self._remaining_at_pause = self.segment.duration_s
            if self.state == State.RESUMING:
                self._resume_deadline = at + self.resume_countdown_s
            return [Cue(CueKind.SEGMENT, self.segment)] if self.state != State.READY else []
        self._deadline = at + self.segment.duration_s
        return [Cue(CueKind.SEGMENT, self.segment)]

    def _run_from(self, at: float) -> list[Cue]:
        self.state = State.RUNNING
        self._deadline = at + self._remaining_at_pause
        return [Cue(CueKind.RESUMED, self.segment)]


def _cue_line(segment: Segment, elapsed_s: float) -> str:
    """The cue line to show: the first for what leads to work, turning every CUE_EVERY_S during it."""
    if not segment.cues:
        return ""
    if not segment.kind.is_work:
        return segment.cues[0]
    return segment.cues[int(elapsed_s // CUE_EVERY_S) % len(segment.cues)]
