"""Read aloud in the window: the "Read to me" switch, each screen read as it appears, status
changes spoken and announced, touch-to-hear, and the name of whatever gets keyboard focus.

The window owns one ReadAloud. It asks the speech engine to start when the kiosk starts (in
the background), turns touch-to-hear on and off with the visitor's session, and says plainly,
on screen and aloud where it can, when read aloud cannot work here.

API (for the window):
    read_aloud = ReadAloud(window, session, speech_setting, languages)
    read_aloud.toggle()                 the "Read to me" switch was touched
    read_aloud.screen_shown(title, text)  a screen appeared (read when on; kept for Read again)
    read_aloud.announce(text, assertive=False)   a status message (screen readers; voice if on)
    read_aloud.attach_bar(bar)          wire a ReadAloudBar's buttons
    Signals: changed() (on, off, or engine news), announced(str), problem(str)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import accessibility, spoken
from kiosk.ui.bidi import isolate
from kiosk.ui.context import VisitorSession
from kiosk.ui.speech import SpeechService, SpeechState
from kiosk.ui.touch_to_hear import TouchToHear
from kiosk.ui.translation import native_name
from kiosk.ui.widgets.read_aloud_bar import ReadAloudBar

# Said in English whatever the language chosen: it is said only when the engine has no voice
# for that language, so the voice saying it is an English one.
NO_VOICE_SPOKEN = "Sorry, read aloud is not available in this language on this kiosk."


class ReadAloud(QObject):
    """The window's read aloud.

    Signals:
        changed(): read aloud turned on or off.
        announced(str): a status message went to screen readers (and the voice, when on).
        problem(str): read aloud cannot work; words for the visitor (the window shows them).
    """

    changed = Signal()
    announced = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        window: QWidget,
        session: VisitorSession,
        speech_setting: str = "",
        languages: tuple[str, ...] = ("en",),
    ) -> None:
        super().__init__(window)
        self._window = window
        self.session = session
        self.speech = SpeechService(speech_setting, (session.language, *languages), self)
        self.touch = TouchToHear(window, self._say_touched)
        self._filtering = False
        self._waiting = False  # turned on while the engine was still starting
        self._screen_words = ""
        self.speech.state_changed.connect(self._engine_changed)
        session.changed.connect(self._session_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def is_on(self) -> bool:
        return bool(self.session.read_aloud)

    # -- the switch --------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.is_on() or self._waiting:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self) -> None:
        self.speech.start()
        state = self.speech.state
        if state == SpeechState.STARTING:
            self._waiting = True
            self.changed.emit()
        elif state == SpeechState.UNAVAILABLE:
            self._not_available()
        elif not self.speech.voice:
            self._no_voice()
        else:
            self._switch_on()

    def turn_off(self) -> None:
        self._waiting = False
        if not self.is_on():
            self.changed.emit()
            return
        self.session.read_aloud = False
        self.session.changed.emit()  # -> _session_changed stops touch-to-hear
        self.speech.say(self.tr("Read to me is off."))

    def _switch_on(self) -> None:
        self._waiting = False
        self.session.read_aloud = True
        self._apply_voice_settings()
        self.session.changed.emit()
        self.speech.say(
            self.tr(
                "Read to me is on. Touch something once to hear what it is. "
                "Touch it again to use it."
            )
        )
        if self._screen_words:
            self.speech.announce(spoken.speakable(self._screen_words), key="screen")

    def _not_available(self) -> None:
        self._waiting = False
        text = self.tr("Sorry, read aloud is not available on this kiosk.")
        self.problem.emit(text)
        accessibility.announce(self._window, text, assertive=True)
        self.changed.emit()

    def _no_voice(self) -> None:
        self._waiting = False
        text = self.tr("Sorry, read aloud is not available in {0} on this kiosk.").format(
            isolate(native_name(self.session.language))
        )
        self.problem.emit(text)
        accessibility.announce(self._window, text, assertive=True)
        if self.speech.state == SpeechState.READY:
            self.speech.say(NO_VOICE_SPOKEN)
        self.changed.emit()

    def _engine_changed(self) -> None:
        if self._waiting:
            if self.speech.state == SpeechState.UNAVAILABLE:
                self._not_available()
            elif self.speech.state == SpeechState.READY and self.speech.language == (
                self.session.language
            ):
                if self.speech.voice:
                    self._switch_on()
                else:
                    self._no_voice()
        elif self.is_on() and (not self.speech.can_speak()):
            # the engine failed, or the new language has no voice
            self.session.read_aloud = False
            self.session.changed.emit()
            if self.speech.state == SpeechState.READY:
                self._no_voice()
            else:
                self._not_available()

    def _session_changed(self) -> None:
        session = self.session
        if session.language != self.speech.language:
            self.speech.set_language(session.language)
        self._apply_voice_settings()
        on = bool(session.read_aloud)
        if on and not self._filtering and not self.speech.can_speak():
            # Turned on before the engine said it can speak (read_aloud = true in the settings,
            # at start-up and at every reset): touch-to-hear must never swallow touches in
            # silence, so it waits for the engine, or says why it cannot.
            session.read_aloud = False
            self.turn_on()
            return
        if on != self._filtering:
            app = QCoreApplication.instance()
            if app is not None:
                if on:
                    app.installEventFilter(self.touch)
                else:
                    app.removeEventFilter(self.touch)
            self._filtering = on
            self.touch.forget()
            if not on:
                self.speech.stop()
            self.changed.emit()

    def _apply_voice_settings(self) -> None:
        if self.speech.rate != self.session.speech_rate:
            self.speech.set_rate(self.session.speech_rate)
        if self.speech.volume != self.session.speech_volume:
            self.speech.set_volume(self.session.speech_volume)

    # -- what is said ------------------------------------------------------------------------

    def screen_shown(self, title: str, words: str) -> None:
        """A screen appeared: read its title and main words (and keep them for Read again)."""
        self._screen_words = ". ".join(part.strip(" .") for part in (title, words) if part.strip())
        self.touch.forget()
        if self.is_on():
            self.speech.say(spoken.speakable(self._screen_words))

    def read_again(self) -> None:
        if self.is_on() and self._screen_words:
            self.speech.say(spoken.speakable(self._screen_words))

    def announce(self, text: str, assertive: bool = False) -> None:
        """A change of status: told to screen readers, and said after what is being said."""
        if not text.strip():
            return
        accessibility.announce(self._window, text, assertive)
        self.announced.emit(text)
        if self.is_on():
            if assertive:
                self.speech.say(spoken.speakable(text))
            else:
                self.speech.announce(spoken.speakable(text))

    def say_now(self, text: str) -> None:
        """Say text at once if read aloud is on (the idle countdown, say)."""
        if self.is_on():
            self.speech.announce(spoken.speakable(text), key="countdown")

    def _say_touched(self, text: str) -> None:
        self.speech.say(text)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Say the name of a control reached with the keyboard or a switch."""
        if not self.is_on() or new is None or new.window() is not self._window:
            return
        if not self.touch.key_pressed_recently():
            return  # a touch or the kiosk itself moved focus: touch-to-hear has spoken
        words = spoken.describe(new)
        if words:
            self.speech.say(spoken.speakable(words))

    # -- the bar -----------------------------------------------------------------------------

    def attach_bar(self, bar: ReadAloudBar) -> None:
        bar.stop_button.clicked.connect(self._stop)
        bar.pause_button.clicked.connect(self._pause_or_go_on)
        bar.again_button.clicked.connect(self.read_again)
        bar.slower_button.clicked.connect(lambda: self._step_rate(-1))
        bar.faster_button.clicked.connect(lambda: self._step_rate(1))
        bar.quieter_button.clicked.connect(lambda: self._step_volume(-1))
        bar.louder_button.clicked.connect(lambda: self._step_volume(1))

        def show_state() -> None:
            bar.setVisible(self.is_on())
            bar.set_paused(self.speech.paused)

        self.speech.speaking_changed.connect(show_state)
        self.changed.connect(show_state)

    def _stop(self) -> None:
        self.speech.stop()

    def _pause_or_go_on(self) -> None:
        if self.speech.paused:
            self.speech.resume()
        else:
            self.speech.pause()
        self.changed.emit()

    def _step_rate(self, direction: int) -> None:
        if direction < 0:
            self.speech.slower()
            words = self.tr("Slower")
        else:
            self.speech.faster()
            words = self.tr("Faster")
        self.session.speech_rate = self.speech.rate
        self.speech.say(words)

    def _step_volume(self, direction: int) -> None:
        if direction < 0:
            self.speech.quieter()
            words = self.tr("Quieter")
        else:
            self.speech.louder()
            words = self.tr("Louder")
        self.session.speech_volume = self.speech.volume
        self.speech.say(words)
