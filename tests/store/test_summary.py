"""What `kiosk check` and `kiosk export` say about databases the importer did not make."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from kiosk.store import writelock
from kiosk.store.export import export_csv_package
from kiosk.store.records import CostOption, Service
from kiosk.store.refresh import import_file
from kiosk.store.summary import summarise
from kiosk.store.writer import is_free
from tests.store.datasets import lock_held_elsewhere, write_dataset


def test_a_database_with_no_dataset_record_is_summarised_without_one(tiny_db: Path) -> None:
    summary = summarise(tiny_db)
    assert (summary["integrity"], summary["services"], summary["dataset"]) == ("ok", 8, None)


def test_a_dataset_with_no_readable_date_has_no_age(tiny_db: Path) -> None:
    conn = sqlite3.connect(tiny_db)
    conn.execute(
        "INSERT INTO dataset (source_name, source_format, sha256, published, imported_at, "
        "services, organisations, locations, categories, added, updated, removed, skipped) "
        "VALUES ('x.json', 'oruk-3.0', '', 'spring 2024', 'unknown', 8, 2, 2, 2, 8, 0, 0, 0)"
    )
    conn.commit()
    conn.close()
    dataset = summarise(tiny_db, today=datetime.date(2025, 1, 1))["dataset"]
    assert dataset["published"] == "spring 2024" and dataset["age_days"] is None


def test_the_check_names_the_writer_at_work(tmp_path: Path) -> None:
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    assert summarise(db)["files"]["writer"] == ""
    with lock_held_elsewhere(db, "importing council.json"):
        assert writelock.is_locked(db)
        assert "importing council.json" in summarise(db)["files"]["writer"]
    assert not writelock.is_locked(db)


def test_a_database_never_written_has_no_lock_holder(tmp_path: Path) -> None:
    assert writelock.holder(tmp_path / "never.db") == ""
    assert not writelock.is_locked(tmp_path / "never.db")


def test_a_database_with_no_dataset_record_exports_without_metadata(
    tiny_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    assert export_csv_package(tiny_db, out) == 8
    assert (out / "services.csv").is_file() and not (out / "metadata.json").exists()
    copy = tmp_path / "copy.db"
    assert import_file(out, copy).services == 8


@pytest.mark.parametrize(
    ("fees", "free"),
    [("No charge for families", 1), ("Free of charge", 1), ("£5 a session", 0), ("", None)],
)
def test_the_fees_text_decides_free_when_no_price_is_given(fees: str, free: int | None) -> None:
    service = Service("s", "Club", None, fees_description=fees)
    assert is_free(service) == free
    priced = Service(
        "s", "Club", None, fees_description=fees, cost_options=[CostOption("Visit", 3)]
    )
    assert is_free(priced) == 0  # a price given wins over the words
