"""The groups of services and the needs are named in the visitor's language on every screen
that shows them (resources/content/<code>/categories.csv and needs.csv)."""

from __future__ import annotations

import pytest

from kiosk.content.vocabulary import load_vocabulary_for
from kiosk.store.models import Filters
from kiosk.ui.screens.directory import DirectoryScreen, ServicesScreen
from kiosk.ui.screens.topics import TopicScreen
from kiosk.ui.widgets.buttons import TileButton
from tests.ui.conftest import REPO

POLISH = load_vocabulary_for("pl", REPO / "resources")


@pytest.fixture
def polish(context):
    context.session.language = "pl"
    yield context
    context.session.language = "en"


def test_a_polish_directory_names_its_groups_and_needs_in_polish(qtbot, polish) -> None:
    screen = DirectoryScreen(polish)
    qtbot.addWidget(screen)
    categories = [c for c in polish.directory.categories(Filters()) if c.count]
    assert categories
    for category in categories:
        tile = screen.tiles[category.id]
        assert tile.title() == POLISH.translated[category.id].name != category.name
        assert tile.accessibleName() == tile.title()
    assert screen.tiles["lo-education"].title() == "Edukacja"
    needs = [n for n in polish.directory.needs(Filters()) if n.count]
    assert needs
    for need in needs:
        assert screen.need_buttons[need.id].title() == POLISH.translated[need.id].name
    row = screen.model.index([c.id for c in screen.model.categories()].index("lo-education"), 0)
    assert screen.model.data(row) == "Edukacja"


def test_english_keeps_the_names_the_data_gives(qtbot, context) -> None:
    screen = DirectoryScreen(context)
    qtbot.addWidget(screen)
    for category in context.directory.categories(Filters()):
        assert screen.tiles[category.id].title() == category.name


def test_a_polish_services_list_is_headed_with_the_polish_name(qtbot, polish) -> None:
    screen = ServicesScreen(polish)
    qtbot.addWidget(screen)
    screen.show_with("send-hearing")
    assert screen.heading.text() == "Problemy ze słuchem"
    screen.show_with("lo-money")
    assert screen.heading.text() == "Sprawy finansowe"


def test_a_polish_topic_page_offers_its_groups_in_polish(qtbot, polish) -> None:
    screen = TopicScreen(polish)
    qtbot.addWidget(screen)
    topic = next(t for t in polish.topics if 0 < len(t.categories) <= 3)
    screen.show_with(topic.id)
    tiles = [b for b in screen.page.action_buttons if isinstance(b, TileButton)]
    titles = {b.title() for b in tiles}
    wanted = {POLISH.translated[c].name for c in topic.categories}
    assert titles and titles <= wanted
