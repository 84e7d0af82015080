"""Write the session cue sounds to assets/sounds/ (stdlib only).

    python tools/make_sounds.py [OUTPUT_DIR]

tick.wav  countdown beep, 880 Hz, 180 ms
go.wav    segment start, 1320 Hz, 300 ms
done.wav  routine finished, three rising tones, about 700 ms

16-bit mono PCM at 44.1 kHz, peak about -6 dBFS, with short raised-cosine
fades so the tones start and stop without clicks. Every file is at least
150 ms long so Bluetooth headsets waking up do not swallow it. Output is
deterministic: running the script twice gives identical files.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
PEAK = 10 ** (-6 / 20)  # -6 dBFS as a fraction of full scale
FADE_S = 0.010


def tone(freq_hz: float, length_s: float, fade_s: float = FADE_S) -> list[float]:
    """A sine tone with raised-cosine fade in and out, samples in -1..1."""
    n = round(length_s * RATE)
    fade_n = max(1, round(fade_s * RATE))
    out = []
    for i in range(n):
        gain = 1.0
        if i < fade_n:
            gain = 0.5 - 0.5 * math.cos(math.pi * i / fade_n)
        elif i >= n - fade_n:
            gain = 0.5 - 0.5 * math.cos(math.pi * (n - 1 - i) / fade_n)
        out.append(gain * math.sin(2 * math.pi * freq_hz * i / RATE))
    return out


def silence(length_s: float) -> list[float]:
    return [0.0] * round(length_s * RATE)


def write_wav(path: Path, samples: list[float]) -> None:
    full = 32767 * PEAK
    frames = struct.pack(f"<{len(samples)}h", *(round(s * full) for s in samples))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def sounds() -> dict[str, list[float]]:
    done = (
        tone(659.25, 0.200) + silence(0.030)   # E5
        + tone(880.00, 0.200) + silence(0.030)  # A5
        + tone(1318.5, 0.240)                   # E6
    )
    return {
        "tick.wav": tone(880, 0.180),
        "go.wav": tone(1320, 0.300),
        "done.wav": done,
    }


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "assets" / "sounds"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, samples in sounds().items():
        path = out_dir / name
        write_wav(path, samples)
        print(f"{path}  {len(samples) / RATE * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
