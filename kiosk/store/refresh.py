"""Replaces the live database with a new one built from a data file, safely and undoably.

The new database is built beside the live one while the file is read, checked, then
swapped in (kiosk.store.dbfiles.install), so a crash, a kill or a full disk at any
moment leaves the live file exactly as it was. The file it replaced is kept as
`<name>.previous` for rollback. One writer at a time (kiosk.store.writelock).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.store import dbfiles
from kiosk.store.database import (
    DatabaseError,
    Trouble,
    check_readable,
    integrity_problem,
    open_for_writing,
    open_readonly,
)
from kiosk.store.importers import ImportRefused, ReadReport, read_source
from kiosk.store.packaged import PACKAGED_SHA_KEY, file_sha256, is_sample_data
from kiosk.store.quality import QualityReport, quality_of
from kiosk.store.records import Problem
from kiosk.store.writelock import WriteLockBusy, write_lock
from kiosk.store.writer import DatasetBuilder

previous_path = dbfiles.previous_path


class ImportFailed(Exception):
    """The machine, not the file, stopped the import (disk full, no permission, locked)."""


@dataclass
class ImportReport:
    source: str
    source_format: str
    sha256: str
    dry_run: bool
    services: int
    organisations: int
    locations: int
    categories: int
    added: int
    updated: int
    removed: int
    skipped: int
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    publisher: str = ""
    licence: str = ""
    repairs: dict[str, int] = field(default_factory=dict)  # repair made -> how many times
    inferred: int = 0  # services placed in groups from their own words
    quality: QualityReport | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        return data


def live_contents(db_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(service id -> content hash, state table) of the live database; empty if there is none.

    Raises DatabaseError when a live file exists but cannot be read now (locked, unreadable):
    an import must not guess that there is nothing to lose.
    """
    if not db_path.exists():
        return {}, {}
    try:
        db = open_readonly(db_path)
    except DatabaseError as exc:
        if exc.trouble.is_damage:
            return {}, {}  # a damaged file is replaced, and kept as .previous
        raise
    try:
        hashes = dict(db.execute("SELECT id, content_hash FROM services").fetchall())
        state = dict(db.execute("SELECT key, value FROM state").fetchall())
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc) or "malformed" in str(exc) or "not a database" in str(exc):
            return {}, {}
        raise DatabaseError(f"cannot read {db_path} ({exc})", Trouble.UNREADABLE) from exc
    finally:
        db.close()
    return hashes, state


class _Changes:
    """Counts added, updated and removed services against the live ones, as they arrive."""

    def __init__(self, old: dict[str, str]) -> None:
        self.old = old
        self.added = self.updated = self.kept = 0

    def count(self, service_id: str, digest: str) -> None:
        before = self.old.get(service_id)
        if before is None:
            self.added += 1
        elif before != digest:
            self.updated += 1
            self.kept += 1
        else:
            self.kept += 1

    @property
    def removed(self) -> int:
        return len(self.old) - self.kept


