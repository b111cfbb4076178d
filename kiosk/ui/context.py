"""What every screen may use: the directory, the topics, the visitor's session, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.config import Settings
from kiosk.content.answers import GuidanceIndex
from kiosk.content.topics import Topic
from kiosk.content.vocabulary import Vocabulary, load_vocabulary_for
from kiosk.staff.statistics import UsageRecorder
from kiosk.store.directory import Directory


class VisitorSession(QObject):
    """The one visitor's choices. Everything here is forgotten by reset().

    Signals:
        changed: anything in the session changed.
        list_changed: the visitor's list of saved services changed.
        reset_done: the session was wiped (idle timeout or "Finish").
    """

    changed = Signal()
    list_changed = Signal()
    reset_done = Signal()

    MAX_LIST = 12
    # The on-screen keyboard's defaults: hold Delete a second before it repeats; no touch
    # ignored. The visitor may change both on the access screen (EN 301 549 5.7 and 5.8).
    KEY_REPEAT_DELAY_MS = 1000
    KEY_DEBOUNCE_MS = 0

    def __init__(self, default_language: str = "en", defaults: Settings | None = None) -> None:
        super().__init__()
        self._default_language = default_language
        self._defaults = defaults or Settings()
        self._next_defaults: Settings | None = None
        self.resetting = False  # True while reset() tells everyone (not a visitor's choice)
        self._forget()

    @property
    def defaults(self) -> Settings:
        """The settings a new visitor finds the kiosk in (text size, read aloud, language)."""
        return self._defaults

    def next_settings(self) -> Settings:
        """The settings the next visitor will find (staff may have changed them meanwhile)."""
        return self._next_defaults or self._defaults

    def use_settings_from_next_visitor(self, settings: Settings) -> None:
        """Staff changed the settings: the next reset() starts the next visitor with them."""
        self._next_defaults = settings

    def toggle_saved(self, service_id: str) -> bool:
        """Add or remove a service from the visitor's list; True if it is now on the list."""
        if service_id in self.saved:
            self.saved.remove(service_id)
        elif len(self.saved) < self.MAX_LIST:
            self.saved.append(service_id)
        self.list_changed.emit()
        self.changed.emit()
        return service_id in self.saved

    def _forget(self) -> None:
        """Every choice back to how a new visitor finds the kiosk."""
        self.language = self._default_language
        # How the visitor sees the kiosk (kiosk.ui.theme.Look): text size, colours, font
        defaults = self._defaults
        self.text_scale = defaults.text_size / 100
        self.colour_scheme = defaults.colour_scheme
        self.font = defaults.font
        self.calm = False  # nothing moves: the welcome screen stops changing by itself
        self.read_aloud = defaults.read_aloud  # "Read to me": speak each screen; touch-to-hear
        self.speech_rate = 0.0  # -1 (slowest) to 1 (fastest), as QTextToSpeech.rate
        self.speech_volume = 0.8  # 0 to 1
        self.key_repeat_delay_ms: int | None = self.KEY_REPEAT_DELAY_MS  # None: no repeat
        self.key_debounce_ms = self.KEY_DEBOUNCE_MS  # a second touch this soon is ignored
        self.saved: list[str] = []  # service ids, in the order the visitor added them

    def reset(self) -> None:
        if self._next_defaults is not None:
            self._defaults, self._next_defaults = self._next_defaults, None
            self._default_language = self._defaults.default_language
        self._forget()
        self.resetting = True
        try:
            self.list_changed.emit()
            self.changed.emit()
            self.reset_done.emit()
        finally:
            self.resetting = False


@dataclass
class KioskSetup:
    """What the kiosk has with or without data: settings, topic pages, the visitor's session,
    the pages and SEND words searchable in the session's language (built once, again
    only when the language changes), and the usage counts (off unless given one that is on)."""

    settings: Settings
    topics: list[Topic]
    session: VisitorSession
    resources: Path
    guidance: GuidanceIndex
    usage: UsageRecorder = field(default_factory=lambda: UsageRecorder(enabled=False), kw_only=True)

    def use_topics(self, topics: list[Topic]) -> None:
        """Topic pages in another language, and the search index over them."""
        self.topics = topics
        self.guidance = GuidanceIndex(topics, self.guidance.synonyms, self.guidance.stopwords)

    def vocabulary(self) -> Vocabulary:
        """The names of the groups of services and of the needs in the visitor's language."""
        return load_vocabulary_for(self.session.language, self.resources)

    def with_directory(self, directory: Directory) -> AppContext:
        return AppContext(
            self.settings,
            self.topics,
            self.session,
            self.resources,
            self.guidance,
            directory,
            usage=self.usage,
        )


@dataclass
class AppContext(KioskSetup):
    """A KioskSetup with readable data. Screens are only built with one of these, so no
    screen ever sees a missing directory (without data the window shows only out of order).
    """

    directory: Directory
