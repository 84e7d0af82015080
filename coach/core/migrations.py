"""The diary's schema, as a list of forward migrations.

``MIGRATIONS[i]`` turns a version-``i`` database into version ``i + 1``; the
version lives in ``PRAGMA user_version``. Each migration runs in one
transaction together with the version bump, so a crash leaves the file at the
old version or the new one, never in between. To change the schema, append a
function; never edit one that has shipped.

Version 1 is the session log of the player issue (sessions, settings);
version 2 adds the diary proper (shoes, runs, pain entries).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


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


MIGRATIONS: list[Migration] = [_v1_session_log, _v2_diary]
CURRENT_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Bring ``conn`` up to ``target``, one transaction per step.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Returns the
    version found before migrating. A database newer than ``target`` is left
    alone; refusing it is the caller's decision.
    """
    found = user_version(conn)
    for version in range(found, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated
            # the file between our read and the lock.
            if user_version(conn) != version:
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found
