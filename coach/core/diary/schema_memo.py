"""What the migrations make, per schema version: worked out once, then remembered on disk.

The diary's opening checks compare the file with the tables, columns and indexes
the migrations create for its version. Working that out runs every migration on
an in-memory database, about 15 ms: more than all the other opening checks
together, and paid by every ``coach`` command and every start of the app. The
answer depends only on this app's migrations and on SQLite, so it is kept in the
data folder's cache, stamped with the migrations module's file (size, mtime) and
SQLite's version, and worked out again as soon as either differs. A memo that is
missing, unreadable or stale costs those 15 ms again, nothing else: the file
itself is still checked on every open.

The answers this process has are kept in a module dict, as ``functools.cache``
kept them before: they are facts about the code, the same for every diary.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coach.core.diary import migrations

Expected = tuple[dict[str, frozenset[str]], frozenset[tuple[str, str]]]  # each table's columns; (type, name) of each object

FORMAT = "coach-diary-schema 1"
_known: dict[int, Expected] = {}  # schema version -> what its migrations make (this process)
_unsaved: set[int] = set()  # worked out here, not yet in the memo file


def expected(version: int) -> Expected:
    """What migrations create up to ``version``: each table's columns, and (type, name)
    of every table, index, view and trigger (SQLite's own left out)."""
    found = _known.get(version)
    if found is None:
        found = _known[version] = _work_out(version)
        _unsaved.add(version)
    return found


def _work_out(version: int) -> Expected:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(conn, version)
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        columns = {table: frozenset(row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,)))
                   for table in tables}  # fmt: skip
        objects = frozenset((kind, name) for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
                            if not name.startswith("sqlite_"))  # fmt: skip
        return columns, objects
    finally:
        conn.close()


def _stamp() -> str:
    """What the memo is valid for: this app's migrations and this SQLite."""
    source = Path(migrations.__file__)
    try:
        info = source.stat()
    except OSError:
        return ""
    return f"{FORMAT} {migrations.CURRENT_VERSION} {sqlite3.sqlite_version} {info.st_size} {info.st_mtime_ns}"


def recall(memo: Path) -> None:
    """Take the answers an earlier run wrote to ``memo``, if it was this same code's."""
    try:
        lines = memo.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    stamp = _stamp()
    if not stamp or not lines or lines[0] != stamp:
        return
    try:
        read = _parse(lines[1:])
    except (ValueError, IndexError):  # cut short or edited: worked out again, and rewritten
        return
    for version, answer in read.items():
        _known.setdefault(version, answer)


def _parse(lines: list[str]) -> dict[int, Expected]:
    read: dict[int, tuple[dict[str, frozenset[str]], set[tuple[str, str]]]] = {}
    columns: dict[str, frozenset[str]] = {}
    objects: set[tuple[str, str]] = set()
    for line in lines:
        word, *rest = line.split(" ")
        if word == "version":
            columns, objects = {}, set()
            read[int(rest[0])] = (columns, objects)
        elif word == "table" and read:
            columns[rest[0]] = frozenset(rest[1:])
        elif word == "object" and read and len(rest) == 2:
            objects.add((rest[0], rest[1]))
        else:
            raise ValueError(line)
    return {version: (cols, frozenset(objs)) for version, (cols, objs) in read.items()}


def remember(memo: Path) -> None:
    """Write what this process worked out to ``memo``, for the next run; a folder that
    cannot be written only means working it out again next time."""
    if not _unsaved:
        return
    stamp = _stamp()
    names = [name for columns, objects in _known.values() for name in (*columns, *(c for cs in columns.values()
             for c in cs), *(part for pair in objects for part in pair))]  # fmt: skip
    if not stamp or any(not name or name != name.strip() or len(name.split()) != 1 for name in names):
        return  # a name the line format cannot carry: not remembered
    lines = [stamp]
    for version in sorted(_known):
        columns, objects = _known[version]
        lines.append(f"version {version}")
        lines += [" ".join(["table", table, *sorted(cols)]) for table, cols in sorted(columns.items())]
        lines += [f"object {kind} {name}" for kind, name in sorted(objects)]
    partial = memo.with_name(f"{memo.name}.{os.getpid()}.tmp")
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(partial, memo)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        return
    _unsaved.clear()
