"""Printing a visitor's list, or one service, on the hub's printer: large, plain A4 pages.

API:
    find_target(setting) -> PrintTarget | None
        The printer the `printer` setting names ("" none, "default", a printer's name, or
        "pdf:PATH"), or None when there is none, or it is not there or in error now.
    service_printout(details, heading) -> Printout
        Each service's name, phone numbers, email, web address, addresses and opening hours
        (kiosk.takeaway's wording, in the visitor's language) and its QR code.
    Printing(setting, usage=None, parent=None): QObject
        available() -> bool; print_out(printout) -> bool (False when busy or no printer).
        Each page printed is counted in USAGE (kiosk stats), in one place: _done().
        Signals: started(); finished(bool ok, int pages).

The pages are laid out and sent in a worker thread (QPainter on a QPrinter is safe off the
GUI thread), so the screen never waits for the printer: no dialog is ever shown.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.formatting import display_url
from kiosk.staff.statistics import UsageRecorder
from kiosk.store.models import ServiceDetail
from kiosk.takeaway import contact_lines, opening_entries, service_summary_text
from kiosk.ui import theme
from kiosk.ui.bidi import isolate, left_to_right
from kiosk.ui.usage import count_printed
from kiosk.ui.widgets.qr import QUIET_ZONE, make_matrix
from kiosk.ui.wording import words

log = logging.getLogger(__name__)

DEFAULT_PRINTER = "default"  # the `printer` setting for the computer's default printer
PDF_PREFIX = "pdf:"  # the `printer` setting "pdf:PATH": write a PDF file there instead
BODY_PT = 16  # big type: twice a letter's usual size
NAME_PT = 22
HEADING_PT = 28
QR_MM = 40
MARGIN_MM = 18
QR_MODULE_PX = 8  # pixels per QR module in the image (the page scales it to QR_MM)
# A text document sizes images in pixels at 96 per inch, scaled to the printer's resolution.
QR_HTML_PX = round(QR_MM / 25.4 * 96)


@dataclass(frozen=True)
class PrintTarget:
    """Where a printout goes: a printer by name, or (pdf_path) a PDF file."""

    printer_name: str = ""
    pdf_path: Path | None = None


@dataclass(frozen=True)
class Printout:
    """Pages to print: HTML whose images "qr:N" are the QR codes of PAYLOADS[N]."""

    title: str
    html: str
    payloads: tuple[str, ...]
    right_to_left: bool = False
    font_family: str = ""


def find_target(setting: str) -> PrintTarget | None:
    """The printer SETTING names, if it is there and not in error; else None (no button)."""
    name = setting.strip()
    if not name:
        return None
    if name.startswith(PDF_PREFIX):
        path = Path(name[len(PDF_PREFIX) :]).expanduser()
        return PrintTarget(pdf_path=path) if path.parent.is_dir() else None
    info = (
        QPrinterInfo.defaultPrinter() if name == DEFAULT_PRINTER else QPrinterInfo.printerInfo(name)
    )
    if info.isNull() or info.state() == QPrinter.PrinterState.Error:
        return None
    return PrintTarget(printer_name=info.printerName())


def _paragraph(text: str, size_pt: int, bold: bool = False, space_pt: int = 4) -> str:
    weight = "font-weight: bold; " if bold else ""
    return (
        f'<p style="{weight}font-size: {size_pt}pt; margin-top: {space_pt}pt; '
        f'margin-bottom: 0pt;">{text}</p>'
    )


def service_block(detail: ServiceDetail, qr_number: int, right_to_left: bool = False) -> str:
    """One service as a two-column table: what to know, and its QR code at the line's end."""
    w = words()
    lines = [_paragraph(html.escape(isolate(detail.name)), NAME_PT, bold=True, space_pt=0)]
    if detail.organisation and detail.organisation != detail.name:
        lines.append(_paragraph(html.escape(isolate(detail.organisation)), BODY_PT))
    # Each line is "Label: value"; the value (a number, an address) stays left to right.
    for line in contact_lines(detail, w, show_url=display_url, value=left_to_right):
        lines.append(_paragraph(html.escape(line), BODY_PT))
    for when, note in opening_entries(detail, w):
        if when:
            lines.append(_paragraph(html.escape(w.open_line.format(when)), BODY_PT))
        if note:
            lines.append(_paragraph(html.escape(isolate(note)), BODY_PT, space_pt=0))
    qr = f'<img src="qr:{qr_number}" width="{QR_HTML_PX}" height="{QR_HTML_PX}">'
    cells = [
        f"<td>{''.join(lines)}</td>",
        f'<td width="{QR_HTML_PX}" valign="top">{qr}</td>',
    ]
    if right_to_left:  # a text document does not mirror a table: the code goes on the left
        cells.reverse()
    return f'<table width="100%" cellspacing="0" cellpadding="8"><tr>{"".join(cells)}</tr></table>'


