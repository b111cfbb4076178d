"""Replaces the live database with a new one built from a data file, safely and undoably.

The new database is built beside the live one while the file is read, checked, then
swapped in (kiosk.store.dbfiles.install), so a crash, a kill or a full disk at any
moment leaves the live file exactly as it was. The file it replaced is kept as
`<name>.previous` for rollback. One writer at a time (kiosk.store.writelock).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.store import dbfiles
from kiosk.store.database import (
    DatabaseError,
    Trouble,
    as_database_error,
    check_readable,
    integrity_problem,
    open_for_writing,
    open_readonly,
)
from kiosk.store.importers import ImportRefused, ReadReport, read_source
from kiosk.store.records import Location, Organisation, Problem, Service, Term
from kiosk.store.writelock import WriteLockBusy, write_lock
from kiosk.store.writer import DatasetBuilder, service_hash

PACKAGED_SHA_KEY = "packaged_sha256"
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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        return data


def file_sha256(path: Path) -> str:
    """The sha256 of a file, or of a CSV folder's files in name order."""
    digest = hashlib.sha256()
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    for item in files:
        if path.is_dir():
            digest.update(item.name.encode())
        with item.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


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


class _DryRun:
    """A DatasetSink that writes nothing: it counts what an import would change."""

    def __init__(self, changes: _Changes) -> None:
        self.changes = changes
        self.categories = 0

    def add_organisation(self, organisation: Organisation) -> None:
        pass

    def add_location(self, location: Location) -> None:
        pass

    def add_term(self, term: Term) -> None:
        self.categories += not term.parent_id

    def add_service(self, service: Service) -> None:
        self.changes.count(service.id, service_hash(service))


def import_file(
    source: Path,
    db_path: Path,
    *,
    force: bool = False,
    dry_run: bool = False,
    packaged: bool = False,
    lock_wait_s: float = 10.0,
    name: str = "",
) -> ImportReport:
    """Import SOURCE into the database at DB_PATH; returns what changed.

    Raises ImportRefused (the file, or the request, with a one-line reason) or
    ImportFailed (the machine: a full or read-only disk, a lock held too long). NAME says
    where the data came from, in the report and the database: by default the file's name;
    kiosk.store.feed gives the web address it pulled the file from.
    """
    source, db_path = Path(source), Path(db_path)
    name = name or source.name
    try:
        sha = file_sha256(source) if source.exists() else ""
    except OSError as exc:
        raise ImportRefused(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        if dry_run:  # writes nothing, so it needs no lock
            return _dry_run(source, name, sha, db_path, force)
        with write_lock(db_path, f"importing {name}", lock_wait_s):
            dbfiles.recover(db_path)
            return _import_locked(source, name, sha, db_path, force, packaged)
    except WriteLockBusy as exc:
        raise ImportFailed(str(exc)) from None
    except DatabaseError as exc:
        raise ImportFailed(str(exc)) from None
    except OSError as exc:
        raise ImportFailed(f"could not write beside {db_path}: {exc.strerror or exc}") from None


def _dry_run(source: Path, name: str, sha: str, db_path: Path, force: bool) -> ImportReport:
    old, _state = live_contents(db_path)
    changes = _Changes(old)
    sink = _DryRun(changes)
    read = read_source(source, sink)
    report = _report(name, sha, True, read, changes, sink.categories)
    _check_removals(report, len(old), force)
    return report


def _import_locked(
    source: Path, name: str, sha: str, db_path: Path, force: bool, packaged: bool
) -> ImportReport:
    old, state = live_contents(db_path)
    changes = _Changes(old)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    building = dbfiles.new_building_path(db_path)
    try:
        db = open_for_writing(building)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA synchronous = OFF")  # made durable by the fsync below
            builder = DatasetBuilder(db, on_service=changes.count)
            try:
                read = read_source(source, builder)
            except BaseException:
                builder.abandon()
                raise
            report = _report(name, sha, False, read, changes, 0)
            _check_removals(report, len(old), force)
            report.categories = builder.finish()
            if packaged:
                state[PACKAGED_SHA_KEY] = sha
            _record_dataset(db, report, read, packaged, state)
            problem = integrity_problem(db)
            count = db.execute("SELECT count(*) FROM services").fetchone()[0]
            if problem or count != report.services:
                raise DatabaseError(f"the new database failed its check ({problem or 'count'})")
        finally:
            db.close()
        dbfiles.fsync_file(building)
        dbfiles.crash_point("import: new file built and synced")
        real = not read.meta.sample
        if real:
            dbfiles.mark_data(db_path, real=True, note=f"{name}, {report.services} services")
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


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.with_name(path.name + "-journal").unlink(missing_ok=True)


def _report(
    name: str, sha: str, dry_run: bool, read: ReadReport, changes: _Changes, categories: int
) -> ImportReport:
    return ImportReport(
        source=name,
        source_format=read.source_format,
        sha256=sha,
        dry_run=dry_run,
        services=read.services,
        organisations=read.organisations,
        locations=read.locations,
        categories=categories,
        added=changes.added,
        updated=changes.updated,
        removed=changes.removed,
        skipped=read.skipped,
        problems=read.problems,
        problem_count=read.problem_count,
    )


def _check_removals(report: ImportReport, live: int, force: bool) -> None:
    if live and report.removed * 2 > live and not force:
        raise ImportRefused(
            f"{report.source} would remove {report.removed} of the {live} services now shown "
            "(more than half); check it is the right file, or import it with --force"
        )


def _record_dataset(
    db: Any, report: ImportReport, read: ReadReport, packaged: bool, state: dict[str, str]
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


def is_sample_data(db_path: Path) -> bool:
    """Whether the database's latest dataset says it is sample data.

    Raises DatabaseError when the file cannot be read.
    """
    db = open_readonly(db_path)
    try:
        row = db.execute("SELECT sample FROM dataset ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error as exc:
        raise as_database_error(db_path, exc) from exc
    finally:
        db.close()
    return bool(row and row[0])


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
