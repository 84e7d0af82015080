"""The diary's schema, as a list of forward migrations.

``MIGRATIONS[i]`` turns a version-``i`` database into version ``i + 1``; the
version lives in ``PRAGMA user_version``. Each migration runs in one
transaction together with the version bump, so a crash leaves the file at the
old version or the new one, never in between. To change the schema, append a
function; never edit one that has shipped.

Version 1 is the session log of the player issue (sessions, settings);
version 2 adds the diary proper (shoes, runs, pain entries); version 3 makes
every table STRICT with CHECKs on times, ratings and amounts, so the database
holds the line against other programs too, and marks the file as ours
(``PRAGMA application_id``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from coach.core.i18n import _

Migration = Callable[[sqlite3.Connection], None]

APPLICATION_ID = 0x50434B44  # "PCKD": Prehab Coach knee diary, in the file's header


def _v1_session_log(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_hash TEXT NOT NULL DEFAULT '',
            focus TEXT NOT NULL DEFAULT '',
            started TEXT NOT NULL,
            ended TEXT,
            status TEXT NOT NULL,
            steps_done INTEGER NOT NULL DEFAULT 0,
            steps_total INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    conn.execute("CREATE INDEX sessions_started ON sessions (started)")
    conn.execute("CREATE INDEX sessions_status ON sessions (status)")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2_diary(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE shoes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            started TEXT NOT NULL,
            start_km REAL NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            distance_km REAL NOT NULL,
            minutes REAL,
            shoe_id INTEGER REFERENCES shoes (id) ON DELETE SET NULL
        )
        """
    )
    conn.execute("CREATE INDEX runs_at ON runs (at)")
    conn.execute("CREATE INDEX runs_shoe ON runs (shoe_id)")
    conn.execute(
        """
        CREATE TABLE pain (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            moment TEXT NOT NULL,
            left_nrs INTEGER,
            right_nrs INTEGER,
            locations TEXT NOT NULL DEFAULT '',
            characters TEXT NOT NULL DEFAULT '',
            flags TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    conn.execute("CREATE INDEX pain_at ON pain (at)")


_TIME = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'"  # iso(), to the second
_DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_V3_TABLES = {
    "shoes": f"""
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 200),
        started TEXT NOT NULL CHECK (started GLOB {_DAY}),
        start_km REAL NOT NULL DEFAULT 0 CHECK (start_km >= 0),
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))""",
    "runs": f"""
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL CHECK (at GLOB {_TIME}),
        distance_km REAL NOT NULL CHECK (distance_km >= 0),
        minutes REAL CHECK (minutes IS NULL OR minutes >= 0),
        shoe_id INTEGER REFERENCES shoes (id) ON DELETE SET NULL""",
    "pain": f"""
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL CHECK (at GLOB {_TIME}),
        moment TEXT NOT NULL,
        left_nrs INTEGER CHECK (left_nrs IS NULL OR left_nrs BETWEEN 0 AND 10),
        right_nrs INTEGER CHECK (right_nrs IS NULL OR right_nrs BETWEEN 0 AND 10),
        locations TEXT NOT NULL DEFAULT '',
        characters TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''""",
    "sessions": f"""
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_hash TEXT NOT NULL DEFAULT '',
        focus TEXT NOT NULL DEFAULT '',
        started TEXT NOT NULL CHECK (started GLOB {_TIME}),
        ended TEXT CHECK (ended IS NULL OR ended GLOB {_TIME}),
        status TEXT NOT NULL,
        steps_done INTEGER NOT NULL DEFAULT 0 CHECK (steps_done >= 0),
        steps_total INTEGER NOT NULL DEFAULT 0 CHECK (steps_total >= 0),
        position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)""",
    "settings": """
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL""",
}
_V3_INDEXES = {"sessions": ("sessions_started (started)", "sessions_status (status)"),
               "runs": ("runs_at (at)", "runs_shoe (shoe_id)"), "pain": ("pain_at (at)",)}  # fmt: skip


def _v3_strict(conn: sqlite3.Connection) -> None:
    """Every table rebuilt STRICT, with CHECKs; the file marked as a Prehab Coach diary.

    A row that the new constraints refuse (only a file someone else wrote into
    holds one) is not dropped: it goes, as JSON, into ``set_aside``, where
    ``Diary.opening_report`` counts it. Foreign keys are off while tables are
    swapped (see :func:`migrate`), so shoe links survive the rebuild.
    """
    conn.execute("CREATE TABLE set_aside (id INTEGER PRIMARY KEY, source TEXT NOT NULL, entry TEXT NOT NULL,"
                 " reason TEXT NOT NULL) STRICT")  # fmt: skip
    for table, columns in _V3_TABLES.items():
        conn.execute(f"CREATE TABLE new_{table} ({columns}\n) STRICT")
        names = [row[1] for row in conn.execute(f"SELECT * FROM pragma_table_info('new_{table}')")]
        listed = ", ".join(names)
        marks = ", ".join("?" * len(names))
        for row in conn.execute(f"SELECT {listed} FROM {table}").fetchall():
            try:
                conn.execute(f"INSERT INTO new_{table} ({listed}) VALUES ({marks})", row)
            except sqlite3.IntegrityError as error:
                import json  # only for a row someone else wrote

                entry = json.dumps(dict(zip(names, row, strict=False)), default=lambda value: value.hex())
                conn.execute("INSERT INTO set_aside (source, entry, reason) VALUES (?, ?, ?)", (table, entry, str(error)))
    for table in _V3_TABLES:
        conn.execute(f"DROP TABLE {table}")  # its indexes go with it
        conn.execute(f"ALTER TABLE new_{table} RENAME TO {table}")
    for table, indexes in _V3_INDEXES.items():
        for index in indexes:
            conn.execute(f"CREATE INDEX {index.replace(' (', f' ON {table} (')}")
    # Who this diary is, for telling its own write-ahead log from another's (wal_check).
    conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('diary_id', lower(hex(randomblob(16))))")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v4_effort(conn: sqlite3.Connection) -> None:
    """Effort (0-10, Borg CR-10) on runs and sessions: NULL where it was not asked."""
    for table in ("runs", "sessions"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN effort INTEGER CHECK (effort IS NULL OR effort BETWEEN 0 AND 10)")


def _v5_run_imports(conn: sqlite3.Connection) -> None:
    """Runs from files: an ``imports`` table (one row per import, so it can be undone as a
    whole) and on ``runs`` where each came from (see :mod:`run_imports`)."""
    from coach.core.diary.run_imports import create_schema

    create_schema(conn)


def _v6_shoe_limits(conn: sqlite3.Connection) -> None:
    """Each pair its own limit (a racing flat wears out sooner than a trainer); 800 km as before."""
    conn.execute("ALTER TABLE shoes ADD COLUMN limit_km REAL NOT NULL DEFAULT 800 "
                 "CHECK (limit_km BETWEEN 50 AND 5000)")  # fmt: skip


def _v7_import_shoes(conn: sqlite3.Connection) -> None:
    """Which import made a pair (from a watch's gear name), so undoing the import removes it too."""
    conn.execute("ALTER TABLE shoes ADD COLUMN import_id INTEGER REFERENCES imports (id) ON DELETE SET NULL")


MIGRATIONS: list[Migration] = [_v1_session_log, _v2_diary, _v3_strict, _v4_effort, _v5_run_imports, _v6_shoe_limits,
                               _v7_import_shoes]  # fmt: skip
CURRENT_VERSION = len(MIGRATIONS)


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction that takes the write lock up front (safe with WAL); rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Bring ``conn`` up to ``target``, one transaction per step.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Returns the
    version found before migrating. A database newer than ``target`` is left
    alone; refusing it is the caller's decision.
    """
    found = user_version(conn)
    if found >= target:
        return found
    # A table rebuilt while foreign keys are on would set every link to it to NULL
    # when the old one is dropped; the pragma cannot change inside a transaction.
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(found, target):
            with immediate(conn):
                # Re-read under the write lock: another process may have migrated
                # the file between our read and the lock.
                if user_version(conn) != version:
                    continue
                MIGRATIONS[version](conn)
                if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError(_("migration to version {version} broke a link between entries").format(
                                                   version=version + 1))
                conn.execute(f"PRAGMA user_version = {version + 1}")
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    return found
