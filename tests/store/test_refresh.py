"""Import, swap and rollback: nothing is ever lost, one writer at a time, any folder name."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from kiosk.store import dbfiles, packaged, refresh, writer
from kiosk.store.database import DatabaseError, open_for_writing
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, import_file, previous_path, rollback
from tests import faults
from tests.store.datasets import (
    lock_held_elsewhere,
    locked_once_opened,
    service_ids,
    sibling_names,
    write_dataset,
)


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


def test_services_are_numbered_in_name_order(tmp_path):
    db = tmp_path / "kiosk.db"
    document = {
        "contents": [
            {"id": "z", "name": "apple club", "status": "active"},
            {"id": "a", "name": "Zebra group", "status": "active"},
            {"id": "m", "name": "Édith's café", "status": "active"},
            {"id": "b", "name": "Apple Club", "status": "active"},
        ]
    }
    source = tmp_path / "a.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    import_file(source, db)
    conn = sqlite3.connect(db)
    order = [r[0] for r in conn.execute("SELECT id FROM services ORDER BY sid")]
    conn.close()
    expected = sorted(document["contents"], key=lambda s: (s["name"].casefold(), s["id"]))
    assert order == [s["id"] for s in expected]


def test_dry_run_changes_nothing_and_takes_no_lock(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 5), db)
    before = db.read_bytes()
    with lock_held_elsewhere(db, "a test holding the lock"):
        report = import_file(
            write_dataset(tmp_path / "b.json", 7, prefix="t"), db, dry_run=True, force=True
        )
    assert report.dry_run and report.added == 7 and report.removed == 5
    assert report.categories == 1
    assert db.read_bytes() == before


def test_removing_more_than_half_needs_force(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 10), db)
    before = db.read_bytes()
    smaller = write_dataset(tmp_path / "b.json", 4)
    with pytest.raises(ImportRefused, match="would remove 6 of the 10"):
        import_file(smaller, db)
    assert db.read_bytes() == before
    assert sibling_names(db) == ["kiosk.db", "kiosk.db.lock"]
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
    assert sibling_names(db) == ["kiosk.db", "kiosk.db.lock"]


def test_disk_full_while_building_is_a_failure_that_changes_nothing(tmp_path, monkeypatch):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()

    def full_disk(self, service):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("kiosk.store.writer.DatasetBuilder.add_service", full_disk)
    with pytest.raises(ImportFailed, match="disk is full"):
        import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    assert db.read_bytes() == before
    assert not [n for n in sibling_names(db) if ".new" in n]


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


def test_rollback_refuses_a_damaged_or_identical_previous_file(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3), db)
    previous_path(db).write_bytes(b"garbage" * 1000)
    before = db.read_bytes()
    with pytest.raises(ImportRefused, match="damaged"):
        rollback(db)
    assert db.read_bytes() == before
    previous_path(db).unlink()
    previous_path(db).hardlink_to(db)  # what a crash in version 0.1 could leave
    with pytest.raises(ImportRefused, match="the same as the one in use"):
        rollback(db)


def test_swap_keeps_no_temporary_files(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3), db)
    assert sibling_names(db) == ["kiosk.db", "kiosk.db.lock", "kiosk.db.previous"]


def test_the_real_data_marker_follows_what_is_live(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "sample.json", 3), db)
    assert not dbfiles.has_real_data(db)
    import_file(write_dataset(tmp_path / "real.json", 3, prefix="r", sample=False), db, force=True)
    assert dbfiles.has_real_data(db)
    rollback(db)
    assert not dbfiles.has_real_data(db)
    rollback(db)
    assert dbfiles.has_real_data(db)


def test_a_second_import_waits_then_is_refused_with_who_holds_the_lock(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()
    with (
        lock_held_elsewhere(db, "importing council.json"),
        pytest.raises(ImportFailed, match="another import or rollback is running") as failed,
    ):
        import_file(write_dataset(tmp_path / "b.json", 4), db, lock_wait_s=0.2)
    assert "importing council.json" in str(failed.value)
    assert db.read_bytes() == before
    with lock_held_elsewhere(db, "a rollback"), pytest.raises(ImportFailed, match="running"):
        rollback(db, lock_wait_s=0.1)


def test_two_imports_at_once_both_finish_one_after_the_other(tmp_path):
    db = tmp_path / "kiosk.db"
    sources = [write_dataset(tmp_path / f"{n}.json", 300, prefix=f"p{n}-") for n in range(4)]
    results: list[object] = []

    def run(source: Path) -> None:
        try:
            results.append(import_file(source, db, force=True, lock_wait_s=60))
        except Exception as exc:  # collected and shown by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(not isinstance(r, Exception) for r in results), results
    ids = service_ids(db)
    assert len(ids) == 300 and len({i.split("-")[0] for i in ids}) == 1
    assert sibling_names(db) == ["kiosk.db", "kiosk.db.lock", "kiosk.db.previous"]


@pytest.mark.parametrize(
    "folder",
    ["Hub #2", "what? now", "100% sure", "Tŷ Gwyn ünïcode", "a" * 200, "#?%&=;"],
    ids=["hash", "question", "percent", "unicode", "long", "all"],
)
def test_paths_are_paths_not_uris(tmp_path, folder):
    db = tmp_path / folder / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 10), db)
    smaller = write_dataset(tmp_path / "b.json", 1)
    with pytest.raises(ImportRefused, match="would remove 9 of the 10"):
        import_file(smaller, db)  # the guard reads the live file through a URI
    assert import_file(smaller, db, force=True).removed == 9
    previous_path(db).write_bytes(b"garbage" * 1000)
    with pytest.raises(ImportRefused, match="damaged"):
        rollback(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.json", "b.json", folder])


def test_a_database_from_a_newer_kiosk_is_refused_not_changed(tmp_path):
    db_path = tmp_path / "kiosk.db"
    db = open_for_writing(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "send-kiosk", "name": "m999_future", "applied_at": "2030"}
    )
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version") as refused:
        open_for_writing(db_path)
    assert refused.value.trouble.value == "newer"
    assert db_path.read_bytes() == before


def test_importing_over_a_damaged_file_keeps_it_as_the_earlier_copy(tmp_path):
    db = tmp_path / "kiosk.db"
    db.write_bytes(b"garbage" * 1000)
    report = import_file(write_dataset(tmp_path / "a.json", 3), db)
    assert (report.added, report.removed) == (3, 0)
    assert service_ids(db) == ["s0", "s1", "s2"]
    assert previous_path(db).read_bytes() == b"garbage" * 1000


def test_importing_over_another_programs_database_keeps_it_as_the_earlier_copy(tmp_path):
    db = tmp_path / "kiosk.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    before = db.read_bytes()
    assert import_file(write_dataset(tmp_path / "a.json", 3), db).removed == 0
    assert previous_path(db).read_bytes() == before


def test_importing_over_a_database_from_a_newer_kiosk_fails_and_changes_nothing(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    newer = open_for_writing(db)
    newer["_sqlite_migrations"].insert(
        {"migration_set": "send-kiosk", "name": "m999_future", "applied_at": "2030"}
    )
    newer.close()
    before = db.read_bytes()
    with pytest.raises(ImportFailed, match="newer version of the kiosk"):
        import_file(write_dataset(tmp_path / "b.json", 3), db)
    assert db.read_bytes() == before and sibling_names(db) == ["kiosk.db", "kiosk.db.lock"]


def test_a_lock_on_the_live_file_while_counting_fails_the_import(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()
    with locked_once_opened(refresh), pytest.raises(ImportFailed, match="database is locked"):
        import_file(write_dataset(tmp_path / "b.json", 3), db)
    assert db.read_bytes() == before and not [n for n in sibling_names(db) if ".new" in n]


def test_a_lock_on_the_earlier_copy_while_rolling_back_fails_and_swaps_nothing(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    with (
        locked_once_opened(packaged),  # where rollback reads whether the copy is sample data
        pytest.raises(ImportFailed, match="is locked by another program"),
    ):
        rollback(db)
    assert service_ids(db)[0] == "t0"


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_data_file_that_cannot_be_read_is_refused_and_changes_nothing(tmp_path):
    # The kernel answers every read of /proc/self/mem at offset 0 with EIO, as a failing
    # disk or a pulled-out USB stick does.
    db = tmp_path / "kiosk.db"
    with pytest.raises(ImportRefused, match="cannot read /proc/self/mem: Input/output error"):
        import_file(Path("/proc/self/mem"), db)
    assert not db.exists()


def test_a_new_database_that_fails_its_check_is_never_swapped_in(tmp_path, monkeypatch):
    """A freshly built file fails SQLite's check only on failing hardware, which a test
    cannot summon: the check is made to report a problem instead."""
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()
    monkeypatch.setattr(refresh, "integrity_problem", lambda db: "row 2 missing from index")
    with pytest.raises(ImportFailed, match="failed its check \\(row 2 missing from index\\)"):
        import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    assert db.read_bytes() == before
    assert sibling_names(db) == ["kiosk.db", "kiosk.db.lock"]


def test_a_disk_that_fills_while_the_file_is_read_fails_the_import_and_says_so(
    tmp_path, monkeypatch
):
    """SQLite stops at max_page_count with the error a full disk gives (SQLITE_FULL), and
    rolls the transaction back itself, as on a full disk; the new file is limited to the
    pages its empty tables take, and written in batches of 5 services, so that it fills
    while the file is still being read."""
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    before = db.read_bytes()
    real = refresh.open_for_writing

    def small_disk(path, **options):
        opened = real(path, **options)
        pages = opened.execute("PRAGMA page_count").fetchone()[0]
        opened.execute(f"PRAGMA max_page_count = {pages}")
        return opened

    monkeypatch.setattr(refresh, "open_for_writing", small_disk)
    monkeypatch.setattr(writer, "BATCH_SERVICES", 5)
    document = json.loads(write_dataset(tmp_path / "b.json", 40, prefix="t").read_text())
    for n, service in enumerate(document["contents"]):
        service["phones"] = [
            {"number": f"01632 9{n:02d}{p:03d}", "description": "Call us " + "x" * 200}
            for p in range(10)
        ]
    (tmp_path / "b.json").write_text(json.dumps(document))
    with pytest.raises(ImportFailed, match="database or disk is full"):
        import_file(tmp_path / "b.json", db, force=True)
    assert db.read_bytes() == before
    assert not [n for n in sibling_names(db) if ".new" in n]


def test_rollback_after_the_live_file_was_set_aside_brings_back_the_earlier_data(tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    dbfiles.set_aside(db)
    rollback(db)
    assert service_ids(db)[0] == "s0"
    assert not previous_path(db).exists()


@faults.needs_namespaces
def test_rollback_on_a_read_only_disk_fails_and_changes_nothing(tmp_path):
    db = tmp_path / "data" / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    code = (
        "from pathlib import Path\n"
        "from kiosk.store.refresh import ImportFailed, rollback\n"
        "try:\n"
        f"    rollback(Path({str(db)!r}))\n"
        "except ImportFailed as exc:\n"
        "    print(exc)\n"
    )
    done = faults.run_python(code, setup=faults.read_only(db.parent))
    assert done.returncode == 0, done.stderr
    assert "could not swap the files beside" in done.stdout
    assert "Read-only file system" in done.stdout
    assert service_ids(db)[0] == "t0"
