"""Talk to someone: the contacts file as cards, placeholders marked as sample, QR codes."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.contacts import load_contacts
from kiosk.paths import resources_dir
from kiosk.takeaway import mailto_uri, tel_uri
from kiosk.ui.screens import base
from kiosk.ui.screens.talk import ContactCard, TalkScreen, sample_note

REAL = """
[[contact]]
id = "helpline"
name = "Helpline"
helps_with = "Anything about SEND."
phone = "0800 123 4567"
text_relay = "18001 0800 123 4567"
email = "help@council.gov.uk"
address = "1 High Street, Stafford"
source = "the council's website"
hours = [{ days = ["MO", "TU", "WE", "TH", "FR"], opens = "09:00", closes = "17:00" }]
"""


def test_every_contact_in_the_shipped_file_has_a_card(qtbot, window) -> None:
    screen = window.show_screen(base.TALK)
    contacts = load_contacts(resources_dir() / "contacts.toml")
    assert list(screen.cards) == [c.id for c in contacts]
    for contact in contacts:
        card = screen.cards[contact.id]
        assert card.heading.text() == contact.name
        assert contact.name in screen.read_aloud_text()
        if contact.hours:
            assert card.lines["hours"].text() == "Open: " + "; ".join(contact.hours_text())


def test_placeholders_are_marked_as_sample_and_never_offered_as_codes(qtbot, context) -> None:
    screen = TalkScreen(context)
    qtbot.addWidget(screen)
    card = screen.cards["sendiass"]
    assert card.is_sample and card.sample_label is not None
    assert card.sample_label.text() == sample_note()
    assert not card.sample_label.isHidden()
    assert card.lines["phone"].text() == "Phone: 01632 960101 (sample)"
    assert "address" not in card.lines  # "PLACEHOLDER: ..." is never shown
    assert card.qr_panel.payloads() == []  # no made-up number to take away
    team = screen.cards["send-team"]
    assert team.qr_panel.payloads() == [mailto_uri("localoffer@staffordshire.gov.uk")]
    assert sample_note() in screen.read_aloud_text()


def test_a_real_contact_shows_every_detail_with_codes(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "contacts.toml"
    path.write_text(REAL, encoding="utf-8")
    (contact,) = load_contacts(path)
    card = ContactCard(contact)
    qtbot.addWidget(card)
    assert not card.is_sample and card.sample_label is None
    texts = {field: label.text() for field, label in card.lines.items()}
    assert texts["phone"] == "Phone: 0800 123 4567"
    assert texts["text_relay"] == "Text relay: 18001 0800 123 4567"
    assert texts["email"].replace("\u200b", "") == "Email: help@council.gov.uk"
    assert texts["address"] == "Address: 1 High Street, Stafford"
    assert texts["hours"] == "Open: Monday to Friday, 9am to 5pm"
    assert card.qr_panel.payloads() == [tel_uri("0800 123 4567"), "mailto:help@council.gov.uk"]


def test_a_contact_link_opens_the_talk_page_at_that_contact(qtbot, window, tap) -> None:
    window.show_screen(base.TOPIC, "disagreements")
    page = window.current_screen().page
    forum = next(b for b in page.link_buttons if b.text() == "Parent carer forum")
    tap(forum)
    assert (window.current.name, window.current.arg) == (base.TALK, "parent-carer-forum")
    screen = window.current_screen()
    card = screen.cards["parent-carer-forum"]
    qtbot.waitUntil(lambda: screen.scroll_area.verticalScrollBar().value() > 0)
    bar = screen.scroll_area.verticalScrollBar()
    assert abs(bar.value() - min(card.y() - 16, bar.maximum())) <= 1
