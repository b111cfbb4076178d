"""Talk to someone: local contacts (resources/contacts.toml) as cards with phone and email QR
codes, then ways into the support services and the advice on who to ask."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.content.contacts import PLACEHOLDER_WORD, Contact, ContactsError, load_contacts_for
from kiosk.formatting import breakable
from kiosk.takeaway import mailto_uri, tel_uri
from kiosk.ui import accessibility, theme
from kiosk.ui.bidi import isolate, left_to_right
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.screens.topics import find_topic
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.icon_label import IconLabel
from kiosk.ui.widgets.qr import QrPanel
from kiosk.ui.widgets.scroll import TouchScrollArea
from kiosk.ui.wording import words

log = logging.getLogger(__name__)

TALK_TOPIC = "talk-to-someone"
SUPPORT_CATEGORY = "lo-information-support"
QR_PX = 180


def sample_note() -> str:
    """What a card with made-up details says, in the visitor's language."""
    return QCoreApplication.translate(
        "ContactCard", "Sample contact details: the council will replace these"
    )


class ContactCard(QFrame):
    """One contact: name, what they help with, how to reach them, hours, and QR codes.

    Details the shipped file holds only as placeholders are never shown as real: made-up
    numbers and addresses say "(sample)" and get no QR code, a PLACEHOLDER text is left out,
    and the card says the council will replace them.
    """

    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        theme.set_role(self, "card")
        placeholders = set(contact.placeholders())
        self.is_sample = bool(placeholders)
        self.heading = QLabel(contact.name, self)
        theme.set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        accessibility.mark_heading(self.heading)
        helps = QLabel(contact.helps_with, self)
        helps.setWordWrap(True)
        details = QVBoxLayout()
        details.setSpacing(12)
        details.addWidget(self.heading)
        details.addWidget(helps)
        self.sample_label: QLabel | None = None
        if self.is_sample:
            self.sample_label = QLabel(sample_note(), self)
            self.sample_label.setWordWrap(True)
            theme.set_role(self.sample_label, "badge")
            # the whole width: a wrapped badge squeezed to its first line's width is cut off
            details.addWidget(self.sample_label)
        self.lines: dict[str, QLabel] = {}
        rows = (
            ("phone", "phone", self.tr("Phone: {0}")),
            ("text_relay", "keyboard", self.tr("Text relay: {0}")),
            ("email", "email", self.tr("Email: {0}")),
            ("address", "map", self.tr("Address: {0}")),
        )
        for field, icon, wording in rows:
            value = getattr(contact, field)
            if not value or PLACEHOLDER_WORD in value.upper():
                continue
            value = breakable(value) if field == "email" else value
            text = wording.format(isolate(value) if field == "address" else left_to_right(value))
            if field in placeholders:
                text = self.tr("{0} (sample)").format(text)
            self.lines[field] = self._line(details, icon, text)
        said = words()
        hours = contact.hours_text(said)
        if hours:
            self.lines["hours"] = self._line(
                details, "clock", self.tr("Open: {0}").format(said.times_join.join(hours))
            )
        self.qr_panel = QrPanel(columns=2, size=QR_PX)
        phone = tel_uri(contact.phone) if "phone" not in placeholders else None
        if contact.phone and phone:
            self.qr_panel.add(phone, self.tr("Phone {0}").format(left_to_right(contact.phone)))
        email = mailto_uri(contact.email) if "email" not in placeholders else None
        if contact.email and email:
            address = left_to_right(breakable(contact.email))
            self.qr_panel.add(email, self.tr("Email {0}").format(address))
        self.qr_panel.setVisible(bool(self.qr_panel.codes()))
        # Side by side at 100 %; the codes under the words with bigger text.
        row = QBoxLayout(
            QBoxLayout.Direction.TopToBottom
            if theme.is_large_text()
            else QBoxLayout.Direction.LeftToRight
        )
        row.setContentsMargins(32, 24, 32, 24)
        row.setSpacing(32)
        row.addLayout(details, 1)
        row.addWidget(self.qr_panel, 0, Qt.AlignmentFlag.AlignTop)
        self.setLayout(row)
        accessibility.mark_group(self, contact.name)

    def _line(self, layout: QVBoxLayout, icon: str, text: str) -> QLabel:
        line = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        line.setSpacing(12)
        line.addWidget(IconLabel(icon, 32, self), 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(text, self)
        label.setWordWrap(True)
        line.addWidget(label, 1)
        layout.addLayout(line)
        return label

    def spoken(self) -> str:
        """The card's words, for read aloud."""
        parts = [self.contact.name, self.contact.helps_with]
        if self.sample_label is not None:
            parts.append(self.sample_label.text())
        parts += [label.text() for label in self.lines.values()]
        return ". ".join(parts)


class TalkScreen(base.Screen):
    """Local people to phone, email or visit; then the support services and the advice page.

    arg: a contact id to scroll to (from a topic page's contact: link), or None.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        try:
            contacts = load_contacts_for(context.session.language, context.resources)
        except ContactsError as error:
            log.error("no contacts to show: %s", error)
            contacts = ()
        self.intro = QLabel(self.tr("Phone, email or visit someone who can help."), self)
        theme.set_role(self.intro, "subheading")
        self.intro.setWordWrap(True)
        accessibility.mark_heading(self.intro)
        self.cards: dict[str, ContactCard] = {c.id: ContactCard(c) for c in contacts}
        self.missing = QLabel(
            self.tr("Ask a member of staff here, or look through the support services."), self
        )
        theme.set_role(self.missing, "heading")
        self.missing.setWordWrap(True)
        self.missing.setVisible(not self.cards)

        self.support_button = BigButton(
            self.tr("Information and support services"), SUPPORT_CATEGORY, primary=True
        )
        self.support_button.clicked.connect(
            lambda: self.navigate.emit(base.SERVICES, SUPPORT_CATEGORY)
        )
        self.advice_button = BigButton(self.tr("Who can help: read more"), "people")
        self.advice_button.setAccessibleDescription(
            self.tr("Teachers, doctors, SENDIASS and other families")
        )
        self.advice_button.clicked.connect(lambda: self.navigate.emit(base.TOPIC, TALK_TOPIC))
        self.advice_button.setVisible(find_topic(context.topics, TALK_TOPIC) is not None)
        self.topics_button = BigButton(self.tr("SEND support explained"), "info")
        self.topics_button.setAccessibleDescription(self.tr("Read about SEND in plain English"))
        self.topics_button.clicked.connect(lambda: self.navigate.emit(base.TOPICS, None))
        buttons = FlowLayout(spacing=16)
        for button in (self.support_button, self.advice_button, self.topics_button):
            buttons.addWidget(button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 24, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.intro)
        layout.addWidget(self.missing)
        for card in self.cards.values():
            layout.addWidget(card)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def title(self) -> str:
        return self.tr("Talk to someone")

    def read_aloud_text(self) -> str:
        if not self.cards:
            return self.missing.text()
        return " ".join([self.intro.text(), *(f"{c.spoken()}." for c in self.cards.values())])

    def show_with(self, arg: object) -> None:
        card = self.cards.get(arg) if isinstance(arg, str) else None
        if card is None:
            self.scroll_area.scroll_to_top()
            return
        # after the screen is laid out in the window: only then is the card where it will be
        QTimer.singleShot(0, lambda: self._scroll_to(card))

    def _scroll_to(self, card: ContactCard) -> None:
        self.scroll_area.verticalScrollBar().setValue(max(0, card.y() - 16))

    def reset(self) -> None:
        self.scroll_area.scroll_to_top()
