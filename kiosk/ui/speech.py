"""Read aloud: one QTextToSpeech engine in a thread of its own, and what the kiosk asks of it.

Opening an engine can take seconds (speech-dispatcher starts on first use), and every call
into it is a round trip to another process, so the engine lives in a worker thread and the
window only ever sends it requests and hears back through queued signals: speech never holds
up a finger on the screen.

A thread is not enough when the engine never answers: PySide6 keeps Python's GIL while Qt
constructs a QTextToSpeech, so a constructor stuck waiting for speech-dispatcher (one that
accepts the connection and never replies) stops every Python slot of the window too. So the
worker first opens each engine in a short-lived process of its own (`kiosk _speech-probe
ENGINE`), which can be killed after PROBE_TIMEOUT_S, and opens it in the kiosk only if it
answered there.

API:
    speech = SpeechService(setting="", languages=("en", "pl"), parent=window)
    speech.start()                      # opens the engine in the background (again: nothing)
    speech.state                        # STOPPED, STARTING, READY or UNAVAILABLE
    speech.report                       # EngineReport: engine, problem, voice per language
    speech.set_language("pl")           # choose that language's voice; can_speak() says if any
    speech.say(text)                    # now, cutting off anything being said
    speech.announce(text, key)          # after what is being said; replaces a waiting one
    speech.stop(), pause(), resume(), repeat(), slower(), faster(), louder(), quieter()
    speech.shut_down()                  # stop the thread (the window calls it when it closes)
    Signals: state_changed(), said(str), speaking_changed(bool)
"""

from __future__ import annotations

import atexit
import logging
import os
import subprocess
import sys
from dataclasses import dataclass, field
from enum import Enum

import shiboken6
from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk.languages import language as language_entry
from kiosk.paths import resources_dir
from kiosk.ui.bidi import strip_marks

log = logging.getLogger(__name__)

NO_ENGINE = "none"
RATE_STEP = 0.25
SLOWEST, FASTEST = -0.75, 0.75  # further, espeak-ng is hard to follow either way
VOLUME_STEP = 0.2
QUIETEST, LOUDEST = 0.2, 1.0
BUSY = (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused)
SHUT_DOWN_MS = 3000
PROBE_COMMAND = "_speech-probe"  # the hidden command line of the probe process
PROBE_TIMEOUT_S = 15.0  # speech-dispatcher starting on a slow kiosk takes a few seconds
PROBE_FAILED = 3  # the probe's exit code when the engine reports an error
UNPROBED_ENGINES = frozenset({"mock"})  # in-process engines that cannot hang

_running: set[QThread] = set()


def engines_to_try(setting: str) -> tuple[str, ...]:
    """The engines for a speech_engine setting: "" the system's usual ones, in order."""
    setting = setting.strip().lower()
    if setting == NO_ENGINE:
        return ()
    if setting:
        return (setting,)
    if sys.platform == "win32":
        return ("winrt", "sapi")
    if sys.platform == "darwin":
        return ("darwin",)
    return ("speechd",)


def probe_command(engine: str) -> list[str]:
    """The command line that opens engine in a process of its own (frozen-aware)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_COMMAND, engine]
    return [sys.executable, "-m", "kiosk", PROBE_COMMAND, engine]


def probe_engine(engine: str, timeout: float | None = None) -> str:
    """Try to open engine in a separate process: "" if it opened, otherwise why not.

    The process is killed if it has not answered within timeout (PROBE_TIMEOUT_S)."""
    if engine in UNPROBED_ENGINES:
        return ""
    limit = PROBE_TIMEOUT_S if timeout is None else timeout
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
    try:
        done = subprocess.run(
            probe_command(engine),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=limit,
            creationflags=flags,
        )
    except subprocess.TimeoutExpired:
        return f"did not answer within {limit:g} s"
    except OSError as error:
        return f"could not be tried: {error}"
    if done.returncode == 0:
        return ""
    return (done.stdout or "").strip() or f"does not start (exit code {done.returncode})"


def run_probe(engine: str) -> int:
    """The probe process: open engine, print why it failed if it did, exit at once.

    Exits 0 if the engine opened, PROBE_FAILED if it reported an error. os._exit skips
    tidying up, which could wait on the engine's connection again."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        app = QCoreApplication([])  # kept alive until the process exits
        app.setApplicationName("kiosk speech probe")
    tts = QTextToSpeech(engine)
    failed = tts.state() == QTextToSpeech.State.Error
    if failed and sys.stdout is not None:  # a windowed frozen app (Windows) may have none
        print(tts.errorString() or "does not start", flush=True)
    os._exit(PROBE_FAILED if failed else 0)


