"""The real speech-dispatcher, set up as the kiosk's set-up does, speaks every kiosk language.

Runs its own speech-dispatcher (a fresh runtime folder, the settings that
send-kiosk-speech-setup writes), so that one left hanging elsewhere does not matter, and ends
it afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.ui.speech import SpeechService, SpeechState

REPO = Path(__file__).resolve().parents[2]
SETUP = REPO / "packaging" / "linux" / "send-kiosk-speech-setup"
LANGUAGES = ("en", "pl", "ur", "pa", "ro")

pytestmark = pytest.mark.skipif(
    "speechd" not in QTextToSpeech.availableEngines()
    or shutil.which("speech-dispatcher") is None
    or not Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng").exists(),
    reason="speech-dispatcher with espeak-ng, or Qt's speechd engine, is missing",
)


@pytest.fixture
def own_speechd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # A short folder: a unix socket's path must fit in 108 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-sd-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    subprocess.run([str(SETUP)], check=True, capture_output=True)
    yield
    pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    with contextlib.suppress(OSError, ValueError):
        os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
    shutil.rmtree(runtime, ignore_errors=True)


def test_speechd_opens_with_a_voice_for_every_kiosk_language(qtbot, own_speechd: None) -> None:
    service = SpeechService("speechd", LANGUAGES)
    service.start()
    try:
        qtbot.waitUntil(lambda: service.state != SpeechState.STARTING, timeout=30_000)
        assert service.state == SpeechState.READY, service.report.problem
        assert service.report.engine == "speechd"
        assert all(service.report.voices[code] for code in LANGUAGES), service.report.voices
        assert service.report.voices["en"] == "English (Great Britain)"
        with qtbot.waitSignal(service.speaking_changed, timeout=10_000) as started:
            service.say("Hello.")
        assert started.args == [True]
        # ... and it finishes: with no sound server the text still plays out (to ALSA)
        qtbot.waitUntil(lambda: not service.speaking, timeout=10_000)
    finally:
        service.shut_down()
