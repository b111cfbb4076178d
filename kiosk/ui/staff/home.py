"""The staff home: the data in use (and a warning when it is old), the latest update, and the
ways on: update, undo, leave the kiosk, start it again, back."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.staff.datastatus import DataStatus, data_status
from kiosk.staff.dropfolder import FAILED, REFUSED
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.staff.mode import StaffMode, StaffScreen
from kiosk.ui.staff.wording import StaffWords
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scroll import TouchScrollArea


class StaffHomeScreen(StaffScreen):
    """What data the kiosk shows, how old it is, and what staff can do about it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.words = StaffWords(self)
        self.status: DataStatus | None = None
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(56, 24, 56, 24)
        column.setSpacing(20)

        self.warning = QLabel("", content)
        theme.set_role(self.warning, "error")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.last_update = QLabel("", content)
        self.last_update.setWordWrap(True)

        card = QFrame(content)
        theme.set_role(card, "card")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(40, 32, 40, 32)
        heading = QLabel(self.tr("The data in use"), card)
        theme.set_role(heading, "subheading")
        accessibility.mark_heading(heading)
        self.facts = QLabel(self.tr("Reading the data…"), card)
        self.facts.setWordWrap(True)
        quality_heading = QLabel(self.tr("Data quality"), card)
        theme.set_role(quality_heading, "subheading")
        accessibility.mark_heading(quality_heading)
        self.quality = QLabel("", card)
        self.quality.setWordWrap(True)
        for widget in (heading, self.facts, quality_heading, self.quality):
            inside.addWidget(widget)

        self.update_button = BigButton(self.tr("Update from USB stick or folder"), "forward", True)
        self.update_button.clicked.connect(lambda: self.navigate.emit(base.STAFF_UPDATE, None))
        self.undo_button = BigButton(self.tr("Undo the last update"), "restart")
        self.undo_button.clicked.connect(lambda: self.navigate.emit(base.STAFF_UNDO, None))
        self.reports_button = BigButton(self.tr("Reports"), "assessment")
        self.reports_button.setAccessibleDescription(
            self.tr("Usage and feedback, to save on a USB stick")
        )
        self.reports_button.clicked.connect(lambda: self.navigate.emit(base.STAFF_REPORTS, None))
        self.settings_button = BigButton(self.tr("Settings"), "access")
        self.settings_button.clicked.connect(lambda: self.navigate.emit(base.STAFF_SETTINGS, None))
        self.exit_button = BigButton(self.tr("Exit to the desktop"), "close")
        self.exit_button.setAccessibleDescription(self.tr("Close the kiosk"))
        self.exit_button.clicked.connect(lambda: self._quit(False))
        self.restart_button = BigButton(self.tr("Restart the kiosk"), "restart")
        self.restart_button.clicked.connect(lambda: self._quit(True))
        self.back_button = BigButton(self.tr("Back"), "back")
        self.back_button.setAccessibleDescription(self.tr("Leave staff mode"))
        self.back_button.clicked.connect(lambda: self.navigate.emit(base.WELCOME, None))
        data_buttons = FlowLayout(spacing=24)
        data_buttons.addWidget(self.update_button)
        data_buttons.addWidget(self.undo_button)
        data_buttons.addWidget(self.reports_button)
        data_buttons.addWidget(self.settings_button)
        kiosk_buttons = FlowLayout(spacing=24)
        for button in (self.back_button, self.restart_button, self.exit_button):
            kiosk_buttons.addWidget(button)

        column.addWidget(self.warning)
        column.addWidget(card)
        column.addWidget(self.last_update)
        column.addLayout(data_buttons)
        column.addLayout(kiosk_buttons)
        column.addStretch(1)
        scroll = TouchScrollArea(content, self)
        scroll.setAccessibleName(self.tr("Staff home"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(scroll)

    def attach(self, staff: StaffMode) -> None:
        super().attach(staff)
        staff.data_changed.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Staff mode")

    def show_with(self, arg: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the data file afresh on a worker (it may be large, or being replaced)."""
        if self.staff is None:
            return
        db_path, months = self.staff.db_path, self.context.settings.data_stale_after_months
        self.staff.jobs.run(lambda: data_status(db_path, months), self.show_status, self._failed)

    def show_status(self, status: DataStatus) -> None:
        self.status = status
        live = status.live
        if live is None:
            self.facts.setText(self.tr("No data has been imported yet."))
            self.quality.setText("")
        else:
            self.facts.setText("\n".join(self.words.dataset_lines(live)))
            quality = self.words.quality_lines(live.quality) if live.quality else []
            self.quality.setText("\n".join(quality))
        months = self.context.settings.data_stale_after_months
        if live is not None and live.stale:
            self.warning.setText(
                self.tr(
                    "This data is older than %n month(s). Families may find services that "
                    "have changed: please update it.",
                    "",
                    months,
                )
            )
        elif live is not None and live.sample:
            self.warning.setText(
                self.tr("This is sample data: import the council's Local Offer to replace it.")
            )
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))
        outcome = status.last_import
        self.last_update.setText(self.words.outcome_line(outcome) if outcome else "")
        went_wrong = outcome is not None and outcome.outcome in (REFUSED, FAILED)
        theme.set_role(self.last_update, "error" if went_wrong else "body")
        self.last_update.setVisible(outcome is not None)
        if status.writer:
            self.last_update.setText(self.tr("An update is running now: {0}").format(status.writer))
            self.last_update.setVisible(True)
        self.undo_button.setEnabled(status.has_previous)

    def _failed(self, exc: BaseException) -> None:
        self.facts.setText(self.tr("The data cannot be read: {0}").format(exc))
        self.quality.setText("")

    def _quit(self, restart: bool) -> None:
        if self.staff is not None:
            self.staff.quit_requested.emit(restart)
