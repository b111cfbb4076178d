"""The staff pages that are plain widgets (reports, settings), as pages of the window's stack."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.staff.mode import StaffScreen
from kiosk.ui.staff.reports import ReportsPage
from kiosk.ui.staff.settings_page import SettingsPage


class _HostedScreen(StaffScreen):
    """Holds one page; its closed() goes back to the staff home."""

    def __init__(self, context: AppContext, page: ReportsPage | SettingsPage) -> None:
        super().__init__(context)
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        page.closed.connect(lambda: self.navigate.emit(base.STAFF_HOME, None))


class ReportsScreen(_HostedScreen):
    """Usage and feedback reports, saved to a USB stick (kiosk.ui.staff.reports)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, ReportsPage(context))

    def title(self) -> str:
        return self.tr("Reports")


class SettingsScreen(_HostedScreen):
    """The everyday settings staff may change (kiosk.ui.staff.settings_page)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, SettingsPage(context))

    def title(self) -> str:
        return self.tr("Settings")
