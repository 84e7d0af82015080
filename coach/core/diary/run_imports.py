"""The diary's side of run import: the schema, the runs already logged, one
transaction per import, and undoing an import as a whole.

An imported run is a :class:`Run` like a typed one: where it came from (``source``,
``device``, ``avg_hr``, ``elevation_m``, ``gear``, ``import_id``) is declared with the
run's other fields (coach.core.diary.fields), so it is written, read back, exported and
imported like them. What is kept here is the ``imports`` table and undoing an import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from coach.core.diary.records import Run
from coach.core.diary.rows import insert
from coach.core.errors import InputError
from coach.core.i18n import _

if TYPE_CHECKING:
    from coach.core.diary.diary import Diary

class Writable(Protocol):
    """What an import needs of a run: the diary's row plus where it came from."""

    @property
    def at(self) -> datetime: ...

    @property
    def distance_km(self) -> float: ...

    @property
    def minutes(self) -> float: ...

    @property
    def source(self) -> str: ...

    @property
    def device(self) -> str | None: ...

    @property
    def avg_hr(self) -> float | None: ...

    @property
    def elevation_m(self) -> float | None: ...

    @property
    def gear(self) -> str | None: ...

    @property
    def shoe(self) -> str | None: ...


@dataclass(frozen=True)
class ImportRecord:
    id: int
    at: datetime
    sources: str
    runs: int
    undone: datetime | None


def logged_runs(diary: Diary) -> list[tuple[datetime, float]]:
    """Every run in the diary, typed or imported, as (local start, km), for finding duplicates."""
    rows = diary._conn.execute("SELECT at, distance_km FROM runs")  # noqa: SLF001 - the diary's own package
    return [(datetime.fromisoformat(at), float(km)) for at, km in rows]


def shoe_names(diary: Diary) -> list[str]:
    return [name for (name,) in diary._conn.execute("SELECT name FROM shoes ORDER BY name")]  # noqa: SLF001


def write_import(diary: Diary, runs: Iterable[Writable], sources: str, new_shoes: Iterable[str] = ()) -> int:
    """All ``runs`` (and the new pairs the user accepted) in one transaction; the import's id.

    A run's ``shoe`` must name an existing pair or one of ``new_shoes``; nothing else is created."""
    now = diary.clock.now().replace(microsecond=0)
    with diary._write() as conn:  # noqa: SLF001
        cursor = conn.execute("INSERT INTO imports (at, sources) VALUES (?, ?)", (now.isoformat(), sources[:2000]))
        import_id = int(cursor.lastrowid or 0)
        for name in new_shoes:
            conn.execute("INSERT OR IGNORE INTO shoes (name, started, import_id) VALUES (?, ?, ?)",
                         (name, now.date().isoformat(), import_id))  # fmt: skip
        shoes = {name.casefold(): name for (name,) in conn.execute("SELECT name FROM shoes")}
        count = 0
        for run in runs:
            shoe = shoes.get(run.shoe.casefold()) if run.shoe else None
            if run.shoe and shoe is None:
                raise InputError(_("the shoes {shoe!r} are not in the diary; add them first").format(shoe=run.shoe))
            insert(conn, Run(run.at.replace(microsecond=0), round(run.distance_km, 3), round(run.minutes, 2), shoe,
                             source=run.source, device=run.device, avg_hr=run.avg_hr, elevation_m=run.elevation_m,
                             gear=run.gear, import_id=import_id))  # fmt: skip
            count += 1
        conn.execute("UPDATE imports SET runs = ? WHERE id = ?", (count, import_id))
    return import_id


def imports(diary: Diary) -> list[ImportRecord]:
    rows = diary._conn.execute("SELECT id, at, sources, runs, undone FROM imports ORDER BY id")  # noqa: SLF001
    return [ImportRecord(i, datetime.fromisoformat(at), s, n, datetime.fromisoformat(u) if u else None)
            for i, at, s, n, u in rows]  # fmt: skip


def undo_import(diary: Diary, import_id: int) -> int:
    """Delete every run that import ``import_id`` added (edited or not), and the pairs it made
    that no other run is in; how many runs. The import stays listed, marked undone."""
    now = diary.clock.now().replace(microsecond=0)
    with diary._write() as conn:  # noqa: SLF001
        row = conn.execute("SELECT undone FROM imports WHERE id = ?", (import_id,)).fetchone()
        if row is None:
            raise InputError(_("there is no import {import_id} (see `coach import list`)").format(import_id=import_id))
        if row[0] is not None:
            raise InputError(_("import {import_id} was already undone on {replace}").format(
                               import_id=import_id, replace=row[0].replace('T', ' ')))
        count = conn.execute("DELETE FROM runs WHERE import_id = ?", (import_id,)).rowcount
        conn.execute("DELETE FROM shoes WHERE import_id = ? AND NOT EXISTS (SELECT 1 FROM runs WHERE shoe_id = shoes.id)",
                     (import_id,))  # fmt: skip
        conn.execute("UPDATE imports SET undone = ? WHERE id = ?", (now.isoformat(), import_id))
    return int(count)
