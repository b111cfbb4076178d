"""The speech worker on its own, on the GUI thread, with Qt's mock engine: opening, the queue of
announcements, pause, stop, voices per language, and an engine that is not there.

In the kiosk it lives in a thread of its own (kiosk.ui.speech.SpeechService); here its slots
are called directly, so each step is checked where it happens.
"""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.ui.speech import EngineReport, SpeechWorker


@pytest.fixture
def worker(qtbot):
    made = SpeechWorker(("mock",), ("en", "pl"))
    reports: list[EngineReport] = []
    made.opened.connect(reports.append)
    made.open()
    assert reports and reports[0].engine == "mock" and reports[0].voices["en"]
    yield made
    made.stop()


def test_an_engine_that_is_not_there_is_reported_not_opened(qtbot) -> None:
    worker = SpeechWorker(("no-such-engine",), ("en",))
    reports: list[EngineReport] = []
    worker.opened.connect(reports.append)
    worker.open()
    assert reports == [EngineReport(problem="no-such-engine: not installed")]
    said: list[str] = []
    worker.said.connect(said.append)
    worker.speak("Hello", True, "")  # nothing to speak with: nothing happens, no error
    worker.stop()
    worker.pause()
    worker.resume()
    assert said == []


def test_said_texts_come_in_order_and_a_newer_status_replaces_a_waiting_one(qtbot, worker) -> None:
    said: list[str] = []
    worker.said.connect(said.append)
    with qtbot.waitSignal(worker.speaking_changed, check_params_cb=lambda on: on):
        worker.speak("The page title and all its words", True, "")
    worker.speak("3 results", False, "status")
    worker.speak("12 results", False, "status")  # replaces "3 results", still waiting
    worker.speak("Saved", False, "saved")
    qtbot.waitUntil(lambda: said[-1:] == ["Saved"], timeout=20_000)
    assert said == ["The page title and all its words", "12 results", "Saved"]
    qtbot.waitUntil(lambda: worker._tts.state() == QTextToSpeech.State.Ready, timeout=20_000)


def test_saying_something_now_cuts_off_what_waits(qtbot, worker) -> None:
    said: list[str] = []
    worker.said.connect(said.append)
    with qtbot.waitSignal(worker.speaking_changed):
        worker.speak("A long page of words to read", True, "")
    worker.speak("waiting", False, "status")
    worker.speak("Stop", True, "")  # the visitor touched something: it is said at once
    qtbot.waitUntil(lambda: worker._tts.state() == QTextToSpeech.State.Ready, timeout=20_000)
    assert said == ["A long page of words to read", "Stop"]


def test_pause_resume_and_stop(qtbot, worker) -> None:
    with qtbot.waitSignal(worker.speaking_changed):
        worker.speak("One two three four five six seven eight nine ten", True, "")
    worker.pause()
    qtbot.waitUntil(lambda: worker._tts.state() == QTextToSpeech.State.Paused, timeout=5000)
    worker.resume()
    qtbot.waitUntil(lambda: worker._tts.state() == QTextToSpeech.State.Speaking, timeout=5000)
    with qtbot.waitSignal(worker.speaking_changed, check_params_cb=lambda on: not on):
        worker.stop()


def test_rate_volume_and_a_voice_per_language(qtbot, worker) -> None:
    worker.set_rate(-0.5)
    worker.set_volume(0.4)
    assert worker._tts.rate() == pytest.approx(-0.5)
    assert worker._tts.volume() == pytest.approx(0.4)
    chosen: list[tuple[str, str]] = []
    worker.voice_chosen.connect(lambda code, voice: chosen.append((code, voice)))
    worker.set_language("en")
    worker.set_language("zz")  # no such language: no voice, and English kept for the apology
    assert chosen[0][0] == "en" and chosen[0][1]
    assert chosen[1] == ("zz", "")
