"""One kiosk per user: a lock file, and a second start that brings the first to the front.

QtCore only (QLockFile, QFileSystemWatcher): the frozen build leaves QtNetwork out, so the
second start leaves a request file beside the lock instead of a QLocalSocket message. The
running kiosk raises its window and removes the file; the second start waits for that.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from kiosk.paths import runtime_dir

log = logging.getLogger(__name__)

LOCK_NAME = "kiosk.lock"
REQUEST_NAME = "come-forward.request"
ANSWER_S = 3.0
POLL_S = 0.05


class SingleInstance(QObject):
    """Holds the lock of the one running kiosk, and hears second starts.

    Signals:
        come_forward(): a second start asked for the running kiosk.
    """

    come_forward = Signal()

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or runtime_dir()
        self._lock: QLockFile | None = None
        self._watcher: QFileSystemWatcher | None = None

    @property
    def request(self) -> Path:
        return self.folder / REQUEST_NAME

    def acquire(self) -> bool:
        """True when this is the only kiosk; False when another one holds the lock.

        A folder that cannot be written gives True: better two kiosks than none.
        """
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no single-instance lock in %s: %s", self.folder, exc)
            return True
        lock = QLockFile(str(self.folder / LOCK_NAME))
        # Never stale by age (a kiosk runs for years); Qt still takes over the lock of a
        # process that has died or of a machine that has restarted since.
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            self._lock = lock
            with contextlib.suppress(OSError):
                self.request.unlink(missing_ok=True)  # left by a start that nobody answered
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("no single-instance lock in %s: %s", self.folder, lock.error())
        return True

    def listen(self) -> None:
        """Start hearing second starts (needs the running Qt application)."""
        if self._lock is None or self._watcher is not None:
            return
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(self.answer)
        self.answer()

    def answer(self, _folder: str = "") -> bool:
        """Come forward if a second start asked; True if one had."""
        if not self.request.exists():
            return False
        log.info("a second start asked for the kiosk: bringing it to the front")
        self.come_forward.emit()
        with contextlib.suppress(OSError):
            self.request.unlink()
        return True

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def ask_running_kiosk_forward(folder: Path | None = None, timeout_s: float = ANSWER_S) -> bool:
    """From a second start: ask the running kiosk to come to the front; True once it has."""
    request = (folder or runtime_dir()) / REQUEST_NAME
    try:
        request.write_text(f"{os.getpid()}\n", encoding="utf-8")
    except OSError as exc:
        log.warning("could not ask the running kiosk to come forward: %s", exc)
        return False
    deadline = time.monotonic() + timeout_s
    # A short poll in a process that ends in a moment: no event loop needed for one file.
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(POLL_S)
    with contextlib.suppress(OSError):
        request.unlink()
    return False
