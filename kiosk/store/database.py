"""Opening kiosk database files: read-only for readers, read-write (migrated) for the one writer.

Readers never write: opening for reading neither creates, migrates nor repairs a file, so
`kiosk check`, `kiosk export` and the running kiosk work on read-only media and a full disk.
Only the writer (an import, a rollback, the start-up refresh, each holding the write lock)
opens a file for writing, and only then are migrations applied.

When a file cannot be opened, DatabaseError.trouble says why, so that a caller can tell
"cannot be used right now" (locked, read-only, full, newer, unreadable) from "damaged".
Only damage is ever a reason to set a file aside.
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.store import schema
from kiosk.store.schema import Queryable

if TYPE_CHECKING:
    import sqlite_utils

# How long a reader waits for another process's write lock before giving up (seconds).
READ_BUSY_TIMEOUT_S = 1.0
WRITE_BUSY_TIMEOUT_S = 5.0


class Trouble(enum.Enum):
    """Why a database file cannot be used."""

    MISSING = "missing"  # there is no file
    BUSY = "busy"  # another process holds a lock on it: try again shortly
    UNWRITABLE = "unwritable"  # a read-only file, folder or medium
    FULL = "full"  # no space left on the disk
    NEWER = "newer"  # made by a newer version of the kiosk
    OLDER = "older"  # made by an older version, and not brought up to date (read-only?)
    UNREADABLE = "unreadable"  # no permission, or an input/output error
    DAMAGED = "damaged"  # not a database, fails its check, or not a kiosk database

    @property
    def is_damage(self) -> bool:
        """Only damage justifies setting the file aside; everything else may pass."""
        return self is Trouble.DAMAGED


class DatabaseError(RuntimeError):
    """The database cannot be used as it is; str() is one line, .trouble says why."""

    def __init__(self, message: str, trouble: Trouble = Trouble.DAMAGED) -> None:
        super().__init__(message)
        self.trouble = trouble


# SQLite's primary result codes (https://www.sqlite.org/rescode.html) -> Trouble
_BY_CODE = {
    3: Trouble.UNREADABLE,  # SQLITE_PERM
    5: Trouble.BUSY,  # SQLITE_BUSY
    6: Trouble.BUSY,  # SQLITE_LOCKED
    8: Trouble.UNWRITABLE,  # SQLITE_READONLY
    10: Trouble.UNREADABLE,  # SQLITE_IOERR
    11: Trouble.DAMAGED,  # SQLITE_CORRUPT
    13: Trouble.FULL,  # SQLITE_FULL
    14: Trouble.UNREADABLE,  # SQLITE_CANTOPEN
    23: Trouble.UNREADABLE,  # SQLITE_AUTH
    26: Trouble.DAMAGED,  # SQLITE_NOTADB
}

_MEANING = {
    Trouble.MISSING: "does not exist",
    Trouble.BUSY: "is locked by another program",
    Trouble.UNWRITABLE: "is on a read-only file, folder or disk",
    Trouble.FULL: "cannot be written because the disk is full",
    Trouble.NEWER: "was made by a newer version of the kiosk",
    Trouble.OLDER: "was made by an older version of the kiosk and has not been brought up "
    "to date (it is brought up to date when the kiosk starts, if the disk can be written)",
    Trouble.UNREADABLE: "cannot be read (no permission, or a disk error)",
    Trouble.DAMAGED: "is damaged",
}


def trouble_of(exc: sqlite3.Error) -> Trouble:
    """Which kind of trouble an error from sqlite3 means.

    Every error SQLite itself reports carries its result code (Python 3.11+). The few the
    sqlite3 module raises on its own (a closed connection, a value it cannot bind) carry
    none: they say nothing about the file, so they are never taken for damage.
    """
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return Trouble.UNREADABLE
    return _BY_CODE.get(code & 0xFF, Trouble.UNREADABLE)


def describe(trouble: Trouble) -> str:
    """What TROUBLE means, as the end of a sentence that begins with the file's name."""
    return _MEANING[trouble]


