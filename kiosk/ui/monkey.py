"""`kiosk selftest --monkey N`: the soak test. Random taps on the real UI, the way a finger would.

Each tap is a real mouse press and release sent to the window at the centre of a control a
visitor could touch right now: visible, enabled and not covered (buttons, tiles, chips, keys,
cards, list rows, the search box) or, now and then, anywhere at all. Between taps, now and
then, the kiosk is left alone until the idle countdown appears or until it resets, the text
size or colours change, or the language changes (every language the kiosk offers, found
afresh each time, so a new one is soaked as soon as it is added). A seed makes a run repeat.

Resident memory is read at the start, after a fifth of the taps and at the end: the growth
from the fifth to the end (after start-up caches have filled) shows a leak.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QWidget,
)

from kiosk.ui import fonts, palettes, theme
from kiosk.ui.screens import base
from kiosk.ui.translation import available_languages

if TYPE_CHECKING:
    from kiosk.ui.selftest import SelfTest

# Chances per tap of each thing done between taps (the rest of the time: just the next tap).
EVENTS: tuple[tuple[str, float], ...] = (
    ("idle_warning", 0.006),
    ("idle_reset", 0.003),
    ("text_size", 0.004),
    ("contrast", 0.003),
    ("language", 0.003),
)
ANYWHERE = 0.04  # chance that a tap lands anywhere rather than on a control
BUDGET = {"taps": 10_000, "exceptions": 0, "rss_growth_pct": 10.0}


@dataclass(frozen=True)
class Target:
    """Somewhere a finger could land: a point in window coordinates and what is there."""

    pos: QPoint
    kind: str  # the widget's class, "... row" or "anywhere"
    what: str = ""  # its text, for the log


def rss_mb() -> tuple[float, str]:
    """This process's resident memory in MB, and where the figure came from.

    Linux: /proc/self/status (VmRSS, current). Windows: the working set (current). Elsewhere
    only the peak is available (resource.getrusage), so growth there reads as a ceiling.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024, "VmRSS"
    except OSError:
        pass
    if sys.platform == "win32":
        return _windows_working_set_mb(), "working set"
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024), "peak (ru_maxrss)"


def _windows_working_set_mb() -> float:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
    ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
        process, ctypes.byref(counters), counters.cb
    )
    return float(counters.WorkingSetSize) / (1024 * 1024)


def describe(widget: QWidget) -> str:
    """A button's words, shortened, for the log ("" for anything else)."""
    if not isinstance(widget, QAbstractButton):
        return ""
    text = widget.text() or widget.accessibleName()
    return " ".join(text.split())[:40]


