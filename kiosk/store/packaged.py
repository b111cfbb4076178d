"""What the kiosk knows of its data without reading it into a database: a data file's
checksum, whether a file or a database holds sample data. Light enough for every start."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from kiosk.store.database import as_database_error, open_readonly

# The state-table key holding the checksum of the packaged file the kiosk last saw.
PACKAGED_SHA_KEY = "packaged_sha256"


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


def is_sample_file(path: Path) -> bool:
    """Whether the packaged file says it is sample data (read from its metadata block)."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            document = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return True
    meta = document.get("metadata") if isinstance(document, dict) else None
    return isinstance(meta, dict) and meta.get("sample") is True
