"""`kiosk selftest`: start the real UI, visit every screen the way a visitor would, fail on errors.

Every Qt warning or critical message and every uncaught Python exception counts as an error.
Screens are reached through the same signals and buttons a visitor uses; each one is painted
at 1920x1080 and, when asked, saved as NN-<name>.png. With --monkey N, the tour is N random
taps instead (kiosk.ui.monkey), reported with memory figures.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

SCREEN_SIZE = (1920, 1080)
LOOK_DEFAULTS: dict[str, object] = {
    "text_scale": 1.0,
    "colour_scheme": "standard",
    "font": "standard",
}
# (name in the pictures' names, what the visitor chose, the screens shown; None: all of them)
LOOK_TOUR: tuple[tuple[str, dict[str, object], tuple[str, ...] | None], ...] = (
    ("text-200", {"text_scale": 2.0}, None),
    ("text-150", {"text_scale": 1.5}, ("home", "service", "search-results")),
    ("contrast-dark", {"colour_scheme": "contrast-dark"}, ("home", "service", "search-results")),
    ("contrast-light", {"colour_scheme": "contrast-light"}, ("home", "service", "search-results")),
    ("cream", {"colour_scheme": "cream"}, ("home", "service", "welcome")),
    ("dyslexic-font", {"font": "dyslexic"}, ("home", "topic", "service")),
    ("dyslexic-font-200", {"font": "dyslexic", "text_scale": 2.0}, ("topic", "service")),
)
NO_RESULTS_QUERY = "zzqxjv"
# Messages the offscreen platform prints that say nothing about the kiosk.
IGNORED_MESSAGES = (
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    re.compile(r"This plugin does not support raise\(\)"),
    re.compile(r"This plugin does not support grabbing the keyboard"),
)


@dataclass
class ErrorLog:
    """Qt messages and Python exceptions collected while the self-test runs.

    errors has one line per occurrence; distinct (kind, place) pairs are counted, and the
    first full traceback of each is kept for the report.
    """

    errors: list[str] = field(default_factory=list)
    exceptions: int = 0
    qt_messages: int = 0
    distinct: Counter[str] = field(default_factory=Counter)
    tracebacks: dict[str, str] = field(default_factory=dict)

    def qt_message(self, mode: Any, context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(pattern.search(message) for pattern in IGNORED_MESSAGES):
            return
        kind = {
            QtMsgType.QtWarningMsg: "Qt warning",
            QtMsgType.QtCriticalMsg: "Qt critical",
            QtMsgType.QtFatalMsg: "Qt fatal",
        }.get(mode, "Qt message")
        line = f"{kind}: {message}"
        self.qt_messages += 1
        self.distinct[line] += 1
        self.errors.append(line)

    def exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        where = traceback.extract_tb(tb)[-1] if tb else None
        place = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
        line = f"{kind.__name__}: {value}{place}"
        key = f"{kind.__name__}{place}"
        self.exceptions += 1
        self.distinct[key] += 1
        if key not in self.tracebacks:
            self.tracebacks[key] = "".join(traceback.format_exception(kind, value, tb))
        self.errors.append(line)

    def caught(self, exc: BaseException) -> None:
        """An exception caught around an action the self-test itself started."""
        self.exception(type(exc), exc, exc.__traceback__)

    def summary(self) -> list[dict[str, object]]:
        """Each distinct error once: what, how often, and the first traceback of exceptions."""
        return [
            {"error": key, "count": count, "traceback": self.tracebacks.get(key, "")}
            for key, count in self.distinct.most_common()
        ]


class SelfTest:
    """Drives a built MainWindow through every screen."""

    def __init__(
        self,
        app: Any,
        window: Any,
        log: ErrorLog,
        screenshots: Path | None,
        say: Callable[[str], None] | None = None,
        look: dict[str, object] | None = None,
    ) -> None:
        self.app = app
        self.look = look or {}  # --look: the whole tour in this look, instead of the look tour
        self.window = window
        self.log = log
        self.screenshots = screenshots
        self.say = say or partial(print, flush=True)
        self.number = 0

    # -- helpers -----------------------------------------------------------------------------

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(3):
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def wait_until(self, predicate: Callable[[], bool], timeout_ms: int = 5000) -> bool:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        poll = QTimer()

        def check() -> None:
            if predicate():
                loop.quit()

        poll.timeout.connect(check)
        poll.start(10)
        QTimer.singleShot(timeout_ms, loop.quit)
        if not predicate():
            loop.exec()
        poll.stop()
        return predicate()

    def screen(self) -> Any:
        return self.window.current_screen()

    def step(self, slug: str, action: Callable[[], object], expect: str | None = None) -> bool:
        """Run action, let the UI settle, check the screen, print one line, save a picture."""
        self.number += 1
        before = len(self.log.errors)
        started = time.perf_counter()
        try:
            action()
            self.settle()
        except Exception as exc:
            self.log.exception(type(exc), exc, exc.__traceback__)
        current = self.window.current.name if self.window.current else "?"
        if expect is not None and current != expect:
            self.log.errors.append(f"{slug}: expected screen {expect!r}, showing {current!r}")
        elapsed = (time.perf_counter() - started) * 1000
        image = self.window.grab()
        if image.width() != SCREEN_SIZE[0] or image.height() != SCREEN_SIZE[1]:
            self.log.errors.append(f"{slug}: painted at {image.width()}x{image.height()}")
        if self.screenshots is not None:
            name = f"{self.number:02d}-{slug}.png"
            if not image.save(str(self.screenshots / name)):
                self.log.errors.append(f"{slug}: could not save {name}")
        screen = self.screen()
        title = screen.title() if screen is not None else ""
        ok = len(self.log.errors) == before
        status = "ok  " if ok else "FAIL"
        self.say(f"{status} {self.number:02d} {slug:<32} {title} ({elapsed:.0f} ms)")
        return ok

    def emit(self, name: str, arg: object = None) -> None:
        """Navigate the way a screen does: through its navigate signal."""
        self.screen().navigate.emit(name, arg)

    def type_query(self, text: str) -> None:
        """Type into the search screen with its on-screen keyboard (or its text box)."""
        from PySide6.QtWidgets import QLineEdit

        from kiosk.ui.widgets.keyboard import OnScreenKeyboard

        screen = self.screen()
        keyboard = screen.findChild(OnScreenKeyboard)
        if keyboard is not None:
            keyboard.clear_button.click()
            # Service names are English: in Urdu or Punjabi, on the Latin (ABC) keys.
            keyboard.show_latin(True)
            for char in text:
                keyboard.key_button(char).click()
            keyboard.show_latin(False)
            return
        box = screen.findChild(QLineEdit)
        if box is None:
            raise RuntimeError("the search screen has no text box")
        box.setText(text)

    # -- the tour ----------------------------------------------------------------------------

    def run(self) -> None:
        from kiosk.store.models import Filters
        from kiosk.ui.screens import base
        from kiosk.ui.screens.directory import ALL_SERVICES

        w = self.window
        context = w.context
        if self.look:
            self.set_look()
        self.step("welcome", lambda: None, base.WELCOME)
        self.step("home", lambda: self.screen().start_button.click(), base.HOME)
        self.step("topics", lambda: self.screen().tiles[base.TOPICS].click(), base.TOPICS)
        for topic in context.topics:
            self.step(f"topic-{topic.id}", partial(self.emit, base.TOPIC, topic.id), base.TOPIC)
            w.go_back()
            self.settle()
        w.home_button.click()
        self.settle()
        self.step("directory", lambda: self.screen().tiles[base.DIRECTORY].click(), base.DIRECTORY)
        self.step(
            "services-a-to-z", lambda: self.screen().tiles[ALL_SERVICES].click(), base.SERVICES
        )
        w.go_back()
        self.settle()
        # A feed with no groups at all (summary records) still has its A to Z list.
        categories = [c for c in context.directory.categories(Filters()) if c.count > 0]
        category_id = categories[0].id if categories else None
        if category_id is not None:
            self.step(
                f"services-{category_id}",
                lambda: self.emit(base.SERVICES, category_id),
                base.SERVICES,
            )
        services = context.directory.services(Filters(category_id=category_id), limit=1)
        if not services:
            self.log.errors.append("directory: no services to show")
            return
        service = services[0]
        self.step("service", lambda: self.emit(base.SERVICE, service.id), base.SERVICE)
        if service.id not in context.session.saved:
            context.session.toggle_saved(service.id)
        self.step("my-list", lambda: w.list_button.click(), base.MY_LIST)
        w.home_button.click()
        self.settle()
        self.step("search", lambda: self.screen().tiles[base.SEARCH].click(), base.SEARCH)
        query = search_word(service.name)
        self.step("search-results", lambda: self.type_query(query), base.SEARCH)
        self.step("search-no-results", lambda: self.type_query(NO_RESULTS_QUERY), base.SEARCH)
        w.home_button.click()
        self.settle()
        self.step("talk", lambda: self.screen().tiles[base.TALK].click(), base.TALK)
        w.home_button.click()
        self.settle()
        self.step("start", lambda: self.screen().tiles[base.START].click(), base.START)
        # a parent of a 7-year-old worried about talking, who wants a service
        self.step("start-question", lambda: self.screen().answer_buttons[1].click(), base.START)
        self.screen().answer_buttons[1].click()
        self.settle()
        self.step("start-page", lambda: self.screen().answer_buttons[1].click(), base.START)
        self.step("start-services", lambda: self.screen().services_button.click(), base.SERVICES)
        w.home_button.click()
        self.settle()
        self.step(
            "search-guidance", lambda: self.emit(base.SEARCH, "graduated approach"), base.SEARCH
        )
        w.home_button.click()
        self.settle()
        self.step("access", lambda: self.screen().tiles[base.ACCESS].click(), base.ACCESS)
        if not self.look:
            self._tour_looks(service.id, query)
        w.home_button.click()
        self.settle()
        self.step("idle-overlay", self._idle_overlay, base.HOME)
        self.step("reset", lambda: w.overlay.finish_button.click(), base.WELCOME)
        if context.session.saved or w.history:
            self.log.errors.append("reset: the visitor's choices were not all forgotten")
        self.step("out-of-order", lambda: w.go_out_of_order("selftest: showing out of order"))
        if not w.data_watch.check() or w.current is None or w.current.name != base.WELCOME:
            self.log.errors.append("out-of-order: did not come back when the data could be read")
        self._staff_tour()

    def _staff_tour(self) -> None:
        """Staff mode: the PIN pad, then (let in without a PIN: this is the self-test) the staff
        home, the files to update from, a dry run's report, the undo page; nothing is changed."""
        from kiosk import paths
        from kiosk.staff.dropfolder import DROP_FOLDER, Candidate
        from kiosk.ui.screens import base
        from kiosk.ui.staff import update

        w = self.window
        self.step("staff-pin", w.open_staff, base.STAFF_PIN)
        w.staff.open()

        def shown(name: str, ready: Callable[[Any], bool]) -> Callable[[], None]:
            def show() -> None:
                w.show_screen(name)
                if not self.wait_until(lambda: ready(self.screen()), 30_000):
                    self.log.errors.append(f"{name}: its data never came")

            return show

        self.step("staff-home", shown(base.STAFF_HOME, lambda s: s.status is not None))
        self.step("staff-update", shown(base.STAFF_UPDATE, lambda s: s.stage() == update.LIST))
        packaged = paths.packaged_data_file()
        if packaged.exists():
            stat = packaged.stat()
            candidate = Candidate(packaged, stat.st_size, stat.st_mtime, DROP_FOLDER)

            def check() -> None:
                self.screen().check(candidate)
                if not self.wait_until(lambda: self.screen().stage() == update.REPORT, 60_000):
                    self.log.errors.append("staff-update: the dry run never reported")

            self.step("staff-update-report", check, base.STAFF_UPDATE)
        self.step("staff-undo", shown(base.STAFF_UNDO, lambda s: s.stage() == update.LIST))
        self.step("staff-reports", lambda: w.show_screen(base.STAFF_REPORTS), base.STAFF_REPORTS)
        self.step("staff-settings", lambda: w.show_screen(base.STAFF_SETTINGS), base.STAFF_SETTINGS)
        self.step("staff-closed", lambda: w.show_screen(base.WELCOME), base.WELCOME)
        if w.staff.is_open():
            self.log.errors.append("staff-closed: staff mode stayed open")

    def _tour_looks(self, service_id: str, query: str) -> None:
        """Screens again in each look a visitor can choose: 200 % text, the other colour
        schemes and the dyslexia-friendly font (each picture named screen-look)."""
        from kiosk.ui.screens import base

        topic = self.window.context.topics[0].id if self.window.context.topics else None
        visits = {
            "home": (base.HOME, None),
            "topic": (base.TOPIC, topic),
            "services": (base.SERVICES, None),
            "service": (base.SERVICE, service_id),
            "search-results": (base.SEARCH, query),
            "search-guidance": (base.SEARCH, "graduated approach"),
            "talk": (base.TALK, None),
            "start": (base.START, None),
            "my-list": (base.MY_LIST, None),
            "access": (base.ACCESS, None),
            "welcome": (base.WELCOME, None),
        }
        everything = list(visits)
        for look, changes, screens in LOOK_TOUR:
            for number, screen in enumerate(everything if screens is None else screens):
                name, arg = visits[screen]
                if name == base.TOPIC and arg is None:
                    continue

                def visit(
                    name: str = name,
                    arg: object = arg,
                    look: dict[str, object] | None = changes if number == 0 else None,
                ) -> None:
                    if look is not None:
                        self.set_look(**look)
                    self.emit(name, arg)

                self.step(f"{screen}-{look}", visit, name)
        self.set_look()

    def set_look(self, **changes: object) -> None:
        """The visitor's look: the defaults, changed by text_scale, colour_scheme or font."""
        session = self.window.context.session
        for name, default in LOOK_DEFAULTS.items():
            setattr(session, name, changes.get(name, self.look.get(name, default)))
        session.changed.emit()

    def _idle_overlay(self) -> None:
        idle = self.window.idle
        saved = idle.timeout_s
        idle.timeout_s = 0.05
        idle.start()
        try:
            if not self.wait_until(self.window.overlay.isVisible):
                raise RuntimeError("the idle overlay did not appear")
        finally:
            idle.timeout_s = saved