class Monkey:
    """Taps the self-test's window at random, settling and logging errors as the tour does."""

    def __init__(self, tour: SelfTest, seed: int) -> None:
        self.window = tour.window
        self.random = random.Random(seed)
        self.settle = tour.settle
        self.wait_until = tour.wait_until
        self.on_error = tour.log.caught
        self.taps = 0
        self.screens: Counter[str] = Counter()
        self.events: Counter[str] = Counter()
        self.tapped: Counter[str] = Counter()

    # -- where a finger can land ---------------------------------------------------------

    def targets(self) -> list[Target]:
        """Every control a visitor could touch now, each at its visible centre."""
        window = self.window
        found: list[Target] = []
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or not widget.isEnabled():
                continue
            if isinstance(widget, QAbstractButton | QLineEdit):
                what = describe(widget)
                target = self._reachable(widget, widget.rect(), type(widget).__name__, what)
                if target is not None:
                    found.append(target)
            elif isinstance(widget, QAbstractItemView):
                found.extend(self._rows(widget))
        return found

    def _reachable(self, widget: QWidget, area: QRect, kind: str, what: str) -> Target | None:
        """The centre of area (in widget coordinates) if a finger there would reach widget."""
        visible = widget.visibleRegion().boundingRect().intersected(area)
        if visible.isEmpty():
            return None
        centre = visible.center()
        pos = widget.mapTo(self.window, centre)
        hit = self.window.childAt(pos)
        if hit is None or not (hit is widget or widget.isAncestorOf(hit)):
            return None  # covered, e.g. by the "Are you still there?" overlay
        return Target(pos, kind, what)

    def _rows(self, view: QAbstractItemView) -> list[Target]:
        model = view.model()
        viewport = view.viewport()
        if model is None:
            return []
        rows = []
        for row in range(model.rowCount()):
            rect = view.visualRect(model.index(row, 0))
            if rect.intersects(viewport.rect()):
                kind = f"{type(view).__name__} row"
                target = self._reachable(viewport, rect, kind, str(row))
                if target is not None:
                    rows.append(target)
        return rows

    def anywhere(self) -> Target:
        size = self.window.size()
        pos = QPoint(self.random.randrange(size.width()), self.random.randrange(size.height()))
        return Target(pos, "anywhere")

    # -- a finger --------------------------------------------------------------------------

    def tap(self, target: Target) -> None:
        """Press and lift at target, as the window system delivers a touch on a mouse pointer."""
        handle = self.window.windowHandle()
        local = QPointF(target.pos)
        screen = QPointF(self.window.mapToGlobal(target.pos))
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        for kind, held in (
            (QEvent.Type.MouseButtonPress, left),
            (QEvent.Type.MouseButtonRelease, none),
        ):
            event = QMouseEvent(kind, local, local, screen, left, held, Qt.KeyboardModifier(0))
            QApplication.sendEvent(handle, event)
            # A finger rests a moment: touch scrolling decides between a tap and a drag here.
            QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.taps += 1
        self.tapped[target.kind] += 1

    # -- between taps ----------------------------------------------------------------------

    def maybe_event(self) -> None:
        """Now and then, something other than a tap (see EVENTS)."""
        roll = self.random.random()
        for name, chance in EVENTS:
            if roll < chance:
                getattr(self, f"_{name}")()
                self.events[name] += 1
                self.settle()
                return
            roll -= chance

    def _idle(self, timeout_s: float, countdown_s: float, done: Callable[[], bool]) -> None:
        idle = self.window.idle
        if not idle.is_running() or idle.is_warning() or idle.is_held():
            # on the welcome screen nothing counts down; or it already is; or read aloud is
            # speaking, and the quiet time starts when it has finished
            return
        saved = idle.timeout_s, idle.countdown_s
        idle.timeout_s, idle.countdown_s = timeout_s, countdown_s
        try:
            idle.start()
            if not self.wait_until(done, 5000):
                raise RuntimeError("the idle timeout did not come")
        finally:
            idle.timeout_s, idle.countdown_s = saved

    def _idle_warning(self) -> None:
        """Walk away until "Are you still there?" appears (the next taps answer it, or not)."""
        self._idle(0.01, self.window.idle.countdown_s, self.window.overlay.isVisible)

    def _idle_reset(self) -> None:
        """Walk away for good: the countdown runs out and the kiosk starts again."""

        def reset() -> bool:
            current = self.window.current
            return current is not None and current.name == base.WELCOME

        self._idle(0.01, 0.03, reset)

    def _text_size(self) -> None:
        session = self.window.context.session
        session.text_scale = self.random.choice(theme.TEXT_SCALES)
        session.changed.emit()

    def _contrast(self) -> None:
        """Another colour scheme, and now and then the other font."""
        session = self.window.context.session
        session.colour_scheme = self.random.choice(list(palettes.SCHEMES))
        if self.random.random() < 0.3:
            session.font = self.random.choice(list(fonts.FONTS))
        session.changed.emit()

    def _language(self) -> None:
        """A language the kiosk offers, as the language chips choose it.

        Choosing the language already shown changes nothing, so then every screen is built
        again as a change would (while English is the only language, this is what soaks it).
        """
        context = self.window.context
        code = self.random.choice(available_languages(context.resources))
        if code == context.session.language:
            self.window.rebuild_screens()
            return
        context.session.language = code
        context.session.changed.emit()

    # -- the run ---------------------------------------------------------------------------

    def step(self) -> None:
        """One tap (and sometimes something else first)."""
        try:
            self.maybe_event()
            choices = self.targets()
            if not choices or self.random.random() < ANYWHERE:
                target = self.anywhere()
            else:
                target = self.random.choice(choices)
            self.tap(target)
        except Exception as exc:
            self.on_error(exc)
        current = self.window.current
        self.screens[current.name if current else "?"] += 1


def memory_snapshot(settle: Callable[[], None]) -> dict[str, float | int | str]:
    """RSS after collecting garbage and deleting what Qt was asked to delete."""
    settle()
    gc.collect()
    mb, source = rss_mb()
    return {
        "rss_mb": round(mb, 1),
        "source": source,
        "widgets": len(QApplication.allWidgets()),
        "python_objects": len(gc.get_objects()),
    }


def run_monkey(tour: SelfTest, taps: int, seed: int) -> dict[str, Any]:
    """Tap `taps` times; the figures for the report (the tour's log holds the errors)."""
    monkey = Monkey(tour, seed)
    settle = tour.settle
    started = time.perf_counter()
    start = memory_snapshot(settle)
    fifth: dict[str, Any] = start
    # One step per tap asked for: a step that fails before its tap is logged, not retried.
    for number in range(1, taps + 1):
        monkey.step()
        if number == max(1, taps // 5):
            fifth = memory_snapshot(settle)
        if number % 1000 == 0:
            tour.say(f"{number} taps, {rss_mb()[0]:.0f} MB")
    end = memory_snapshot(settle)
    growth = (end["rss_mb"] - fifth["rss_mb"]) / fifth["rss_mb"] * 100 if fifth["rss_mb"] else 0.0
    return {
        "taps": monkey.taps,
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
        "rss_start_mb": start["rss_mb"],
        "rss_fifth_mb": fifth["rss_mb"],
        "rss_end_mb": end["rss_mb"],
        "rss_growth_pct": round(growth, 1),
        "rss_source": start["source"],
        "widgets": {"start": start["widgets"], "fifth": fifth["widgets"], "end": end["widgets"]},
        # Objects made since start-up (gc.freeze() set start-up's own aside).
        "python_objects": {
            "start": start["python_objects"],
            "fifth": fifth["python_objects"],
            "end": end["python_objects"],
        },
        "screens": dict(sorted(monkey.screens.items())),
        "events": dict(sorted(monkey.events.items())),
        "tapped": dict(monkey.tapped.most_common()),
    }