def as_database_error(path: Path, exc: sqlite3.Error | DatabaseError) -> DatabaseError:
    """A DatabaseError saying in one line what is wrong with the file at PATH."""
    if isinstance(exc, DatabaseError):
        return exc
    trouble = trouble_of(exc)
    return DatabaseError(f"{path} {_MEANING[trouble]} ({exc})", trouble)


def readonly_uri(path: Path) -> str:
    """A SQLite URI for PATH opened read-only.

    Path.as_uri() percent-encodes '#', '?', '%', spaces and non-ASCII letters, so a folder
    called "Hub #2?" is still a folder and not URI syntax.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


def _check_version(db: Queryable, path: Path) -> None:
    unknown = schema.unknown_migrations(db)
    if unknown:
        raise DatabaseError(
            f"{path} was made by a newer version of the kiosk (schema step {unknown[0]}); "
            "install the newer kiosk or import the data file again",
            Trouble.NEWER,
        )


def open_readonly(
    path: Path | str, *, busy_timeout_s: float = READ_BUSY_TIMEOUT_S
) -> sqlite3.Connection:
    """Open an existing kiosk database for reading only. Never creates, migrates or writes.

    A plain sqlite3 connection in autocommit mode: reading needs nothing more, and the
    kiosk's start is spared the cost of loading sqlite-utils.

    Raises DatabaseError (with .trouble) if the file is missing, locked, unreadable, not a
    database, or made by a newer kiosk.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"no database at {path}", Trouble.MISSING)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            readonly_uri(path),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=busy_timeout_s,
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _check_version(conn, path)
    except (sqlite3.Error, DatabaseError) as exc:
        if conn is not None:
            conn.close()
        raise as_database_error(path, exc) from exc
    return conn


def open_for_writing(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) a kiosk database for writing and bring its schema up to date.

    Only the writer calls this, holding kiosk.store.writelock. Raises DatabaseError.
    """
    import sqlite_utils

    path = Path(path)
    if not create and not path.is_file():
        raise DatabaseError(f"no database at {path}", Trouble.MISSING)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=WRITE_BUSY_TIMEOUT_S
        )
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = OFF")
        _check_version(db, path)
        schema.migrate(db)
    except (sqlite3.Error, DatabaseError) as exc:
        if conn is not None:
            conn.close()
        raise as_database_error(path, exc) from exc
    return db


def needs_migration(db: Queryable) -> bool:
    return schema.pending_migrations(db) > 0


def made_by_older_kiosk(db: Queryable) -> bool:
    """A kiosk database (it has schema steps) that still lacks some of this version's."""
    return schema.applied_migrations(db) > 0 and schema.pending_migrations(db) > 0


def integrity_problem(db: Queryable, *, quick: bool = False) -> str | None:
    """None when SQLite's integrity check passes, otherwise its first complaint.

    quick=True runs quick_check, which skips matching indexes to their tables: enough to
    find a torn or overwritten file at start-up in a fraction of the time.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = db.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if not trouble_of(exc).is_damage:
            raise  # locked or unreadable is not damage
        return str(exc)
    first = rows[0][0] if rows else "no answer"
    return None if first == "ok" else str(first)


def health_problem(db: Queryable, *, quick: bool = True) -> str | None:
    """None when the database is sound and holds a dataset the kiosk can show."""
    problem = integrity_problem(db, quick=quick)
    if problem:
        return problem
    try:
        row = db.execute("SELECT count(*) FROM dataset").fetchone()
        db.execute("SELECT sid FROM services LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        if not trouble_of(exc).is_damage and "no such table" not in str(exc):
            raise
        return f"it is not a kiosk database ({exc})"
    if not row or not row[0]:
        return "it holds no dataset"
    return None


def check_readable(path: Path, *, quick: bool = True) -> None:
    """Raise DatabaseError unless PATH is a sound kiosk database that can be read now."""
    db = open_readonly(path)
    try:
        problem = health_problem(db, quick=quick)
    except sqlite3.Error as exc:
        raise as_database_error(path, exc) from exc
    finally:
        db.close()
    if problem:
        raise DatabaseError(f"{path} is damaged: {problem}", Trouble.DAMAGED)
