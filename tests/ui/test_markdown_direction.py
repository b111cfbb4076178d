"""A topic page reads in its language's direction: an Urdu paragraph that starts with an
English word ("EHC ...") is still right to left, and an English page stays left to right."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock

from kiosk.content.topics import load_topics_for
from kiosk.ui.screens.topics import TopicScreen
from kiosk.ui.translation import install_translator
from kiosk.ui.widgets.markdown import MarkdownView
from tests.ui.conftest import REPO

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
URDU_BODY = "EHC پلان ایک قانونی دستاویز ہے۔\n\nیہ صفحہ اردو میں ہے۔\n"


@pytest.fixture
def urdu(context):
    assert install_translator("ur", REPO / "resources")
    context.session.language = "ur"
    yield context
    context.session.language = "en"


def first_paragraph(view: MarkdownView) -> QTextBlock:
    block = view.document().begin()
    while block.isValid() and not block.text().startswith("EHC"):
        block = block.next()
    assert block.isValid()
    return block


def is_on_the_right(view: MarkdownView, block: QTextBlock) -> bool:
    """The paragraph's words end at the right-hand edge of the page, not the left."""
    line = block.layout().lineAt(0)
    width = view.document().textWidth()
    left = line.naturalTextRect().left()
    right = width - line.naturalTextRect().right()
    return right < left


def shown(qtbot, widget) -> None:
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)


def test_an_urdu_paragraph_starting_with_english_is_right_to_left(qtbot) -> None:
    install_translator("ur", REPO / "resources")
    view = MarkdownView()
    qtbot.addWidget(view)
    shown(qtbot, view)
    view.set_markdown(URDU_BODY)
    block = first_paragraph(view)
    assert block.textDirection() == RTL
    assert is_on_the_right(view, block)


def test_the_same_paragraph_in_a_left_to_right_view_starts_on_the_left(qtbot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    shown(qtbot, view)
    view.set_markdown(URDU_BODY)
    block = first_paragraph(view)
    assert block.textDirection() == LTR
    assert not is_on_the_right(view, block)


def test_urdu_pages_are_right_to_left_and_english_fallbacks_left_to_right(qtbot, urdu) -> None:
    topic = next(t for t in load_topics_for("ur", REPO / "resources") if t.language == "ur")
    screen = TopicScreen(urdu)
    qtbot.addWidget(screen)
    shown(qtbot, screen)
    body = screen.page.body
    screen.page.show_topic(replace(topic, body=URDU_BODY))
    block = first_paragraph(body)
    assert block.textDirection() == RTL
    assert is_on_the_right(body, block)
    english = replace(topic, id="english-page", language="en", body="EHC plans explained.\n")
    screen.page.show_topic(english)
    block = first_paragraph(body)
    assert body.layoutDirection() == LTR
    assert block.textDirection() == LTR
    assert not is_on_the_right(body, block)
    screen.page.show_topic(replace(topic, body=URDU_BODY))  # and back to Urdu
    assert first_paragraph(body).textDirection() == RTL
