"""What the staff screens say about the data: the live dataset, the one an undo would bring back,
how old each is, its quality, and how the latest import went. No Qt; reads files: call it from a
worker thread."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.staff.dropfolder import ImportOutcome, last_import
from kiosk.staff.fleet import is_stale
from kiosk.store import dbfiles
from kiosk.store.quality import QualityReport
from kiosk.store.summary import summarise


@dataclass(frozen=True)
class DatasetFacts:
    """One database's dataset, as `kiosk check --quality` describes it."""

    source_name: str
    publisher: str
    published: str  # the data's own date ('' when it gives none)
    sample: bool
    services: int
    organisations: int
    locations: int
    imported_at: str
    age_days: int | None  # by the data's own dates; None when it gives none
    stale: bool  # older than the settings' data_stale_after_months
    quality: QualityReport | None


@dataclass(frozen=True)
class DataStatus:
    """The live data, whether there is earlier data to go back to, and the latest import."""

    live: DatasetFacts | None  # None: the database holds no dataset
    has_previous: bool
    last_import: ImportOutcome | None
    writer: str  # who is importing or rolling back now; '' when nobody


def dataset_facts(
    db_path: Path, stale_months: int, today: datetime.date | None = None
) -> DatasetFacts | None:
    """The dataset in the database at DB_PATH; None when it holds none.

    Raises kiosk.store.database.DatabaseError when it cannot be read.
    """
    return _facts(summarise(db_path, today, quality=True), stale_months, today)


def _facts(
    summary: dict[str, Any], stale_months: int, today: datetime.date | None
) -> DatasetFacts | None:
    dataset = summary["dataset"]
    if dataset is None:
        return None
    dated = str(dataset.get("published") or dataset.get("newest_record") or "")
    now = datetime.datetime.combine(today, datetime.time(), datetime.UTC) if today else None
    return DatasetFacts(
        source_name=str(dataset.get("source_name") or ""),
        publisher=str(dataset.get("publisher") or ""),
        published=dated[:10],
        sample=bool(dataset["sample"]),
        services=int(summary["services"]),
        organisations=int(summary["organisations"]),
        locations=int(summary["locations"]),
        imported_at=str(dataset.get("imported_at") or ""),
        age_days=dataset["age_days"],
        stale=is_stale(dated, stale_months, now),
        quality=summary.get("quality_report"),
    )


def data_status(db_path: Path, stale_months: int, today: datetime.date | None = None) -> DataStatus:
    """The live data at DB_PATH and what surrounds it. Raises DatabaseError as dataset_facts."""
    summary = summarise(db_path, today, quality=True)
    files = summary["files"]
    live = _facts(summary, stale_months, today)
    return DataStatus(live, bool(files["previous"]), last_import(), str(files["writer"]))


def earlier_data(
    db_path: Path, stale_months: int, today: datetime.date | None = None
) -> DatasetFacts | None:
    """What "Undo the last update" would bring back: the dataset the last import replaced.

    None when there is none; raises DatabaseError when it cannot be read.
    """
    previous = dbfiles.previous_path(db_path)
    if not previous.exists():
        return None
    return dataset_facts(previous, stale_months, today)