def service_printout(
    details: Sequence[ServiceDetail], heading: str, note: str = "", title: str = ""
) -> Printout:
    """The pages for DETAILS, under HEADING (and a line of NOTE), in the visitor's language."""
    w = words()
    blocks = [_paragraph(html.escape(heading), HEADING_PT, bold=True, space_pt=0)]
    if note:
        blocks.append(_paragraph(html.escape(note), BODY_PT, space_pt=6))
    payloads = []
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for number, detail in enumerate(details):
        blocks.append("<hr>")
        blocks.append(service_block(detail, number, right_to_left))
        payloads.append(service_summary_text(detail, words=w))
    body = "".join(blocks)
    direction = ' dir="rtl"' if right_to_left else ""
    return Printout(
        title or heading,
        f"<html><body{direction}>{body}</body></html>",
        tuple(payloads),
        right_to_left,
        theme.current_family(),
    )


def qr_image(payload: str) -> QImage:
    """The QR code as a black-on-white image, with its quiet zone ("too long": blank)."""
    matrix = make_matrix(payload) or []
    side = (len(matrix) + 2 * QUIET_ZONE) * QR_MODULE_PX
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (x + QUIET_ZONE) * QR_MODULE_PX,
                    (y + QUIET_ZONE) * QR_MODULE_PX,
                    QR_MODULE_PX,
                    QR_MODULE_PX,
                    QColor("#000000"),
                )
    painter.end()
    return image


class PrintError(RuntimeError):
    """The printer would not take the pages."""


def print_pages(printout: Printout, target: PrintTarget) -> int:
    """Lay PRINTOUT out on A4 and send it to TARGET; the number of pages. Any thread."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if target.pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target.pdf_path))
    else:
        printer.setPrinterName(target.printer_name)
    printer.setDocName(printout.title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    if not printer.isValid():
        raise PrintError(f"printer {target.printer_name!r} is not available")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    font = QFont(printout.font_family) if printout.font_family else QFont()
    font.setPointSize(BODY_PT)
    document.setDefaultFont(font)
    if printout.right_to_left:
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    # The QR images: QR_MM wide on paper, whatever the printer's resolution.
    qr_px = round(QR_MM / 25.4 * printer.resolution())
    for number, payload in enumerate(printout.payloads):
        image = qr_image(payload).scaled(qr_px, qr_px)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"qr:{number}"), image)
    document.setHtml(printout.html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    document.setPageSize(page.size())
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"cannot start printing on {target.printer_name or target.pdf_path}")
    try:
        for number in range(pages):
            if number and not printer.newPage():
                raise PrintError("the printer would not start a new page")
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Aborted, QPrinter.PrinterState.Error):
        raise PrintError("the printer stopped the printout")
    return pages


class Printing(QObject):
    """The kiosk's printer for one screen: whether it is there, and one printout at a time.

    Signals:
        started(): a printout is on its way (say "Printing...").
        finished(bool, int): it printed (True, pages) or failed (False, 0).
    """

    started = Signal()
    finished = Signal(bool, int)

    def __init__(
        self, setting: str, usage: UsageRecorder | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setting = setting
        self.usage = usage  # printed pages are counted here (kiosk stats)
        self.busy = False

    def available(self) -> bool:
        """Whether to show a print button: a printer is set, and there now."""
        return find_target(self.setting) is not None

    def print_out(self, printout: Printout) -> bool:
        """Start printing in a worker thread; False (nothing happens) when busy or no printer."""
        target = find_target(self.setting)
        if self.busy or target is None:
            return False
        self.busy = True
        self.started.emit()
        thread = threading.Thread(
            target=self._run, args=(printout, target), name="printing", daemon=True
        )
        thread.start()
        return True

    def _run(self, printout: Printout, target: PrintTarget) -> None:
        try:
            pages = print_pages(printout, target)
        except Exception:
            log.exception("printing %r failed", printout.title)
            self._done(False, 0)
        else:
            log.info("printed %r: %d page(s)", printout.title, pages)
            self._done(True, pages)

    def _done(self, ok: bool, pages: int) -> None:
        """The one place a printout ends: printed pages are counted here, and only here."""
        if ok and self.usage is not None:
            count_printed(self.usage, pages)  # safe from any thread
        self.busy = False
        self.finished.emit(ok, pages)


def status_words(ok: bool) -> str:
    """What the screen says when a printout ends."""
    if ok:
        return QCoreApplication.translate("Printing", "Printed: collect it from the printer.")
    return QCoreApplication.translate(
        "Printing", "Sorry, it did not print. Please ask a member of staff."
    )