def parse_look(text: str) -> dict[str, object]:
    """--look: a colour scheme, a text size and a font, in any order, joined by commas
    ("contrast-dark,200,dyslexic"); what is left out stays as a new visitor finds it."""
    from kiosk import looks

    chosen: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if part in looks.COLOUR_SCHEMES:
            chosen["colour_scheme"] = part
        elif part.rstrip("%").isdigit() and int(part.rstrip("%")) in looks.TEXT_SIZES:
            chosen["text_scale"] = int(part.rstrip("%")) / 100
        elif part in looks.FONT_CHOICES:
            chosen["font"] = part
        else:
            choices = [*looks.COLOUR_SCHEMES, *map(str, looks.TEXT_SIZES), *looks.FONT_CHOICES]
            raise ValueError(f"--look: {part!r} is not one of {', '.join(choices)}")
    return chosen


def search_word(name: str) -> str:
    """A word from a service's name that the on-screen keyboard can type."""
    words = [re.sub(r"[^a-z0-9'-]", "", w) for w in name.lower().split()]
    usable = [w for w in words if len(w) >= 4] or [w for w in words if w] or ["help"]
    return max(usable, key=len)


def run_selftest(
    db_path: Path,
    screenshots: Path | None,
    startup_only: bool,
    on_screen: bool = False,
    monkey: int = 0,
    seed: int = 1,
    as_json: bool = False,
    database_ms: float | None = None,
    look: dict[str, object] | None = None,
    language: str | None = None,
) -> int:
    """Start the kiosk, tour it (or only paint the first screen, or tap it `monkey` times).

    language: start in this language (and come back to it at the idle reset), not the
    settings' default_language.

    look (parse_look): tour every screen in that look, instead of the default look followed
    by a few screens in each other look. Returns 0, or 1 on any exception or Qt warning.
    With as_json the report is one JSON object on standard output and the progress lines go
    to standard error. database_ms: how long the
    caller took to bring the database up to date, for the report.
    """
    if not on_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler

    from kiosk.config import load_settings
    from kiosk.ui.app import build_app, start_up_done

    say = partial(print, file=sys.stderr if as_json else sys.stdout, flush=True)
    log = ErrorLog()
    previous_hook = sys.excepthook
    qInstallMessageHandler(log.qt_message)
    sys.excepthook = log.exception
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report: dict[str, Any] = {}
    if database_ms is not None:
        report["database_check_ms"] = round(database_ms)
    try:
        settings = load_settings()
        if language is not None:
            enabled = settings.enabled_languages  # empty: every language
            if enabled and language not in enabled:
                enabled = (*enabled, language)
            settings = replace(settings, default_language=language, enabled_languages=enabled)
        app, window = build_app(settings, db_path, windowed=True)
        window.start()
        window.resize(*SCREEN_SIZE)
        tour = SelfTest(app, window, log, screenshots, say, look)
        tour.settle()
        start_up_done()
        report["startup_ms"] = round((time.perf_counter() - started) * 1000)
        say(f"started in {report['startup_ms']} ms")
        if monkey:
            from kiosk.ui.monkey import run_monkey

            report |= run_monkey(tour, monkey, seed)
        elif startup_only:
            tour.step("welcome", lambda: None)
        else:
            tour.run()
            report["speech"] = speech_step(tour, say)
        window.close()
        tour.settle()
    except Exception as exc:
        log.caught(exc)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(None)
        gc.enable()  # in case start-up failed before start_up_done()
    print_errors(log)
    passed = not log.errors
    if monkey:
        report |= monkey_verdict(report, log)
        if not as_json:
            print_monkey(report, say)
    if as_json:
        report |= {"exceptions": log.exceptions, "qt_warnings": log.qt_messages}
        report |= {"errors": log.summary(), "passed": passed}
        print(json.dumps(report, indent=2, ensure_ascii=False))
    say(f"selftest: {'passed' if passed else 'failed'}, {len(log.errors)} errors")
    return 0 if passed else 1


