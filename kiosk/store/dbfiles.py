"""The live database file and its neighbours, and every step that moves them, crash-safe.

    local_offer.sqlite3                  the live database the kiosk shows
    local_offer.sqlite3.previous         the one before the last import, for rollback
    local_offer.sqlite3.new-<pid>-<id>   a database being built (deleted if left behind)
    local_offer.sqlite3.previous.next    an install in progress (finished by recover())
    local_offer.sqlite3.rollback.tmp     a rollback in progress (finished by recover())
    local_offer.sqlite3.damaged-<time>   a damaged file set aside; never overwritten
    local_offer.sqlite3.lock             the write lock (kiosk.store.writelock)
    local_offer.sqlite3.real-data        present while the live data is real, not sample

Every move is a hard link or os.replace (atomic), followed by an fsync of the folder, so
a kill or a power cut between any two steps leaves either the old state or the new one,
plus at most one marker file that recover() resolves the next time a writer starts.
Callers hold the write lock for all of it.
"""

from __future__ import annotations

import contextlib
import datetime
import filecmp
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path


def _no_crash(step: str) -> None:
    """Between two steps. The crash-safety tests replace this to kill the process there."""


crash_point: Callable[[str], None] = _no_crash


def previous_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".previous")


def _pending_previous(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".previous.next")


def _rollback_marker(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".rollback.tmp")


def new_building_path(db_path: Path) -> Path:
    """A unique name beside the live file for a database being built."""
    return db_path.with_name(f"{db_path.name}.new-{os.getpid()}-{secrets.token_hex(4)}")


def set_aside_files(db_path: Path) -> list[Path]:
    """Damaged files set aside so far, oldest first."""
    return sorted(db_path.parent.glob(f"{_glob_escape(db_path.name)}.damaged-*"))


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make renames in FOLDER durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":  # pragma: no cover - Windows only
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _same(a: Path, b: Path) -> bool:
    """Whether A and B are the same file (a hard link) or byte-for-byte copies."""
    try:
        return os.path.samefile(a, b) or filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def _link_or_copy(source: Path, target: Path) -> None:
    """Make TARGET a second name for SOURCE: a hard link, or a complete copy where links
    are not possible (some network and removable file systems)."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        partial = target.with_name(target.name + ".copying")
        shutil.copyfile(source, partial)
        fsync_file(partial)
        os.replace(partial, target)
    fsync_dir(target.parent)


def install(building: Path, db_path: Path) -> None:
    """Make BUILDING (a complete, synced database) live, keeping the live one for rollback."""
    _make_live(
        building,
        db_path,
        _pending_previous(db_path),
        (
            "install: live file kept as .previous.next",
            "install: new file is live",
            "install: done",
        ),
    )


def swap_back(db_path: Path) -> None:
    """Rollback: make .previous live and keep the live file as the new .previous."""
    _make_live(
        previous_path(db_path),
        db_path,
        _rollback_marker(db_path),
        (
            "rollback: live file kept as .rollback.tmp",
            "rollback: earlier file is live",
            "rollback: done",
        ),
    )


def _make_live(incoming: Path, db_path: Path, marker: Path, steps: tuple[str, str, str]) -> None:
    """The one swap both install and rollback make, in three crash-safe steps:
    keep the live file as MARKER (a second name), move INCOMING to the live name, then
    rename MARKER to .previous. recover() finishes or undoes it from any point between."""
    had_live = db_path.exists()
    if had_live:
        _link_or_copy(db_path, marker)
        crash_point(steps[0])
    os.replace(incoming, db_path)
    fsync_dir(db_path.parent)
    crash_point(steps[1])
    if had_live:
        os.replace(marker, previous_path(db_path))
        fsync_dir(db_path.parent)
    crash_point(steps[2])


def recover(db_path: Path) -> list[str]:
    """Finish or undo whatever a crash interrupted; returns what it did, in plain words.

    Call only while holding the write lock: then no other writer is half-way, and any
    build file or marker left here belongs to a process that has ended.
    """
    done: list[str] = []
    folder = db_path.parent  # made by write_lock, if it was not there
    for marker, later, what in (
        (_pending_previous(db_path), previous_path(db_path), "an import"),
        (_rollback_marker(db_path), previous_path(db_path), "a rollback"),
    ):
        if not marker.exists():
            continue
        if db_path.exists() and _same(marker, db_path):
            # stopped before the swap: the live file is unchanged, forget the marker
            marker.unlink()
            done.append(f"{what} stopped before it changed anything; cleared")
        else:
            os.replace(marker, later)
            done.append(f"{what} stopped after its new data went live; finished it")
        fsync_dir(folder)
    prefix = _glob_escape(db_path.name)
    for leftover in [
        *folder.glob(f"{prefix}.new-*"),
        *folder.glob(f"{prefix}.new"),  # version 0.1's fixed names
        *folder.glob(f"{prefix}.previous.tmp"),
        *folder.glob(f"{prefix}*.copying"),
    ]:
        with contextlib.suppress(OSError):
            leftover.unlink()
            done.append(f"removed {leftover.name}, left by an import that did not finish")
    return done


def set_aside(db_path: Path, reason: str = "damaged") -> Path:
    """Move the live file out of the way under a new, timestamped name; never overwrites."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    number = 0
    while True:
        suffix = f"-{number}" if number else ""
        target = db_path.with_name(f"{db_path.name}.{reason}-{stamp}{suffix}")
        number += 1
        try:
            os.link(db_path, target)  # fails if target exists: nothing is ever overwritten
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network shares): rename instead
            if target.exists():
                continue
            os.rename(db_path, target)
            fsync_dir(db_path.parent)
            return target
        crash_point("set aside: linked")
        db_path.unlink()
        fsync_dir(db_path.parent)
        return target


def restore_previous(db_path: Path) -> None:
    """Make .previous the live file (the live one must already be set aside)."""
    os.replace(previous_path(db_path), db_path)
    fsync_dir(db_path.parent)


def _real_data_marker(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".real-data")


def has_real_data(db_path: Path) -> bool:
    """Whether the live data was real (not sample) when it was installed.

    Kept beside the database, so it can be known even when the database is too damaged to
    read: the start-up repair never replaces real data with sample data.
    """
    return _real_data_marker(db_path).exists()


def mark_data(db_path: Path, *, real: bool, note: str = "") -> None:
    """Record whether the live data is real. Call it before a swap that makes real data live
    and after one that makes sample data live: a crash between the two then errs towards
    "real", which can only make the kiosk more careful."""
    marker = _real_data_marker(db_path)
    if real:
        partial = marker.with_name(marker.name + ".tmp")
        partial.write_text(note + "\n", encoding="utf-8")
        fsync_file(partial)
        os.replace(partial, marker)
        fsync_dir(db_path.parent)
    elif marker.exists():
        marker.unlink()
        fsync_dir(db_path.parent)


def same_file(a: Path, b: Path) -> bool:
    """Whether A and B hold the same database (one file twice, or identical copies)."""
    return _same(a, b)