def import_file(
    source: Path,
    db_path: Path,
    *,
    force: bool = False,
    dry_run: bool = False,
    packaged: bool = False,
    lock_wait_s: float = 10.0,
    name: str = "",
    publisher: str = "",
    licence: str = "",
) -> ImportReport:
    """Import SOURCE into the database at DB_PATH; returns what changed.

    Raises ImportRefused (the file, or the request, with a one-line reason) or
    ImportFailed (the machine: a full or read-only disk, a lock held too long). NAME says
    where the data came from, in the report and the database: by default the file's name;
    kiosk.store.feed gives the web address it pulled the file from. PUBLISHER and LICENCE,
    when given, stand in for what the file says (or does not say) of itself.

    A dry run builds the new database just the same, in the temporary folder, reports on
    it (quality included) and throws it away: it changes nothing beside DB_PATH.
    """
    source, db_path = Path(source), Path(db_path)
    given = _Given(name or source.name, publisher, licence)
    try:
        sha = file_sha256(source) if source.exists() else ""
    except OSError as exc:
        raise ImportRefused(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        if dry_run:  # writes nothing beside the live file, so it needs no lock
            return _dry_run(source, given, sha, db_path, force)
        with write_lock(db_path, f"importing {given.name}", lock_wait_s):
            dbfiles.recover(db_path)
            return _import_locked(source, given, sha, db_path, force, packaged)
    except WriteLockBusy as exc:
        raise ImportFailed(str(exc)) from None
    except DatabaseError as exc:
        raise ImportFailed(str(exc)) from None
    except OSError as exc:
        raise ImportFailed(f"could not write beside {db_path}: {exc.strerror or exc}") from None


@dataclass(frozen=True)
class _Given:
    """What the caller says about the data, beside what the file says."""

    name: str
    publisher: str = ""
    licence: str = ""


def _dry_run(source: Path, given: _Given, sha: str, db_path: Path, force: bool) -> ImportReport:
    old, state = live_contents(db_path)
    with tempfile.TemporaryDirectory(prefix="kiosk-dry-run-") as folder:
        building = Path(folder) / db_path.name
        report, _read = _build(source, given, sha, building, old, state, force, False)
    report.dry_run = True
    return report


def _import_locked(
    source: Path, given: _Given, sha: str, db_path: Path, force: bool, packaged: bool
) -> ImportReport:
    old, state = live_contents(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    building = dbfiles.new_building_path(db_path)
    try:
        report, read = _build(source, given, sha, building, old, state, force, packaged)
        dbfiles.fsync_file(building)
        dbfiles.crash_point("import: new file built and synced")
        real = not read.meta.sample
        if real:
            note = f"{given.name}, {report.services} services"
            dbfiles.mark_data(db_path, real=True, note=note)
        dbfiles.install(building, db_path)
        if not real:
            dbfiles.mark_data(db_path, real=False)
    except (sqlite3.Error, DatabaseError) as exc:
        _remove(building)
        raise ImportFailed(f"could not write the new database beside {db_path}: {exc}") from None
    except BaseException:
        _remove(building)
        raise
    return report


def _build(
    source: Path,
    given: _Given,
    sha: str,
    building: Path,
    old: dict[str, str],
    state: dict[str, str],
    force: bool,
    packaged: bool,
) -> tuple[ImportReport, ReadReport]:
    """Read SOURCE into a new database at BUILDING, check it, and report on it."""
    changes = _Changes(old)
    db = open_for_writing(building)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = OFF")  # made durable by the caller's fsync
        builder = DatasetBuilder(db, on_service=changes.count)
        try:
            read = read_source(source, builder)
        except BaseException:
            builder.abandon()
            raise
        read.meta.publisher = given.publisher or read.meta.publisher
        read.meta.licence = given.licence or read.meta.licence
        report = _report(given.name, sha, read, changes)
        _check_removals(report, len(old), force)
        report.categories = builder.finish()
        report.inferred = builder.inferred
        if packaged:
            state[PACKAGED_SHA_KEY] = sha
        _record_dataset(db, report, read, packaged, state, builder.newest_record)
        problem = integrity_problem(db)
        count = db.execute("SELECT count(*) FROM services").fetchone()[0]
        if problem or count != report.services:
            raise DatabaseError(f"the new database failed its check ({problem or 'count'})")
        report.quality = quality_of(db)
    finally:
        db.close()
    return report, read


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.with_name(path.name + "-journal").unlink(missing_ok=True)


def _report(name: str, sha: str, read: ReadReport, changes: _Changes) -> ImportReport:
    return ImportReport(
        source=name,
        source_format=read.source_format,
        sha256=sha,
        dry_run=False,
        services=read.services,
        organisations=read.organisations,
        locations=read.locations,
        categories=0,
        added=changes.added,
        updated=changes.updated,
        removed=changes.removed,
        skipped=read.skipped,
        problems=read.problems,
        problem_count=read.problem_count,
        publisher=read.meta.publisher,
        licence=read.meta.licence,
        repairs=dict(read.repairs),
    )


def _check_removals(report: ImportReport, live: int, force: bool) -> None:
    if live and report.removed * 2 > live and not force:
        raise ImportRefused(
            f"{report.source} would remove {report.removed} of the {live} services now shown "
            "(more than half); check it is the right file, or import it with --force"
        )


def _record_dataset(
    db: Any,
    report: ImportReport,
    read: ReadReport,
    packaged: bool,
    state: dict[str, str],
    newest_record: str,
) -> None:
    meta = read.meta
    with db.atomic():
        db.table("dataset").insert(
            {
                "source_name": report.source,
                "source_format": report.source_format,
                "sha256": report.sha256,
                "publisher": meta.publisher,
                "published": meta.published,
                "version": meta.version,
                "title": meta.title,
                "notice": meta.notice,
                "licence": meta.licence,
                "newest_record": newest_record,
                "repairs": json.dumps(report.repairs, sort_keys=True),
                "inferred": report.inferred,
                "sample": int(meta.sample),
                "packaged": int(packaged),
                "imported_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "services": report.services,
                "organisations": report.organisations,
                "locations": report.locations,
                "categories": report.categories,
                "added": report.added,
                "updated": report.updated,
                "removed": report.removed,
                "skipped": report.skipped,
            }
        )
        # What the kiosk remembers about itself carries over from the old database.
        db.table("state").insert_all(({"key": k, "value": v} for k, v in state.items()), pk="key")


def rollback(db_path: Path, *, lock_wait_s: float = 10.0) -> None:
    """Swap the live database with the one the last import replaced.

    Raises ImportRefused (nothing to go back to, or it is damaged) or ImportFailed.
    """
    db_path = Path(db_path)
    try:
        with write_lock(db_path, "rolling back", lock_wait_s):
            dbfiles.recover(db_path)
            previous = previous_path(db_path)
            if not previous.exists():
                raise ImportRefused("there is no earlier database to go back to")
            try:
                check_readable(previous, quick=False)
                real = not is_sample_data(previous)
            except DatabaseError as exc:
                if exc.trouble.is_damage:
                    raise ImportRefused(
                        f"the earlier database {previous.name} is damaged"
                    ) from None
                raise ImportFailed(str(exc)) from None
            if db_path.exists() and dbfiles.same_file(db_path, previous):
                raise ImportRefused("the earlier database is the same as the one in use")
            if real:
                dbfiles.mark_data(db_path, real=True, note=f"rolled back to {previous.name}")
            dbfiles.swap_back(db_path)
            if not real:
                dbfiles.mark_data(db_path, real=False)
    except WriteLockBusy as exc:
        raise ImportFailed(str(exc)) from None
    except OSError as exc:
        raise ImportFailed(f"could not swap the files beside {db_path}: {exc}") from None
