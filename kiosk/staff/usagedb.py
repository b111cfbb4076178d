"""The usage file (usage.sqlite3): statistics and feedback, apart from the Local Offer database.

An import or a rollback never touches it. Its schema is numbered migrations, as the main
store's (kiosk.store.schema): a file made by a newer kiosk is refused, never changed. It runs
in WAL mode and every write is its own committed transaction, so a crash loses nothing
written before it, and `kiosk stats` can read while the kiosk writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import paths
from kiosk.store.database import readonly_uri
from kiosk.store.schema import applied_steps

if TYPE_CHECKING:
    import sqlite_utils

USAGE_NAME = "usage.sqlite3"
MIGRATION_SET = "send-kiosk-usage"
BUSY_MS = 500  # a write waits this long for another writer, then gives up (the kiosk goes on)

Migration = Callable[["sqlite_utils.Database"], None]
STEPS: list[tuple[str, Migration]] = []


class UsageFileError(Exception):
    """The usage file cannot be used (made by a newer kiosk, damaged, unwritable)."""


def migration(func: Migration) -> Migration:
    """Register FUNC as the next step of the usage file's schema."""
    STEPS.append((func.__name__, func))
    return func


@migration
def m001_usage(db: sqlite_utils.Database) -> None:
    """Counts per day and hour, the words of searches that found nothing per day, feedback."""
    for statement in (
        """CREATE TABLE counts (
            day TEXT NOT NULL,
            hour INTEGER NOT NULL,
            event TEXT NOT NULL,
            key TEXT NOT NULL DEFAULT '',
            n INTEGER NOT NULL,
            PRIMARY KEY (day, hour, event, key)
        )""",
        """CREATE TABLE unfound_searches (
            day TEXT NOT NULL,
            words TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (day, words)
        )""",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            subject_kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            kind TEXT NOT NULL,
            rating TEXT NOT NULL DEFAULT '',
            reasons TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX feedback_day ON feedback(day)",
    ):
        db.execute(statement)


def usage_path() -> Path:
    """usage.sqlite3 in the per-machine data folder."""
    return paths.data_dir() / USAGE_NAME


def open_usage(path: Path | None = None) -> sqlite3.Connection:
    """The usage file at PATH, created and brought up to date; autocommit, any thread.

    Raises UsageFileError when it cannot be opened or was made by a newer kiosk.
    """
    path = path or usage_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as exc:
        raise UsageFileError(f"cannot open {path}: {exc}") from None
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise UsageFileError(f"cannot use {path}: {exc}") from None
    except UsageFileError:
        conn.close()
        raise
    return conn


def open_usage_readonly(path: Path | None = None) -> sqlite3.Connection | None:
    """The usage file for reading (reports), or None when there is none yet.

    Raises UsageFileError when it exists but cannot be read.
    """
    path = path or usage_path()
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=5)
        steps = _applied(conn)
    except sqlite3.Error as exc:
        raise UsageFileError(f"cannot read {path}: {exc}") from None
    if not steps:
        conn.close()
        return None
    _refuse_newer(conn, steps, path)
    return conn


def _applied(conn: sqlite3.Connection) -> list[str]:
    return applied_steps(conn, MIGRATION_SET)


def _refuse_newer(conn: sqlite3.Connection, steps: list[str], path: Path) -> None:
    known = {name for name, _ in STEPS}
    unknown = [name for name in steps if name not in known]
    if unknown:
        conn.close()
        raise UsageFileError(
            f"{path} was made by a newer kiosk (steps {', '.join(unknown)}); it is left as it is"
        )


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    steps = _applied(conn)
    _refuse_newer(conn, steps, path)
    if len(steps) == len(STEPS):
        return
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, func in STEPS:
        migrations(name=name)(func)
    migrations.apply(sqlite_utils.Database(conn))
    conn.execute(f"PRAGMA user_version = {len(STEPS)}")
