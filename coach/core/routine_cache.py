"""Routines as last read, so an ordinary start reads no YAML.

Parsing the routine files means importing PyYAML and walking every node: about a
fifth of the app's start-up. The files rarely change, so the catalog keeps what
the loader made of each one (a routine, or the problems that broke it) in a JSON
file beside the diary, keyed by the file's size, modification time, change time
and inode, and by the modification times of the folders its illustrations are
looked up in (adding or removing a picture changes them). Anything that does not
match exactly — an edited file, a new picture, another app version, a changed
loader, a cache edited or damaged by hand (a CRC-32 covers its entries) — falls
back to the loader, so a stale cache can cost time but never show a wrong routine.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from dataclasses import fields
from pathlib import Path
from typing import Any

from coach import __version__
from coach.core.errors import Problem, RoutineError
from coach.core.routine import Routine, Step

FORMAT = 1  # bump when the stored shape of a routine changes
# File times tick in steps of a few milliseconds, so a file saved twice within one
# step keeps its stamp. Like git's "racy" index entries, a file changed this
# recently is read but not remembered: the next start reads it again.
SETTLE_NS = 2 * 10**9


class RoutineCache:
    """Routine files already parsed, read from and written back to one JSON file."""

    def __init__(self, file: Path, assets: Path, now_ns: int | None = None):
        self.file = file
        self._assets = assets
        self._settled_before = (time.time_ns() if now_ns is None else now_ns) - SETTLE_NS
        self._key = _cache_key(assets)
        self._entries: dict[str, dict[str, Any]] = self._read()
        self._used: set[str] = set()
        self._changed = False

    def routine(self, path: Path) -> Routine:
        """The routine in ``path``; raises RoutineError as the loader would."""
        name = str(path)
        self._used.add(name)
        stamp = _routine_stamp(path, self._assets)
        entry = self._entries.get(name)
        if stamp is not None and entry is not None and entry.get("stamp") == stamp:
            try:
                return _from_entry(entry)  # a cached RoutineError is raised as it was
            except (KeyError, TypeError, ValueError, AttributeError, OSError):
                pass  # a malformed entry, or an illustration gone: read the file again
        from coach.core.routine_file import load_routine  # imports PyYAML: only on a miss

        try:
            routine = load_routine(path, self._assets)
        except RoutineError as error:
            self._store(name, stamp, {"problems": [_problem_to_json(p) for p in error.problems]})
            raise
        self._store(name, stamp, {"routine": _routine_to_json(routine)})
        return routine

    def save(self) -> None:
        """Write the cache if anything in it changed; a cache that cannot be written is skipped."""
        stale = set(self._entries) - self._used
        if not self._changed and not stale:
            return
        for name in stale:
            del self._entries[name]
        document = {"key": self._key, "crc": _crc(self._entries), "files": self._entries}
        # Written beside and renamed over, so a reader never sees half a file; the
        # pid keeps a CLI command and the app from sharing the temporary name.
        temporary = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            os.replace(temporary, self.file)
        except OSError:  # read-only or full: the next start reads the YAML again
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
        self._changed = False

    def _store(self, name: str, stamp: list[int | None] | None, entry: dict[str, Any]) -> None:
        if stamp is None or _last_change_ns(stamp) > self._settled_before:
            if self._entries.pop(name, None) is not None:
                self._changed = True
            return
        self._entries[name] = {"stamp": stamp, **entry}
        self._changed = True

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            document = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict) or document.get("key") != self._key:
            return {}
        files = document.get("files")
        if not isinstance(files, dict) or document.get("crc") != _crc(files):
            return {}
        return {name: entry for name, entry in files.items() if isinstance(entry, dict)}


def _cache_key(assets: Path) -> list[Any]:
    """What else a parse depends on: the format, the app, the loader's own code, the assets."""
    here = Path(__file__).parent
    loader_stamps = [_stamp(here / name) for name in ("routine.py", "routine_file.py")]
    return [FORMAT, __version__, loader_stamps, str(assets)]


def _stamp(path: Path) -> list[int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]


def _routine_stamp(path: Path, assets: Path) -> list[int | None] | None:
    """The file's stamp, then the modification times of the folders the loader
    looks for illustrations in (the routine's own first, as ``routine_file`` does).
    Pictures are plain file names in these folders, so adding or removing one
    changes one of these times."""
    stamp = _stamp(path)
    if stamp is None:
        return None
    folders = (path.parent, assets / "images", assets)
    return stamp + [status[1] if (status := _stamp(folder)) else None for folder in folders]


def _last_change_ns(stamp: list[int | None]) -> int:
    """The latest of the file's modification time and its picture folders' (see ``_routine_stamp``)."""
    file_mtime, folder_mtimes = stamp[1], stamp[4:]
    return max([file_mtime, *(t for t in folder_mtimes if t is not None)])


def _crc(files: dict[str, Any]) -> int:
    """A checksum of the entries, so a hand-edited or damaged cache is not trusted."""
    text = json.dumps(files, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return zlib.crc32(text.encode("utf-8"))


def _routine_to_json(routine: Routine) -> dict[str, Any]:
    data = {f.name: getattr(routine, f.name) for f in fields(Routine)}
    data["steps"] = [_step_to_json(step) for step in routine.steps]
    data["source"] = str(routine.source) if routine.source else None
    return data


def _step_to_json(step: Step) -> dict[str, Any]:
    data = {f.name: getattr(step, f.name) for f in fields(Step)}
    data["cues"] = list(step.cues)
    data["image"] = str(step.image) if step.image else None
    return data


def _from_entry(entry: dict[str, Any]) -> Routine:
    if "problems" in entry:
        raise RoutineError([Problem(**problem) for problem in entry["problems"]])
    data = dict(entry["routine"])
    steps = []
    for raw in data["steps"]:
        step = dict(raw)
        step["cues"] = tuple(step["cues"])
        step["image"] = Path(step["image"]) if step["image"] else None
        if step["image"] is not None and not step["image"].is_file():
            raise OSError("an illustration has gone")  # the loader says which, and where
        steps.append(Step(**step))
    data["steps"] = tuple(steps)
    data["source"] = Path(data["source"]) if data["source"] else None
    return Routine(**data)


def _problem_to_json(problem: Problem) -> dict[str, Any]:
    return {f.name: getattr(problem, f.name) for f in fields(Problem)}
