"""The start-up check never discards data it could not prove damaged.

Real faults: a lock held by another process, a read-only disk, a full disk, a database
from a newer kiosk, garbage in the file; and what happens next each time.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.store import dbfiles, startup
from kiosk.store.database import open_for_writing, open_readonly
from kiosk.store.packaged import file_sha256
from kiosk.store.refresh import import_file, previous_path
from kiosk.store.schema import pending_migrations
from kiosk.store.startup import ensure_current
from tests import faults
from tests.conftest import FIXTURES
from tests.store.datasets import (
    lock_held_elsewhere,
    locked_once_opened,
    service_ids,
    sibling_names,
    write_dataset,
)


def staff_data(tmp_path: Path, count: int = 4) -> tuple[Path, Path]:
    """A kiosk on packaged sample data "s", then the council's real data "real" imported."""
    db = tmp_path / "data" / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 6)
    assert ensure_current(db, packaged).action == "created"
    council = write_dataset(tmp_path / "council.json", count, prefix="real", sample=False)
    import_file(council, db, force=True)
    return db, packaged


def test_startup_creates_then_finds_the_data_current(tmp_path):
    db = tmp_path / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    first = ensure_current(db, packaged)
    assert (first.action, first.usable, first.read_only) == ("created", True, False)
    again = ensure_current(db, packaged)
    assert (again.action, again.usable, again.read_only) == ("current", True, False)
    write_dataset(packaged, 6, version="2")
    assert ensure_current(db, packaged).action == "refreshed"
    assert len(service_ids(db)) == 6


def test_startup_never_replaces_staff_data_with_new_sample_data(tmp_path):
    db, packaged = staff_data(tmp_path)
    assert ensure_current(db, packaged).action == "current"
    write_dataset(packaged, 5, version="2")  # an upgrade ships new sample data
    assert ensure_current(db, packaged).action == "kept"
    assert service_ids(db)[0] == "real0"
    assert ensure_current(db, packaged).action == "current"
    write_dataset(packaged, 5, version="3", sample=False)  # an upgrade ships real data
    assert ensure_current(db, packaged).action == "refreshed"
    assert service_ids(db)[0] == "s0"


def test_damaged_staff_data_goes_back_to_the_earlier_real_copy(tmp_path):
    db, packaged = staff_data(tmp_path)
    newer = write_dataset(tmp_path / "newer.json", 4, prefix="new", sample=False)
    import_file(newer, db, force=True)
    db.write_bytes(b"this is not a database" * 100)
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("restored", True)
    assert service_ids(db)[0] == "real0"
    assert len(outcome.set_aside) == 1 and outcome.set_aside[0].read_bytes().startswith(b"this")
    # Damaged again: a second set-aside file; the first is never overwritten.
    db.write_bytes(b"damaged again" * 100)
    second = ensure_current(db, packaged)
    assert second.action == "out-of-order" and not second.usable
    assert len(dbfiles.set_aside_files(db)) == 2
    assert "will not replace the council's data with sample data" in second.detail


def test_damaged_staff_data_is_never_replaced_by_the_sample_data(tmp_path):
    db, packaged = staff_data(tmp_path)  # previous: the sample data
    db.write_bytes(b"\0" * 8192)
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("out-of-order", False)
    assert not db.exists()
    assert previous_path(db).exists()  # kept: staff may still roll back to it by hand
    assert dbfiles.set_aside_files(db)
    # Once staff import the council's file again, the kiosk is back.
    import_file(tmp_path / "council.json", db)
    assert ensure_current(db, packaged).usable


def test_damaged_sample_data_with_no_earlier_copy_reloads_the_packaged_file(tmp_path):
    db = tmp_path / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    ensure_current(db, packaged)
    db.write_bytes(b"garbage" * 1000)
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("reloaded", True)
    assert len(service_ids(db)) == 4
    assert [p.name for p in outcome.set_aside] == [p.name for p in dbfiles.set_aside_files(db)]


def test_no_database_and_no_packaged_file_is_out_of_order_not_a_crash(tmp_path):
    outcome = ensure_current(tmp_path / "kiosk.db", None)
    assert (outcome.action, outcome.usable) == ("out-of-order", False)
    assert "no packaged data file" in outcome.detail


def test_a_database_from_a_newer_kiosk_is_left_alone(tmp_path):
    db, packaged = staff_data(tmp_path)
    writer = open_for_writing(db)
    writer["_sqlite_migrations"].insert(
        {"migration_set": "send-kiosk", "name": "m999_future", "applied_at": "2030"}
    )
    writer.close()
    before = db.read_bytes()
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("out-of-order", False)
    assert "newer version of the kiosk" in outcome.detail
    assert db.read_bytes() == before and not dbfiles.set_aside_files(db)


HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


def hold_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program holds an exclusive lock on the database for SECONDS."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_a_lock_at_boot_is_waited_out_and_loses_nothing(tmp_path):
    db, packaged = staff_data(tmp_path)
    before = db.read_bytes()
    holder = hold_lock(db, 1.5)
    try:
        outcome = ensure_current(db, packaged)
    finally:
        holder.communicate(timeout=30)
    assert (outcome.action, outcome.usable) == ("current", True)
    assert db.read_bytes() == before and not dbfiles.set_aside_files(db)


def test_a_lock_that_outlasts_the_wait_leaves_the_data_alone(tmp_path, monkeypatch):
    db, packaged = staff_data(tmp_path)
    before = db.read_bytes()
    monkeypatch.setattr(startup, "BUSY_PAUSES_S", (0.05, 0.1))
    holder = hold_lock(db, 20)
    try:
        locked = ensure_current(db, packaged)
        again = ensure_current(db, packaged)  # a second locked start changes nothing either
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    for outcome in (locked, again):
        assert (outcome.action, outcome.usable) == ("out-of-order", False)
        assert "locked by another program" in outcome.detail
    assert db.read_bytes() == before and not dbfiles.set_aside_files(db)
    assert service_ids(db)[0] == "real0"
    assert ensure_current(db, packaged).action == "current"


