"""My list: empty state, saved services as cards with Remove, one QR code for the whole list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.store.models import Filters
from kiosk.takeaway import list_summary_text
from kiosk.ui.screens import base
from kiosk.ui.screens.my_list import EMPTY_PAGE, LIST_PAGE, MyListScreen


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def screen(qtbot, context) -> MyListScreen:
    page = MyListScreen(context)
    qtbot.addWidget(page)
    return page


def test_empty_list_explains_what_to_do(qtbot, screen) -> None:
    screen.show_with(None)
    assert screen.pages.currentIndex() == EMPTY_PAGE
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.find_button)
    assert nav.args == [base.DIRECTORY, None]
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.search_button)
    assert nav.args == [base.SEARCH, None]


def test_saved_services_and_one_qr_code(qtbot, screen, context) -> None:
    ids = [s.id for s in context.directory.services(Filters(), limit=3)]
    for service_id in ids:
        context.session.toggle_saved(service_id)
    screen.show_with(None)
    assert screen.pages.currentIndex() == LIST_PAGE
    assert list(screen.cards) == ids
    assert screen.count_label.text() == "3 saved services"
    details = [context.directory.service(i) for i in ids]
    assert screen.qr.payload == list_summary_text(details)
    assert screen.qr.is_encoded()
    card = screen.cards[ids[1]]
    assert details[1].name in card.accessibleName()
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, card)
    assert nav.args == [base.SERVICE, ids[1]]


def test_remove_takes_a_service_off_the_list(qtbot, screen, context) -> None:
    ids = [s.id for s in context.directory.services(Filters(), limit=2)]
    for service_id in ids:
        context.session.toggle_saved(service_id)
    screen.show_with(None)
    remove = screen.remove_buttons[ids[0]]
    assert remove.accessibleName().startswith("Remove ")
    with qtbot.waitSignal(context.session.list_changed):
        click(qtbot, remove)
    assert context.session.saved == [ids[1]]
    assert list(screen.cards) == [ids[1]]
    assert screen.count_label.text() == "1 saved service"
    assert screen.qr.payload == list_summary_text([context.directory.service(ids[1])])
    click(qtbot, screen.remove_buttons[ids[1]])
    assert screen.pages.currentIndex() == EMPTY_PAGE


def test_session_reset_empties_the_list(screen, context) -> None:
    context.session.toggle_saved(context.directory.services(Filters(), limit=1)[0].id)
    screen.show_with(None)
    context.session.reset()
    screen.reset()
    assert screen.pages.currentIndex() == EMPTY_PAGE and screen.cards == {}
