"""The watched folder (where a watch or phone syncs): which of its files hold new runs.

Nothing here imports: it only counts what would be new, so home can offer it.
Files the user declined ("Not now") are remembered by name, size and time, so
the same files are not offered again, while a file that changes is.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from coach.core.runs.dedupe import Logged
from coach.core.runs.preview import NEW, PreviewRow, build_preview, parser_for

DECLINED_KEY = "runs.watch_declined"
MAX_FILES = 5000  # a Downloads folder can be large; beyond this the newest are looked at


def signature(path: Path) -> str:
    """A file's identity for "already offered": name, size and modification time."""
    status = path.stat()
    return f"{path.name}|{status.st_size}|{int(status.st_mtime)}"


def run_files(folder: Path) -> list[Path]:
    """The run files (and zips) in ``folder`` and below, newest first, at most MAX_FILES."""
    found: list[tuple[float, Path]] = []
    for root, _folders, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if parser_for(name) or name.lower().endswith(".zip"):
                try:
                    found.append((path.stat().st_mtime, path))
                except OSError:
                    continue
    found.sort(reverse=True)
    return [path for _, path in found[:MAX_FILES]]


def declined(text: str | None) -> set[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return set()
    return {str(item) for item in value} if isinstance(value, list) else set()


def declined_text(signatures: Iterable[str]) -> str:
    return json.dumps(sorted(set(signatures))[-MAX_FILES:])


def new_runs(folder: Path, logged: Iterable[Logged], now: datetime, skip: set[str]) -> tuple[list[Path], list[PreviewRow]]:
    """The files not declined before and the preview rows among them that are new runs."""
    files = []
    for path in run_files(folder):
        try:
            if signature(path) not in skip:
                files.append(path)
        except OSError:
            continue
    rows = [row for row in build_preview(files, logged, now) if row.status == NEW]
    return files, rows
