"""Slow staff work (a dry run, an import, a rollback, a drop folder on a network share) on a
worker thread, its result handed back on the GUI thread."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; a worker's emit reaches it queued, so callbacks run there."""

    finished = Signal(int, bool, object)  # job number, succeeded, result or exception


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.number = number
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread's failed callback, never lost
            self.relay.finished.emit(self.number, False, exc)
        else:
            self.relay.finished.emit(self.number, True, result)


class BackgroundJobs(QObject):
    """Runs functions on its own threads (at most MAX_THREADS at once, queued after that).

    Signals:
        busy_changed(bool): the first job started, or the last one ended.
    """

    busy_changed = Signal(bool)

    def __init__(self, max_threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._numbers = itertools.count(1)
        self._waiting: dict[int, tuple[Done, Failed | None]] = {}

    def run(self, work: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Call WORK on a worker thread; then DONE(result), or FAILED(exception), on this one.

        An exception with no FAILED is logged (the slot's error guard never sees it).
        """
        number = next(self._numbers)
        self._waiting[number] = (done, failed)
        if len(self._waiting) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(number, work, self._relay))

    def is_busy(self) -> bool:
        return bool(self._waiting)

    def wait(self, timeout_ms: int = 2000) -> bool:
        """Wait for the running jobs (the kiosk is closing); True if they all ended."""
        return bool(self.pool.waitForDone(timeout_ms))

    def _finish(self, number: int, succeeded: bool, value: object) -> None:
        done, failed = self._waiting.pop(number, (None, None))
        try:
            if succeeded and done is not None:
                done(value)
            elif not succeeded and isinstance(value, BaseException):
                if failed is None:
                    log.error("background job failed", exc_info=value)
                else:
                    failed(value)
        finally:
            if not self._waiting:
                self.busy_changed.emit(False)
