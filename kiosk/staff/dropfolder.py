"""Data files on USB sticks and in the drop folder, and imports from them with the usual checks.

Only data files are listed (what kiosk.store.importers reads: JSON files, .zip and folders
of CSV files), never a general file browser. Every import goes through
kiosk.store.refresh.import_file, as `kiosk import` does: the write lock, and the refusals
(a file that is not data, one that would remove more than half the services) apply; nothing
is ever forced. The outcome of the latest import is kept in a small state file, for the staff
screen, the log and the status file.
"""

from __future__ import annotations

import datetime
import logging
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import paths
from kiosk.staff.removable import removable_media_roots, visible_entries
from kiosk.staff.statefile import read_state, write_state
from kiosk.store.database import DatabaseError, open_readonly
from kiosk.store.packaged import file_sha256
from kiosk.store.writelock import WriteLockBusy, write_lock

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.store.refresh import ImportReport

# The importers and the writer (sqlite-utils) are imported by the functions that import
# data, not here: the kiosk imports this module at every start, to watch the drop folder.

log = logging.getLogger(__name__)

DATA_SUFFIXES = (".json", ".zip")
CSV_PACKAGE_MARK = "services.csv"  # a folder holding it is an HSDS CSV package
STATUS_SUFFIX = ".status.json"  # kiosks' status files share the drop folder: never data
IMPORTS_STATE = "imports.json"
SETTLE_S = 60.0  # a file changed more recently may still be being copied: wait for it

REMOVABLE = "removable"
DROP_FOLDER = "drop folder"
COMMAND_LINE = "command line"  # `kiosk import` and `kiosk rollback`
STAFF_SCREEN = "staff screen"  # an undo from staff mode
STATE_LOCK_WAIT_S = 5.0

# How an import (or a rollback) ended, as ImportOutcome.outcome says it.
IMPORTED, ROLLED_BACK, REFUSED, FAILED = "imported", "rolled back", "refused", "failed"


@dataclass(frozen=True)
class Candidate:
    """A data file that could be imported."""

    path: Path
    size: int  # bytes (a CSV folder's files together)
    modified: float  # seconds since the epoch
    where: str  # REMOVABLE or DROP_FOLDER

    @property
    def name(self) -> str:
        return self.path.name


def data_files(folder: Path, where: str, depth: int = 1) -> list[Candidate]:
    """The data files in FOLDER and, to DEPTH levels, its subfolders."""
    found: list[Candidate] = []
    for entry in visible_entries(folder):
        try:
            if entry.is_symlink():
                continue
            if entry.is_file():
                name = entry.name.lower()
                if name.endswith(DATA_SUFFIXES) and not name.endswith(STATUS_SUFFIX):
                    stat = entry.stat()
                    found.append(Candidate(entry, stat.st_size, stat.st_mtime, where))
            elif (entry / CSV_PACKAGE_MARK).is_file():
                files = [f.stat() for f in entry.glob("*.csv")]
                modified = max(s.st_mtime for s in files)
                found.append(Candidate(entry, sum(s.st_size for s in files), modified, where))
            elif depth > 0 and entry.is_dir():
                found += data_files(entry, where, depth - 1)
        except OSError:  # a file removed or a stick pulled out while looking: skip it
            continue
    return found


def candidate_files(
    settings: Settings, *, media_roots: list[Path] | None = None
) -> list[Candidate]:
    """Data files on removable media (two levels deep) and in the drop folder, newest first.

    Looks at the disks: call it from a worker thread.
    """
    roots = removable_media_roots() if media_roots is None else media_roots
    found = [c for root in roots for c in data_files(root, REMOVABLE)]
    drop = settings.drop_folder_path()
    if drop is not None:
        found += data_files(drop, DROP_FOLDER, depth=0)
    return sorted(found, key=lambda c: (-c.modified, str(c.path)))


@dataclass(frozen=True)
class ImportOutcome:
    """How the latest import from the staff screen or the drop folder ended."""

    file: str
    where: str  # REMOVABLE, DROP_FOLDER or COMMAND_LINE
    # IMPORTED, ROLLED_BACK, REFUSED (the file or the request: it says why) or FAILED (the
    # machine)
    outcome: str
    message: str
    when: str  # ISO date and time, UTC
    services: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def text(self) -> str:
        """One line for staff and the log."""
        return f"{self.when} {self.outcome}: {self.file} ({self.where}): {self.message}"


def state_path() -> Path:
    return paths.data_dir() / IMPORTS_STATE


def last_import(path: Path | None = None) -> ImportOutcome | None:
    """The latest import's outcome, as recorded; None when none is."""
    value = read_state(path or state_path()).get("last_import")
    try:
        return ImportOutcome(**value) if isinstance(value, dict) else None
    except TypeError:
        return None


def import_candidate(
    source: Path,
    db_path: Path,
    *,
    where: str = REMOVABLE,
    state: Path | None = None,
) -> tuple[ImportOutcome, ImportReport | None]:
    """Import SOURCE (after staff saw its dry run) and record the outcome; never raises for
    the file or the machine: the outcome says what happened. Slow: run it in a worker thread.

    For the preview, call kiosk.store.refresh.import_file(source, db_path, dry_run=True).
    """
    from kiosk.store.importers import ImportRefused
    from kiosk.store.refresh import ImportFailed, import_file

    try:
        report = import_file(source, db_path)
    except (ImportRefused, ImportFailed) as exc:
        return record_import(source, where, error=exc, state=state), None
    return record_import(source, where, report, state=state), report


