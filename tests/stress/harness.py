"""Helpers to run ``tests/stress/app_harness.py`` (the real start-up, dialogs recorded)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HARNESS = Path(__file__).with_name("app_harness.py")


@dataclass
class AppRun:
    exit: int | None  # coach's exit code (None if the harness itself failed)
    shown: bool  # the main window was painted
    dialogs: list[dict]  # {"dialog": kind, "text": ...} in the order shown
    stderr: str

    def texts(self, kind: str | None = None) -> list[str]:
        return [d["text"] for d in self.dialogs if kind is None or d["dialog"] == kind]

    @property
    def tracebacks(self) -> list[str]:
        """The excepthook's dialog is for bugs; a fault of the environment must never show it."""
        return [d.get("details", "") or d["text"] for d in self.dialogs
                if "Traceback" in d.get("details", "") or d["text"].startswith("Something went wrong inside the app")]


def run_app(*coach_args: str, nobody: bool = False, env: dict | None = None, timeout: float = 60) -> AppRun:
    """Start ``coach COACH_ARGS...`` offscreen, quit once the main window is painted."""
    flags = ["--quit-when-shown"] + (["--nobody"] if nobody else [])
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    done = subprocess.run(
        [sys.executable, str(HARNESS), *flags, "--", *coach_args],
        capture_output=True, text=True, timeout=timeout, env=environment,
    )  # fmt: skip
    records = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    final = next((r for r in records if "exit" in r), {})
    dialogs = [r for r in records if "dialog" in r]
    return AppRun(final.get("exit"), bool(final.get("shown")), dialogs, done.stderr)
