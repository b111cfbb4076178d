"""Any language two touches from any screen, named in its own script; forgotten at idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from kiosk.languages import load_languages
from kiosk.paths import resources_dir
from kiosk.ui.screens import base

SCREENS_TO_TRY = (base.HOME, base.SEARCH, base.DIRECTORY, base.TOPICS, base.MY_LIST, base.ACCESS)


def choose(qtbot, window, code: str) -> None:
    """Touch one: the header's language button. Touch two: the language's tile."""
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    screen = window.screens[base.LANGUAGE]
    assert window.current.name == base.LANGUAGE
    qtbot.mouseClick(screen.tiles[code], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.language_button.text() != "")
    qtbot.wait(20)  # the change runs once the tile's click has finished


@pytest.mark.parametrize("start", SCREENS_TO_TRY)
def test_two_touches_from_any_screen_change_the_language(qtbot, window, start) -> None:
    window.show_screen(base.HOME)
    if start != base.HOME:
        window.show_screen(start)
    choose(qtbot, window, "pl")
    qtbot.waitUntil(lambda: window.language_button.text() == "Polski")
    assert window.setup.session.language == "pl"
    assert window.current.name == start  # back where the visitor was
    assert QLocale().name() == "pl_PL"


def test_each_language_is_listed_in_its_own_script(qtbot, window) -> None:
    window.show_screen(base.HOME)
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    tiles = window.screens[base.LANGUAGE].tiles
    names = {entry.code: entry.name for entry in load_languages(resources_dir())}
    assert list(tiles) == ["en", "pl", "ro", "ur", "pa"]
    assert {code: tile.title() for code, tile in tiles.items()} == names
    assert tiles["ur"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert all(tile.height() >= 64 and tile.accessibleName() for tile in tiles.values())
    assert tiles["en"].isChecked()


def test_urdu_mirrors_the_kiosk_and_idle_brings_english_back(qtbot, window) -> None:
    window.show_screen(base.HOME)
    choose(qtbot, window, "ur")
    qtbot.waitUntil(lambda: window.language_button.text() == "اردو")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.reset_all()
    qtbot.waitUntil(lambda: window.language_button.text() == "English")
    assert window.setup.session.language == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_page_not_yet_translated_says_so_in_english_layout(qtbot, window, tmp_path) -> None:
    window.show_screen(base.HOME)
    choose(qtbot, window, "pl")
    qtbot.waitUntil(lambda: window.setup.session.language == "pl")
    window.show_screen(base.TOPIC, "glossary")
    page = window.screens[base.TOPIC].page
    topic = page.topic
    assert topic is not None
    if topic.language == "pl":
        assert page.translation_note.isVisibleTo(page) == topic.unchecked
    else:
        assert page.translation_note.isVisibleTo(page)
        assert page.body.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_polish_times_use_the_24_hour_clock_and_polish_day_names(qtbot, window) -> None:
    from kiosk.formatting import time_text
    from kiosk.ui.wording import words

    window.show_screen(base.HOME)
    choose(qtbot, window, "pl")
    qtbot.waitUntil(lambda: window.setup.session.language == "pl")
    polish = words()
    assert polish.clock_24h and time_text("17:00", polish) == "17:00"
    assert polish.day_names[0] == "poniedziałek"


def test_example_words_are_in_the_language_but_search_english_services(qtbot, window) -> None:
    window.show_screen(base.HOME)
    choose(qtbot, window, "pl")
    qtbot.waitUntil(lambda: window.setup.session.language == "pl")
    screen = window.show_screen(base.SEARCH)
    chip = screen.example_buttons[0]
    assert chip.text() != "autism" and chip.value == "autism"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert screen.box.text() == "autism"
    qtbot.waitUntil(lambda: screen.result is not None and screen.result.total > 0)
