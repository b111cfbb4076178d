"""Staff see how the kiosk is used and what visitors said, and save the reports to a USB stick.

The last 7 and 30 days: sessions, searches, searches that found nothing, the most opened
topics, groups and services, and the feedback. "Save to USB stick" writes the usage CSV, the
feedback CSV and a one-page summary with a chart (PNG, drawn here) into a new folder on the
stick (kiosk.staff.report_files.save_reports: every file or none).
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.staff import report_files
from kiosk.staff.removable import writable_media_roots
from kiosk.staff.report_files import PERIODS_DAYS, PeriodReport, ReportWriteError
from kiosk.staff.statistics import Event
from kiosk.staff.usagedb import UsageFileError
from kiosk.store import vocabulary
from kiosk.ui import accessibility, theme
from kiosk.ui.context import KioskSetup
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scroll import TouchScrollArea

log = logging.getLogger(__name__)

# The summary picture: A4 at 150 dots per inch.
PAGE_W, PAGE_H = 1240, 1754
MARGIN = 90


class ReportsPage(QWidget):
    """Usage and feedback for staff, and saving them to a USB stick.

    `find_drives` lists the removable drives that can be written to (a seam: tests give a
    folder of their own). `today` says which day the periods end on.

    Signals:
        closed(): staff are done here (Back).
    """

    closed = Signal()

    def __init__(self, context: KioskSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.find_drives: Callable[[], list[Path]] = writable_media_roots
        self.today: Callable[[], datetime.date] = datetime.date.today
        self.reports: dict[int, PeriodReport] = {}
        self.saved_to: Path | None = None

        heading = QLabel(self.tr("Usage and feedback"), self)
        theme.set_role(heading, "heading")
        accessibility.mark_heading(heading)
        intro = QLabel(
            self.tr(
                "Anonymous counts only: nothing a visitor types is kept, except masked "
                "comments they choose to leave."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem_label = QLabel("", self)
        theme.set_role(self.problem_label, "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.period_labels: dict[int, QLabel] = {}
        periods = QHBoxLayout()
        periods.setSpacing(24)
        for days in PERIODS_DAYS:
            card = QFrame(self)
            theme.set_role(card, "card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(32, 20, 32, 24)
            title = QLabel(self.tr("The last %n day(s)", "", days), card)
            theme.set_role(title, "subheading")
            accessibility.mark_heading(title)
            body = QLabel("", card)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            inner.addWidget(title)
            inner.addWidget(body, 1)
            self.period_labels[days] = body
            periods.addWidget(card, 1)

        self.save_button = BigButton(self.tr("Save to USB stick"), "forward", primary=True)
        self.save_button.setAccessibleDescription(
            self.tr("The usage and feedback as spreadsheets, and a one-page summary")
        )
        self.save_button.clicked.connect(self.save)
        self.back_button = BigButton(self.tr("Back"), "back")
        self.back_button.clicked.connect(self.closed)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.drive_group = QButtonGroup(self)
        self.drive_group.setExclusive(True)
        self.drive_row = QWidget(self)
        accessibility.mark_group(self.drive_row, self.tr("USB sticks"))
        self._drives = FlowLayout(self.drive_row, spacing=12)
        self.drive_row.hide()
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        theme.set_role(self.status_label, "subheading")
        self.status_label.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(56, 24, 56, 24)
        layout.setSpacing(20)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.problem_label)
        layout.addLayout(periods)
        layout.addLayout(buttons)
        layout.addWidget(self.drive_row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.refresh()

    # -- the figures -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the usage file again and show the last 7 and 30 days."""
        self.problem_label.hide()
        try:
            self.reports = {
                days: report_files.period_report(days, self.context.usage.path, self.today())
                for days in PERIODS_DAYS
            }
        except UsageFileError as exc:
            log.warning("cannot show usage: %s", exc)
            self.reports = {}
            self.problem_label.setText(self.tr("The usage figures cannot be read just now."))
            self.problem_label.show()
        for days, label in self.period_labels.items():
            report = self.reports.get(days)
            label.setText("\n".join(self.report_lines(report)) if report else "")

    def report_lines(self, report: PeriodReport) -> list[str]:
        """The figures for one period, as lines of text (the page and the summary picture)."""
        lines = [
            self.tr("Visitors (sessions): {0}").format(report.total(Event.SESSION)),
            self.tr("Screens viewed: {0}").format(report.total(Event.SCREEN)),
            self.tr("Searches: {0}").format(report.total(Event.SEARCH)),
            self.tr("Searches that found nothing: {0}").format(
                report.total(Event.SEARCH_NO_RESULTS)
            ),
            self.tr("Services viewed: {0}").format(report.total(Event.SERVICE)),
            self.tr("QR codes shown: {0}").format(report.total(Event.QR_SHOWN)),
            self.tr("Pages printed: {0}").format(report.total(Event.PAGE_PRINTED)),
            self.tr("Idle resets: {0}").format(report.total(Event.IDLE_RESET)),
        ]
        for event, heading, names in (
            (Event.TOPIC, self.tr("Most opened topics:"), self._topic_names()),
            (Event.CATEGORY, self.tr("Most opened groups of services:"), self._category_names()),
        ):
            most = report.most(event)
            if most:
                lines.append(heading)
                lines += [f"    {names.get(key, key)}: {n}" for key, n in most]
        if report.usage.unfound:
            lines.append(self.tr("Words of searches that found nothing:"))
            lines += [f"    {words}: {n}" for words, n in report.usage.unfound[:8]]
        lines.append(self.tr("Feedback:"))
        lines += [
            "    "
            + self.tr("Yes {0}, partly {1}, no {2}").format(
                report.ratings["helpful"], report.ratings["partly"], report.ratings["not_helpful"]
            ),
            "    " + self.tr("Problems reported: {0}").format(report.problems),
            "    " + self.tr("Comments: {0}").format(report.comments),
        ]
        return lines

    def _topic_names(self) -> dict[str, str]:
        return {topic.id: topic.title for topic in self.context.topics}

    def _category_names(self) -> dict[str, str]:
        names = {need.id: need.name for need in vocabulary.needs()}
        return names | {category.id: category.name for category in vocabulary.categories()}

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Write the reports to the USB stick (the one chosen, when there are several)."""
        self.saved_to = None
        drives = self.find_drives()
        self._show_drives(drives)
        if not drives:
            self._say(self.tr("No USB stick found. Put one in, wait a moment, and try again."))
            return
        chosen = self.drive_group.checkedButton()
        if len(drives) > 1 and chosen is None:
            self._say(self.tr("Choose the USB stick to save to, then touch Save again."))
            return
        target = Path(str(chosen.value)) if isinstance(chosen, ChipButton) else drives[0]
        try:
            files = self.report_files()
        except UsageFileError as exc:
            log.warning("cannot read usage for the reports: %s", exc)
            self._say(self.tr("The usage figures cannot be read just now. Nothing was saved."))
            return
        name = report_files.folder_name(self.context.settings.kiosk_name, datetime.datetime.now())
        try:
            self.saved_to = report_files.save_reports(target, name, files)
        except ReportWriteError as exc:
            log.warning("reports not saved: %s", exc)
            self._say(
                self.tr(
                    "The reports could not be saved on {0}. Is it full, or locked? Nothing was "
                    "left half-written."
                ).format(target.name or str(target))
            )
            return
        log.info("reports saved to %s", self.saved_to)
        self._say(
            self.tr("Saved in the folder {0} on {1}. You can take the stick out now.").format(
                self.saved_to.name, target.name or str(target)
            )
        )

    def report_files(self) -> dict[str, bytes]:
        """The files saved to the stick: both CSVs, and the summary of the last 30 days."""
        path = self.context.usage.path
        self.refresh()
        month = self.reports.get(max(PERIODS_DAYS))
        if month is None:
            raise UsageFileError("the usage file cannot be read")
        return {
            report_files.USAGE_CSV: report_files.usage_csv(path),
            report_files.FEEDBACK_CSV: report_files.feedback_csv(path),
            report_files.SUMMARY_PNG: self.summary_png(month),
        }

    def summary_png(self, report: PeriodReport) -> bytes:
        """One page: the figures, and a bar chart of visitors per day."""
        image = self.summary_image(report)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the str
        buffer.close()
        return bytes(data.data())

    def summary_image(self, report: PeriodReport) -> QImage:
        image = QImage(PAGE_W, PAGE_H, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("black"))
            # Fixed sizes: the page is printed, whatever text size the kiosk shows.
            font = QFont(theme.font(28, bold=True))
            font.setPixelSize(40)
            painter.setFont(font)
            y = MARGIN
            painter.drawText(
                QRect(MARGIN, y, PAGE_W - 2 * MARGIN, 60),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("{0}: usage and feedback").format(self.context.settings.site_name),
            )
            y += 70
            font = QFont(theme.font(24))
            font.setPixelSize(24)
            painter.setFont(font)
            painter.drawText(
                MARGIN,
                y + 24,
                self.tr("{0} to {1}, kiosk {2}").format(
                    report.first.isoformat(),
                    report.last.isoformat(),
                    self.context.settings.kiosk_name,
                ),
            )
            y += 60
            y = self._draw_chart(painter, report, y)
            line_height = 32
            for line in self.report_lines(report):
                if y + line_height > PAGE_H - MARGIN:
                    break
                painter.drawText(MARGIN, y + 24, line)
                y += line_height
        finally:
            painter.end()
        return image

    def _draw_chart(self, painter: QPainter, report: PeriodReport, top: int) -> int:
        """Visitors per day as bars; returns the y below the chart."""
        painter.drawText(MARGIN, top + 24, self.tr("Visitors per day"))
        top += 40
        height, width = 360, PAGE_W - 2 * MARGIN
        days = report.sessions_by_day
        most = max((n for _day, n in days), default=0) or 1
        step = width / max(1, len(days))
        painter.setPen(QColor("black"))
        painter.drawLine(MARGIN, top + height, MARGIN + width, top + height)
        for index, (day, n) in enumerate(days):
            bar = round(height * n / most)
            x = round(MARGIN + index * step + step * 0.15)
            painter.fillRect(
                x, top + height - bar, max(2, round(step * 0.7)), bar, QColor("#1f4e8c")
            )
            if index % 7 == 0:  # a date under every seventh bar
                painter.drawText(x, top + height + 28, day.strftime("%d %b"))
        painter.drawText(MARGIN, top - 4, str(most) if most > 1 else "")
        return top + height + 60

    # -- telling staff -----------------------------------------------------------------------
    def _show_drives(self, drives: list[Path]) -> None:
        """A chip per stick when there are several; the one chosen is kept if still there."""
        chosen = self.drive_group.checkedButton()
        keep = chosen.value if isinstance(chosen, ChipButton) else None
        for button in self.drive_group.buttons():
            self.drive_group.removeButton(button)
            self._drives.removeWidget(button)
            button.hide()
            button.deleteLater()
        if len(drives) > 1:
            for drive in drives:
                chip = ChipButton(drive.name or str(drive), str(drive), self.drive_row)
                accessibility.mark_choice(chip)
                self.drive_group.addButton(chip)
                self._drives.addWidget(chip)
                chip.setChecked(str(drive) == keep)
        self.drive_row.setVisible(len(drives) > 1)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        accessibility.announce(self, text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
