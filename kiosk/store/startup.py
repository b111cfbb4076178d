"""At start-up: make sure there is sound data to show, without ever discarding data that
could not be proved damaged.

A database that cannot be used *right now* (locked by another program, on a read-only
or full disk, made by a newer kiosk) is left exactly as it is: the kiosk waits a little,
then shows the data as it is or, if it cannot read it, an out-of-order screen. Only a
database that fails SQLite's check is set aside (under a new timestamped name, never
overwriting another), and then the earlier copy (.previous) is tried before the packaged
file; the packaged sample data only ever replaces sample data.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.store import dbfiles
from kiosk.store.database import (
    DatabaseError,
    Trouble,
    check_readable,
    needs_migration,
    open_for_writing,
    open_readonly,
)
from kiosk.store.packaged import PACKAGED_SHA_KEY, file_sha256, is_sample_data, is_sample_file
from kiosk.store.writelock import WriteLockBusy, write_lock

log = logging.getLogger(__name__)

# Waiting for a database another program has locked: about 8 seconds in all.
BUSY_PAUSES_S = (0.25, 0.5, 1.0, 2.0, 4.0)
# Waiting for the write lock (an import may be running): then go on read-only.
LOCK_WAIT_S = 2.0


@dataclass(frozen=True)
class StartupOutcome:
    """What the start-up check did, for the log, the staff status and the UI.

    usable: there is data the kiosk can show (else: the out-of-order screen).
    read_only: the data is shown as it is; something stopped the kiosk writing or refreshing.
    """

    action: str
    usable: bool
    read_only: bool
    detail: str
    set_aside: tuple[Path, ...] = field(default=())
    recovered: tuple[str, ...] = field(default=())


def _probe(db_path: Path) -> DatabaseError | None:
    """None if the live file is sound; else why not, after waiting out a lock."""
    for pause in (*BUSY_PAUSES_S, None):
        try:
            check_readable(db_path)
            return None
        except DatabaseError as exc:
            if exc.trouble is not Trouble.BUSY or pause is None:
                return exc
            log.info("database locked by another program; trying again in %.2f s", pause)
            time.sleep(pause)
    return None  # pragma: no cover - the loop always returns


def _packaged_state(db_path: Path) -> tuple[str | None, bool, bool]:
    """(packaged sha the kiosk last saw, whether the live data came from the packaged file,
    whether it is sample data)."""
    db = open_readonly(db_path)
    try:
        row = db.execute("SELECT value FROM state WHERE key = ?", [PACKAGED_SHA_KEY]).fetchone()
        latest = db.execute(
            "SELECT packaged, sample FROM dataset ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        db.close()
    return (row[0] if row else None), bool(latest and latest[0]), bool(latest and latest[1])


def ensure_current(db_path: Path, packaged_file: Path | None) -> StartupOutcome:
    """Bring the database at DB_PATH up to date from PACKAGED_FILE, or say why not.

    Never raises for a data problem: every outcome is a StartupOutcome.
    """
    db_path = Path(db_path)
    packaged = packaged_file if packaged_file is not None and packaged_file.is_file() else None
    problem = _probe(db_path)
    try:
        with write_lock(db_path, "checking the data at start-up", LOCK_WAIT_S):
            recovered = tuple(dbfiles.recover(db_path))
            if recovered:
                log.warning("finished interrupted work: %s", "; ".join(recovered))
                problem = _probe(db_path)
            outcome = _ensure_locked(db_path, packaged, problem)
            return _with(outcome, recovered=recovered)
    except WriteLockBusy as exc:
        why = f"another import or rollback is running ({exc})"
    except OSError as exc:
        why = f"the data folder cannot be written ({exc.strerror or exc})"
    # Nothing may be written: show the data as it is, if it can be read.
    if problem is None:
        return StartupOutcome("current", True, True, f"showing the data as it is: {why}")
    return _unusable(problem, f"; and {why}")


def _with(outcome: StartupOutcome, **changes: object) -> StartupOutcome:
    from dataclasses import replace

    return replace(outcome, **changes)  # type: ignore[arg-type]


def _unusable(problem: DatabaseError, extra: str = "") -> StartupOutcome:
    return StartupOutcome("out-of-order", False, True, f"{problem}{extra}")


def _ensure_locked(
    db_path: Path, packaged: Path | None, problem: DatabaseError | None
) -> StartupOutcome:
    set_aside: tuple[Path, ...] = ()
    if problem is not None and problem.trouble is Trouble.DAMAGED:
        try:
            kept = dbfiles.set_aside(db_path)
        except OSError as exc:
            return _unusable(problem, f"; it could not be set aside ({exc.strerror or exc})")
        log.error("set the damaged database aside as %s: %s", kept.name, problem)
        set_aside = (kept,)
        problem = DatabaseError(f"no database at {db_path}", Trouble.MISSING)
    if problem is not None and problem.trouble is Trouble.MISSING:
        outcome = _replace_missing(db_path, packaged, damaged=bool(set_aside))
        return _with(outcome, set_aside=set_aside)
    if problem is not None:
        # Locked, unreadable, newer, read-only or full: leave it exactly as it is.
        return _unusable(problem)
    return _refresh(db_path, packaged)


def _replace_missing(db_path: Path, packaged: Path | None, damaged: bool) -> StartupOutcome:
    """No usable live file: the earlier copy first, then the packaged file if allowed."""
    was_real = dbfiles.has_real_data(db_path)
    lost = "the data was damaged and set aside" if damaged else "there was no data"
    previous = dbfiles.previous_path(db_path)
    if previous.exists():
        try:
            check_readable(previous, quick=False)
            previous_real = not is_sample_data(previous)
        except DatabaseError as exc:
            log.error("the earlier copy %s cannot be used either: %s", previous.name, exc)
        else:
            if previous_real or not was_real:
                dbfiles.restore_previous(db_path)
                if not previous_real:
                    dbfiles.mark_data(db_path, real=False)
                outcome = _refresh(db_path, packaged)
                return _with(
                    outcome,
                    action="restored",
                    detail=f"{lost}; went back to the earlier copy ({outcome.detail})",
                )
    if was_real:
        return StartupOutcome(
            "out-of-order",
            False,
            False,
            f"{lost}, and the kiosk will not replace the council's data with sample data: "
            "import the data file again (kiosk import FILE)",
        )
    if packaged is None:
        return StartupOutcome("out-of-order", False, False, f"{lost}, and no packaged data file")
    failed = _load_packaged(packaged, db_path)
    if failed:
        why = f"{lost}, and the packaged data could not be loaded: {failed}"
        return StartupOutcome("out-of-order", False, False, why)
    action = "reloaded" if damaged else "created"
    return StartupOutcome(action, True, False, f"{lost}; loaded the packaged data")


def _refresh(db_path: Path, packaged: Path | None) -> StartupOutcome:
    """A sound live file: migrate it if needed, then load a new packaged file if allowed."""
    try:
        db = open_readonly(db_path)
        try:
            stale = needs_migration(db)
        finally:
            db.close()
        if stale:
            open_for_writing(db_path, create=False).close()
            log.info("brought the database's schema up to date")
    except (DatabaseError, sqlite3.Error) as exc:  # e.g. locked just after the check
        return StartupOutcome("current", True, True, f"showing the data as it is: {exc}")
    try:
        seen_sha, live_is_packaged, live_is_sample = _packaged_state(db_path)
        # A crash between a swap and its marker leaves the marker saying "real": set it right.
        if dbfiles.has_real_data(db_path) == live_is_sample:
            dbfiles.mark_data(db_path, real=not live_is_sample, note="found at start-up")
        sha = file_sha256(packaged) if packaged is not None else None
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        return StartupOutcome("current", True, True, f"showing the data as it is: {exc}")
    if packaged is None or sha is None:
        return StartupOutcome("current", True, False, "no packaged data file to compare")
    if sha == seen_sha:
        return StartupOutcome("current", True, False, "the data is up to date")
    if live_is_packaged or not is_sample_file(packaged):
        failed = _load_packaged(packaged, db_path)
        if failed:
            return StartupOutcome(
                "current",
                True,
                True,
                f"showing the data as it is; the new packaged data could not be loaded: {failed}",
            )
        return StartupOutcome("refreshed", True, False, "loaded the newly installed packaged data")
    try:
        writer = open_for_writing(db_path, create=False)
        try:
            writer.table("state").upsert({"key": PACKAGED_SHA_KEY, "value": sha}, pk="key")
        finally:
            writer.close()
    except (DatabaseError, sqlite3.Error) as exc:  # e.g. a full disk: noted next time
        log.warning("could not note the new packaged file: %s", exc)
    return StartupOutcome(
        "kept", True, False, "kept the data staff imported; the new packaged file is sample data"
    )


def _load_packaged(packaged: Path, db_path: Path) -> str:
    """Import the packaged file; '' when done, else why not. The importer is loaded only
    here, so a start on data that is up to date never pays for it."""
    from kiosk.store.importers import ImportRefused
    from kiosk.store.refresh import ImportFailed, import_file

    try:
        import_file(packaged, db_path, force=True, packaged=True)
    except (ImportRefused, ImportFailed) as exc:
        return str(exc)
    return ""
