"""Tells systemd the kiosk is up (READY=1) and alive (WATCHDOG=1, from the GUI thread's timer).

The units use Type=notify and WatchdogSec: if the GUI thread hangs, the timer stops, the
pings stop, and systemd aborts and restarts the kiosk. Without NOTIFY_SOCKET (a terminal,
selftest) nothing is sent. On Windows, where there is no systemd, the same timer touches a
heartbeat file instead, for a scheduled task to end a kiosk whose heartbeat has stopped
(docs/deployment.md); Shell Launcher then starts it again.
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

DEFAULT_PING_MS = 10_000  # when systemd does not say how often it wants to hear
HEARTBEAT_NAME = "heartbeat"


def sd_notify(message: str) -> bool:
    """Send message (e.g. "READY=1") to $NOTIFY_SOCKET; False when there is none or it failed.

    The protocol of sd_notify(3): one datagram to an AF_UNIX socket, whose name starts with
    "@" for the abstract namespace.
    """
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    elif not address.startswith("/"):
        return False  # vsock: addresses are for virtual machines, not for a kiosk
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError as exc:
        log.warning("could not tell systemd %r: %s", message, exc)
        return False
    return True


def ping_interval_ms() -> int:
    """Half of systemd's WatchdogSec (from $WATCHDOG_USEC), as sd_watchdog_enabled(3) advises.

    $WATCHDOG_PID is not checked: under cage the kiosk is cage's child, and the cage unit
    allows it to notify (NotifyAccess=all).
    """
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return DEFAULT_PING_MS
    return max(100, usec // 2000) if usec > 0 else DEFAULT_PING_MS


class SystemdNotifier(QObject):
    """READY=1 once the first screen is up, WATCHDOG=1 from a timer on the GUI thread, STATUS.

    heartbeat: a file whose modification time the same timer renews (Windows).
    """

    def __init__(self, heartbeat: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = bool(os.environ.get("NOTIFY_SOCKET"))
        self.heartbeat = heartbeat
        self._timer = QTimer(self)
        self._timer.setInterval(ping_interval_ms())
        self._timer.timeout.connect(self.ping)

    def ready(self, status: str = "") -> None:
        """The kiosk is up: READY=1, and pings from now on."""
        if self.enabled:
            sd_notify("READY=1" + (f"\nSTATUS={status}" if status else ""))
        if self.enabled or self.heartbeat is not None:
            self.ping()
            self._timer.start()

    def ping(self) -> None:
        if self.enabled:
            sd_notify("WATCHDOG=1")
        if self.heartbeat is not None:
            try:
                self.heartbeat.touch()
            except OSError as exc:
                log.warning("could not renew the heartbeat %s: %s", self.heartbeat, exc)
                self.heartbeat = None  # said once; the kiosk runs on without it

    def status(self, text: str) -> None:
        """A line for `systemctl status` (for staff and IT, not visitors)."""
        if self.enabled:
            sd_notify(f"STATUS={text}")

    def stopping(self) -> None:
        self._timer.stop()
        if self.enabled:
            sd_notify("STOPPING=1")
