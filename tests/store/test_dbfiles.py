"""File moves on disks that cannot do everything: no hard links, a compare that fails."""

from __future__ import annotations

import datetime
import errno
import os
from pathlib import Path

import pytest

from kiosk.store import dbfiles
from kiosk.store.refresh import import_file, previous_path, rollback
from tests.store.datasets import service_ids, sibling_names, write_dataset


@pytest.fixture
def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without hard links (FAT on a USB stick, some network shares) answers
    link() with EPERM; this machine's cannot be made to, so link() is made to answer so."""

    def refuse(source: object, target: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse)


def test_imports_and_rollback_work_without_hard_links(tmp_path: Path, no_hard_links: None):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    import_file(write_dataset(tmp_path / "b.json", 3, prefix="t"), db, force=True)
    assert service_ids(db)[0] == "t0" and service_ids(previous_path(db))[0] == "s0"
    rollback(db)
    assert service_ids(db)[0] == "s0" and service_ids(previous_path(db))[0] == "t0"
    assert sibling_names(db) == ["kiosk.db", "kiosk.db.lock", "kiosk.db.previous"]


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_setting_aside_never_overwrites(
    tmp_path: Path, request: pytest.FixtureRequest, links: bool
) -> None:
    if not links:
        request.getfixturevalue("no_hard_links")
    db = tmp_path / "kiosk.db"
    now = datetime.datetime.now(datetime.UTC)
    taken = []
    for moment in (now, now + datetime.timedelta(seconds=1)):  # whichever second it runs in
        name = f"kiosk.db.damaged-{moment.strftime('%Y%m%dT%H%M%SZ')}"
        (tmp_path / name).write_bytes(b"set aside earlier")
        taken.append(tmp_path / name)
    db.write_bytes(b"damaged now")
    kept = dbfiles.set_aside(db)
    assert kept.name.endswith("-1") and kept.read_bytes() == b"damaged now"
    assert not db.exists()
    assert [p.read_bytes() for p in taken] == [b"set aside earlier"] * 2


def test_a_marker_that_cannot_be_compared_is_finished_safely(tmp_path, monkeypatch):
    """A read error while comparing files cannot be made on this machine's disk, so the
    comparison is made to fail as a bad sector would make it."""
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    live = db.read_bytes()
    marker = db.with_name(db.name + ".previous.next")
    marker.write_bytes(live)  # an import that stopped just after keeping the live file

    def unreadable(a: object, b: object, shallow: bool = True) -> bool:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(dbfiles.filecmp, "cmp", unreadable)
    done = dbfiles.recover(db)
    assert done == ["an import stopped after its new data went live; finished it"]
    assert db.read_bytes() == live and previous_path(db).read_bytes() == live
