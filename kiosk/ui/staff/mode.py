"""Getting into staff mode and out again: the hidden gesture, the open state, the 2-minute close.

A visitor never lands in staff mode: the pages behind the PIN pad are shown only while it is
open, it closes after STAFF_TIMEOUT_S untouched and at every idle reset, and leaving for a
visitor's screen closes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk.config import Settings
from kiosk.staff.pin import PinGuard
from kiosk.ui.context import AppContext
from kiosk.ui.idle import ACTIVITY_EVENTS
from kiosk.ui.screens.base import Screen
from kiosk.ui.staff.jobs import BackgroundJobs

STAFF_TIMEOUT_S = 120
# The hidden gesture: TAPS taps in the top-left corner within TAPS_WITHIN_S, the last held.
TAPS = 5
TAPS_WITHIN_S = 3.0
HOLD_MS = 1000
CORNER_PX = 160
STAFF_SHORTCUT = "Ctrl+Alt+A"


class StaffGesture(QObject):
    """Watches every press for the hidden gesture on WINDOW.

    Signals:
        triggered(): the gesture was made.
    """

    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        hold_ms: int = HOLD_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self._taps: list[float] = []
        self._last_stamp: tuple[int, int] | None = None
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._held)

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._pressed(event)
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self._hold.stop()  # lifted before the hold was long enough
        return False

    def _pressed(self, event: QEvent) -> None:
        if isinstance(event, QMouseEvent):
            where = event.globalPosition().toPoint()
        elif isinstance(event, QTouchEvent) and event.points():
            where = event.points()[0].globalPosition().toPoint()
        else:
            return
        # One press reaches the filter once for each widget it is offered to: count it once.
        stamp = (int(event.type().value), event.timestamp())
        if stamp == self._last_stamp:
            return
        self._last_stamp = stamp
        if not self._in_corner(where):
            self._taps.clear()
            self._hold.stop()
            return
        now = self.clock()
        self._taps = [t for t in self._taps if now - t <= TAPS_WITHIN_S] + [now]
        if len(self._taps) >= TAPS:
            self._hold.start()

    def _in_corner(self, where: QPoint) -> bool:
        if not self.window.isVisible():
            return False
        local = self.window.mapFromGlobal(where)
        return 0 <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX

    def _held(self) -> None:
        self._taps.clear()
        self.triggered.emit()


class StaffMode(QObject):
    """Whether staff mode is open; what its pages share (the PIN guard, the worker, the data
    file); and its own close after STAFF_TIMEOUT_S without a touch, held while work runs.

    Signals:
        opened(): the right PIN was given.
        closed(): staff mode closed (Back, a visitor's screen, the idle reset, the timeout).
        timed_out(): STAFF_TIMEOUT_S passed untouched: the window goes back to the welcome.
        data_changed(): an import, an undo or the drop folder changed the data or its record.
        quit_requested(bool): staff asked to leave the kiosk (True: start it again).
    """

    opened = Signal()
    closed = Signal()
    timed_out = Signal()
    data_changed = Signal()
    quit_requested = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        db_path: Path | None,
        guard: PinGuard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db_path = db_path or settings.database_path()
        self.guard = guard or PinGuard()
        self.jobs = BackgroundJobs(1, self)
        self._open = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STAFF_TIMEOUT_S * 1000)
        self._timer.timeout.connect(self._time_out)
        self.jobs.busy_changed.connect(self._hold)

    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        if self._open:
            return
        self._open = True
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._restart_timer()
        self.opened.emit()

    def close(self) -> None:
        if not self._open:
            return
        self._open = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.closed.emit()

    def timer_running(self) -> bool:
        return self._timer.isActive()

    def set_timeout(self, seconds: float) -> None:
        """Close after SECONDS untouched from now on (STAFF_TIMEOUT_S unless changed)."""
        self._timer.setInterval(max(1, round(seconds * 1000)))
        self._restart_timer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _restart_timer(self) -> None:
        if self._open and not self.jobs.is_busy():
            self._timer.start()

    def _hold(self, busy: bool) -> None:
        """Staff are waiting for an import, not gone: the close waits until it ends."""
        if busy:
            self._timer.stop()
        else:
            self._restart_timer()

    def _time_out(self) -> None:
        self.timed_out.emit()
        self.close()


class StaffScreen(Screen):
    """A page of staff mode. The window hands each one the StaffMode (attach) once built."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.staff: StaffMode | None = None

    def attach(self, staff: StaffMode) -> None:
        self.staff = staff
