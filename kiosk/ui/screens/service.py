"""One service: what it is, who it is for, cost, times, where, languages, how to get in touch,
the QR codes to take it away, and "Add to my list"."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk import formatting
from kiosk.formatting import breakable
from kiosk.store.models import ServiceDetail
from kiosk.takeaway import mailto_uri, service_summary_text, tel_uri, web_url
from kiosk.ui import accessibility, theme
from kiosk.ui.bidi import isolate, keep_left_to_right, left_to_right, right_to_left
from kiosk.ui.context import AppContext
from kiosk.ui.dates import long_date
from kiosk.ui.screens import base
from kiosk.ui.touch_to_hear import TOUCH_TEXT
from kiosk.ui.usage import count_codes
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.feedback import FeedbackHost
from kiosk.ui.widgets.icon_label import IconLabel
from kiosk.ui.widgets.qr import QrPanel
from kiosk.ui.widgets.scroll import TouchScrollArea
from kiosk.ui.wording import words

QR_PX = 220
CONTACT_ICON_PX = 40


def _label(text: str, role: str = "body", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    theme.set_role(label, role)
    return label


def same_words(text: str) -> str:
    """Text compared loosely: '£3 per child.' is the same as '£3 per child'."""
    return " ".join(text.casefold().strip(" .").split())


class Section(QFrame):
    """A white card with a heading and lines of text; hidden when it has nothing to say."""

    def __init__(self, heading: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        self._lines: list[QLabel] = []
        self._body = QVBoxLayout()
        self._body.setSpacing(10)
        icon = IconLabel(icon_name, 36, self)
        title = _label(heading, "subheading", self)
        accessibility.mark_heading(title)
        self.heading = heading
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(self._body)

    def set_lines(self, lines: list[tuple[str, str]]) -> None:
        """(text, role) pairs; blank texts are skipped; no lines hides the section."""
        for label in self._lines:
            self._body.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._lines = []
        for text, role in lines:
            if text.strip():
                label = _label(text.strip(), role, self)
                self._body.addWidget(label)
                self._lines.append(label)
        self.setVisible(bool(self._lines))
        # Touch-to-hear: a touch between the lines reads the whole section.
        self.setProperty(TOUCH_TEXT, ". ".join([self.heading, *self.texts()]))

    def texts(self) -> list[str]:
        return [label.text() for label in self._lines]


class ServiceScreen(base.Screen):
    """The full details of one service (arg: its id)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.detail: ServiceDetail | None = None
        self.districts = context.directory.districts()

        self.name_label = _label("", "heading", self)
        accessibility.mark_heading(self.name_label)
        self.organisation_label = _label("", "subheading", self)
        theme.set_role(self.organisation_label, "muted")
        self.alert_label = _label("", "error", self)
        self.alert_box = QFrame(self)
        theme.set_role(self.alert_box, "panel")
        alert_layout = QHBoxLayout(self.alert_box)
        alert_layout.setContentsMargins(24, 16, 24, 16)
        alert_layout.addWidget(self.alert_label)
        self.checked_label = _label("", "muted", self)
        self.stale_label = _label("", "error", self)
        self.stale_box = QFrame(self)
        theme.set_role(self.stale_box, "panel")
        stale_layout = QHBoxLayout(self.stale_box)
        stale_layout.setContentsMargins(24, 12, 24, 12)
        stale_layout.addWidget(self.stale_label)

        self.what = Section(self.tr("What it is"), "info")
        self.who = Section(self.tr("Who it is for"), "people")
        self.cost = Section(self.tr("Cost"), "pound")
        self.when = Section(self.tr("When it is open"), "clock")
        self.where = Section(self.tr("Where"), "map")
        self.languages = Section(self.tr("Languages"), "language")
        self.sections = [self.what, self.who, self.cost, self.when, self.where, self.languages]
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(20)
        for section in self.sections:
            details_layout.addWidget(section)
        self.small_print = _label("", "muted", self)
        details_layout.addWidget(self.small_print)
        details_layout.addStretch(1)
        self.details_area = details

        self.save_button = BigButton(self.tr("Add to my list"), "star", primary=True)
        self.save_button.clicked.connect(self._toggle_saved)
        self.list_full_label = _label(
            self.tr("Your list is full. Remove a service to add another."), "error", self
        )
        self.list_full_label.hide()
        self.saved_note = _label(
            self.tr("Saved. Find it under “My list” at the top."), "body", self
        )
        self.saved_note.hide()
        self.contact_heading = _label(self.tr("How to get in touch"), "subheading", self)
        accessibility.mark_heading(self.contact_heading)
        self.contact_box = QVBoxLayout()
        self.contact_box.setSpacing(12)
        self._contact_rows: list[QWidget] = []
        self.qr_heading = _label(self.tr("Take it with you"), "subheading", self)
        accessibility.mark_heading(self.qr_heading)
        self.qr_hint = _label(self.tr("Point your phone's camera at a code."), "muted", self)
        self.qr_panel = QrPanel(columns=2, size=QR_PX)
        contact = QWidget()
        self._contact_layout = QVBoxLayout(contact)
        self._contact_layout.setContentsMargins(0, 0, 0, 0)
        self._contact_layout.setSpacing(14)
        self._contact_layout.addWidget(self.save_button)
        self._contact_layout.addWidget(self.list_full_label)
        self._contact_layout.addWidget(self.saved_note)
        self._contact_layout.addSpacing(8)
        self._contact_layout.addWidget(self.contact_heading)
        self._contact_layout.addLayout(self.contact_box)
        self._contact_layout.addStretch(1)
        self.contact_area = contact
        codes = QWidget()
        self._take_layout = QVBoxLayout(codes)
        self._take_layout.setContentsMargins(0, 0, 0, 0)
        self._take_layout.setSpacing(14)
        self._take_layout.addWidget(self.qr_heading)
        self._take_layout.addWidget(self.qr_hint)
        self._take_layout.addWidget(self.qr_panel)
        self._take_layout.addStretch(1)
        self.take_area = codes

        self.missing = _label(self.tr("Sorry, this service is no longer listed."), "heading", self)
        self.missing.hide()

        # One page that scrolls as a whole. At 100 % the details, how to get in touch and the
        # QR codes are three columns; with bigger text they stack: in touch first.
        columns: QBoxLayout
        if theme.is_large_text():
            columns = QVBoxLayout()
            columns.setSpacing(32)
            columns.addWidget(contact)
            columns.addWidget(details)
            columns.addWidget(codes)
        else:
            self.take_area.setFixedWidth(2 * (QR_PX + 40) + 40)
            columns = QHBoxLayout()
            columns.setSpacing(32)
            columns.addWidget(details, 60, Qt.AlignmentFlag.AlignTop)
            columns.addWidget(contact, 40, Qt.AlignmentFlag.AlignTop)
            columns.addWidget(codes, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(56, 20, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.name_label)
        layout.addWidget(self.organisation_label)
        layout.addWidget(self.checked_label)
        layout.addWidget(self.stale_box)
        layout.addWidget(self.alert_box)
        layout.addWidget(self.missing)
        layout.addSpacing(8)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.page_area = TouchScrollArea(page, self)
        self.feedback = FeedbackHost(context, "service", self.page_area, self)
        layout.insertWidget(layout.count() - 1, self.feedback.panel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.feedback)
        context.session.list_changed.connect(self._show_saved)

    def title(self) -> str:
        return self.tr("Service details")

    def read_aloud_text(self) -> str:
        """The name, who runs it, any warning, what it is, and how to get in touch."""
        if self.detail is None:
            return self.missing.text()
        parts = [self.name_label.text(), self.organisation_label.text()]
        for box, label in ((self.stale_box, self.stale_label), (self.alert_box, self.alert_label)):
            if not box.isHidden():
                parts.append(label.text())
        parts.extend(self.what.texts()[:1])
        parts.extend(str(row.property(TOUCH_TEXT)) for row in self._contact_rows)
        return ". ".join(part.strip(" .") for part in parts if part.strip())

    # -- filling -----------------------------------------------------------------------------
    def show_with(self, arg: object) -> None:
        detail = self.context.directory.service(arg) if isinstance(arg, str) else None
        self.missing.setVisible(detail is None)
        for widget in (
            self.details_area,
            self.contact_area,
            self.take_area,
            self.organisation_label,
            self.feedback.panel,
        ):
            widget.setVisible(detail is not None)
        self.feedback.set_subject(detail.id if detail is not None else "")
        if detail is None:
            self.detail = None
            self.name_label.setText("")
            self.alert_box.hide()
            self.checked_label.hide()
            self.stale_box.hide()
            return
        if self.detail is None or detail.id != self.detail.id:
            self.detail = detail
            self._fill(detail)
            self.page_area.scroll_to_top()
        self._show_saved()
        count_codes(self.context.usage, self.qr_panel.payloads())

    def _fill(self, d: ServiceDetail) -> None:
        w = words()
        self.name_label.setText(d.name)
        self.name_label.setAccessibleName(d.name)
        self.organisation_label.setText(
            self.tr("Run by {0}").format(isolate(d.organisation))
            if d.organisation != d.name
            else ""
        )
        self.organisation_label.setVisible(bool(d.organisation) and d.organisation != d.name)
        self.alert_label.setText(d.alert)
        self.alert_box.setVisible(bool(d.alert.strip()))
        self._show_checked(d)

        how = self.tr("How to start: {0}").format(isolate(d.application_process))
        self.what.set_lines(
            [(d.description, "body"), (how if d.application_process.strip() else "", "body")]
        )
        self.who.set_lines(
            [
                (formatting.age_range(d.min_age, d.max_age, w), "subheading"),
                (d.eligibility_description, "body"),
            ]
        )
        cost_lines = [(line, "subheading") for line in formatting.cost_text(d.is_free, d.costs, w)]
        fees = d.fees_description.strip()
        if fees and same_words(fees) not in {same_words(line) for line, _ in cost_lines}:
            cost_lines.append((fees, "body"))
        self.cost.set_lines(cost_lines)
        when: list[tuple[str, str]] = []
        for slot in d.opening_times:
            when.append((formatting.opening_text(slot, w), "subheading"))
            when.append((slot.description, "muted"))
        self.when.set_lines(when)
        where: list[tuple[str, str]] = []
        for place in d.places:
            where.append((place.name, "subheading"))
            where.append((place.address, "body"))
            for note in place.accessibility:
                where.append(("• " + note, "body"))
        if not d.places and d.districts:
            areas = formatting.districts_text(d.districts, self.districts, w, most=8)
            where.append((self.tr("Covers {0}").format(isolate(areas)), "body"))
        self.where.set_lines(where)
        self.languages.set_lines([(formatting.join_words(list(d.languages), w), "body")])
        self._fill_contacts(d)
        self._fill_codes(d)

    def _show_checked(self, d: ServiceDetail) -> None:
        """When the record was last checked, and a plain warning when that was long ago."""
        language = self.context.session.language
        self.checked_label.setText(
            self.tr("Information last checked on {0}").format(long_date(d.checked_on, language))
            if d.checked_on
            else ""
        )
        self.checked_label.setVisible(bool(d.checked_on))
        limit = self.context.settings.stale_after_months
        months = formatting.months_since(d.checked_on, datetime.date.today())
        stale = months is not None and months >= limit
        if stale:
            warning = (
                self.tr("This was last checked over a year ago. Please phone before you go.")
                if limit == 12
                else self.tr(
                    "This was last checked over %n month(s) ago. Please phone before you go.",
                    "",
                    limit,
                )
            )
            self.stale_label.setText(warning)
        self.stale_box.setVisible(stale)
        info = self.context.directory.dataset()
        parts = []
        if info is not None and info.publisher:
            parts.append(self.tr("Information from {0}.").format(isolate(info.publisher)))
        if info is not None and info.licence:
            parts.append(self.tr("Licence: {0}.").format(isolate(info.licence)))
        self.small_print.setText(" ".join(parts))
        self.small_print.setVisible(bool(parts))

    def _fill_contacts(self, d: ServiceDetail) -> None:
        for row in self._contact_rows:
            self.contact_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._contact_rows = []
        for phone in d.phones:
            if phone.number.strip():
                self._add_contact("phone", self.tr("Phone"), phone.number, phone.description)
        if d.email.strip():
            self._add_contact("email", self.tr("Email"), breakable(d.email.strip()))
        if d.url.strip():
            self._add_contact("web", self.tr("Website"), breakable(formatting.display_url(d.url)))
        has_contacts = bool(self._contact_rows)
        self.contact_heading.setVisible(has_contacts)

    def _add_contact(self, icon_name: str, kind: str, text: str, note: str = "") -> None:
        """A way to get in touch; its icon alone says which, so it is named for screen readers
        and touch-to-hear ("Phone: 01632 960123")."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        icon = IconLabel(icon_name, CONTACT_ICON_PX, row)
        icon.setAccessibleName(kind)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        plain = text.replace("\u200b", "")
        spoken = f"{kind}: {plain}" + (f". {note.strip()}" if note.strip() else "")
        row.setProperty(TOUCH_TEXT, spoken)
        value = _label(text, "subheading", row)
        # A number or address reads left to right in every language; in Urdu it still sits
        # against its icon, on the right.
        keep_left_to_right(value)
        value.setAlignment(
            Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
        )
        value.setAccessibleName(f"{kind}: {plain}")
        texts.addWidget(value)
        if note.strip():
            texts.addWidget(_label(note, "muted", row))
        line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        line.addLayout(texts, 1)
        self.contact_box.addWidget(row)
        self._contact_rows.append(row)

    def _fill_codes(self, d: ServiceDetail) -> None:
        fresh = QrPanel(columns=2, size=QR_PX)
        self._take_layout.replaceWidget(self.qr_panel, fresh)
        self.qr_panel.hide()
        self.qr_panel.deleteLater()
        self.qr_panel = fresh
        url = web_url(d.url)
        if url:
            fresh.add(url, self.tr("Website"))
        for phone in d.phones[:1]:
            tel = tel_uri(phone.number)
            if tel:
                fresh.add(tel, self.tr("Phone {0}").format(left_to_right(phone.number)))
        mail = mailto_uri(d.email)
        if mail:
            fresh.add(mail, self.tr("Send an email"))
        fresh.add(service_summary_text(d, words=words()), self.tr("All these details as text"))

    # -- my list -----------------------------------------------------------------------------
    def _toggle_saved(self) -> None:
        if self.detail is None:
            return
        session = self.context.session
        was_saved = self.detail.id in session.saved
        saved = session.toggle_saved(self.detail.id)
        full = not saved and len(session.saved) >= session.MAX_LIST
        self.list_full_label.setVisible(full)
        self._show_saved()
        if full:
            self.announce.emit(self.list_full_label.text())
        elif saved:
            self.announce.emit(self.saved_note.text())
        elif was_saved:
            self.announce.emit(self.tr("Removed from your list."))

    def _show_saved(self) -> None:
        on_list = self.detail is not None and self.detail.id in self.context.session.saved
        if on_list:
            self.save_button.setText(self.tr("Remove from my list"))
            self.save_button.set_icon_name("star-filled")
            self.save_button.setAccessibleDescription(self.tr("This service is on your list"))
        else:
            self.save_button.setText(self.tr("Add to my list"))
            self.save_button.set_icon_name("star")
            self.save_button.setAccessibleDescription(
                self.tr("Save it, then take your whole list away with one QR code")
            )
        self.saved_note.setVisible(on_list)
        if on_list:
            self.list_full_label.hide()

    def reset(self) -> None:
        self.detail = None
        self.feedback.reset()
        self.list_full_label.hide()
        self.page_area.scroll_to_top()
