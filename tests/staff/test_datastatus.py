"""What the staff screens read about the data: the live dataset, the earlier one, the last
import; and how imports, refusals and undos are recorded for them and the status file."""

from __future__ import annotations

import datetime
import shutil
import sqlite3
from pathlib import Path

from kiosk.staff.datastatus import data_status, earlier_data
from kiosk.staff.dropfolder import (
    COMMAND_LINE,
    FAILED,
    IMPORTED,
    REFUSED,
    ROLLED_BACK,
    STAFF_SCREEN,
    last_import,
    record_import,
    record_rollback,
)
from kiosk.staff.fleet import is_stale
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, import_file, rollback
from tests.store.datasets import write_dataset

REPO = Path(__file__).resolve().parents[2]
PACKAGED = REPO / "data" / "local_offer.json"
PUBLISHED = datetime.date(2026, 11, 28)  # the packaged file's own date


def test_the_live_data_its_age_and_the_data_an_undo_brings_back(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    import_file(PACKAGED, db, packaged=True)
    soon = data_status(db, 6, PUBLISHED + datetime.timedelta(days=30))
    live = soon.live
    assert live is not None and live.sample and live.services == 301
    assert (live.published, live.age_days, live.stale) == ("2026-11-28", 30, False)
    assert live.quality is not None and live.quality.services == 301
    assert not soon.has_previous and soon.writer == "" and soon.last_import is None
    late = data_status(db, 6, PUBLISHED + datetime.timedelta(days=200)).live
    assert late is not None and late.stale
    assert earlier_data(db, 6) is None

    import_file(write_dataset(tmp_path / "council.json", 4), db, force=True)
    now = data_status(db, 6)
    assert now.has_previous and now.live is not None and now.live.services == 4
    before = earlier_data(db, 6)
    assert before is not None and before.sample and before.services == 301


def test_a_database_with_no_dataset_says_so(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    import_file(write_dataset(tmp_path / "d.json", 2), db)
    empty = tmp_path / "empty.sqlite3"
    shutil.copy(db, empty)
    with sqlite3.connect(empty) as connection:
        connection.execute("DELETE FROM dataset")
    assert data_status(empty, 6).live is None


def test_stale_is_by_the_datas_own_date():
    now = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
    assert is_stale("2026-01-01", 6, now) and not is_stale("2026-11-01", 6, now)
    assert not is_stale("", 6, now) and not is_stale("not a date", 6)
    assert is_stale("2001-01-01", 6)  # now: today


def test_imports_refusals_failures_and_undos_are_recorded(tmp_path):
    state = tmp_path / "imports.json"
    source = write_dataset(tmp_path / "council.json", 3)
    db = tmp_path / "kiosk.sqlite3"
    report = import_file(source, db)
    done = record_import(source, COMMAND_LINE, report, state=state)
    assert (done.outcome, done.services, done.where) == (IMPORTED, 3, COMMAND_LINE)
    assert last_import(state) == done
    url = "https://api.example.org/services"
    refused = record_import(url, COMMAND_LINE, error=ImportRefused("not ORUK"), state=state)
    assert (refused.file, refused.outcome, refused.message) == (url, REFUSED, "not ORUK")
    failed = record_import(source, STAFF_SCREEN, error=ImportFailed("disk full"), state=state)
    assert failed.outcome == FAILED and last_import(state) == failed
    assert record_rollback(db, STAFF_SCREEN, ImportRefused("none"), state).outcome == REFUSED
    assert record_rollback(db, STAFF_SCREEN, ImportFailed("locked"), state).outcome == FAILED
    import_file(write_dataset(tmp_path / "again.json", 4), db)
    rollback(db)
    undone = record_rollback(db, STAFF_SCREEN, state=state)
    assert undone.outcome == ROLLED_BACK and last_import(state) == undone
