"""One writer at a time: an exclusive lock on a file beside the database.

Every import, rollback and start-up repair holds it from start to end, so two of them can
never build, swap or set aside files at once (a cron import, a member of staff and the
kiosk starting after an upgrade may all try). The lock is the operating system's (flock on
Linux and macOS, a byte-range lock on Windows), so it ends with the process that holds it,
even after `kill -9` or a power cut: a stale lock cannot outlive its holder. The file's
text says who holds it, for the message a second writer gets.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_SUFFIX = ".lock"
DEFAULT_WAIT_S = 10.0
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte far from the holder's text, so others can read it

_held: dict[Path, tuple[int, int]] = {}  # lock path -> (thread id, depth): re-entry by one thread
_held_guard = threading.Lock()


class WriteLockBusy(Exception):
    """Another writer holds the lock; str() is one line saying who, for staff to read."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def holder(db_path: Path) -> str:
    """Who holds (or last held) the lock, as written in the lock file; '' if unknown."""
    try:
        text = lock_path(db_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return " ".join(text.split())[:300]


def is_locked(db_path: Path) -> bool:
    """Whether another writer holds the lock right now (for status displays)."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def write_lock(db_path: Path, what: str, wait_s: float = DEFAULT_WAIT_S) -> Iterator[None]:
    """Hold the database's write lock for the body; wait up to WAIT_S seconds for it.

    Raises WriteLockBusy when another writer keeps it longer, and OSError when the lock
    file cannot be made (a read-only folder: then nothing could be written anyway).
    """
    path = lock_path(Path(db_path))
    key = path.absolute()
    me = threading.get_ident()
    with _held_guard:
        owner = _held.get(key)
        if owner and owner[0] == me:
            _held[key] = (me, owner[1] + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _held_guard:
                _held[key] = (me, _held[key][1] - 1)
        return

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o664)
    try:
        deadline = time.monotonic() + max(0.0, wait_s)
        pause = 0.05
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                who = holder(Path(db_path)) or "another program"
                raise WriteLockBusy(
                    f"another import or rollback is running ({who}); try again when it has finished"
                )
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
        stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
        note = f"process {os.getpid()} on {socket.gethostname()}, since {stamp}: {what}\n"
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, note.encode("utf-8", "replace"))
        with _held_guard:
            _held[key] = (me, 1)
        try:
            yield
        finally:
            with _held_guard:
                _held.pop(key, None)
            _unlock(fd)
    finally:
        os.close(fd)
