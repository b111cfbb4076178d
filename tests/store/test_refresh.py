"""Import, swap, rollback and the start-up refresh: nothing is ever lost."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kiosk.store import refresh
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, ensure_current, import_file, previous_path, rollback
from kiosk.store.schema import DatabaseError, open_database


def write_dataset(
    path: Path, count: int, *, prefix: str = "s", sample: bool = True, version: str = "1"
) -> Path:
    services = [
        {
            "id": f"{prefix}{n}",
            "name": f"Service {prefix}{n}",
            "description": f"<p>Help number {n}.</p>",
            "status": "active",
            "minimum_age": n % 20,
            "maximum_age": 25,
            "organization": {"id": "org1", "name": "Example Trust"},
            "attributes": [{"taxonomy_term": {"id": "lo-education", "name": "Education"}}],
            "service_at_locations": [
                {
                    "location": {
                        "id": f"loc{n % 3}",
                        "name": "Hall",
                        "addresses": [
                            {"address_1": "1 Road", "city": "Stafford", "postal_code": "ST16 1AA"}
                        ],
                    }
                }
            ],
        }
        for n in range(count)
    ]
    document = {
        "metadata": {"sample": sample, "version": version, "publisher": "Test"},
        "contents": services,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def service_ids(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM services ORDER BY id")]
    finally:
        conn.close()


def test_import_reports_added_updated_removed(tmp_path):
    db = tmp_path / "kiosk.db"
    first = import_file(write_dataset(tmp_path / "a.json", 10), db)
    assert (first.added, first.updated, first.removed, first.services) == (10, 0, 0, 10)
    data = json.loads((tmp_path / "a.json").read_text())
    data["contents"][0]["name"] = "Renamed"
    data["contents"] = [*data["contents"][:8], dict(data["contents"][1], id="new1")]
    (tmp_path / "b.json").write_text(json.dumps(data))
    second = import_file(tmp_path / "b.json", db)
    assert (second.added, second.updated, second.removed) == (1, 1, 2)
    assert len(service_ids(db)) == 9
    assert previous_path(db).exists()


def test_dry_run_changes_nothing(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 5), db)
    before = db.read_bytes()
    report = import_file(
        write_dataset(tmp_path / "b.json", 7, prefix="t"), db, dry_run=True, force=True
    )
    assert report.dry_run and report.added == 7 and report.removed == 5
    assert db.read_bytes() == before


def test_removing_more_than_half_needs_force(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 10), db)
    before = db.read_bytes()
    smaller = write_dataset(tmp_path / "b.json", 4)
    with pytest.raises(ImportRefused, match="would remove 6 of the 10"):
        import_file(smaller, db)
    assert db.read_bytes() == before
    assert import_file(smaller, db, force=True).removed == 6


@pytest.mark.parametrize(
    "content",
    [b"not json", b"[]", b'{"contents": [{"id": "x"}]}', b"\xff\xfe", b"[" * 50_000],
    ids=["garbage", "empty", "no-valid-service", "not-utf8", "deep"],
)
def test_refused_import_leaves_the_database_byte_identical(tmp_path, content):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportRefused):
        import_file(bad, db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "bad.json", "kiosk.db"]


def test_crash_between_build_and_swap_leaves_live_database_intact(tmp_path, monkeypatch):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()

    def crash(building: Path, live: Path) -> None:
        assert building.exists()  # the new database was fully built
        raise SystemExit("power cut")

    monkeypatch.setattr(refresh, "_swap_in", crash)
    with pytest.raises(SystemExit):
        import_file(write_dataset(tmp_path / "b.json", 5, prefix="t"), db, force=True)
    assert db.read_bytes() == before
    monkeypatch.undo()
    # The next import clears the half-finished file and works.
    import_file(write_dataset(tmp_path / "b.json", 5, prefix="t"), db, force=True)
    assert not db.with_name("kiosk.db.new").exists()
    assert len(service_ids(db)) == 5


def test_disk_full_while_building_is_a_failure_that_changes_nothing(tmp_path, monkeypatch):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(refresh, "write_dataset", full_disk)
    with pytest.raises(ImportFailed, match="disk is full"):
        import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    assert db.read_bytes() == before
    assert not db.with_name("kiosk.db.new").exists()


def test_rollback_swaps_back_and_forth(tmp_path):
    db = tmp_path / "kiosk.db"
    with pytest.raises(ImportRefused, match="no earlier database"):
        rollback(db)
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    assert service_ids(db)[0] == "t0"
    rollback(db)
    assert service_ids(db)[0] == "s0"
    rollback(db)
    assert service_ids(db)[0] == "t0"


def test_rollback_refuses_a_damaged_previous_file(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3), db)
    previous_path(db).write_bytes(b"garbage" * 1000)
    before = db.read_bytes()
    with pytest.raises(ImportRefused, match="damaged"):
        rollback(db)
    assert db.read_bytes() == before


def test_startup_creates_refreshes_and_repairs(tmp_path):
    db = tmp_path / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    assert ensure_current(db, packaged) == "created"
    assert ensure_current(db, packaged) == "current"
    write_dataset(packaged, 6, version="2")
    assert ensure_current(db, packaged) == "refreshed"
    assert len(service_ids(db)) == 6
    db.write_bytes(b"this is not a database" * 100)
    assert ensure_current(db, packaged) == "repaired"
    assert len(service_ids(db)) == 6
    assert db.with_name("kiosk.db.damaged").exists()


def test_startup_never_replaces_staff_data_with_new_sample_data(tmp_path):
    db = tmp_path / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    ensure_current(db, packaged)
    import_file(
        write_dataset(tmp_path / "council.json", 4, prefix="real", sample=False), db, force=True
    )
    assert ensure_current(db, packaged) == "current"
    write_dataset(packaged, 5, version="2")  # an upgrade ships new sample data
    assert ensure_current(db, packaged) == "kept"
    assert service_ids(db)[0] == "real0"
    write_dataset(packaged, 5, version="3", sample=False)  # an upgrade ships real data
    assert ensure_current(db, packaged) == "refreshed"
    assert service_ids(db)[0] == "s0"


def test_database_from_a_newer_kiosk_is_refused_not_changed(tmp_path):
    db_path = tmp_path / "kiosk.db"
    db = open_database(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "send-kiosk", "name": "m999_future", "applied_at": "2030"}
    )
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_swap_keeps_no_temporary_files(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3), db)
    names = sorted(os.listdir(tmp_path))
    assert names == ["a.json", "b.json", "kiosk.db", "kiosk.db.previous"]
