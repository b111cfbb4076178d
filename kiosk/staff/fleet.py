"""Kiosks' health in a shared folder: each writes `<name>.status.json`, IT reads them all.

No server: every few minutes a kiosk writes its status file (whole, by a rename) into the
drop folder; `kiosk fleet FOLDER` reads every status file there and flags a kiosk that has
gone silent, crashed lately, shows old or sample data, or is short of disk.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import __version__, paths
from kiosk.frozen import CRASH_LOG
from kiosk.staff.dropfolder import STATUS_SUFFIX, last_import
from kiosk.staff.statefile import write_state
from kiosk.store.database import DatabaseError, open_readonly
from kiosk.store.details import load_dataset

if TYPE_CHECKING:
    from kiosk.config import Settings

STATUS_FORMAT = 1
SILENT_INTERVALS = 3  # silent: no status for this many intervals
CRASH_RECENT = datetime.timedelta(days=1)
LOW_DISK_BYTES = 1024**3
DAYS_PER_MONTH = 30.44

SILENT, CRASHED, OLD_DATA, SAMPLE_DATA, LOW_DISK, NO_DATA, UNREADABLE = (
    "silent",
    "crashed",
    "old data",
    "sample data",
    "low disk",
    "no data",
    "unreadable",
)


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def status_file_name(kiosk_name: str) -> str:
    """`<kiosk_name>.status.json`, with anything unsafe in a file name made a dash."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", kiosk_name).strip(".-") or "kiosk"
    return safe[:100] + STATUS_SUFFIX


def gather_status(
    settings: Settings,
    db_path: Path | None = None,
    *,
    started_at: datetime.datetime | None = None,
    now: datetime.datetime | None = None,
) -> dict[str, Any]:
    """This kiosk's status, as written to its status file. STARTED_AT: when the kiosk started
    (None from the command line: no uptime). Reads the database and the disk: not for the
    GUI thread."""
    now = now or _utc_now()
    db_path = db_path or settings.database_path()
    outcome = last_import()
    return {
        "format": STATUS_FORMAT,
        "kiosk_name": settings.kiosk_name,
        "site_name": settings.site_name,
        "version": __version__,
        "written_at": now.isoformat(timespec="seconds"),
        "uptime_s": round((now - started_at).total_seconds()) if started_at else None,
        "status_interval_minutes": settings.status_interval_minutes,
        "data_stale_after_months": settings.data_stale_after_months,
        "dataset": _dataset(db_path),
        "last_import": outcome.to_json() if outcome else None,
        "last_crash": last_crash(),
        "free_disk_bytes": _free_disk(db_path.parent),
    }


def write_status(
    folder: Path,
    settings: Settings,
    db_path: Path | None = None,
    *,
    started_at: datetime.datetime | None = None,
    now: datetime.datetime | None = None,
) -> Path:
    """Write this kiosk's status file into FOLDER, whole (a temporary file, then a rename).

    Returns its path; raises OSError when FOLDER cannot be written.
    """
    status = gather_status(settings, db_path, started_at=started_at, now=now)
    path = folder / status_file_name(settings.kiosk_name)
    write_state(path, status)
    return path


def _dataset(db_path: Path) -> dict[str, Any] | None:
    try:
        db = open_readonly(db_path)
    except DatabaseError:
        return None
    try:
        info = load_dataset(db)
    except sqlite3.Error:
        return None
    finally:
        db.close()
    if info is None:
        return None
    return {
        "source": info.source_name,
        "publisher": info.publisher,
        "version": info.version,
        "dated": info.dated,
        "imported_at": info.imported_at,
        "services": info.services,
        "sample": info.sample,
    }


def last_crash(folder: Path | None = None) -> dict[str, str] | None:
    """When crash.log in the log folder was last written, and its last header; None if empty."""
    path = (folder or paths.log_dir()) / CRASH_LOG
    try:
        stat = path.stat()
        if not stat.st_size:
            return None
        with path.open("rb") as handle:
            handle.seek(max(0, stat.st_size - 16384))
            tail = handle.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    lines = [line.strip() for line in tail if line.strip()]
    headers = [line for line in lines if line.startswith(("---", "Fatal Python error"))]
    when = datetime.datetime.fromtimestamp(stat.st_mtime, datetime.UTC)
    return {
        "when": when.isoformat(timespec="seconds"),
        "summary": (headers or lines or [""])[-1][:200],
    }


def _free_disk(folder: Path) -> int | None:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


