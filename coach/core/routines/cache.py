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

The cache is a speed-up, never an authority: whatever it holds is checked as
strictly as the loader checks a file (``routine_rules.routine_problems``), so a
cache crafted with a valid checksum still cannot bring in a routine the loader
would refuse, and a damaged one (deep nesting, a lone surrogate, wrong types,
not a regular file) is simply rebuilt.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from coach import __version__
from coach.core.errors import Problem, RoutineError
from coach.core.i18n import active_language
from coach.core.routines.routine import Change, Routine, Step, Variant, Week
from coach.core.routines.rules import routine_problems
from coach.core.safe_read import UnreadableFile, read_regular

FORMAT = 3  # bump when the stored shape of a routine changes
MAX_CACHE_BYTES = 16 * 2**20  # far more than any folder of routines needs
_LOADER_FILES = ("routines/routine.py", "routines/file.py", "routines/rules.py", "values.py", "safe_read.py", "routines/cache.py",
                 "routines/file_blocks.py", "routines/progression.py", "routines/file_nodes.py")
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
        if stamp is not None and entry is not None and entry.get("stamp") == stamp and _in_this_language(entry):
            try:
                return _from_entry(entry, path, _image_roots(path, self._assets))  # a cached RoutineError is raised as it was
            except (_Refused, KeyError, TypeError, ValueError, AttributeError, OSError, RecursionError):
                pass  # a malformed or crafted entry, or an illustration gone: read the file again
        from coach.core.routines.file import load_routine  # imports PyYAML: only on a miss

        try:
            routine = load_routine(path, self._assets)
        except RoutineError as error:
            self._store(name, stamp, {"problems": [_problem_to_json(p) for p in error.problems],
                                      "language": active_language()})
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
            # ASCII with escapes: a lone surrogate (an undecodable byte in a file name)
            # survives the round trip instead of failing to encode.
            text = json.dumps(document, ensure_ascii=True, separators=(",", ":"))
        except (ValueError, TypeError, RecursionError, OverflowError):  # never fatal: the next start parses again
            self._changed = False
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")  # ASCII, so UTF-8 too
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
            document = json.loads(read_regular(self.file, MAX_CACHE_BYTES).decode("utf-8"))
            if not isinstance(document, dict) or document.get("key") != self._key:
                return {}
            files = document.get("files")
            if not isinstance(files, dict) or document.get("crc") != _crc(files):
                return {}
        except (UnreadableFile, ValueError, RecursionError, TypeError):  # deep nesting, bad UTF-8, huge numbers...
            return {}
        return {name: entry for name, entry in files.items() if isinstance(entry, dict)}


def _in_this_language(entry: dict[str, Any]) -> bool:
    """A broken file's problems are worded in the language they were read in: in another
    one the file is read again (a routine itself holds no words of ours, so it always serves)."""
    return "problems" not in entry or entry.get("language") == active_language()


def _cache_key(assets: Path) -> list[Any]:
    """What else a parse depends on: the format, the app, the loader's own code, the assets."""
    here = Path(__file__).parents[1]  # coach/core
    loader_stamps = [_stamp(here / name) for name in _LOADER_FILES]
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
    return max(t for t in (file_mtime, *folder_mtimes) if t is not None)


