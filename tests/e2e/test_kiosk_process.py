"""The real `kiosk` process on a real X server with no window manager, as under a bare xinit.

One kiosk runs for the whole module on its own Xvfb (a free display number, chosen by Xvfb
itself), with NOTIFY_SOCKET bound by the test as systemd would: it must say READY=1 and keep
sending WATCHDOG=1, fill the screen by itself, bring itself forward when started again, and
leave the stacks of a hard crash in crash.log.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREEN = (1920, 1080)
SITE = "Process test hub"
WATCHDOG_USEC = 400_000  # pings every 200 ms, so the test hears one quickly

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="X11 and systemd's notify socket"),
]


@dataclass
class RunningKiosk:
    process: subprocess.Popen[bytes]
    notify: socket.socket
    env: dict[str, str]
    home: Path
    first_message: bytes

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server with no window manager; Xvfb picks a free display and tells us."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        number = answer.readline().strip()  # written once the server accepts clients
    assert number, "Xvfb did not start"
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(timeout=10)


@pytest.fixture(scope="module")
def kiosk(display: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningKiosk]:
    home = tmp_path_factory.mktemp("kiosk-process")
    (home / "config").mkdir()
    (home / "config" / "kiosk.toml").write_text(f'[kiosk]\nsite_name = "{SITE}"\n')
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "SEND_KIOSK_DATA_DIR": str(home / "data"),
        "SEND_KIOSK_CONFIG_DIR": str(home / "config"),
        "SEND_KIOSK_LOG_DIR": str(home / "logs"),
        "SEND_KIOSK_RUNTIME_DIR": str(home / "run"),
        "WATCHDOG_USEC": str(WATCHDOG_USEC),
    }
    name = f"send-kiosk-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind("\0" + name)
    notify.settimeout(60)
    env["NOTIFY_SOCKET"] = "@" + name  # the abstract namespace, as systemd uses
    with (home / "output.txt").open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk"], cwd=REPO, env=env, stdout=output, stderr=output
        )
    try:
        first = notify.recv(4096)  # blocks until the kiosk speaks (or the timeout fails it)
        yield RunningKiosk(process, notify, env, home, first)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        notify.close()


def window_geometry(kiosk: RunningKiosk) -> tuple[int, int, int, int] | None:
    """Width, height, x, y of the kiosk's window as the X server has it (xwininfo)."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=kiosk.env, capture_output=True, text=True, timeout=10
    ).stdout
    for line in tree.splitlines():
        if f'"{SITE}' in line:
            found = re.search(r"(\d+)x(\d+)\+(-?\d+)\+(-?\d+)", line.split(":", 1)[-1])
            if found:
                w, h, x, y = map(int, found.groups())
                return w, h, x, y
    return None


def test_kiosk_says_ready_then_keeps_pinging_the_watchdog(kiosk: RunningKiosk) -> None:
    assert kiosk.first_message.startswith(b"READY=1\nSTATUS=Showing the directory")
    assert kiosk.notify.recv(4096) == b"WATCHDOG=1"
    assert kiosk.notify.recv(4096) == b"WATCHDOG=1"  # and again, from the GUI thread's timer


def test_without_a_window_manager_the_kiosk_fills_the_screen(qtbot, kiosk: RunningKiosk) -> None:
    full = (*SCREEN, 0, 0)
    qtbot.waitUntil(lambda: window_geometry(kiosk) == full, timeout=5000)


def test_a_second_start_exits_0_and_brings_the_first_forward(kiosk: RunningKiosk) -> None:
    second = subprocess.run(
        [sys.executable, "-m", "kiosk"],
        cwd=REPO,
        env=kiosk.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 0, second.stderr
    assert "already running; brought it to the front" in second.stderr
    assert kiosk.process.poll() is None  # the first is still running
    log = (kiosk.log_dir / "kiosk.log").read_text(encoding="utf-8")
    assert "a second start asked for the kiosk" in log


def test_the_log_starts_with_the_versions(kiosk: RunningKiosk) -> None:
    lines = (kiosk.log_dir / "kiosk.log").read_text(encoding="utf-8").splitlines()
    head = "\n".join(lines[:6])
    assert re.search(r"INFO .*: kiosk \d+\.\d+\.\d+$", head, re.M)
    assert re.search(r"INFO .*: data: .*\(sample data\), published \S+, imported \S+", head)
    assert re.search(r"INFO .*: Qt 6\.\d+\.\d+, PySide6 6\.\d+\.\d+, Python 3", head)
    assert "Traceback" not in "\n".join(lines)


def test_a_hard_crash_leaves_its_stacks_in_crash_log(kiosk: RunningKiosk) -> None:
    """SIGABRT is what systemd sends a kiosk whose GUI thread stopped pinging the watchdog."""
    kiosk.process.send_signal(signal.SIGABRT)
    assert kiosk.process.wait(timeout=30) == -signal.SIGABRT
    crash = (kiosk.log_dir / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in crash
    assert "most recent call first" in crash
