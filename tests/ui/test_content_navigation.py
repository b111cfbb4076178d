"""The content screens in the real window: every path a visitor takes, with Back and Home."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.store.models import Filters
from kiosk.ui.screens import base


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def home(qtbot, win) -> None:
    if win.current.name == base.WELCOME:
        click(qtbot, win.current_screen().start_button)
    else:
        click(qtbot, win.home_button)
    assert win.current.name == base.HOME


def test_topics_path_with_back(qtbot, window) -> None:
    home(qtbot, window)
    click(qtbot, window.current_screen().tiles[base.TOPICS])
    assert window.current.name == base.TOPICS
    topic = window.context.topics[1]
    click(qtbot, window.current_screen().tiles[topic.id])
    assert window.current == type(window.current)(base.TOPIC, topic.id)
    tile = window.current_screen().page.action_buttons[0]
    click(qtbot, tile)
    assert window.current.name == base.SERVICES
    click(qtbot, window.back_button)
    assert window.current.name == base.TOPIC and window.current.arg == topic.id
    click(qtbot, window.back_button)
    assert window.current.name == base.TOPICS


def test_directory_to_service_to_my_list_and_home(qtbot, window) -> None:
    home(qtbot, window)
    click(qtbot, window.current_screen().tiles[base.DIRECTORY])
    category = window.context.directory.categories(Filters())[0]
    click(qtbot, window.current_screen().tiles[category.id])
    services = window.current_screen()
    assert window.current.name == base.SERVICES and services.heading.text() == category.name
    qtbot.waitExposed(services)
    view = services.list_view
    first = services.model.summary(0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.card_rect(0).center())
    assert window.current.name == base.SERVICE and window.current.arg == first.id
    page = window.current_screen()
    click(qtbot, page.save_button)
    assert window.list_button.text() == "My list (1)"
    click(qtbot, window.list_button)
    assert window.current.name == base.MY_LIST
    assert list(window.current_screen().cards) == [first.id]
    click(qtbot, window.back_button)
    assert window.current.name == base.SERVICE
    click(qtbot, window.back_button)
    assert window.current.name == base.SERVICES
    click(qtbot, window.home_button)
    assert window.current.name == base.HOME and window.history == []


def test_search_and_talk_paths(qtbot, window) -> None:
    home(qtbot, window)
    click(qtbot, window.current_screen().tiles[base.SEARCH])
    search = window.current_screen()
    assert window.current.name == base.SEARCH
    for char in "speech":
        click(qtbot, search.keyboard.key_button(char))
    assert search.result is not None and search.result.total > 0
    click(qtbot, window.home_button)
    click(qtbot, window.current_screen().tiles[base.TALK])
    assert window.current.name == base.TALK
    click(qtbot, window.current_screen().topics_button)
    assert window.current.name == base.TOPICS
    click(qtbot, window.back_button)
    assert window.current.name == base.TALK


def test_idle_reset_clears_the_content_screens(qtbot, window) -> None:
    home(qtbot, window)
    click(qtbot, window.current_screen().tiles[base.SEARCH])
    search = window.current_screen()
    for char in "sleep":
        click(qtbot, search.keyboard.key_button(char))
    click(qtbot, search.filter_bar.free_chip)
    window.context.session.toggle_saved(search.model.services()[0].id)
    window.reset_all()
    assert window.current.name == base.WELCOME
    assert search.box.text() == "" and search.filter_bar.filters() == Filters()
    window.show_screen(base.MY_LIST)
    assert window.current_screen().cards == {}
