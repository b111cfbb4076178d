"""Replaces the live database with a new one built from a data file, safely and undoably.

The new database is built beside the live one, checked, then swapped in with
os.replace, so a crash, a kill or a full disk at any moment leaves the live file
exactly as it was. The file it replaced is kept as `<name>.previous` for rollback.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.store.importers import ImportRefused, parse_source
from kiosk.store.records import ParsedDataset, Problem
from kiosk.store.schema import DatabaseError, integrity_problem, open_database
from kiosk.store.writer import service_hash, write_dataset

PACKAGED_SHA_KEY = "packaged_sha256"


class ImportFailed(Exception):
    """The machine, not the file, stopped the import (disk full, no permission)."""


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


def previous_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".previous")


def _building_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".new")


def _live_contents(db_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(service id -> content hash, state table) of the live database; empty if unusable."""
    if not db_path.exists():
        return {}, {}
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            hashes = dict(conn.execute("SELECT id, content_hash FROM services").fetchall())
            state = dict(conn.execute("SELECT key, value FROM state").fetchall())
            return hashes, state
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return {}, {}


def import_file(
    source: Path,
    db_path: Path,
    *,
    force: bool = False,
    dry_run: bool = False,
    packaged: bool = False,
) -> ImportReport:
    """Import SOURCE into the database at DB_PATH; returns what changed.

    Raises ImportRefused (the file, with a one-line reason) or ImportFailed (the machine).
    """
    source = Path(source)
    db_path = Path(db_path)
    try:
        sha = file_sha256(source) if source.exists() else ""
    except OSError as exc:
        raise ImportRefused(f"cannot read {source}: {exc.strerror or exc}") from None
    data = parse_source(source)
    old, state = _live_contents(db_path)
    new = {s.id: service_hash(s) for s in data.services}
    added = sum(1 for sid in new if sid not in old)
    updated = sum(1 for sid, digest in new.items() if sid in old and old[sid] != digest)
    removed = sum(1 for sid in old if sid not in new)
    if old and removed * 2 > len(old) and not force:
        raise ImportRefused(
            f"{source.name} would remove {removed} of the {len(old)} services now shown "
            "(more than half); check it is the right file, or import it with --force"
        )
    report = ImportReport(
        source=source.name,
        source_format=data.source_format,
        sha256=sha,
        dry_run=dry_run,
        services=len(data.services),
        organisations=len(data.organisations),
        locations=len(data.locations),
        categories=0,
        added=added,
        updated=updated,
        removed=removed,
        skipped=data.skipped,
        problems=data.problems,
    )
    if dry_run:
        report.categories = sum(1 for t in data.terms.values() if not t.parent_id)
        return report
    building = _building_path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        building.unlink(missing_ok=True)
        if packaged:
            state[PACKAGED_SHA_KEY] = sha
        report.categories = _build(building, data, report, packaged, state, new)
        _swap_in(building, db_path)
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        with contextlib.suppress(OSError):
            building.unlink(missing_ok=True)
        raise ImportFailed(f"could not write the new database beside {db_path}: {exc}") from None
    return report


def _build(
    path: Path,
    data: ParsedDataset,
    report: ImportReport,
    packaged: bool,
    state: dict[str, str],
    hashes: dict[str, str],
) -> int:
    db = open_database(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = OFF")  # made durable by the fsync below
        write_dataset(db, data, hashes)
        categories = db.execute(
            "SELECT count(*) FROM taxonomy_terms WHERE kind = 'category'"
        ).fetchone()[0]
        meta = data.meta
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
                    "imported_at": datetime.datetime.now(datetime.UTC).isoformat(
                        timespec="seconds"
                    ),
                    "services": report.services,
                    "organisations": report.organisations,
                    "locations": report.locations,
                    "categories": categories,
                    "added": report.added,
                    "updated": report.updated,
                    "removed": report.removed,
                    "skipped": report.skipped,
                }
            )
            # What the kiosk remembers about itself carries over from the old database.
            db.table("state").insert_all(
                ({"key": k, "value": v} for k, v in state.items()), pk="key"
            )
        problem = integrity_problem(db)
        count = db.execute("SELECT count(*) FROM services").fetchone()[0]
        if problem or count != report.services:
            raise DatabaseError(f"the new database failed its check ({problem or 'count'})")
    finally:
        db.close()
    _fsync(path)
    return int(categories)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_previous(db_path: Path) -> None:
    """Keep the live file as .previous without ever leaving no live file."""
    keep = db_path.with_name(db_path.name + ".previous.tmp")
    keep.unlink(missing_ok=True)
    try:
        os.link(db_path, keep)
    except OSError:
        shutil.copy2(db_path, keep)
    os.replace(keep, previous_path(db_path))


