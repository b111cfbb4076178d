"""The soak's monkey touches only what a finger could, and reports every exception once."""

from __future__ import annotations

import sys

import pytest

from kiosk.ui.monkey import Monkey, rss_mb, run_monkey
from kiosk.ui.screens import base
from kiosk.ui.selftest import ErrorLog, SelfTest


@pytest.fixture
def tour(qapp, window) -> SelfTest:
    window.resize(1920, 1080)
    return SelfTest(qapp, window, ErrorLog(), None, say=lambda _line: None)


def on_home(tour: SelfTest) -> None:
    tour.window.show_screen(base.HOME)
    tour.settle()


def test_targets_are_what_a_finger_can_reach(tour: SelfTest) -> None:
    on_home(tour)
    monkey = Monkey(tour, seed=1)
    kinds = {t.what for t in monkey.targets() if t.kind == "TileButton"}
    assert {"Search", "Talk to someone", "Find local services"} <= kinds
    assert "Back" not in {t.what for t in monkey.targets()}  # hidden on Home
    tour.window.overlay.start(30)
    tour.settle()
    # "Are you still there?" covers everything: only its own buttons can be touched
    assert {t.what for t in monkey.targets()} == {"Yes, keep going", "Start again"}


def test_a_tap_presses_what_is_under_the_finger(tour: SelfTest) -> None:
    on_home(tour)
    monkey = Monkey(tour, seed=1)
    (search,) = [t for t in monkey.targets() if t.what == "Search"]
    monkey.tap(search)
    assert tour.window.current.name == base.SEARCH
    assert monkey.taps == 1 and monkey.tapped["TileButton"] == 1


def test_the_same_seed_makes_the_same_choices(tour: SelfTest) -> None:
    on_home(tour)
    first, second = Monkey(tour, seed=9), Monkey(tour, seed=9)
    assert [first.random.random() for _ in range(5)] == [second.random.random() for _ in range(5)]
    assert first.anywhere() == second.anywhere()


@pytest.mark.qt_no_exception_capture
def test_exceptions_in_slots_are_counted_once_each_with_a_traceback(
    tour: SelfTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise ValueError("a fault in a slot")

    on_home(tour)
    for tile in tour.window.current_screen().tiles.values():
        tile.clicked.connect(broken)
    monkeypatch.setattr(sys, "excepthook", tour.log.exception)
    report = run_monkey(tour, 25, seed=1)
    assert report["taps"] == 25
    assert set(report) >= {"rss_start_mb", "rss_fifth_mb", "rss_end_mb", "screens", "seconds"}
    assert tour.log.exceptions > 0  # this seed's taps reach a home tile
    (entry,) = [e for e in tour.log.summary() if e["error"].startswith("ValueError")]
    assert entry["count"] == tour.log.exceptions
    assert "test_monkey.py" in entry["error"] and "a fault in a slot" in entry["traceback"]


def test_resident_memory_is_read() -> None:
    mb, source = rss_mb()
    assert mb > 10 and source
