"""Printing: "Print my list" and "Print this page" print large A4 pages (here to a PDF, read
back with pypdf), the buttons show only with a printer, and the screen says how it went."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinterInfo

from kiosk import formatting
from kiosk.paths import resources_dir
from kiosk.store.models import Filters
from kiosk.ui import spoken
from kiosk.ui.app import build_context
from kiosk.ui.printing import PrintTarget, find_target, service_printout
from kiosk.ui.screens.my_list import MyListScreen
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.translation import install_translator
from kiosk.ui.wording import words

REPO = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> str:
    """The PDF's words, one space between each (line breaks and direction marks dropped)."""
    reader = pypdf.PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(re.sub("[\u2066-\u2069]", " ", text).split())


def squashed(text: str) -> str:
    """Without any spaces: a line may wrap after a hyphen ("Newcastle-under-" / "Lyme")."""
    return "".join(text.split())


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return tmp_path / "printout.pdf"


@pytest.fixture
def printing_context(db_path, settings, pdf):
    return build_context(replace(settings, printer=f"pdf:{pdf}"), db_path, resources_dir())


def saved(context, count: int) -> list[str]:
    """Save services that have a phone, an address and opening times, and return their ids."""
    ids = []
    for summary in context.directory.services(Filters(), limit=200):
        detail = context.directory.service(summary.id)
        if detail.phones and detail.places and detail.opening_times and detail.email:
            ids.append(summary.id)
            context.session.toggle_saved(summary.id)
        if len(ids) == count:
            return ids
    raise AssertionError("the sample data has too few complete services")


def test_find_target_reads_the_setting(tmp_path: Path) -> None:
    assert find_target("") is None
    assert find_target("  ") is None
    assert find_target("No such printer anywhere") is None
    assert (find_target("default") is None) == QPrinterInfo.defaultPrinter().isNull()
    assert find_target(f"pdf:{tmp_path / 'out.pdf'}") == PrintTarget(pdf_path=tmp_path / "out.pdf")
    assert find_target(f"pdf:{tmp_path / 'missing' / 'out.pdf'}") is None


def test_no_printer_no_print_buttons(qtbot, context) -> None:
    assert context.settings.printer == ""
    saved(context, 1)
    my_list = MyListScreen(context)
    qtbot.addWidget(my_list)
    my_list.show_with(None)
    assert my_list.print_button.isHidden()
    service = ServiceScreen(context)
    qtbot.addWidget(service)
    service.show_with(context.session.saved[0])
    assert service.print_button.isHidden()


def test_print_my_list_prints_every_service_with_its_details(
    qtbot, tap, printing_context, pdf
) -> None:
    context = printing_context
    ids = saved(context, 3)
    screen = MyListScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 1000)
    screen.show()
    screen.show_with(None)
    qtbot.waitExposed(screen)
    button = screen.print_button
    assert button.isVisible() and button.button.text() == "Print my list"
    said: list[str] = []
    screen.announce.connect(said.append)
    with qtbot.waitSignal(screen.printing.finished, timeout=20000) as done:
        tap(button.button)
        assert button.status.text() == "Printing..."
        assert not button.button.isEnabled()  # one printout at a time
    assert done.args[0] is True and done.args[1] >= 1
    assert button.status.text() == "Printed: collect it from the printer."
    assert said == ["Printing...", "Printed: collect it from the printer."]
    assert button.button.isEnabled()

    text = pdf_text(pdf)
    assert text.startswith("My list Your list from Test family hub")
    for service_id in ids:
        detail = context.directory.service(service_id)
        assert squashed(detail.name) in squashed(text)
        assert f"Phone: {detail.phones[0].number}" in text
        assert f"Email: {detail.email}" in text
        assert squashed(f"Address: {detail.places[0].address}") in squashed(text)
        # the screen's own opening-hours wording
        assert f"Open: {formatting.opening_text(detail.opening_times[0])}" in text
    assert len(pypdf.PdfReader(pdf).pages) == done.args[1]


def test_the_printout_has_a_qr_code_for_each_service(printing_context) -> None:
    context = printing_context
    ids = saved(context, 2)
    details = [context.directory.service(i) for i in ids]
    printout = service_printout(details, "My list")
    assert len(printout.payloads) == 2
    assert all(details[n].name in printout.payloads[n] for n in range(2))
    assert '<img src="qr:0"' in printout.html and '<img src="qr:1"' in printout.html
    assert "font-size: 16pt" in printout.html  # big type
    assert not printout.right_to_left


