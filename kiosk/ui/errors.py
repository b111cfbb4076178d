"""The running kiosk's sys.excepthook: log every error that escapes a slot, then recover.

PySide6 hands an exception raised in a slot (or in a Python override called by Qt) to
sys.excepthook and carries on. Here it is logged with its traceback and, once the event loop
is free again, the window recovers: back to the home screen on fresh screens, reopening the
database first when the error came from it, or out of order when it cannot be read.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.store.database import DatabaseError

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

# More recoveries than this within STORM_S seconds: something keeps failing (say, a screen
# that fails as it paints), so going Home again would only fail again. Out of order instead,
# until the data checks out and the screens are built afresh.
STORM_COUNT = 5
STORM_S = 60.0
# Tracebacks logged per recovery; a failing paint can raise hundreds of times in one go.
TRACEBACKS_PER_RECOVERY = 3


class Recovers(Protocol):
    """What the guard asks of the window (kiosk.ui.window.MainWindow)."""

    def recover_after_error(self, database: bool) -> None: ...

    def go_out_of_order(self, reason: str) -> None: ...


def is_database_error(error: BaseException | None) -> bool:
    """Whether error, or one it was raised from, is SQLite's or the store's."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, (sqlite3.Error, DatabaseError)):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


class ErrorGuard(QObject):
    """Installed as sys.excepthook (and threading.excepthook) by the running kiosk only."""

    def __init__(self, window: Recovers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.errors = 0
        self._previous: ExceptHook | None = None
        self._previous_thread: Callable[[threading.ExceptHookArgs], object] | None = None
        self._pending = False
        self._database = False
        self._logged = 0
        self._recoveries: list[float] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._recover)

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None
        if self._previous_thread is not None:
            threading.excepthook = self._previous_thread
            self._previous_thread = None

    def recovering(self) -> bool:
        """Whether a recovery waits for the event loop."""
        return self._pending

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """Log the error; recover when the event loop is free (never inside the failing slot)."""
        try:
            if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: stop, as asked
                QCoreApplication.exit(1)
                return
            self.errors += 1
            if self._logged < TRACEBACKS_PER_RECOVERY:
                log.error("unexpected error, recovering", exc_info=(kind, error, tb))
            self._logged += 1
            self._database = self._database or is_database_error(error)
            if not self._pending:
                self._pending = True
                self._timer.start()
        except Exception:  # the hook itself must never fail: fall back to Python's own
            sys.__excepthook__(kind, error, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        # Worker threads own no screens: log only.
        log.error(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    def _recover(self) -> None:
        database, skipped = self._database, max(0, self._logged - TRACEBACKS_PER_RECOVERY)
        self._pending, self._database, self._logged = False, False, 0
        if skipped:
            log.error("%d more errors like these were not logged", skipped)
        now = time.monotonic()
        self._recoveries = [t for t in self._recoveries if now - t < STORM_S] + [now]
        if len(self._recoveries) >= STORM_COUNT:
            self._recoveries.clear()
            self.window.go_out_of_order(
                f"{STORM_COUNT} errors within {STORM_S:.0f} seconds: out of order for a while"
            )
            return
        self.window.recover_after_error(database)
