"""Restoring a backup honestly: what it would remove, change and bring back, said first.

A restore replaces the whole diary with the backup, so whatever was logged or edited
since the backup was made would go. :func:`plan_restore` compares the two, entry by
entry, before anything is touched; the command line then needs ``--yes`` and the app
asks. The replaced diary is kept in ``backups/`` either way (see :func:`restore_backup`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coach.core.diary import backups, storage
from coach.core.diary.diary import Diary
from coach.core.diary.fields import record_key
from coach.core.diary.migrations import migrate
from coach.core.diary.records import PainEntry, Run, SessionRecord, Shoe, format_distance
from coach.core.errors import StorageError
from coach.core.i18n import N_, _, ngettext
from coach.core.settings import Settings

Record = PainEntry | Run | SessionRecord | Shoe
CONFIRM_HINT = N_("Nothing was changed; run again with --yes to restore.")  # shown through _()
RETURNED_SHOWN = 10  # entries that would come back, listed before they are only counted


def resolve_backup(text: str, folder: Path) -> Path:
    """A path as given, or a bare file name from ``backups/`` (with or without ``.sqlite3``)."""
    given = Path(text).expanduser()
    if len(given.parts) == 1 and not given.is_file():
        for candidate in (folder / given.name, folder / f"{given.name}.sqlite3"):
            if candidate.is_file():
                return candidate
    return given


def _available(folder: Path) -> str:
    names = sorted(p.name for p in folder.glob("*.sqlite3")) if folder.is_dir() else []
    return ", ".join(names) if names else _("none")


def open_backup(path: Path, like: Diary) -> Diary:
    """The backup's entries, read from a copy in memory (brought up to this app's schema),
    so judging a backup never writes to it."""
    problem = backups.backup_problem(path)
    if problem:
        if not path.is_file():
            raise StorageError(_("cannot restore {path}: {problem} (backups in {folder}: {names})").format(
                path=path, problem=problem, folder=like.paths.backups, names=_available(like.paths.backups)))
        raise StorageError(_("cannot restore {path}: {problem}").format(path=path, problem=problem))
    copy = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source = storage.read_only(path)
        try:
            source.backup(copy)
        finally:
            source.close()
        migrate(copy)
    except sqlite3.Error as error:
        copy.close()
        raise StorageError(_("cannot restore {path}: {error}").format(path=path, error=error)) from error
    return Diary(copy, like.paths, like.clock)


def check_every_entry(diary: Diary, path: Path) -> None:
    """Read every entry of the backup at ``path`` (from a copy in memory) as the app
    would, before anything is replaced: a damaged value stops the restore, not a later start."""
    backup = open_backup(path, diary)
    try:
        backup.sessions(), backup.runs(), backup.pain_entries(), backup.shoes()
    except StorageError as error:
        raise StorageError(_("cannot restore {path}: {error}").format(path=path, error=error)) from None
    finally:
        backup.close()


def restore_backup(diary: Diary, path: Path) -> Path:
    """Replace the diary's content with ``path``, every entry of it read first; returns where
    the replaced content was saved (in ``backups/``), since nothing is ever thrown away."""
    base = f"diary-before-restore-{diary.clock.now():%Y-%m-%d-%H%M%S}"
    saved, n = diary.paths.backups / f"{base}.sqlite3", 2
    while saved.exists():  # two restores within a second: keep both copies
        saved, n = diary.paths.backups / f"{base}-{n}.sqlite3", n + 1
    check_every_entry(diary, Path(path))
    diary.replace_with(Path(path), saved)
    return saved


def _entries(diary: Diary) -> list[Record]:
    return [*diary.sessions(), *diary.runs(), *diary.pain_entries(), *diary.shoes(include_runs=False)]


def _key(record: Record) -> tuple[object, ...]:
    if isinstance(record, Shoe):  # the name alone says which pair; a change is in the rest
        return ("shoe", record.name.casefold(), record.started.isoformat(), record.distance_km, record.retired)
    return record_key(record)


def _kind(record: Record) -> str:
    return {SessionRecord: "session", Run: "run", PainEntry: "pain", Shoe: "shoes"}[type(record)]


def summary(record: Record, units: str = "km") -> str:
    """One line per entry, date first: what a user recognises in a list of losses."""
    if isinstance(record, PainEntry):
        sides = [f"{s[0].upper()} {v}/10" for s, v in (("left", record.left), ("right", record.right)) if v is not None]
        parts = [*sides, record.moment, ", ".join(record.locations), ", ".join(record.flags)]
        parts.append(repr(record.note[:40]) if record.note else "")
        when = f"{record.at:%Y-%m-%d %H:%M}"
    elif isinstance(record, Run):
        parts = [format_distance(record.distance_km, units, digits=2),
                 f"{record.minutes:g} min" if record.minutes is not None else "", record.shoes or ""]  # fmt: skip
        when = f"{record.at:%Y-%m-%d %H:%M}"
    elif isinstance(record, SessionRecord):
        steps = _("{done}/{total} steps").format(done=record.steps_done, total=record.steps_total) if record.steps_total else ""
        parts = [record.routine_id, record.status, steps]
        when = f"{record.started:%Y-%m-%d %H:%M}"
    else:
        parts = [record.name, _("{distance} before").format(distance=format_distance(record.distance_km, units))
                 if record.distance_km else "", _("retired") if record.retired else ""]  # fmt: skip
        when = f"{record.started:%Y-%m-%d}"
    return f"{when:<16}  {_kind(record):<7}  " + "  ".join(p for p in parts if p)


@dataclass(frozen=True)
class RestorePlan:
    """What restoring ``backup`` would do to the current diary, one line per entry."""

    backup: Path
    removed: tuple[str, ...] = ()  # in the current diary, not in the backup: lost
    changed: tuple[tuple[str, str], ...] = ()  # (now, as it would be again)
    returned: tuple[str, ...] = ()  # in the backup only: deleted since, would come back

    @property
    def loses_anything(self) -> bool:
        return bool(self.removed or self.changed)

    def lines(self, limit: int | None = None, done: bool = False) -> list[str]:
        """The plan as text for a terminal (every loss) or a question (``limit`` lines a list);
        ``done``: told after the restore, in the past tense. What comes back is only counted
        past RETURNED_SHOWN: after a damaged diary it is everything."""
        if done:
            out = [_("Restoring {backup} replaced the whole diary.").format(backup=self.backup.name)]
        else:
            out = [_("Restoring {backup} replaces the whole diary.").format(backup=self.backup.name)]
        if self.removed:
            n = len(self.removed)
            out.append((ngettext("It removed {count} entry that the backup does not have:",
                                 "It removed {count} entries that the backup does not have:", n) if done else
                        ngettext("It would remove {count} entry that the backup does not have:",
                                 "It would remove {count} entries that the backup does not have:", n)).format(count=n))
            out += _capped([f"  {line}" for line in self.removed], limit)
        if self.changed:
            n = len(self.changed)
            out.append((ngettext("It changed {count} entry back to how the backup has it:",
                                 "It changed {count} entries back to how the backup has it:", n) if done else
                        ngettext("It would change {count} entry back to how the backup has it:",
                                 "It would change {count} entries back to how the backup has it:", n)).format(count=n))
            out += _capped([f"  {now}  →  {then}" for now, then in self.changed], limit)
        if self.returned:
            n = len(self.returned)
            out.append((ngettext("It brought back {count} entry deleted since (or missing from this diary).",
                                 "It brought back {count} entries deleted since (or missing from this diary).", n) if done else
                        ngettext("It would bring back {count} entry deleted since (or missing from this diary).",
                                 "It would bring back {count} entries deleted since (or missing from this diary).", n)
                        ).format(count=n))
            out += _capped([f"  {line}" for line in self.returned], min(limit or RETURNED_SHOWN, RETURNED_SHOWN))
        if not self.loses_anything:
            out.append(_("Nothing in the current diary was lost.") if done else _("Nothing in the current diary would be lost."))
        return out


def _capped(lines: list[str], limit: int | None) -> list[str]:
    if limit is None or len(lines) <= limit:
        return lines
    return lines[:limit] + [_("  … and {count} more (`coach diary restore` lists them all)").format(count=len(lines) - limit)]


def _count(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def _identity(record: Record) -> tuple[str, int | None, str]:
    anchor = record.name.casefold() if isinstance(record, Shoe) else _when(record).isoformat()
    return (_kind(record), record.id, anchor)


def _when(record: Record) -> date | datetime:
    return record.started if isinstance(record, (SessionRecord, Shoe)) else record.at


def _order(record: Record) -> tuple[str, str, int]:
    return (_when(record).isoformat(), _kind(record), record.id or 0)


def plan_restore(diary: Diary, backup: Path) -> RestorePlan:
    """Compare ``diary`` with ``backup`` entry by entry; nothing is written to either."""
    other = open_backup(backup, diary)
    try:
        theirs = _entries(other)
    finally:
        other.close()
    ours = _entries(diary)
    units = Settings(diary).get("units")
    left = Counter(_key(r) for r in theirs)
    gone: list[Record] = []
    for record in ours:
        key = _key(record)
        if left[key]:
            left[key] -= 1
        else:
            gone.append(record)
    back: list[Record] = []
    for record in theirs:
        key = _key(record)
        if left[key]:
            left[key] -= 1
            back.append(record)
    # The same row on both sides was edited, not added and deleted. SQLite may give a
    # new entry the id of one deleted since, so the time (a pair's name) must match too.
    by_id = {_identity(r): r for r in back}
    changed: list[tuple[Record, Record]] = []
    removed: list[Record] = []
    for record in gone:
        twin = by_id.pop(_identity(record), None)
        if twin is None:
            removed.append(record)
        else:
            changed.append((record, twin))
    returned = [r for r in back if _identity(r) in by_id]
    return RestorePlan(
        backup=backup,
        removed=tuple(summary(r, units) for r in sorted(removed, key=_order)),
        changed=tuple((summary(a, units), summary(b, units)) for a, b in sorted(changed, key=lambda p: _order(p[0]))),
        returned=tuple(summary(r, units) for r in sorted(returned, key=_order)),
    )
