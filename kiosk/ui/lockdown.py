"""Keeps the kiosk window full screen, on top and in front, with or without a window manager."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


class WindowKeeper(QObject):
    """Kiosk mode's guard: restores the window within a second of it being minimised, hidden,
    shrunk, moved or covered.

    Full screen is asked for twice: as a window state (which window managers and compositors
    honour) and as a geometry equal to the screen's (which is all there is without a window
    manager, where the state alone leaves a small window in the corner). A window manager can
    still minimise the window (Alt+Space's window menu, "show desktop"); Qt then still reports
    it as full screen, so the check looks at what is really there, not only at the state.
    """

    CHECK_MS = 500

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._last_reason = ""
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        window.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_MS)
        self._timer.timeout.connect(self.check)
        # A state change is answered at once (through the event loop, not inside the event).
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.check)

    def start(self) -> None:
        """Show the window full screen and keep it so."""
        self.window.setGeometry(self.screen_geometry())
        self.window.showFullScreen()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def screen_geometry(self) -> QRect:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else self.window.geometry()

    def problem(self) -> str:
        """Why the window is not as a kiosk should be; "" when it is."""
        window = self.window
        if not window.isVisible():
            return "hidden"
        if self._unmapped():
            return "taken off the screen"
        if window.isMinimized():
            return "minimised"
        if not window.isFullScreen():
            return "not full screen"
        if window.geometry() != self.screen_geometry():
            return "not the size of the screen"
        if (
            QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive
            and QApplication.activePopupWidget() is None
        ):
            return "behind another program"  # another window has the keyboard: come to the front
        return ""

    def check(self) -> None:
        reason = self.problem()
        if reason:
            if reason != self._last_reason:  # once per episode, not every half second
                log.warning("kiosk window %s: restoring it", reason)
                self._last_reason = reason
            self.restore()
            return
        self._last_reason = ""
        if QGuiApplication.platformName() == "xcb" and QApplication.activePopupWidget() is None:
            # With no window manager, a window another program maps lands on top of the kiosk
            # without taking the keyboard, and nothing tells Qt: raise it every time (cheap).
            # sync() sends the request now; an idle kiosk would otherwise leave it queued.
            self.window.raise_()
            QGuiApplication.sync()

    def restore(self) -> None:
        """Full screen, the screen's size, on top and active again."""
        window = self.window
        if self._unmapped():
            window.hide()  # Qt still thinks it is shown: hide first, so show() maps it again
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized)
            | Qt.WindowState.WindowFullScreen
        )
        target = self.screen_geometry()
        if window.geometry() != target:
            window.setGeometry(target)
        window.show()
        window.raise_()
        window.activateWindow()

    def _unmapped(self) -> bool:
        """X11 only: another program unmapped the window (Qt keeps calling it visible)."""
        handle = self.window.windowHandle()
        return (
            QGuiApplication.platformName() == "xcb"
            and handle is not None
            and self.window.isVisible()
            and not handle.isExposed()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and self._timer.isActive():
            kind = event.type()
            if kind in (QEvent.Type.WindowStateChange, QEvent.Type.Hide):
                self._soon.start()
        return False