def test_print_this_page_prints_the_service(qtbot, tap, printing_context, pdf) -> None:
    context = printing_context
    service_id = saved(context, 1)[0]
    context.session.reset()
    detail = context.directory.service(service_id)
    screen = ServiceScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 1000)
    screen.show()
    screen.show_with(service_id)
    qtbot.waitExposed(screen)
    assert screen.print_button.isVisible()
    assert screen.print_button.button.text() == "Print this page"
    with qtbot.waitSignal(screen.printing.finished, timeout=20000):
        tap(screen.print_button.button)
    text = pdf_text(pdf)
    assert squashed(detail.name) in squashed(text) and f"Phone: {detail.phones[0].number}" in text
    assert text.count("Phone:") == len([p for p in detail.phones if p.number.strip()])
    assert f"Open: {formatting.opening_text(detail.opening_times[0])}" in text
    assert screen.print_button.status.text() == "Printed: collect it from the printer."
    screen.reset()
    assert screen.print_button.status.isHidden()


def test_a_printer_that_fails_says_so_plainly(qtbot, tap, db_path, settings, tmp_path) -> None:
    # A folder where the PDF file should be: the printout cannot be written.
    context = build_context(replace(settings, printer=f"pdf:{tmp_path}"), db_path, resources_dir())
    saved(context, 1)
    screen = MyListScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 1000)
    screen.show()
    screen.show_with(None)
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.printing.finished, timeout=20000) as done:
        tap(screen.print_button.button)
    assert done.args == [False, 0]
    assert screen.print_button.status.text() == (
        "Sorry, it did not print. Please ask a member of staff."
    )


def test_a_right_to_left_language_prints_right_to_left(printing_context) -> None:
    details = [printing_context.directory.service(i) for i in saved(printing_context, 1)]
    install_translator("ur", REPO / "resources")
    printout = service_printout(details, "My list")
    assert printout.right_to_left and '<body dir="rtl">' in printout.html
    # numbers and addresses stay left to right inside right-to-left lines, after their label
    number = details[0].phones[0].number
    assert words().phone_line.format(f"\u2066{number}\u2069") in printout.html
    assert words().phone_line != "Phone: {0}"  # in Urdu


def test_my_list_shows_each_phone_number_and_reads_it_digit_by_digit(qtbot, context) -> None:
    ids = saved(context, 2)
    screen = MyListScreen(context)
    qtbot.addWidget(screen)
    screen.show_with(None)
    for service_id in ids:
        detail = context.directory.service(service_id)
        label = screen.phone_labels[service_id][0]
        number = detail.phones[0].number
        assert number in label.text()
        assert label.accessibleName() == f"Phone: {number}"
        assert f"Phone: {number}" in screen.read_aloud_text()
    first = screen.phone_labels[ids[0]][0]
    spoken_text = spoken.speakable(first.text())
    digits = re.sub(r"\D", "", context.directory.service(ids[0]).phones[0].number)
    assert " ".join(digits[:5]) in spoken_text


def test_each_printed_page_is_counted_once_and_a_failure_not_at_all(
    qtbot, printing_context, pdf, tmp_path
) -> None:
    from kiosk.staff.statistics import UsageRecorder, read_counts
    from kiosk.ui.printing import Printing

    details = [printing_context.directory.service(i) for i in saved(printing_context, 3)]
    usage_file = tmp_path / "usage.sqlite3"
    usage = UsageRecorder(usage_file)
    printing = Printing(f"pdf:{pdf}", usage)
    with qtbot.waitSignal(printing.finished, timeout=20000) as done:
        assert printing.print_out(service_printout(details, "My list"))
    pages = done.args[1]
    assert pages == len(pypdf.PdfReader(pdf).pages) >= 1

    def printed() -> int:
        return sum(c.count for c in read_counts(usage_file) if c.event == "page_printed")

    assert printed() == pages
    broken = Printing(f"pdf:{tmp_path}", usage)  # a folder: nothing can be written
    with qtbot.waitSignal(broken.finished, timeout=20000) as done:
        broken.print_out(service_printout(details, "My list"))
    assert done.args == [False, 0] and printed() == pages
