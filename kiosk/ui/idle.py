"""Notices when nobody has touched the kiosk for a while, then counts down to a full reset."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

# Input that means "someone is here"; movement alone (a cursor drifting) does not count.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


HOLD_LIMIT_S = 300


class IdleWatcher(QObject):
    """An application event filter with two stages: quiet time, then a countdown.

    After `timeout_s` seconds without input it emits idle_warning() and then countdown(n)
    once a second (n = seconds left, starting at ceil(countdown_s)); at 0 it emits
    idle_timeout() and stops. Input before the warning restarts the quiet time. Once the
    warning is showing, only keep_alive() (the "Yes, keep going" button) or stop() end it, so a
    touch on "Start again" does not count as staying. Seconds may be fractional (tests).

    Signals:
        idle_warning(): time to ask "Are you still there?".
        countdown(int): seconds left before the reset.
        idle_timeout(): nobody answered; reset everything now.
        activity(): input arrived while watching (the quiet time restarted).
    """

    idle_warning = Signal()
    countdown = Signal(int)
    idle_timeout = Signal()
    activity = Signal()

    def __init__(self, timeout_s: float, countdown_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.countdown_s = countdown_s
        self._seconds_left = 0
        self._installed = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._count)
        # While read aloud speaks, the visitor is listening, not gone: hold() stops the quiet
        # time, for at most HOLD_LIMIT_S (a speech engine stuck "speaking" must not stop the
        # kiosk ever forgetting its visitor).
        self._hold_limit = QTimer(self)
        self._hold_limit.setSingleShot(True)
        self._hold_limit.timeout.connect(self._hold_expired)
        self._watching = False

    # -- control -----------------------------------------------------------------------------

    def install(self) -> None:
        """Listen to every input event of the application."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def start(self) -> None:
        """Start (or restart) the quiet time; any countdown is cancelled."""
        self.install()
        self._tick.stop()
        self._seconds_left = 0
        self._watching = True
        if not self._hold_limit.isActive():
            self._quiet.start(max(1, round(self.timeout_s * 1000)))

    def stop(self) -> None:
        """Stop watching (e.g. on the welcome screen, where there is nothing to reset)."""
        self._quiet.stop()
        self._tick.stop()
        self._hold_limit.stop()
        self._seconds_left = 0
        self._watching = False

    def hold(self, held: bool) -> None:
        """Hold the quiet time while read aloud speaks; released, it starts again in full.
        A countdown already showing carries on."""
        if held:
            if self._quiet.isActive() and not self._hold_limit.isActive():
                self._quiet.stop()
                self._hold_limit.start(HOLD_LIMIT_S * 1000)
        elif self._hold_limit.isActive():
            self._hold_expired()

    def _hold_expired(self) -> None:
        self._hold_limit.stop()
        if self._watching and not self._tick.isActive():
            self._quiet.start(max(1, round(self.timeout_s * 1000)))

    def keep_alive(self) -> None:
        """The visitor said they are still here: cancel the countdown and watch again."""
        self.start()

    def is_running(self) -> bool:
        return self._quiet.isActive() or self._tick.isActive() or self._hold_limit.isActive()

    def is_held(self) -> bool:
        """Read aloud is speaking: the quiet time starts again when it stops."""
        return self._hold_limit.isActive()

    def is_warning(self) -> bool:
        return self._tick.isActive()

    def seconds_left(self) -> int:
        return self._seconds_left

    # -- internals ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self._quiet.isActive():
            self._quiet.start()
            self.activity.emit()
        return False

    def _warn(self) -> None:
        self._seconds_left = max(1, math.ceil(self.countdown_s))
        # One tick per second normally; shorter ticks when a test asks for a short countdown.
        self._tick.start(max(1, round(self.countdown_s * 1000 / self._seconds_left)))
        self.idle_warning.emit()
        self.countdown.emit(self._seconds_left)

    def _count(self) -> None:
        self._seconds_left -= 1
        self.countdown.emit(self._seconds_left)
        if self._seconds_left <= 0:
            self._tick.stop()
            self.idle_timeout.emit()
