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
import os
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import paths
from kiosk.staff.statefile import read_state, write_state
from kiosk.store.database import DatabaseError, open_readonly
from kiosk.store.importers import ImportRefused
from kiosk.store.packaged import file_sha256
from kiosk.store.refresh import ImportFailed, import_file

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.store.refresh import ImportReport

log = logging.getLogger(__name__)

DATA_SUFFIXES = (".json", ".zip")
CSV_PACKAGE_MARK = "services.csv"  # a folder holding it is an HSDS CSV package
STATUS_SUFFIX = ".status.json"  # kiosks' status files share the drop folder: never data
IMPORTS_STATE = "imports.json"
SETTLE_S = 60.0  # a file changed more recently may still be being copied: wait for it
MAX_ENTRIES = 2000  # entries looked at under one folder, however full the stick
MEDIA_BASES = (Path("/media"), Path("/run/media"))

REMOVABLE = "removable"
DROP_FOLDER = "drop folder"


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


def removable_media_roots() -> list[Path]:
    """The folders where USB sticks and other removable media are mounted now."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_removable_drives()
    return media_mounts(MEDIA_BASES)


def media_mounts(bases: tuple[Path, ...]) -> list[Path]:
    """Mounted media under BASES: <base>/<user>/<label> (udisks) and <base>/<label>."""
    found: list[Path] = []
    for base in bases:
        for child in _entries(base):
            if not child.is_dir() or child.is_symlink():
                continue
            if os.path.ismount(child):
                found.append(child)
                continue
            found += [g for g in _entries(child) if g.is_dir() and not g.is_symlink()]
    return found


if sys.platform == "win32":  # pragma: no cover - Windows only

    def _windows_removable_drives() -> list[Path]:
        import ctypes
        import string

        drive_removable = 2
        kernel32 = ctypes.windll.kernel32
        mask = kernel32.GetLogicalDrives()
        return [
            Path(f"{letter}:\\")
            for index, letter in enumerate(string.ascii_uppercase)
            if mask >> index & 1 and kernel32.GetDriveTypeW(f"{letter}:\\") == drive_removable
        ]


def _entries(folder: Path) -> list[Path]:
    """FOLDER's visible entries (at most MAX_ENTRIES), or none when it cannot be read."""
    try:
        with os.scandir(folder) as scan:
            names: list[Path] = []
            for entry in scan:
                if len(names) >= MAX_ENTRIES:
                    break
                if not entry.name.startswith((".", "$")):
                    names.append(Path(entry.path))
            return names
    except OSError:
        return []


def data_files(folder: Path, where: str, depth: int = 1) -> list[Candidate]:
    """The data files in FOLDER and, to DEPTH levels, its subfolders."""
    found: list[Candidate] = []
    for entry in _entries(folder):
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
    where: str  # REMOVABLE or DROP_FOLDER
    outcome: str  # "imported", "refused" (the file: it says why) or "failed" (the machine)
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
    report: ImportReport | None = None
    try:
        report = import_file(source, db_path)
        outcome = _outcome(source, where, "imported", "", report)
    except ImportRefused as exc:
        outcome = _outcome(source, where, "refused", str(exc))
    except ImportFailed as exc:
        outcome = _outcome(source, where, "failed", str(exc))
    record_outcome(outcome, state)
    return outcome, report


def _outcome(
    source: Path, where: str, result: str, message: str, report: ImportReport | None = None
) -> ImportOutcome:
    when = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    if report is None:
        return ImportOutcome(source.name, where, result, message, when)
    message = (
        f"{report.services} services: added {report.added}, updated {report.updated}, "
        f"removed {report.removed}, skipped {report.skipped}"
    )
    counts = (report.services, report.added, report.updated, report.removed)
    return ImportOutcome(source.name, where, result, message, when, *counts)


def record_outcome(
    outcome: ImportOutcome, state: Path | None = None, handled: dict[str, Any] | None = None
) -> None:
    """Keep OUTCOME as the latest import (and HANDLED as the drop folder's latest file)."""
    path = state or state_path()
    if outcome.outcome == "imported":
        log.info("import: %s", outcome.text)
    else:
        log.warning("import: %s", outcome.text)
    value = read_state(path)
    value["last_import"] = outcome.to_json()
    if handled is not None:
        value["handled"] = handled
    try:
        write_state(path, value)
    except OSError as exc:
        log.warning("cannot record the import's outcome in %s: %s", path, exc)


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
    try:
        report = import_file(newest.path, db_path)
    except ImportRefused as exc:
        outcome = _outcome(newest.path, DROP_FOLDER, "refused", str(exc))
    except ImportFailed as exc:
        outcome = _outcome(newest.path, DROP_FOLDER, "failed", str(exc))
        record_outcome(outcome, path)  # not handled: it is tried again next time
        return outcome
    else:
        outcome = _outcome(newest.path, DROP_FOLDER, "imported", "", report)
    record_outcome(outcome, path, handled=seen)
    return outcome


def _remember(path: Path, handled: dict[str, Any]) -> None:
    value = read_state(path)
    value["handled"] = handled
    try:
        write_state(path, value)
    except OSError as exc:
        log.warning("cannot record the drop folder's file in %s: %s", path, exc)


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
