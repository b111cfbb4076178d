"""Opening and checking database files: every fault is named, and only damage is damage."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlite_utils

from kiosk.store import database
from kiosk.store.database import (
    DatabaseError,
    Trouble,
    check_readable,
    open_for_writing,
    open_readonly,
    trouble_of,
)
from kiosk.store.refresh import import_file
from tests.store.datasets import write_dataset


def too_long_a_path(tmp_path: Path) -> Path:
    """A folder deeper than the 512 characters SQLite accepts, though Linux allows it."""
    folder = tmp_path / ("a" * 200) / ("b" * 200) / ("c" * 200)
    folder.mkdir(parents=True)
    return folder / "kiosk.db"


@pytest.fixture
def kiosk_db(tmp_path: Path) -> Path:
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 3), db)
    return db


def overwrite_table(db: Path, table: str) -> None:
    """Overwrite the first page of TABLE, as a bad sector or a half-finished copy would."""
    conn = sqlite3.connect(db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


def test_an_error_the_sqlite3_module_raises_itself_is_never_damage() -> None:
    conn = sqlite3.connect(":memory:")
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError) as closed:
        conn.execute("SELECT 1")
    assert trouble_of(closed.value) is Trouble.UNREADABLE
    assert not trouble_of(closed.value).is_damage


def test_a_path_too_long_for_sqlite_is_unreadable_not_damaged(tmp_path: Path) -> None:
    db = too_long_a_path(tmp_path)
    with pytest.raises(DatabaseError, match="unable to open database file") as refused:
        open_for_writing(db)
    assert refused.value.trouble is Trouble.UNREADABLE and not db.exists()
    db.write_bytes(b"")
    with pytest.raises(DatabaseError, match="cannot be read") as refused:
        open_readonly(db)
    assert refused.value.trouble is Trouble.UNREADABLE


def test_opening_for_writing_without_create_makes_no_file(tmp_path: Path) -> None:
    db = tmp_path / "kiosk.db"
    with pytest.raises(DatabaseError, match="no database at") as refused:
        open_for_writing(db, create=False)
    assert refused.value.trouble is Trouble.MISSING and not db.exists()


def test_a_sqlite_file_that_is_not_the_kiosks_is_damage(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    sqlite_utils.Database(other)["notes"].insert({"text": "hello"})
    with pytest.raises(DatabaseError, match="it is not a kiosk database") as refused:
        check_readable(other)
    assert refused.value.trouble is Trouble.DAMAGED


def test_a_kiosk_database_with_no_dataset_is_damage(tiny_db: Path) -> None:
    with pytest.raises(DatabaseError, match="it holds no dataset") as refused:
        check_readable(tiny_db)
    assert refused.value.trouble is Trouble.DAMAGED


def test_an_overwritten_table_is_damage_even_when_the_file_opens(kiosk_db: Path) -> None:
    overwrite_table(kiosk_db, "services")
    open_readonly(kiosk_db).close()  # the schema is intact, so the file opens
    with pytest.raises(DatabaseError, match="is damaged: database disk image is malformed"):
        check_readable(kiosk_db)


@pytest.fixture
def lock_arrives(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path, bool], None]]:
    """Another program takes the database's lock just before, or just after, the integrity
    check. The lock and the error are real; only the moment is arranged, by wrapping that
    step (a lock can arrive at any moment, but a test cannot wait for chance)."""
    holders: list[sqlite3.Connection] = []

    def take_lock(db: Path) -> None:
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        holders.append(holder)

    def arrange(db: Path, before: bool) -> None:
        real = database.integrity_problem

        def integrity_problem(checked: sqlite_utils.Database, *, quick: bool = False) -> str | None:
            checked.execute("PRAGMA busy_timeout = 0")  # give up at once, not after a second
            if before:
                take_lock(db)
            problem = real(checked, quick=quick)
            if not before:
                take_lock(db)
            return problem

        monkeypatch.setattr(database, "integrity_problem", integrity_problem)

    yield arrange
    for holder in holders:
        holder.close()


@pytest.mark.parametrize("before", [True, False], ids=["before-the-check", "after-the-check"])
def test_a_lock_taken_while_checking_is_a_lock_not_damage(
    kiosk_db: Path, lock_arrives: Callable[[Path, bool], None], before: bool
) -> None:
    before_bytes = kiosk_db.read_bytes()
    lock_arrives(kiosk_db, before)
    with pytest.raises(DatabaseError, match="is locked by another program") as refused:
        check_readable(kiosk_db)
    assert refused.value.trouble is Trouble.BUSY
    assert kiosk_db.read_bytes() == before_bytes
