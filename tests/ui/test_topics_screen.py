"""SEND topics: the list, one topic page with what to do next and QR codes, and Talk."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kiosk.store.models import Filters
from kiosk.takeaway import web_url
from kiosk.ui.screens import base
from kiosk.ui.screens.talk import SUPPORT_CATEGORY, TalkScreen
from kiosk.ui.screens.topics import TopicScreen, TopicsScreen
from kiosk.ui.widgets.markdown import strip_title


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_topics_screen_has_a_tile_per_topic(qtbot, context) -> None:
    screen = TopicsScreen(context)
    qtbot.addWidget(screen)
    assert list(screen.tiles) == [t.id for t in context.topics]
    first = context.topics[0]
    tile = screen.tiles[first.id]
    assert tile.accessibleName() == first.title
    assert tile.accessibleDescription() == first.summary
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, tile)
    assert nav.args == [base.TOPIC, first.id]


def test_topic_page_shows_the_markdown_once_titled(qtbot, context) -> None:
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.show_with("what-is-send")
    page = screen.page
    assert page.heading.text() == "What is SEND support?"
    assert screen.title() == "SEND support explained"
    text = page.body.toPlainText()
    assert "SEND stands for special educational needs" in text
    assert not text.startswith("What is SEND support?")  # the heading is not said twice
    assert page.body.openLinks() is False and page.body.openExternalLinks() is False
    assert page.body.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_topic_page_offers_its_categories_and_search(qtbot, context) -> None:
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.show_with("send-strategy")
    topic = next(t for t in context.topics if t.id == "send-strategy")
    counts = {c.id: c.count for c in context.directory.categories(Filters())}
    tiles = screen.page.action_buttons
    assert [t.value for t in tiles] == [c for c in topic.categories if counts.get(c)]
    assert tiles[0].subtitle() == f"{counts[tiles[0].value]} services"
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, tiles[0])
    assert nav.args == [base.SERVICES, tiles[0].value]
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.page.search_button)
    assert nav.args == [base.SEARCH, None]


def test_topic_links_become_qr_codes(qtbot, context) -> None:
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.show_with("send-strategy")
    topic = next(t for t in context.topics if t.id == "send-strategy")
    assert screen.page.qr_panel.payloads() == [web_url(link.url) for link in topic.links]
    captions = [code.caption for code in screen.page.qr_panel.codes()]
    assert captions == [link.label for link in topic.links]
    # a page without links has no QR section
    screen.show_with("ehc-plans")
    assert screen.page.qr_panel.payloads() == []
    assert screen.page.qr_label.isHidden()


def test_topic_linked_to_every_category_offers_the_directory(qtbot, context) -> None:
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.show_with("local-offer")
    (tile,) = screen.page.action_buttons
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, tile)
    assert nav.args == [base.DIRECTORY, None]
    assert "mailto:localoffer@staffordshire.gov.uk" in screen.page.qr_panel.payloads()


def test_unknown_topic_says_so(qtbot, context) -> None:
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.show_with("no-such-topic")
    assert screen.page.isHidden() and not screen.missing.isHidden()


def test_strip_title() -> None:
    assert strip_title("# Hello\n\nBody", "Hello") == "Body"
    assert strip_title("# Other\n\nBody", "Hello") == "# Other\n\nBody"


def test_talk_screen_offers_services_advice_and_topics(qtbot, context) -> None:
    screen = TalkScreen(context)
    qtbot.addWidget(screen)
    screen.show_with(None)
    assert screen.title() == "Talk to someone"
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.support_button)
    assert nav.args == [base.SERVICES, SUPPORT_CATEGORY]
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.advice_button)
    assert nav.args == [base.TOPIC, "talk-to-someone"]
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.topics_button)
    assert nav.args == [base.TOPICS, None]


def test_talk_screen_without_its_topic(qtbot, context) -> None:
    context.topics = [t for t in context.topics if t.id != "talk-to-someone"]
    screen = TalkScreen(context)
    qtbot.addWidget(screen)
    screen.show_with(None)
    assert screen.advice_button.isHidden() and not screen.support_button.isHidden()


def visible_text_top(page) -> str:
    """The first words drawn at the top of the page's text area, as a visitor sees them."""
    body = page.body
    cursor = body.cursorForPosition(body.viewport().rect().topLeft() + QPoint(30, 30))
    return cursor.block().text()


def test_a_glossary_word_opens_the_page_scrolled_to_it(qtbot, context) -> None:
    from kiosk.content.glossary import glossary_terms

    term = glossary_terms(context.topics)[-8]  # far enough down that the page must scroll
    screen = TopicScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 900)
    screen.show_with(base.TopicAt("glossary", term.term))
    screen.show()
    qtbot.waitExposed(screen)
    page = screen.page
    qtbot.waitUntil(lambda: visible_text_top(page).startswith(term.term))
    assert page.body.verticalScrollBar().value() > 0
    # opened plainly (a topic link, the topics list), the same page starts at the top
    screen.show_with("what-is-send")
    screen.show_with("glossary")
    assert page.body.verticalScrollBar().value() == 0
    assert page.body.top_of("no such words anywhere") is None


def test_a_glossary_word_with_bigger_text_scrolls_the_whole_page(qtbot, context) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk.content.glossary import glossary_terms
    from kiosk.ui import theme

    term = glossary_terms(context.topics)[-3]
    theme.apply_theme(QApplication.instance(), theme.Look(text_scale=2.0))
    try:
        screen = TopicScreen(context)
        qtbot.addWidget(screen)
        assert screen.page.one_page
        screen.resize(1920, 900)
        screen.show()
        qtbot.waitExposed(screen)
        screen.show_with(base.TopicAt("glossary", term.term))
        page = screen.page
        area = page.side_area

        def word_at_top() -> bool:
            inside = page.body.mapTo(area.widget(), QPoint(0, 0)).y()
            return area.verticalScrollBar().value() == inside + page.body.top_of(term.term)

        qtbot.waitUntil(word_at_top)
        assert area.verticalScrollBar().value() > 0
    finally:
        theme.apply_theme(QApplication.instance())