@dataclass
class KioskHealth:
    """One kiosk's status file as IT sees it: what it says, and what is wrong."""

    name: str
    file: str
    written_at: str = ""
    version: str = ""
    dataset: dict[str, Any] | None = None
    last_import: dict[str, Any] | None = None
    last_crash: dict[str, str] | None = None
    free_disk_bytes: int | None = None
    flags: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def line(self) -> str:
        """One line: name, when heard from, data, flags."""
        data = "no data"
        if self.dataset:
            kind = "sample" if self.dataset.get("sample") else "real"
            data = f"{self.dataset.get('dated') or 'undated'} {kind} data"
            data += f", {self.dataset.get('services', '?')} services"
        flags = ", ".join(self.flags).upper() if self.flags else "ok"
        free = self.free_disk_bytes
        disk = f"{free / 1024**3:.1f} GB free" if isinstance(free, int) else "disk ?"
        heard = self.written_at or "never"
        version = self.version or "?"
        return f"{self.name}: {flags} | heard {heard} | v{version} | {data} | {disk}"


def read_fleet(
    folder: Path, *, now: datetime.datetime | None = None, interval_minutes: int = 5
) -> list[KioskHealth]:
    """Every status file in FOLDER, by kiosk name, flagged. INTERVAL_MINUTES stands in for a
    status file that does not say its own interval. Raises OSError when FOLDER is unreadable."""
    now = now or _utc_now()
    kiosks = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(STATUS_SUFFIX) and not path.name.startswith("."):
            kiosks.append(_health(path, now, interval_minutes))
    return sorted(kiosks, key=lambda k: k.name.casefold())


def _health(path: Path, now: datetime.datetime, interval_minutes: int) -> KioskHealth:
    name = path.name[: -len(STATUS_SUFFIX)]
    try:
        status = json.loads(path.read_text(encoding="utf-8"))
        written = datetime.datetime.fromisoformat(status["written_at"])
        if written.tzinfo is None:
            written = written.replace(tzinfo=datetime.UTC)
    except (OSError, ValueError, KeyError, TypeError):
        return KioskHealth(name, path.name, flags=[UNREADABLE])
    health = KioskHealth(
        name=str(status.get("kiosk_name") or name),
        file=path.name,
        written_at=status["written_at"],
        version=str(status.get("version", "")),
        dataset=_dict_or_none(status.get("dataset")),
        last_import=_dict_or_none(status.get("last_import")),
        last_crash=_dict_or_none(status.get("last_crash")),
        free_disk_bytes=_int_or_none(status.get("free_disk_bytes")),
    )
    interval = _int_or_none(status.get("status_interval_minutes")) or interval_minutes
    if now - written > datetime.timedelta(minutes=SILENT_INTERVALS * interval):
        health.flags.append(SILENT)
    crash_at = _when((health.last_crash or {}).get("when"))
    if crash_at is not None and now - crash_at < CRASH_RECENT:
        health.flags.append(CRASHED)
    health.flags += _data_flags(health.dataset, status, now)
    if health.free_disk_bytes is not None and health.free_disk_bytes < LOW_DISK_BYTES:
        health.flags.append(LOW_DISK)
    return health


def _data_flags(
    dataset: dict[str, Any] | None, status: dict[str, Any], now: datetime.datetime
) -> list[str]:
    if dataset is None:
        return [NO_DATA]
    flags = [SAMPLE_DATA] if dataset.get("sample") else []
    months = _int_or_none(status.get("data_stale_after_months")) or 6
    if is_stale(str(dataset.get("dated") or ""), months, now):
        flags.append(OLD_DATA)
    return flags


def is_stale(dated: str, months: int, now: datetime.datetime | None = None) -> bool:
    """Whether data DATED (its own date, ISO) is older than MONTHS; False with no date."""
    when = _when(dated[:10]) if dated else None
    return when is not None and ((now or _utc_now()) - when).days > months * DAYS_PER_MONTH


def _when(text: object) -> datetime.datetime | None:
    try:
        when = datetime.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=datetime.UTC)


def _dict_or_none(value: object) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def status_due(folder: Path, settings: Settings, now: datetime.datetime | None = None) -> bool:
    """Whether this kiosk's status file in FOLDER is missing or older than its interval."""
    path = folder / status_file_name(settings.kiosk_name)
    try:
        age = (now or _utc_now()).timestamp() - os.stat(path).st_mtime
    except OSError:
        return True
    return age >= settings.status_interval_minutes * 60
