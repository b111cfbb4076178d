"""Status files in a shared folder, and what `kiosk fleet` flags in them."""

from __future__ import annotations

import datetime
import json
import shutil
import sqlite3

import pytest

from kiosk import paths
from kiosk.config import Settings
from kiosk.staff import fleet
from kiosk.staff.dropfolder import import_candidate
from kiosk.staff.fleet import (
    KioskHealth,
    gather_status,
    last_crash,
    read_fleet,
    status_due,
    status_file_name,
    write_status,
)
from kiosk.store.refresh import import_file
from tests.store.datasets import write_dataset

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)


def test_a_status_file_says_what_it_needs_to(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    import_candidate(write_dataset(tmp_path / "council.json", 3), db)
    log_folder = paths.log_dir()
    log_folder.mkdir(parents=True)
    (log_folder / "crash.log").write_text(
        "--- 2026-05-31T10:00:00+00:00 kiosk\nTraceback ...\nValueError: x\n\n", encoding="utf-8"
    )
    share = tmp_path / "share"
    share.mkdir()
    settings = Settings(kiosk_name="Tamworth library #1", status_interval_minutes=10)
    started = NOW - datetime.timedelta(hours=2)
    path = write_status(share, settings, db, started_at=started, now=NOW)
    assert path.name == "Tamworth-library-1.status.json"
    status = json.loads(path.read_text(encoding="utf-8"))
    assert status["kiosk_name"] == "Tamworth library #1" and status["uptime_s"] == 7200
    assert status["dataset"]["services"] == 3 and status["dataset"]["sample"] is True
    assert status["last_import"]["outcome"] == "imported"
    assert status["last_crash"]["summary"] == "--- 2026-05-31T10:00:00+00:00 kiosk"
    assert status["free_disk_bytes"] > 0 and status["written_at"] == NOW.isoformat()
    assert [p.name for p in share.iterdir()] == [path.name]
    [health] = read_fleet(share, now=NOW + datetime.timedelta(minutes=5))
    assert health.name == "Tamworth library #1"
    assert "sample data" in health.flags and "silent" not in health.flags
    [later] = read_fleet(share, now=NOW + datetime.timedelta(minutes=31))
    assert "silent" in later.flags
    assert "Tamworth library #1: " in health.line() and "real" not in health.line()
    assert health.to_json()["name"] == "Tamworth library #1"
    real_now = datetime.datetime.now(datetime.UTC)
    assert not status_due(share, settings)
    assert status_due(share, settings, now=real_now + datetime.timedelta(minutes=11))
    assert status_due(tmp_path, settings)
    assert gather_status(Settings())["uptime_s"] is None


def status_text(**changes):
    status = {
        "format": 1,
        "kiosk_name": "k",
        "version": "0.1.0",
        "written_at": NOW.isoformat(),
        "status_interval_minutes": 5,
        "data_stale_after_months": 6,
        "dataset": {"dated": "2026-05-01", "sample": False, "services": 300},
        "last_import": None,
        "last_crash": None,
        "free_disk_bytes": 20 * 1024**3,
    }
    status.update(changes)
    return json.dumps(status)


@pytest.mark.parametrize(
    ("changes", "flags"),
    [
        ({}, []),
        ({"written_at": "2026-06-01T11:40:00+00:00"}, ["silent"]),
        ({"written_at": "2026-06-01T11:40:00", "status_interval_minutes": 10}, []),
        ({"last_crash": {"when": "2026-06-01T02:00:00+00:00", "summary": "x"}}, ["crashed"]),
        ({"last_crash": {"when": "2026-05-01T02:00:00+00:00", "summary": "x"}}, []),
        ({"last_crash": {"when": "garbage"}}, []),
        ({"dataset": {"dated": "2025-10-01", "sample": False}}, ["old data"]),
        ({"dataset": {"dated": "2025-10-01"}, "data_stale_after_months": 12}, []),
        ({"dataset": {"dated": "", "sample": True}}, ["sample data"]),
        ({"dataset": None}, ["no data"]),
        ({"free_disk_bytes": 100 * 1024**2}, ["low disk"]),
        ({"free_disk_bytes": "lots"}, []),
    ],
)
def test_what_is_flagged(tmp_path, changes, flags):
    (tmp_path / "k.status.json").write_text(status_text(**changes), encoding="utf-8")
    [health] = read_fleet(tmp_path, now=NOW)
    assert health.flags == flags
    line = health.line()
    assert line.startswith("k: ok |") if not flags else flags[0].upper() in line


@pytest.mark.parametrize("text", ["{", "[]", '{"written_at": "never"}', "{}"])
def test_an_unreadable_status_file_is_flagged(tmp_path, text):
    (tmp_path / "broken.status.json").write_text(text, encoding="utf-8")
    (tmp_path / ".broken.status.json-tmp").write_text(text, encoding="utf-8")
    (tmp_path / "council.json").write_text(text, encoding="utf-8")
    [health] = read_fleet(tmp_path, now=NOW)
    assert (health.name, health.flags) == ("broken", ["unreadable"])
    assert health.line() == "broken: UNREADABLE | heard never | v? | no data | disk ?"


def test_the_fleet_is_listed_by_name(tmp_path):
    for name in ("b", "A", "c"):
        (tmp_path / status_file_name(name)).write_text(
            status_text(kiosk_name=name), encoding="utf-8"
        )
    assert [k.name for k in read_fleet(tmp_path, now=NOW)] == ["A", "b", "c"]
    assert status_file_name("../..") == "kiosk.status.json"


def test_what_cannot_be_read_is_left_out(tmp_path, monkeypatch):
    assert gather_status(Settings(), tmp_path / "none.sqlite3")["dataset"] is None
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert gather_status(Settings(), empty)["dataset"] is None
    db = tmp_path / "kiosk.sqlite3"
    import_file(write_dataset(tmp_path / "d.json", 2), db)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM dataset")
    assert gather_status(Settings(), db)["dataset"] is None
    assert last_crash(tmp_path / "no-logs") is None
    (tmp_path / "crash.log").write_text("", encoding="utf-8")
    assert last_crash(tmp_path) is None
    (tmp_path / "crash.log").write_text("\n\n", encoding="utf-8")
    assert last_crash(tmp_path)["summary"] == ""
    (tmp_path / "crash.log").write_text("Fatal Python error: Aborted\n  File x\n")
    assert last_crash(tmp_path)["summary"] == "Fatal Python error: Aborted"

    def no_disk(path):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(shutil, "disk_usage", no_disk)
    assert fleet._free_disk(tmp_path / "not" / "made") is None
    assert KioskHealth("x", "x.status.json").free_disk_bytes is None