class SpeechState(Enum):
    STOPPED = "stopped"  # not started yet
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"  # no engine works


@dataclass(frozen=True)
class EngineReport:
    """What the worker found: the engine in use ("" if none), why not, and voices."""

    engine: str = ""
    problem: str = ""
    languages: int = 0  # how many languages the engine speaks
    voices: dict[str, str] = field(default_factory=dict)  # language code -> voice ("" none)


def _locale_for(tts: QTextToSpeech, code: str) -> QLocale | None:
    """The engine's locale for a language code, preferring the country visitors expect."""
    language = QLocale(code).language()
    if language == QLocale.Language.C:
        return None
    matches = [loc for loc in tts.availableLocales() if loc.language() == language]
    # Where an engine has a language for several countries, the one visitors here expect
    # (each language's `speech` locale in resources/translations/languages.toml).
    preferred = language_entry(code, resources_dir()).speech.replace("_", "-")
    for loc in matches:
        if loc.bcp47Name() == preferred:
            return loc
    return matches[0] if matches else None


def _plain_voice(voices: list[QVoice]) -> QVoice | None:
    """The first voice, passing over espeak-ng's variants ("English (Great Britain)+Alex")."""
    plain = [v for v in voices if "+" not in v.name()]
    chosen = plain or voices
    return chosen[0] if chosen else None


class SpeechWorker(QObject):
    """Owns the QTextToSpeech, in the speech thread; a queue of polite announcements.

    Signals:
        opened(object): an EngineReport, once the engines have been tried.
        failed(str): the engine stopped working after it opened.
        said(str): a text was handed to the engine.
        speaking_changed(bool): the engine started or stopped speaking.
        voice_chosen(str, str): the language asked for, and its voice ("" when none).
    """

    opened = Signal(object)
    failed = Signal(str)
    said = Signal(str)
    speaking_changed = Signal(bool)
    voice_chosen = Signal(str, str)

    def __init__(self, engines: tuple[str, ...], languages: tuple[str, ...]) -> None:
        super().__init__()
        self._engines = engines
        self._languages = languages
        self._tts: QTextToSpeech | None = None
        self._queue: list[tuple[str, str]] = []  # (key, text) waiting their turn
        self._busy = False  # a text was handed over and has not finished
        self._started = False  # ... and the engine has said it began speaking it

    @Slot()
    def open(self) -> None:
        problems: list[str] = []
        installed = QTextToSpeech.availableEngines()
        for name in self._engines:
            if name not in installed:
                problems.append(f"{name}: not installed")
                continue
            problem = probe_engine(name)
            if problem:
                problems.append(f"{name}: {problem}")
                continue
            tts = QTextToSpeech(name, self)
            if tts.state() == QTextToSpeech.State.Error:
                problems.append(f"{name}: {tts.errorString() or 'does not start'}")
                shiboken6.delete(tts)
                continue
            self._tts = tts
            tts.stateChanged.connect(self._state_changed)
            break
        if self._tts is None:
            problem = "; ".join(problems) or "read aloud is turned off (speech_engine = none)"
            self.opened.emit(EngineReport(problem=problem))
            return
        voices = {code: self._choose(code) for code in self._languages}
        self.opened.emit(
            EngineReport(
                engine=self._tts.engine(),
                languages=len({loc.language() for loc in self._tts.availableLocales()}),
                voices=voices,
            )
        )

    def _choose(self, code: str) -> str:
        """Use code's voice; returns its name, or "" (keeping the voice in use) if none."""
        tts = self._tts
        if tts is None:
            return ""
        locale = _locale_for(tts, code)
        if locale is None:
            return ""
        previous = (tts.locale(), tts.voice())
        tts.setLocale(locale)
        voice = _plain_voice(tts.availableVoices())
        if voice is None:
            tts.setLocale(previous[0])
            tts.setVoice(previous[1])
            return ""
        tts.setVoice(voice)
        return voice.name()

    @Slot(str)
    def set_language(self, code: str) -> None:
        voice = self._choose(code)
        if not voice and code != "en":
            self._choose("en")  # the kiosk's words on why there is no voice are in English
        self.voice_chosen.emit(code, voice)

    @Slot(str, bool, str)
    def speak(self, text: str, interrupt: bool, key: str) -> None:
        if self._tts is None or not text.strip():
            return
        if interrupt:
            self._queue.clear()
        elif self._busy:
            self._queue = [(k, t) for k, t in self._queue if not key or k != key]
            self._queue.append((key, text))
            return
        self._hand_over(text)

    def _hand_over(self, text: str) -> None:
        assert self._tts is not None
        text = strip_marks(text)  # an Urdu screen's direction marks are not words
        self._busy, self._started = True, False
        # Stop first, so that every engine reports the new text starting (some stay
        # "speaking" silently when one text replaces another); the end of what is cut off
        # comes before that, and is not taken for the end of the new text.
        if self._tts.state() in BUSY:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        self._tts.say(text)
        self.said.emit(text)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state in BUSY:
            self._started = True
            self.speaking_changed.emit(True)
            return
        if state == QTextToSpeech.State.Error and self._tts is not None:
            self._queue.clear()
            self._busy = False
            self.speaking_changed.emit(False)
            self.failed.emit(self._tts.errorString())
            return
        if state == QTextToSpeech.State.Ready and self._busy and not self._started:
            return  # the end of what the new text cut off, not of the new text
        self._busy = False
        if self._queue:
            self._hand_over(self._queue.pop(0)[1])
        else:
            self.speaking_changed.emit(False)

    @Slot()
    def stop(self) -> None:
        self._queue.clear()
        if self._tts is not None and self._tts.state() in BUSY:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    @Slot()
    def pause(self) -> None:
        if self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking:
            self._tts.pause(QTextToSpeech.BoundaryHint.Word)

    @Slot()
    def resume(self) -> None:
        if self._tts is not None and self._tts.state() == QTextToSpeech.State.Paused:
            self._tts.resume()

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        if self._tts is not None:
            self._tts.setRate(rate)

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        if self._tts is not None:
            self._tts.setVolume(volume)

    @Slot()
    def close(self) -> None:
        """Let go of the engine in its own thread, then end the thread."""
        self._queue.clear()
        if self._tts is not None:
            tts, self._tts = self._tts, None
            tts.stateChanged.disconnect(self._state_changed)
            if tts.state() in BUSY:
                tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            shiboken6.delete(tts)
        thread = self.thread()
        if thread is not None:
            thread.quit()


