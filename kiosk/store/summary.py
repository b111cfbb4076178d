"""What `kiosk check` reports: integrity, counts, districts and the dataset's age."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

from kiosk.store import dbfiles, writelock
from kiosk.store.database import integrity_problem, open_readonly
from kiosk.store.quality import quality_of
from kiosk.store.schema import schema_version
from kiosk.store.vocabulary import districts


def summarise(
    db_path: Path, today: datetime.date | None = None, *, quality: bool = False
) -> dict[str, Any]:
    """A plain dict describing the database; raises DatabaseError if it cannot be opened.

    With QUALITY, "quality_report" holds the kiosk.store.quality report as well.
    """
    db = open_readonly(db_path)
    try:
        problem = integrity_problem(db)

        def count(sql: str) -> int:
            return int(db.execute(sql).fetchone()[0])

        known_order = {name: i for i, name in enumerate(districts().names)}
        found = [row[0] for row in db.execute("SELECT DISTINCT district FROM service_districts")]
        found.sort(key=lambda name: (known_order.get(name, len(known_order)), name))
        cursor = db.execute("SELECT * FROM dataset ORDER BY id DESC LIMIT 1")
        row = cursor.fetchone()
        dataset = None
        if row is not None:
            dataset = dict(zip([c[0] for c in cursor.description], row, strict=True))
            dataset["sample"] = bool(dataset["sample"])
            dataset["packaged"] = bool(dataset["packaged"])
            dataset["age_days"] = _age_days(dataset, today or datetime.date.today())
        return {
            "database": str(db_path),
            "schema_version": schema_version(),
            "integrity": problem or "ok",
            "services": count("SELECT count(*) FROM services"),
            "organisations": count("SELECT count(*) FROM organisations"),
            "locations": count("SELECT count(*) FROM locations"),
            "categories": count("SELECT count(*) FROM taxonomy_terms WHERE kind = 'category'"),
            "category_names": [
                r[0]
                for r in db.execute(
                    "SELECT name FROM taxonomy_terms WHERE kind = 'category' ORDER BY name"
                )
            ],
            "districts": found,
            "dataset": dataset,
            "files": _files(db_path),
            **({"quality_report": quality_of(db, today)} if quality else {}),
        }
    finally:
        db.close()


def _age_days(dataset: dict[str, Any], today: datetime.date) -> int | None:
    """How old the data is by its own dates: when it was published, else its newest record.
    Never the day it was imported: that would call years-old data new."""
    for key in ("published", "newest_record"):
        try:
            when = datetime.date.fromisoformat(str(dataset.get(key) or "")[:10])
        except ValueError:
            continue
        return (today - when).days
    return None


def _files(db_path: Path) -> dict[str, Any]:
    """The database's neighbours: earlier copy, set-aside files, a writer at work."""
    return {
        "previous": dbfiles.previous_path(db_path).exists(),
        "set_aside": [p.name for p in dbfiles.set_aside_files(db_path)],
        "real_data": dbfiles.has_real_data(db_path),
        "writer": writelock.holder(db_path) if writelock.is_locked(db_path) else "",
        "folder_writable": os.access(db_path.parent, os.W_OK),
    }
