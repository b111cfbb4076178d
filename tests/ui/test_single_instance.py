"""One kiosk per user: a second start brings the first forward and exits 0; selftest still runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui.single_instance import REQUEST_NAME, SingleInstance
from kiosk.ui.window import MainWindow
from tests.ui.test_window import STAND_INS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def runtime() -> Path:
    return Path(os.environ["SEND_KIOSK_RUNTIME_DIR"])  # private to each test (tests/conftest.py)


@pytest.fixture
def first(qtbot, context, runtime: Path) -> Iterator[tuple[MainWindow, SingleInstance]]:
    """A running kiosk (in a window) holding the lock and listening for second starts."""
    window = MainWindow(context, kiosk_mode=False, screens=dict(STAND_INS))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    instance = SingleInstance(runtime)
    assert instance.acquire()
    instance.come_forward.connect(window.bring_forward)
    instance.listen()
    yield window, instance
    instance.release()
    window.shut_down()


def start_kiosk(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_only_one_holder_of_the_lock(tmp_path: Path) -> None:
    one, two = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert one.acquire()
    assert not two.acquire()
    one.release()
    assert two.acquire()  # free again once the first has gone
    two.release()


def test_a_second_start_exits_0_and_brings_the_first_forward(qtbot, first, runtime) -> None:
    window, _instance = first
    window.showMinimized()
    second = start_kiosk()  # the first keeps running its event loop meanwhile
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    finally:
        if second.poll() is None:
            second.kill()
    _out, err = second.communicate()
    assert second.returncode == 0, err
    assert "already running; brought it to the front" in err
    assert not window.isMinimized() and window.isVisible()
    assert not (runtime / REQUEST_NAME).exists()


def test_selftest_runs_beside_a_running_kiosk(first, db_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "selftest.sqlite3"
    shutil.copy(db_path, db)
    selftest = subprocess.run(
        [sys.executable, "-m", "kiosk", "selftest", "--startup-only", "--db", str(db)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "selftest: passed" in selftest.stdout
