"""Usage counted from the real window into a real usage file: what a visitor does, never what
they type; nothing with statistics off; a usage file that cannot be written stops nothing."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from kiosk.staff.statistics import Event, read_counts, read_unfound
from kiosk.staff.usagedb import usage_path
from kiosk.store.models import Filters
from kiosk.ui.screens import base
from kiosk.ui.usage import count_printed
from kiosk.ui.window import MainWindow

TYPED = "autism"
NONSENSE = "zqxv 01632 960123"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def totals(path=None) -> dict[tuple[str, str], int]:
    counted: dict[tuple[str, str], int] = {}
    for count in read_counts(path):
        counted[count.event, count.key] = counted.get((count.event, count.key), 0) + count.count
    return counted


def every_text_in(path) -> str:
    """Every value of every row of every table in the usage file, as one text."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return " ".join(
            str(value)
            for table in tables
            for row in conn.execute(f"SELECT * FROM [{table}]")
            for value in row
        )
    finally:
        conn.close()


def search_for(qtbot, window: MainWindow, text: str) -> None:
    """Type TEXT on the on-screen keyboard, and wait for the search to be counted."""
    screen = window.show_screen(base.SEARCH)
    screen.box.clear()
    before = totals().get(("search", ""), 0)
    for char in text:
        click(qtbot, screen.keyboard.key_button(char))
    qtbot.waitUntil(lambda: totals().get(("search", ""), 0) == before + 1, timeout=5000)


def visit(qtbot, window: MainWindow) -> dict[str, str]:
    """A visitor's session: start, a topic, a group, a service, two searches, a filter."""
    topic = window.context.topics[0].id
    service = window.context.directory.services(Filters(), limit=1)[0].id
    category = window.context.directory.categories(Filters())[0].id
    window.show_screen(base.HOME)
    window.show_screen(base.TOPIC, topic)
    window.show_screen(base.SERVICES, category)
    window.show_screen(base.SERVICE, service)
    search_for(qtbot, window, TYPED)
    search_for(qtbot, window, NONSENSE)
    screen = window.screens[base.SEARCH]
    click(qtbot, screen.filter_bar.free_chip)
    return {"topic": topic, "service": service, "category": category}


def test_a_visitor_is_counted_and_nothing_they_typed_is_kept(qtbot, window) -> None:
    opened = visit(qtbot, window)
    window.show_screen(base.HOME)
    window.idle.idle_timeout.emit()  # nobody answered "Are you still there?"
    counted = totals()
    assert counted[("session", "")] == 1
    assert counted[("screen", base.HOME)] == 2
    assert counted[("screen", base.SEARCH)] >= 1
    assert counted[("topic", opened["topic"])] == 1
    assert counted[("category", opened["category"])] == 1
    assert counted[("service", opened["service"])] == 1
    assert counted[("search", "")] == 2
    assert counted[("search_no_results", "")] == 1
    assert counted[("filter", "free_only")] == 1
    assert counted[("qr_shown", "web")] >= 1 or counted[("qr_shown", "text")] >= 1
    assert counted[("idle_reset", "")] == 1
    assert read_unfound() == []  # words are kept only when the settings ask
    kept = every_text_in(usage_path())
    for typed in (TYPED, "zqxv", "960123"):
        assert typed not in kept
    assert ":" not in " ".join(c.day for c in read_counts())  # days, never times


def test_a_new_visitor_after_the_reset_is_a_new_session(qtbot, window) -> None:
    window.show_screen(base.HOME)
    window.reset_all()
    window.show_screen(base.TOPICS)
    window.rebuild_screens()  # the same page again (a new language): not another view
    assert totals()[("session", "")] == 2
    assert totals()[("screen", base.TOPICS)] == 1


def test_languages_and_accessibility_choices_are_counted_but_not_the_reset(qtbot, window) -> None:
    window.show_screen(base.HOME)
    access = window.show_screen(base.ACCESS)
    click(qtbot, access.size_group.buttons()[1])  # Bigger
    access = window.show_screen(base.ACCESS)  # rebuilt at the new size
    click(qtbot, access.colour_group.buttons()[3])  # Cream
    window.context.session.language = "pl"
    window.context.session.changed.emit()
    qtbot.wait(10)
    window.reset_all()
    counted = totals()
    assert counted[("accessibility", "text_scale:1.5")] == 1
    assert counted[("accessibility", "colour_scheme:cream")] == 1
    assert counted[("language", "pl")] == 1
    assert not [key for key in counted if key[1] in ("text_scale:1.0", "colour_scheme:standard")]


@pytest.fixture
def make_window(qtbot, db_path):
    """A window on SETTINGS, built after the test has set the usage file up its way."""
    from kiosk.paths import resources_dir
    from kiosk.ui.app import build_context

    made: list[MainWindow] = []

    def make(settings) -> MainWindow:
        window = MainWindow(build_context(settings, db_path, resources_dir()))
        qtbot.addWidget(window)
        window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.idle.stop()
        window.idle.uninstall()


def test_with_statistics_off_nothing_is_written(qtbot, make_window, settings) -> None:
    window = make_window(replace(settings, statistics=False))
    window.show_screen(base.HOME)
    search = window.show_screen(base.SEARCH)
    search.box.setText(TYPED)
    search._count_search()
    window.idle.idle_timeout.emit()
    assert window.current is not None and window.current.name == base.WELCOME
    assert not usage_path().exists()


def test_words_of_searches_that_found_nothing_only_when_asked(qtbot, window) -> None:
    window.context.usage.keep_unfound = True
    window.show_screen(base.HOME)
    search_for(qtbot, window, TYPED)
    search_for(qtbot, window, NONSENSE)
    unfound = read_unfound()
    assert [(u.words, u.count) for u in unfound] == [("zqxv [phone]", 1)]
    assert ":" not in unfound[0].day


def test_a_usage_file_that_cannot_be_written_stops_nothing(
    qtbot, make_window, settings, caplog
) -> None:
    usage_path().mkdir(parents=True)  # a folder where the file should be: SQLite cannot open it
    caplog.set_level(logging.WARNING, logger="kiosk.staff.statistics")
    window = make_window(settings)
    window.show_screen(base.HOME)
    window.show_screen(base.TOPICS)
    screen = window.show_screen(base.SEARCH)
    screen.box.setText(TYPED)
    screen._count_search()
    window.show_screen(base.HOME)
    assert window.stack.currentWidget() is window.screens[base.HOME]
    complaints = [r for r in caplog.records if "usage statistics not kept" in r.getMessage()]
    assert len(complaints) == 1  # said once, not at every count


def test_the_printing_call_counts_pages(window) -> None:
    count_printed(window.context.usage, 2)
    assert totals()[("page_printed", "")] == 2


def test_staff_screens_are_not_counted() -> None:
    from kiosk.ui.usage import visit_events

    assert visit_events("staff-home", None) == []
    assert visit_events(base.SERVICES, Filters(category_id="lo-health")) == [
        (Event.SCREEN, base.SERVICES),
        (Event.CATEGORY, "lo-health"),
    ]