STARTUP_JSON = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kiosk.store.startup import ensure_current
    from kiosk.store.refresh import import_file
    db, packaged = Path(sys.argv[1]), Path(sys.argv[2])
    outcome = ensure_current(db, packaged)
    ids = []
    if outcome.usable:
        import sqlite3
        conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
        ids = [r[0] for r in conn.execute("SELECT id FROM services ORDER BY id")]
    print(json.dumps({"action": outcome.action, "usable": outcome.usable,
                      "read_only": outcome.read_only, "detail": outcome.detail, "ids": ids,
                      "files": sorted(p.name for p in db.parent.iterdir())}))
    """
)


def startup_in_namespace(db: Path, packaged: Path, setup: str) -> dict[str, object]:
    code = STARTUP_JSON.replace("sys.argv[1]", repr(str(db))).replace(
        "sys.argv[2]", repr(str(packaged))
    )
    done = faults.run_python(code, setup=setup)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@faults.needs_namespaces
def test_a_read_only_disk_shows_the_data_as_it_is(tmp_path):
    db, packaged = staff_data(tmp_path)
    before = db.read_bytes()
    write_dataset(packaged, 5, version="2", sample=False)  # a refresh would be due
    result = startup_in_namespace(db, packaged, faults.read_only(db.parent))
    assert result["usable"] is True and result["read_only"] is True, result
    assert result["ids"] == service_ids(db)
    assert "cannot be written" in str(result["detail"])
    assert db.read_bytes() == before


@faults.needs_namespaces
def test_a_full_disk_keeps_the_data_and_runs_on_it(tmp_path):
    db, packaged = staff_data(tmp_path, count=40)
    write_dataset(packaged, 600, version="2", sample=False)  # a refresh would be due
    result = startup_in_namespace(db, packaged, faults.full_disk(db.parent, 2048))
    assert result["usable"] is True and result["read_only"] is True, result
    assert result["action"] == "current"
    assert "could not be loaded" in str(result["detail"])
    assert result["ids"] == service_ids(db)  # the staff's 40 services, not the new file's
    assert not [n for n in result["files"] if ".new" in str(n) or "damaged" in str(n)]


@faults.needs_namespaces
def test_damage_on_a_full_disk_still_goes_back_to_the_earlier_copy(tmp_path):
    db, packaged = staff_data(tmp_path)
    newer = write_dataset(tmp_path / "newer.json", 4, prefix="new", sample=False)
    import_file(newer, db, force=True)
    db.write_bytes(b"this is not a database" * 100)
    result = startup_in_namespace(db, packaged, faults.full_disk(db.parent, 2048))
    assert (result["action"], result["usable"]) == ("restored", True), result
    assert result["ids"] == [f"real{n}" for n in range(4)]
    assert any("damaged-" in str(name) for name in result["files"])


def test_interrupted_work_is_finished_at_start_up(tmp_path):
    db, packaged = staff_data(tmp_path)
    leftover = db.with_name(db.name + ".new-999-deadbeef")
    leftover.write_bytes(b"half a database")
    legacy = db.with_name(db.name + ".new")
    legacy.write_bytes(b"half a database from version 0.1")
    outcome = ensure_current(db, packaged)
    assert outcome.usable and len(outcome.recovered) == 2
    assert sibling_names(db) == [
        "kiosk.db",
        "kiosk.db.lock",
        "kiosk.db.previous",
        "kiosk.db.real-data",
    ]


def test_the_live_file_overwritten_in_place_is_damage_not_a_lock(tmp_path):
    db, packaged = staff_data(tmp_path)
    with db.open("r+b") as handle:  # what `cp other.db kiosk.db` half-way through looks like
        handle.seek(4096)
        handle.write(os.urandom(4096))
    conn = sqlite3.connect(db)
    try:
        healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        healthy = False
    finally:
        conn.close()
    outcome = ensure_current(db, packaged)
    if healthy:  # the page hit held nothing SQLite checks: the data is shown as it is
        assert outcome.action == "current"
    else:
        assert outcome.set_aside and not outcome.usable  # previous is sample: out of order
    assert outcome.action != "reloaded"


@pytest.mark.parametrize("name", ["Hub #2", "what?", "100%"])
def test_startup_works_in_folders_with_uri_characters(tmp_path, name):
    db = tmp_path / name / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    assert ensure_current(db, packaged).action == "created"
    assert ensure_current(db, packaged).action == "current"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "local_offer.json"])


def test_a_packaged_file_that_cannot_be_read_is_taken_for_sample_data(tmp_path):
    db, packaged = staff_data(tmp_path)
    packaged.write_text("{ not json", encoding="utf-8")  # a broken upgrade
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("kept", True)
    assert service_ids(db)[0] == "real0"


def test_no_packaged_file_leaves_sound_data_as_it_is(tmp_path):
    db, _packaged = staff_data(tmp_path)
    outcome = ensure_current(db, None)
    assert (outcome.action, outcome.usable, outcome.read_only) == ("current", True, False)
    assert outcome.detail == "no packaged data file to compare"


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_packaged_file_with_a_read_error_shows_the_data_as_it_is(tmp_path):
    # The kernel answers every read of /proc/self/mem at offset 0 with EIO, as a failing
    # disk does.
    db, _packaged = staff_data(tmp_path)
    outcome = ensure_current(db, Path("/proc/self/mem"))
    assert (outcome.action, outcome.usable, outcome.read_only) == ("current", True, True)
    assert "Input/output error" in outcome.detail
    assert service_ids(db)[0] == "real0"


def test_a_lock_taken_just_after_the_check_shows_the_data_as_it_is(tmp_path):
    db, packaged = staff_data(tmp_path)
    before = db.read_bytes()
    with locked_once_opened(startup):
        outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable, outcome.read_only) == ("current", True, True)
    assert "database is locked" in outcome.detail
    assert db.read_bytes() == before


def test_another_writer_at_start_up_means_showing_the_data_as_it_is(tmp_path, monkeypatch):
    db, packaged = staff_data(tmp_path)
    write_dataset(packaged, 5, version="2", sample=False)  # a refresh would be due
    monkeypatch.setattr(startup, "LOCK_WAIT_S", 0.05)
    with lock_held_elsewhere(db, "importing council.json"):
        busy = ensure_current(db, packaged)
        db.write_bytes(b"damaged while the import runs" * 100)
        damaged = ensure_current(db, packaged)
    assert (busy.action, busy.usable, busy.read_only) == ("current", True, True)
    assert "another import or rollback is running" in busy.detail
    assert (damaged.action, damaged.usable) == ("out-of-order", False)
    assert "is damaged" in damaged.detail
    assert "; and another import or rollback is running" in damaged.detail
    assert db.read_bytes().startswith(b"damaged") and not dbfiles.set_aside_files(db)


def test_damaged_sample_data_with_a_damaged_earlier_copy_reloads_the_packaged_file(tmp_path):
    db = tmp_path / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    ensure_current(db, packaged)
    import_file(write_dataset(tmp_path / "other.json", 4, prefix="t"), db, force=True)
    db.write_bytes(b"garbage" * 1000)
    previous_path(db).write_bytes(b"garbage too" * 1000)
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("reloaded", True)
    assert service_ids(db) == ["s0", "s1", "s2", "s3"]


def test_damaged_sample_data_goes_back_to_earlier_sample_data(tmp_path):
    db = tmp_path / "kiosk.db"
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    ensure_current(db, packaged)
    import_file(write_dataset(tmp_path / "demo.json", 5, prefix="demo"), db, force=True)
    db.write_bytes(b"garbage" * 1000)
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("restored", True)
    assert service_ids(db)[0] == "s0" and not dbfiles.has_real_data(db)


def test_a_packaged_file_that_cannot_be_loaded_leaves_the_kiosk_out_of_order(tmp_path):
    packaged = tmp_path / "local_offer.json"
    packaged.write_text('{"contents": []}', encoding="utf-8")
    outcome = ensure_current(tmp_path / "kiosk.db", packaged)
    assert (outcome.action, outcome.usable) == ("out-of-order", False)
    assert "there was no data, and the packaged data could not be loaded" in outcome.detail


def test_a_database_from_an_older_kiosk_is_brought_up_to_date(tmp_path):
    db = tmp_path / "data" / "kiosk.db"
    db.parent.mkdir()
    shutil.copy(FIXTURES / "made-by-0.1.sqlite3", db)  # the council's data, from version 0.1
    packaged = write_dataset(tmp_path / "local_offer.json", 4)
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable, outcome.read_only) == ("kept", True, False)
    reader = open_readonly(db)
    assert pending_migrations(reader) == 0
    reader.close()
    assert service_ids(db) == ["v1-001", "v1-003", "v1-005"]


def overwrite_table(db: Path, table: str) -> None:
    """Overwrite the first page of TABLE, as a bad sector or a half-finished copy would."""
    conn = sqlite3.connect(db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


def test_a_table_overwritten_in_place_is_damage_set_aside(tmp_path):
    db, packaged = staff_data(tmp_path)
    newer = write_dataset(tmp_path / "newer.json", 4, prefix="new", sample=False)
    import_file(newer, db, force=True)
    overwrite_table(db, "services")
    outcome = ensure_current(db, packaged)
    assert (outcome.action, outcome.usable) == ("restored", True)
    assert len(outcome.set_aside) == 1 and not dbfiles.same_file(outcome.set_aside[0], db)
    assert service_ids(db)[0] == "real0"


FAULTY_FOLDERS = textwrap.dedent(
    """
    import json, sqlite3, sys
    from pathlib import Path
    from kiosk.store.startup import ensure_current
    results = {}
    for name, db, packaged in json.loads(sys.argv[1]):
        outcome = ensure_current(Path(db), Path(packaged))
        noted = None
        if outcome.usable:
            conn = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
            noted = conn.execute("SELECT value FROM state WHERE key = 'packaged_sha256'").fetchone()
            conn.close()
        results[name] = [outcome.action, outcome.usable, outcome.read_only, outcome.detail,
                         noted[0] if noted else None]
    print(json.dumps(results))
    """
)


@faults.needs_namespaces
def test_a_full_disk_or_a_locked_down_folder_never_costs_the_data(tmp_path):
    """Three kiosks at once (one namespace is quicker than three): an older database on a
    full disk, new sample data on a full disk, and damage in a folder whose permissions
    let the kiosk open its lock file but create or rename nothing."""
    cases = {}
    for name in ("older", "sample", "aside"):
        (tmp_path / name).mkdir()
        db, packaged = staff_data(tmp_path / name)
        cases[name] = (db, packaged)
    older_db, _ = cases["older"]
    conn = sqlite3.connect(older_db)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name != 'm001_local_offer'")
    conn.commit()
    conn.close()
    write_dataset(cases["sample"][1], 5, version="2")  # an upgrade ships new sample data
    aside_db, _ = cases["aside"]
    aside_db.write_bytes(b"this is not a database" * 100)
    writable_lock = tmp_path / "writable.lock"
    writable_lock.write_text("")
    lock = shlex.quote(str(aside_db.with_name(aside_db.name + ".lock")))
    setup = "\n".join(
        [
            faults.full_disk(older_db.parent, 2048),
            faults.full_disk(cases["sample"][0].parent, 2048),
            faults.read_only(aside_db.parent),
            f"mount --bind {shlex.quote(str(writable_lock))} {lock}",
        ]
    )
    before = {name: db.read_bytes() for name, (db, _) in cases.items()}
    code = FAULTY_FOLDERS.replace(
        "sys.argv[1]", repr(json.dumps([[n, str(d), str(p)] for n, (d, p) in cases.items()]))
    )
    done = faults.run_python(code, setup=setup)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.splitlines()[-1])
    older, sample, aside = results["older"], results["sample"], results["aside"]
    assert older[:3] == ["current", True, True] and "disk is full" in older[3], older
    assert sample[:3] == ["kept", True, False], sample
    assert sample[4] != file_sha256(cases["sample"][1])  # noted next time, when there is room
    assert aside[:2] == ["out-of-order", False], aside
    assert "it could not be set aside (Read-only file system)" in aside[3]
    assert {name: db.read_bytes() for name, (db, _) in cases.items()} == before