def speech_step(tour: SelfTest, say: Callable[[str], None]) -> dict[str, object]:
    """Open read aloud's engine as the kiosk does: which engine, and each language's voice.

    Never fails the selftest: a kiosk without speech still works, and says so to visitors."""
    from kiosk.ui.speech import PROBE_TIMEOUT_S, SpeechState

    speech = tour.window.read_aloud.speech
    speech.start()
    waiting = (SpeechState.STOPPED, SpeechState.STARTING)
    tour.wait_until(lambda: speech.state not in waiting, int(PROBE_TIMEOUT_S * 1000) + 15_000)
    found = speech.report
    if speech.state != SpeechState.READY:
        problem = found.problem or "the engine did not open in time"
        say(f"speech: not available: {problem}")
        return {"available": False, "engine": "", "problem": problem, "voices": {}}
    voices = ", ".join(f"{code} {voice or '(no voice)'}" for code, voice in found.voices.items())
    say(f"speech: {found.engine} ({found.languages} languages); voices: {voices}")
    return {
        "available": True,
        "engine": found.engine,
        "problem": "",
        "languages": found.languages,
        "voices": dict(found.voices),
    }


def print_errors(log: ErrorLog, most: int = 50) -> None:
    """Each error on standard error (the first `most`), then each distinct traceback once."""
    for error in log.errors[:most]:
        print(f"error: {error}", file=sys.stderr)
    if len(log.errors) > most:
        print(f"error: ... and {len(log.errors) - most} more", file=sys.stderr)
    for entry in log.summary():
        if entry["traceback"]:
            print(f"{entry['error']}, {entry['count']} times; the first:", file=sys.stderr)
            print(str(entry["traceback"]).rstrip(), file=sys.stderr)


def monkey_verdict(report: dict[str, Any], log: ErrorLog) -> dict[str, Any]:
    """The soak budget and whether this run kept it (measured and reported, not a failure)."""
    from kiosk.ui.monkey import BUDGET

    within = (
        report.get("taps", 0) >= BUDGET["taps"]
        and log.exceptions <= BUDGET["exceptions"]
        and report.get("rss_growth_pct", 0.0) <= BUDGET["rss_growth_pct"]
    )
    return {"budget": dict(BUDGET), "within_budget": within}


def print_monkey(report: dict[str, Any], say: Callable[[str], None]) -> None:
    for key in ("taps", "seconds", "rss_start_mb", "rss_fifth_mb", "rss_end_mb"):
        say(f"{key:15} {report.get(key)}")
    say(f"{'rss_growth_pct':15} {report.get('rss_growth_pct')} (from a fifth of the taps on)")
    for key in ("widgets", "screens", "events", "within_budget"):
        say(f"{key:15} {report.get(key)}")