def _swap_in(building: Path, db_path: Path) -> None:
    if db_path.exists():
        _keep_previous(db_path)
    os.replace(building, db_path)
    _fsync_dir(db_path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rollback(db_path: Path) -> None:
    """Swap the live database with the one the last import replaced."""
    previous = previous_path(db_path)
    if not previous.exists():
        raise ImportRefused("there is no earlier database to go back to")
    conn = sqlite3.connect(f"file:{previous}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        ok = False
    finally:
        conn.close()
    if not ok:
        raise ImportRefused(f"the earlier database {previous.name} is damaged")
    swap = db_path.with_name(db_path.name + ".rollback.tmp")
    swap.unlink(missing_ok=True)
    if db_path.exists():
        try:
            os.link(db_path, swap)
        except OSError:
            shutil.copy2(db_path, swap)
    os.replace(previous, db_path)
    if swap.exists():
        os.replace(swap, previous)
    _fsync_dir(db_path.parent)


def _state(db_path: Path) -> tuple[str | None, bool]:
    """(packaged sha last seen, whether the live data came from the packaged file)."""
    db = open_database(db_path, create=False)
    try:
        if integrity_problem(db):
            raise DatabaseError(f"{db_path} failed its integrity check")
        row = db.execute("SELECT value FROM state WHERE key = ?", [PACKAGED_SHA_KEY]).fetchone()
        latest = db.execute("SELECT packaged FROM dataset ORDER BY id DESC LIMIT 1").fetchone()
        if latest is None:
            raise DatabaseError(f"{db_path} holds no dataset")
        return (row[0] if row else None), bool(latest[0])
    finally:
        db.close()


def ensure_current(db_path: Path, packaged_file: Path) -> str:
    """At start-up: make sure the database exists, is sound and has the packaged data.

    Refreshes from the packaged file when the database is missing or damaged, or when
    the packaged file changed (a new version was installed) and the live data is the
    old packaged data or the new file is real (not sample) data. Staff imports of the
    council's own export are never replaced by sample data. Returns what it did.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        import_file(packaged_file, db_path, force=True, packaged=True)
        return "created"
    try:
        seen_sha, live_is_packaged = _state(db_path)
    except DatabaseError:
        damaged = db_path.with_name(db_path.name + ".damaged")
        os.replace(db_path, damaged)
        import_file(packaged_file, db_path, force=True, packaged=True)
        return "repaired"
    sha = file_sha256(packaged_file)
    if sha == seen_sha:
        return "current"
    if live_is_packaged or not _is_sample(packaged_file):
        import_file(packaged_file, db_path, force=True, packaged=True)
        return "refreshed"
    db = open_database(db_path)
    try:
        db.table("state").upsert({"key": PACKAGED_SHA_KEY, "value": sha}, pk="key")
    finally:
        db.close()
    return "kept"


def _is_sample(path: Path) -> bool:
    """Whether the packaged file says it is sample data (read from its metadata block)."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            document = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return True
    meta = document.get("metadata") if isinstance(document, dict) else None
    return isinstance(meta, dict) and meta.get("sample") is True