def _outcome(
    source: Path | str, where: str, result: str, message: str, report: ImportReport | None = None
) -> ImportOutcome:
    """SOURCE: a file (its name is kept) or a web address (kept whole)."""
    name = source.name if isinstance(source, Path) else source
    when = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    if report is None:
        return ImportOutcome(name, where, result, message, when)
    message = (
        f"{report.services} services: added {report.added}, updated {report.updated}, "
        f"removed {report.removed}, skipped {report.skipped}"
    )
    counts = (report.services, report.added, report.updated, report.removed)
    return ImportOutcome(name, where, result, message, when, *counts)


def record_outcome(
    outcome: ImportOutcome, state: Path | None = None, handled: dict[str, Any] | None = None
) -> None:
    """Keep OUTCOME as the latest import (and HANDLED as the drop folder's latest file)."""
    if outcome.where == COMMAND_LINE:
        pass  # the command says it on its own output
    elif outcome.outcome in (IMPORTED, ROLLED_BACK):
        log.info("import: %s", outcome.text)
    else:
        log.warning("import: %s", outcome.text)
    changes: dict[str, Any] = {"last_import": outcome.to_json()}
    if handled is not None:
        changes["handled"] = handled
    _update_state(state or state_path(), changes)


def record_import(
    source: Path | str,
    where: str,
    report: ImportReport | None = None,
    error: Exception | None = None,
    state: Path | None = None,
) -> ImportOutcome:
    """Record how an import of SOURCE ended (REPORT, or the ImportRefused or ImportFailed
    ERROR) as the latest import, for the staff screen and the status file."""
    from kiosk.store.importers import ImportRefused

    if report is not None:
        outcome = _outcome(source, where, IMPORTED, "", report)
    else:
        result = REFUSED if isinstance(error, ImportRefused) else FAILED
        outcome = _outcome(source, where, result, str(error))
    record_outcome(outcome, state)
    return outcome


def record_rollback(
    db_path: Path, where: str, error: Exception | None = None, state: Path | None = None
) -> ImportOutcome:
    """Record a rollback of DB_PATH (or the ImportRefused or ImportFailed ERROR that stopped
    it) as the latest import: the data in use is no longer what the last import brought."""
    from kiosk.store.importers import ImportRefused

    if error is None:
        outcome = _outcome(db_path, where, ROLLED_BACK, "went back to the data from before")
    else:
        result = REFUSED if isinstance(error, ImportRefused) else FAILED
        outcome = _outcome(db_path, where, result, f"rollback: {error}")
    record_outcome(outcome, state)
    return outcome


def _update_state(path: Path, changes: dict[str, Any], what: str = "the import's outcome") -> None:
    """Set CHANGES in the state file PATH: read, changed and written whole under its lock, so
    the kiosk, `kiosk import` and `kiosk watch-folder` never lose each other's records."""
    try:
        with write_lock(path, "recording an import", STATE_LOCK_WAIT_S):
            value = read_state(path)
            value.update(changes)
            write_state(path, value)
    except (OSError, WriteLockBusy) as exc:
        log.warning("cannot record %s in %s: %s", what, path, exc)


def check_drop_folder(
    settings: Settings,
    db_path: Path | None = None,
    *,
    state: Path | None = None,
    settle_s: float = SETTLE_S,
) -> ImportOutcome | None:
    """Import the drop folder's newest data file if it is new since the last one handled.

    Returns the outcome, or None when there was nothing new to import (no drop folder, no
    file, the same file again, a file still being copied, or the data already live). A
    refused file is remembered and not tried again; a failed import (the machine) is tried
    again next time. Slow when there is a file: call it from a worker thread.
    """
    folder = settings.drop_folder_path()
    if folder is None:
        return None
    if not folder.is_dir():
        log.warning("drop folder %s cannot be reached", folder)
        return None
    db_path = db_path or settings.database_path()
    path = state or state_path()
    latest = time.time() - settle_s
    settled = [c for c in data_files(folder, DROP_FOLDER, 0) if c.modified <= latest]
    if not settled:
        return None
    newest = max(settled, key=lambda c: (c.modified, c.name))
    before = read_state(path).get("handled") or {}
    seen = {"name": newest.name, "size": newest.size, "modified": newest.modified}
    if {k: before.get(k) for k in seen} == seen or newest.modified < before.get("modified", 0):
        return None
    try:
        seen["sha256"] = file_sha256(newest.path)
    except OSError as exc:
        log.warning("drop folder: cannot read %s: %s", newest.path, exc)
        return None
    if seen["sha256"] in (before.get("sha256"), _live_sha256(db_path)):
        _remember(path, seen)
        return None
    from kiosk.store.importers import ImportRefused
    from kiosk.store.refresh import ImportFailed, import_file

    try:
        report = import_file(newest.path, db_path)
    except ImportRefused as exc:
        outcome = _outcome(newest.path, DROP_FOLDER, REFUSED, str(exc))
    except ImportFailed as exc:
        outcome = _outcome(newest.path, DROP_FOLDER, FAILED, str(exc))
        record_outcome(outcome, path)  # not handled: it is tried again next time
        return outcome
    else:
        outcome = _outcome(newest.path, DROP_FOLDER, IMPORTED, "", report)
    record_outcome(outcome, path, handled=seen)
    return outcome


def _remember(path: Path, handled: dict[str, Any]) -> None:
    _update_state(path, {"handled": handled}, "the drop folder's file")


def _live_sha256(db_path: Path) -> str:
    """The sha256 of the file the live data came from; "" when it cannot be read."""
    try:
        db = open_readonly(db_path)
    except DatabaseError:
        return ""
    try:
        row = db.execute("SELECT sha256 FROM dataset ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return ""
    finally:
        db.close()
    return str(row[0]) if row else ""
