"""In each language, no interface words are left in English on any screen (service
details from the Local Offer aside: they come from the council in English)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.content.vocabulary import english_words as vocabulary_words
from kiosk.store.models import Filters
from kiosk.ui.screens import base
from kiosk.ui.widgets.buttons import TileButton
from tests.ui.conftest import REPO
from tests.ui.test_language_choice import choose

LANGUAGES = ("pl", "ro", "ur", "pa")


def english_words(code: str) -> set[str]:
    """The English of every string the language translates differently, placeholders
    aside (a formatted string cannot equal its source)."""
    root = ET.parse(REPO / "resources" / "translations" / f"kiosk_{code}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        if "{" in source or "%" in source or message.get("numerus") == "yes":
            continue
        if text.strip() and text.strip() != source.strip() and len(source) > 2:
            found.add(source.strip())
    return found


def shown_texts(screen: QWidget) -> list[str]:
    """The words a visitor sees or hears on a screen: labels, buttons, tiles, names."""
    texts = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, TileButton):
            texts += [widget.title(), widget.subtitle()]
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return [text.strip() for text in texts if text and text.strip()]


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_screen_keeps_english_words(qtbot, window, code) -> None:
    english = english_words(code)
    assert len(english) > 200
    english |= {words.name for words in vocabulary_words(REPO / "resources").values()}
    window.show_screen(base.HOME)
    choose(qtbot, window, code)
    qtbot.waitUntil(lambda: window.setup.session.language == code)
    qtbot.wait(50)
    context = window.context
    service = context.directory.services(Filters(), limit=1)[0]
    context.session.toggle_saved(service.id)
    visits = [
        (base.HOME, None),
        (base.TOPICS, None),
        (base.TOPIC, "ehc-needs-assessment"),
        (base.TOPIC, "glossary"),
        (base.DIRECTORY, None),
        (base.SERVICES, Filters()),
        (base.SERVICES, "lo-education"),
        (base.SERVICES, "send-hearing"),
        (base.SERVICE, service.id),
        (base.SEARCH, None),
        (base.SEARCH, "zzqqxx"),
        (base.MY_LIST, None),
        (base.TALK, None),
        (base.START, None),
        (base.ACCESS, None),
        (base.LANGUAGE, None),
    ]
    left: dict[str, set[str]] = {}
    for name, arg in visits:
        screen = window.show_screen(name, arg)
        qtbot.wait(30)
        for part in (screen, window.header, window.footer):
            found = {text for text in shown_texts(part) if text in english}
            if found:
                left.setdefault(f"{name} {arg or ''}".strip(), set()).update(found)
    assert not left, f"English left in {code}: {left}"