def _crc(files: dict[str, Any]) -> int:
    """A checksum of the entries, so a hand-edited or damaged cache is not trusted."""
    text = json.dumps(files, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return zlib.crc32(text.encode("utf-8"))


def _routine_to_json(routine: Routine) -> dict[str, Any]:
    data = {f.name: getattr(routine, f.name) for f in fields(Routine)}
    data["steps"] = [_step_to_json(step) for step in routine.steps]
    data["source"] = str(routine.source) if routine.source else None
    data["variants"] = [dict(asdict(v), cues=list(v.cues), image=str(v.image) if v.image else None) for v in routine.variants]
    data["progression"] = [{"week": w.week, "note": w.note, "changes": [asdict(c) for c in w.changes]}
                           for w in routine.progression]  # fmt: skip
    return data


def _step_to_json(step: Step) -> dict[str, Any]:
    data = {f.name: getattr(step, f.name) for f in fields(Step)}
    data["cues"] = list(step.cues)
    data["image"] = str(step.image) if step.image else None
    return data


class _Refused(Exception):
    """A cache entry that is not exactly what the loader would have made."""


def _image_roots(path: Path, assets: Path) -> tuple[Path, ...]:
    return (path.parent, assets / "images", assets)  # as routine_file looks for pictures


_ROUTINE_KEYS = {f.name for f in fields(Routine)}
_STEP_KEYS = {f.name for f in fields(Step)}
_PROBLEM_KEYS = {f.name for f in fields(Problem)}
_VARIANT_KEYS = {f.name for f in fields(Variant)}
_WEEK_KEYS = {f.name for f in fields(Week)}
_CHANGE_KEYS = {f.name for f in fields(Change)}


def _exact_dict(value: object, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _Refused("not the stored shape")
    return value


def _from_entry(entry: dict[str, Any], path: Path, roots: tuple[Path, ...]) -> Routine:
    """The routine (or the problems) an entry holds, checked as strictly as the loader
    checks a file; raises _Refused (or a built-in error) for anything else."""
    if "problems" in entry:
        raise RoutineError([_problem_from(raw, path) for raw in _list(entry["problems"])] or _refuse())
    data = dict(_exact_dict(entry["routine"], _ROUTINE_KEYS))
    if data["source"] != str(path):
        raise _Refused("another file's routine")
    if data["week"] != 0 or isinstance(data["week"], bool):
        raise _Refused("a programme week, not the file's routine")  # the loader always makes week 0
    steps = []
    for raw in _list(data["steps"]):
        step = dict(_exact_dict(raw, _STEP_KEYS))
        step["cues"] = tuple(_list(step["cues"]))
        image = step["image"]
        if image is not None and not isinstance(image, str):
            raise _Refused("an image that is not a path")
        step["image"] = Path(image) if image else None
        steps.append(Step(**step))
    data["steps"] = tuple(steps)
    data["source"] = path
    data["variants"] = tuple(_variant_from(raw) for raw in _list(data["variants"]))
    data["progression"] = tuple(_week_from(raw) for raw in _list(data["progression"]))
    routine = Routine(**data)
    if routine_problems(routine, roots):  # a value the loader refuses, an illustration gone or grown
        raise _Refused("not what the loader makes")
    return routine


def _path_or_none(image: object) -> Path | None:
    if image is not None and not isinstance(image, str):
        raise _Refused("an image that is not a path")
    return Path(image) if image else None


def _variant_from(raw: object) -> Variant:
    variant = dict(_exact_dict(raw, _VARIANT_KEYS))
    return Variant(**dict(variant, cues=tuple(_list(variant["cues"])), image=_path_or_none(variant["image"])))


def _week_from(raw: object) -> Week:
    week = dict(_exact_dict(raw, _WEEK_KEYS))
    changes = tuple(Change(**_exact_dict(change, _CHANGE_KEYS)) for change in _list(week["changes"]))
    return Week(**dict(week, changes=changes))


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise _Refused("not a list")
    return value


def _refuse() -> list[Problem]:
    raise _Refused("a broken file without problems")


def _problem_from(raw: object, path: Path) -> Problem:
    problem = _exact_dict(raw, _PROBLEM_KEYS)
    line, column, message = problem["line"], problem["column"], problem["message"]
    if problem["path"] != str(path) or not isinstance(message, str) or not message.strip():
        raise _Refused("a problem of another file, or without a message")
    for number in (line, column) if column is not None else (line,):
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 10**7:
            raise _Refused("a problem without a line")
    return Problem(str(path), line, column, message)


def _problem_to_json(problem: Problem) -> dict[str, Any]:
    return {f.name: getattr(problem, f.name) for f in fields(Problem)}
