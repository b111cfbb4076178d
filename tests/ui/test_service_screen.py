"""The service page: every section, contacts in large text, QR take-away, Add to my list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk import formatting
from kiosk.store.models import Filters, ServiceDetail
from kiosk.takeaway import mailto_uri, service_summary_text, tel_uri, web_url
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.widgets import qr


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def a_service(context, want) -> ServiceDetail:
    for summary in context.directory.services(Filters(), limit=500):
        detail = context.directory.service(summary.id)
        if detail is not None and want(detail):
            return detail
    raise AssertionError("no service in the packaged data fits this test")


@pytest.fixture
def screen(qtbot, context) -> ServiceScreen:
    page = ServiceScreen(context)
    qtbot.addWidget(page)
    return page


def test_sections_say_what_the_service_is(screen, context) -> None:
    d = a_service(context, lambda d: d.places and d.opening_times and d.costs and d.languages)
    screen.show_with(d.id)
    assert screen.name_label.text() == d.name
    assert d.organisation in screen.organisation_label.text()
    assert d.description in screen.what.texts()
    assert formatting.age_range(d.min_age, d.max_age) in screen.who.texts()
    assert formatting.cost_text(d.is_free, d.costs)[0] in screen.cost.texts()
    assert formatting.opening_text(d.opening_times[0]) in screen.when.texts()
    where = screen.where.texts()
    assert d.places[0].address in where
    assert all(f"• {note}" in where for note in d.places[0].accessibility)
    assert screen.languages.texts() == [formatting.join_words(list(d.languages))]
    assert screen.title() == "Service details"


def test_qr_codes_hold_the_take_away_payloads(screen, context, monkeypatch) -> None:
    made: list[str] = []
    real_make = qr.segno.make

    def record(payload, *args, **kwargs):
        made.append(payload)
        return real_make(payload, *args, **kwargs)

    monkeypatch.setattr(qr.segno, "make", record)
    d = a_service(context, lambda d: d.url and d.email and d.phones)
    screen.show_with(d.id)
    expected = [
        web_url(d.url),
        tel_uri(d.phones[0].number),
        mailto_uri(d.email),
        service_summary_text(d),
    ]
    assert screen.qr_panel.payloads() == expected
    assert made[-4:] == expected  # exactly what segno was asked to encode
    assert all(code.is_encoded() for code in screen.qr_panel.codes())


def test_contacts_are_shown_in_large_text(screen, context) -> None:
    d = a_service(context, lambda d: d.url and d.email and d.phones)
    screen.show_with(d.id)
    names = [
        label.accessibleName()
        for row in screen._contact_rows
        for label in row.findChildren(type(screen.name_label))
        if label.property("role") == "subheading"
    ]
    # named with what kind of contact it is: the icon that says so cannot be seen by all
    assert names[0] == f"Phone: {d.phones[0].number}"
    assert f"Email: {d.email}" in names
    assert f"Website: {formatting.display_url(d.url)}" in names
    spoken = [str(row.property("touch_text")) for row in screen._contact_rows]
    assert spoken[0].startswith(f"Phone: {d.phones[0].number}")
    assert all(f"{kind}:" in screen.read_aloud_text() for kind in ("Phone", "Email", "Website"))


def test_add_and_remove_from_my_list(qtbot, screen, context) -> None:
    d = a_service(context, lambda d: True)
    screen.show_with(d.id)
    assert screen.save_button.text() == "Add to my list"
    with qtbot.waitSignal(context.session.list_changed):
        click(qtbot, screen.save_button)
    assert context.session.saved == [d.id]
    assert screen.save_button.text() == "Remove from my list"
    assert screen.save_button.accessibleName() == "Remove from my list"
    click(qtbot, screen.save_button)
    assert context.session.saved == []
    assert screen.save_button.text() == "Add to my list"


def test_a_full_list_says_so(qtbot, screen, context) -> None:
    session = context.session
    summaries = context.directory.services(Filters(), limit=session.MAX_LIST + 1)
    for summary in summaries[: session.MAX_LIST]:
        session.toggle_saved(summary.id)
    screen.show_with(summaries[-1].id)
    click(qtbot, screen.save_button)
    assert summaries[-1].id not in session.saved
    assert not screen.list_full_label.isHidden()


def test_a_removed_service_is_explained(screen) -> None:
    screen.show_with("no-such-service")
    assert not screen.missing.isHidden() and screen.details_area.isHidden()
