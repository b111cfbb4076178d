"""sd_notify in a few lines of standard library: READY=1, WATCHDOG=1 and STATUS to systemd."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui.watchdog import DEFAULT_PING_MS, SystemdNotifier, ping_interval_ms, sd_notify


@pytest.fixture
def abstract_socket(monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """systemd's own kind of notify socket: in the abstract namespace ("@name")."""
    name = f"send-kiosk-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        yield sock


def test_sd_notify_sends_one_datagram_to_a_socket_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.settimeout(5)
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        assert sd_notify("READY=1")
        assert sock.recv(4096) == b"READY=1"


def test_sd_notify_reaches_an_abstract_socket(abstract_socket: socket.socket) -> None:
    assert sd_notify("WATCHDOG=1")
    assert abstract_socket.recv(4096) == b"WATCHDOG=1"


def test_without_systemd_nothing_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert not sd_notify("READY=1")
    monkeypatch.setenv("NOTIFY_SOCKET", "/nonexistent/notify")
    assert not sd_notify("READY=1")  # logged, never raised


def test_pings_come_at_half_the_watchdog_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    assert ping_interval_ms() == 15000
    monkeypatch.setenv("WATCHDOG_USEC", "soon")
    assert ping_interval_ms() == DEFAULT_PING_MS
    monkeypatch.delenv("WATCHDOG_USEC")
    assert ping_interval_ms() == DEFAULT_PING_MS


def test_notifier_says_ready_then_pings_from_the_event_loop(
    qtbot, abstract_socket: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "200000")  # a ping every 100 ms
    notifier = SystemdNotifier()
    notifier.ready("Showing the directory")
    assert abstract_socket.recv(4096) == b"READY=1\nSTATUS=Showing the directory"
    assert abstract_socket.recv(4096) == b"WATCHDOG=1"
    abstract_socket.setblocking(False)
    qtbot.waitUntil(lambda: _received(abstract_socket) == b"WATCHDOG=1", timeout=2000)
    notifier.stopping()


def _received(sock: socket.socket) -> bytes:
    try:
        return sock.recv(4096)
    except BlockingIOError:
        return b""


def test_without_systemd_a_heartbeat_file_is_renewed_instead(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", "200000")
    beat = tmp_path / "heartbeat"
    notifier = SystemdNotifier(beat)
    notifier.ready()
    assert beat.exists()
    os.utime(beat, (0, 0))  # as if the last beat were long ago
    qtbot.waitUntil(lambda: beat.stat().st_mtime > 0, timeout=2000)
    notifier.stopping()