class SpeechService(QObject):
    """The window's side of read aloud: requests go to the worker, answers come back.

    Signals:
        state_changed(): the engine started, failed, or the language's voice changed.
        said(str): a text was handed to the engine (what a visitor hears, in order).
        speaking_changed(bool): speech started or stopped.
    """

    state_changed = Signal()
    said = Signal(str)
    speaking_changed = Signal(bool)

    _speak = Signal(str, bool, str)
    _stop = Signal()
    _pause = Signal()
    _resume = Signal()
    _rate = Signal(float)
    _volume = Signal(float)
    _language = Signal(str)
    _close = Signal()

    def __init__(
        self, setting: str = "", languages: tuple[str, ...] = ("en",), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._engines = engines_to_try(setting)
        self._languages = tuple(dict.fromkeys(languages))
        self.state = SpeechState.STOPPED
        self.report = EngineReport()
        self.language = self._languages[0] if self._languages else "en"
        self.voice = ""  # the voice for self.language; "" when it has none
        self.rate = 0.0
        self.volume = 0.8
        self.speaking = False
        self.paused = False
        self.last_said = ""
        self._thread: QThread | None = None
        self._worker: SpeechWorker | None = None

    # -- the engine --------------------------------------------------------------------------

    def start(self) -> None:
        """Open the engine in the background; state_changed tells when it is ready (or not)."""
        if self.state != SpeechState.STOPPED:
            return
        if not self._engines:
            self._set_state(SpeechState.UNAVAILABLE, EngineReport(problem="turned off"))
            return
        self.state = SpeechState.STARTING
        thread = QThread()
        thread.setObjectName("speech")
        worker = SpeechWorker(self._engines, (self.language, *self._languages))
        worker.moveToThread(thread)
        thread.started.connect(worker.open)
        thread.finished.connect(lambda: _running.discard(thread))
        for request, slot in (
            (self._speak, worker.speak),
            (self._stop, worker.stop),
            (self._pause, worker.pause),
            (self._resume, worker.resume),
            (self._rate, worker.set_rate),
            (self._volume, worker.set_volume),
            (self._language, worker.set_language),
            (self._close, worker.close),
        ):
            request.connect(slot)
        worker.opened.connect(self._opened)
        worker.failed.connect(self._failed)
        worker.said.connect(self._said)
        worker.speaking_changed.connect(self._speaking_changed)
        worker.voice_chosen.connect(self._voice_chosen)
        self._thread, self._worker = thread, worker
        _running.add(thread)
        thread.start()

    def can_speak(self) -> bool:
        """Whether the engine works and has a voice for the visitor's language."""
        return self.state == SpeechState.READY and bool(self.voice)

    def shut_down(self) -> None:
        """Stop speaking and end the speech thread (waits a few seconds at most)."""
        thread = self._thread
        if thread is None:
            return
        self._close.emit()
        _end(thread)
        self._thread = self._worker = None
        self.state = SpeechState.STOPPED
        self.speaking = self.paused = False

    def _set_state(self, state: SpeechState, report: EngineReport | None = None) -> None:
        self.state = state
        if report is not None:
            self.report = report
        self.state_changed.emit()

    def _opened(self, report: EngineReport) -> None:
        if not report.engine:
            log.warning("read aloud is not available: %s", report.problem)
            self._set_state(SpeechState.UNAVAILABLE, report)
            return
        log.info("read aloud: %s, voices %s", report.engine, report.voices)
        self.voice = report.voices.get(self.language, "")
        self._rate.emit(self.rate)
        self._volume.emit(self.volume)
        self._language.emit(self.language)
        self._set_state(SpeechState.READY, report)

    def _failed(self, problem: str) -> None:
        log.warning("read aloud stopped working: %s", problem)
        self._set_state(SpeechState.UNAVAILABLE, EngineReport(self.report.engine, problem))

    def _voice_chosen(self, code: str, voice: str) -> None:
        if code == self.language:
            self.voice = voice
            self.state_changed.emit()

    def _said(self, text: str) -> None:
        self.last_said = text
        self.said.emit(text)

    def _speaking_changed(self, speaking: bool) -> None:
        self.speaking = speaking
        if not speaking:
            self.paused = False
        self.speaking_changed.emit(speaking)

    # -- requests ----------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Speak code's language from now on (state_changed says whether it has a voice)."""
        self.language = code
        if self.state == SpeechState.READY:
            self.voice = self.report.voices.get(code, "")  # until the worker says
            self._language.emit(code)

    def say(self, text: str) -> None:
        """Say text now, cutting off anything being said or waiting."""
        self.paused = False
        self._speak.emit(text, True, "")

    def announce(self, text: str, key: str = "status") -> None:
        """Say text when what is being said has finished; a newer text with the same key
        replaces one still waiting (the results count as the visitor types, say)."""
        self._speak.emit(text, False, key)

    def stop(self) -> None:
        self.paused = False
        self._stop.emit()

    def pause(self) -> None:
        if self.speaking:
            self.paused = True
            self._pause.emit()

    def resume(self) -> None:
        self.paused = False
        self._resume.emit()

    def repeat(self) -> None:
        """Say again the last thing said."""
        if self.last_said:
            self.say(self.last_said)

    def set_rate(self, rate: float) -> None:
        self.rate = max(SLOWEST, min(FASTEST, rate))
        self._rate.emit(self.rate)

    def set_volume(self, volume: float) -> None:
        self.volume = max(QUIETEST, min(LOUDEST, volume))
        self._volume.emit(self.volume)

    def slower(self) -> None:
        self.set_rate(self.rate - RATE_STEP)

    def faster(self) -> None:
        self.set_rate(self.rate + RATE_STEP)

    def quieter(self) -> None:
        self.set_volume(round(self.volume - VOLUME_STEP, 2))

    def louder(self) -> None:
        self.set_volume(round(self.volume + VOLUME_STEP, 2))


def _end(thread: QThread) -> None:
    """Wait for the speech thread to end; one stuck in the engine (a sound system that never
    answers) is ended by force, since a thread still running at exit aborts the process."""
    if shiboken6.isValid(thread) and not thread.wait(SHUT_DOWN_MS):
        log.warning("the speech engine did not stop in time: ending its thread")
        thread.quit()
        if not thread.wait(SHUT_DOWN_MS):
            thread.terminate()
            thread.wait(SHUT_DOWN_MS)
    _running.discard(thread)


@atexit.register
def _end_running_threads() -> None:
    for thread in list(_running):
        if shiboken6.isValid(thread):
            thread.quit()
            _end(thread)
    _running.clear()
