"""Data files on sticks and in the drop folder, imported with every check `kiosk import` makes."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.staff import dropfolder, removable
from kiosk.staff.dropfolder import (
    DROP_FOLDER,
    REMOVABLE,
    candidate_files,
    check_drop_folder,
    data_files,
    import_candidate,
    last_import,
)
from kiosk.staff.removable import media_mounts, removable_media_roots
from tests.store.datasets import service_ids, write_dataset

HOUR = 3600


def aged(path: Path, seconds_ago: float) -> Path:
    when = time.time() - seconds_ago
    os.utime(path, (when, when))
    return path


def test_only_data_files_are_listed_newest_first(tmp_path):
    stick = tmp_path / "media" / "staff" / "STICK"
    (stick / "council" / "deeper").mkdir(parents=True)
    aged(write_dataset(stick / "old.json", 2), 3 * HOUR)
    aged(write_dataset(stick / "council" / "newer.JSON", 2), 2 * HOUR)
    (stick / "council" / "deeper" / "too-deep.json").write_text("{}", encoding="utf-8")
    (stick / "notes.txt").write_text("", encoding="utf-8")
    (stick / ".hidden.json").write_text("{}", encoding="utf-8")
    (stick / "kiosk-1.status.json").write_text("{}", encoding="utf-8")
    (stick / "link.json").symlink_to(stick / "old.json")
    package = stick / "csv-export"
    package.mkdir()
    (package / "services.csv").write_text("id,name\n1,A\n", encoding="utf-8")
    aged(package / "services.csv", HOUR)
    drop = tmp_path / "drop"
    drop.mkdir()
    aged(write_dataset(drop / "from-it.zip", 1), 10)
    (drop / "sub").mkdir()
    write_dataset(drop / "sub" / "ignored.json", 1)
    found = candidate_files(Settings(drop_folder=str(drop)), media_roots=[stick])
    assert [(c.name, c.where) for c in found] == [
        ("from-it.zip", DROP_FOLDER),
        ("csv-export", REMOVABLE),
        ("newer.JSON", REMOVABLE),
        ("old.json", REMOVABLE),
    ]
    assert found[1].size == len("id,name\n1,A\n") and found[0].modified > found[1].modified
    assert candidate_files(Settings(), media_roots=[tmp_path / "gone"]) == []
    assert isinstance(removable_media_roots(), list)
    assert isinstance(candidate_files(Settings()), list)


def test_a_full_stick_is_looked_at_only_so_far(tmp_path, monkeypatch):
    monkeypatch.setattr(removable, "MAX_ENTRIES", 3)
    for n in range(10):
        (tmp_path / f"{n}.json").write_text("{}", encoding="utf-8")
    assert len(data_files(tmp_path, REMOVABLE)) == 3


def test_a_file_that_vanishes_while_looking_is_skipped(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "services.csv").write_text("id\n", encoding="utf-8")
    (package / "gone.csv").symlink_to(tmp_path / "nowhere.csv")
    assert data_files(tmp_path, REMOVABLE) == []


def test_sticks_are_found_where_linux_mounts_them(tmp_path, monkeypatch):
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    (media / "staff" / "STICK").mkdir(parents=True)
    (media / "usb0").mkdir()
    (media / "file").write_text("", encoding="utf-8")
    (run_media / "kiosk" / "DISK").mkdir(parents=True)
    (run_media / "kiosk" / "loose-file").write_text("", encoding="utf-8")
    (media / "link").symlink_to(run_media)
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path).name == "usb0")
    assert sorted(media_mounts((media, run_media, tmp_path / "none"))) == sorted(
        [media / "staff" / "STICK", media / "usb0", run_media / "kiosk" / "DISK"]
    )


@pytest.fixture
def drop(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


def settings_for(folder: Path) -> Settings:
    return Settings(drop_folder=str(folder))


def test_a_new_file_is_imported_once(tmp_path, drop, caplog):
    db = tmp_path / "data" / "kiosk.sqlite3"
    state = tmp_path / "imports.json"
    settings = settings_for(drop)
    assert check_drop_folder(Settings(), db, state=state) is None
    assert check_drop_folder(settings, db, state=state) is None  # empty
    new = write_dataset(drop / "council.json", 4)
    assert check_drop_folder(settings, db, state=state) is None  # still being copied?
    aged(new, 120)
    with caplog.at_level(logging.INFO):
        outcome = check_drop_folder(settings, db, state=state)
    assert outcome is not None and outcome.outcome == "imported"
    assert (outcome.services, outcome.added) == (4, 4) and "council.json" in caplog.text
    assert len(service_ids(db)) == 4
    assert last_import(state) == outcome
    assert check_drop_folder(settings, db, state=state) is None  # the same file
    aged(new, 60)  # copied again, the same bytes
    assert check_drop_folder(settings, db, state=state, settle_s=0) is None
    older = aged(write_dataset(drop / "older.json", 6), 2 * HOUR)
    assert check_drop_folder(settings, db, state=state, settle_s=0) is None
    assert older.exists() and len(service_ids(db)) == 4


def test_a_refused_file_never_replaces_good_data_and_is_not_tried_again(tmp_path, drop):
    db = tmp_path / "kiosk.sqlite3"
    state = tmp_path / "imports.json"
    settings = settings_for(drop)
    aged(write_dataset(drop / "good.json", 10), 300)
    assert check_drop_folder(settings, db, state=state).outcome == "imported"
    before = db.read_bytes()
    aged(write_dataset(drop / "half.json", 2, prefix="other"), 200)
    refused = check_drop_folder(settings, db, state=state)
    assert refused.outcome == "refused" and "more than half" in refused.message
    assert db.read_bytes() == before
    assert check_drop_folder(settings, db, state=state) is None
    aged(drop / "half.json", 100)
    (drop / "half.json").write_text("{ not json", encoding="utf-8")
    aged(drop / "half.json", 100)
    assert check_drop_folder(settings, db, state=state).outcome == "refused"
    assert db.read_bytes() == before and last_import(state).file == "half.json"


def test_a_machine_failure_is_tried_again(tmp_path, drop):
    (tmp_path / "file").write_text("", encoding="utf-8")
    db = tmp_path / "file" / "kiosk.sqlite3"
    state = tmp_path / "imports.json"
    aged(write_dataset(drop / "good.json", 3), 300)
    first = check_drop_folder(settings_for(drop), db, state=state)
    assert first.outcome == "failed"
    assert check_drop_folder(settings_for(drop), db, state=state).outcome == "failed"
    assert "handled" not in json.loads(state.read_text(encoding="utf-8"))


def test_the_data_already_live_is_not_imported_again(tmp_path, drop):
    db = tmp_path / "kiosk.sqlite3"
    state = tmp_path / "imports.json"
    source = aged(write_dataset(drop / "council.json", 3), 300)
    outcome, report = import_candidate(source, db, state=state)
    assert outcome.outcome == "imported" and report is not None and report.services == 3
    rolled = (tmp_path / "kiosk.sqlite3.previous").exists()
    assert check_drop_folder(settings_for(drop), db, state=state) is None
    assert (tmp_path / "kiosk.sqlite3.previous").exists() == rolled
    assert json.loads(state.read_text(encoding="utf-8"))["handled"]["name"] == "council.json"


def test_import_candidate_says_how_it_ended(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    state = tmp_path / "imports.json"
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    outcome, report = import_candidate(bad, db, state=state)
    assert (outcome.outcome, report) == ("refused", None)
    assert outcome.text.endswith(f"refused: bad.json (removable): {outcome.message}")
    (tmp_path / "file").write_text("", encoding="utf-8")
    good = write_dataset(tmp_path / "good.json", 2)
    failed, _ = import_candidate(good, tmp_path / "file" / "x.sqlite3", state=state)
    assert failed.outcome == "failed"
    assert last_import(state) == failed


def test_unreadable_files_and_states_are_survived(tmp_path, drop, monkeypatch, caplog):
    state = tmp_path / "imports.json"
    state.write_text('{"last_import": {"file": "x"}}', encoding="utf-8")
    assert last_import(state) is None
    assert last_import(tmp_path / "none.json") is None
    db = tmp_path / "empty.sqlite3"
    sqlite3.connect(db).close()  # a database with no tables: nothing live to compare with
    source = aged(write_dataset(drop / "council.json", 3), 300)

    def unreadable(path):
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(dropfolder, "file_sha256", unreadable)
        assert check_drop_folder(settings_for(drop), db, state=state) is None
    assert "cannot read" in caplog.text
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    outcome = check_drop_folder(settings_for(drop), db, state=blocked / "imports.json")
    assert outcome.outcome == "imported"
    assert "cannot record the import's outcome" in caplog.text
    import_candidate(source, db, state=state)
    assert check_drop_folder(settings_for(drop), db, state=blocked / "x.json") is None
    assert "cannot record the drop folder's file" in caplog.text
    assert check_drop_folder(settings_for(tmp_path / "no-such"), db, state=state) is None
    assert "cannot be reached" in caplog.text
    assert dropfolder.state_path().name == "imports.json"


def _record_many(state: str, kind: str, count: int) -> None:
    from kiosk.staff.dropfolder import IMPORTED, ImportOutcome, _remember, record_outcome

    reading = dropfolder.read_state

    def slow_read(path: Path) -> dict:
        value = reading(path)
        time.sleep(0.002)  # between reading and writing: where the other process gets in
        return value

    dropfolder.read_state = slow_read  # this process only (a forked child)
    for n in range(count):
        if kind == "outcome":
            record_outcome(ImportOutcome(f"a-{n}", REMOVABLE, IMPORTED, "", "now"), Path(state))
        else:
            _remember(Path(state), {"name": f"b-{n}"})


def test_two_processes_recording_at_once_lose_nothing(tmp_path):
    import multiprocessing

    state = tmp_path / "imports.json"
    count = 150
    fork = multiprocessing.get_context("fork")
    workers = [
        fork.Process(target=_record_many, args=(str(state), kind, count))
        for kind in ("outcome", "handled")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["last_import"]["file"] == f"a-{count - 1}"
    assert saved["handled"] == {"name": f"b-{count - 1}"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".imports")] == []
