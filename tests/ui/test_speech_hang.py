"""A speech engine that never answers must not freeze the kiosk (kiosk.ui.speech's probe).

The hanging engine is speech-dispatcher's client pointed (SPEECHD_ADDRESS) at a socket that
accepts connections and never replies: QTextToSpeech("speechd") then waits for ever in its
constructor, holding Python's GIL, which froze the whole window before the probe.
"""

from __future__ import annotations

import itertools
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.config import Settings
from kiosk.ui import speech
from kiosk.ui.speech import SpeechService, SpeechState

pytestmark = pytest.mark.skipif(
    "speechd" not in QTextToSpeech.availableEngines(), reason="Qt's speechd engine is missing"
)


@pytest.fixture
def silent_speechd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """speech-dispatcher's address made a socket that never answers; a short probe timeout."""
    path = tmp_path / "speechd.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(8)  # connections queue up, and nobody ever reads them
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    monkeypatch.setattr(speech, "PROBE_TIMEOUT_S", 2.0)
    yield
    listener.close()


def test_the_probe_gives_up_on_an_engine_that_never_answers(silent_speechd: None) -> None:
    started = time.monotonic()
    assert speech.probe_engine("speechd") == "did not answer within 2 s"
    assert time.monotonic() - started < 10


def test_the_probe_passes_an_engine_that_opens() -> None:
    assert speech.probe_engine("mock") == ""  # not even tried: it runs in the kiosk


def test_the_probe_command_opens_an_engine_in_a_process_of_its_own() -> None:
    done = subprocess.run(speech.probe_command("mock"), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_probe_reports_an_engine_that_fails() -> None:
    assert speech.probe_engine("no-such-engine", timeout=30) != ""


def test_a_silent_engine_leaves_the_window_responsive(qtbot, silent_speechd: None) -> None:
    service = SpeechService("speechd", ("en",))
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    service.start()
    try:
        with qtbot.waitSignal(service.state_changed, timeout=15_000):
            pass
        assert service.state == SpeechState.UNAVAILABLE
        assert "did not answer" in service.report.problem
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert len(ticks) > 20  # the event loop kept turning while the probe waited
        assert max(gaps) < 1.0
    finally:
        timer.stop()
        service.shut_down()


@pytest.fixture
def settings() -> Settings:
    return Settings(
        site_name="Test family hub", idle_timeout_s=90, idle_countdown_s=30, speech_engine="speechd"
    )


def test_the_switch_says_read_aloud_is_not_available(
    qtbot, silent_speechd: None, window, settings: Settings
) -> None:
    read_aloud = window.read_aloud
    problems: list[str] = []
    read_aloud.problem.connect(problems.append)
    read_aloud.turn_on()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    try:
        qtbot.waitUntil(lambda: bool(problems), timeout=15_000)
    finally:
        timer.stop()
    assert problems == ["Sorry, read aloud is not available on this kiosk."]
    assert not read_aloud.is_on()
    assert len(ticks) > 20
