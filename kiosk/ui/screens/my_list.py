"""My list: the services the visitor saved, each removable, and one QR code for them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.store.models import ServiceDetail
from kiosk.takeaway import list_summary_text
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.list_models import summary_of
from kiosk.ui.screens import base
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.cards import ServiceCard
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.icon_label import IconLabel
from kiosk.ui.widgets.qr import QrCode
from kiosk.ui.widgets.scroll import TouchScrollArea
from kiosk.ui.wording import words

QR_PX = 360
EMPTY_PAGE, LIST_PAGE = 0, 1


class MyListScreen(base.Screen):
    """Saved services as cards with "Remove"; the whole list as one QR code."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.districts = context.directory.districts()
        self.details: list[ServiceDetail] = []
        self.cards: dict[str, ServiceCard] = {}
        self.remove_buttons: dict[str, BigButton] = {}
        self._rows: list[QWidget] = []
        self._shown: list[str] | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_empty())
        self.pages.addWidget(self._build_list())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 24, 32, 16)
        layout.addWidget(self.pages)
        context.session.list_changed.connect(self.refresh)

    def _build_empty(self) -> QWidget:
        page = QFrame()
        theme.set_role(page, "card")
        icon = IconLabel("star", 96, page)
        heading = QLabel(self.tr("Your list is empty."), page)
        theme.set_role(heading, "heading")
        heading.setWordWrap(True)
        self.empty_heading = heading
        text = QLabel(
            self.tr("Tap “Add to my list” on any service to save it here."),
            page,
        )
        text.setWordWrap(True)
        self.empty_text = text
        self.find_button = BigButton(self.tr("Find local services"), "directory", primary=True)
        self.find_button.clicked.connect(lambda: self.navigate.emit(base.DIRECTORY, None))
        self.search_button = BigButton(self.tr("Search"), "search")
        self.search_button.clicked.connect(lambda: self.navigate.emit(base.SEARCH, None))
        buttons = FlowLayout(spacing=24)
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.search_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(64, 56, 64, 56)
        layout.setSpacing(24)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_list(self) -> QWidget:
        page = QWidget()
        self.count_label = QLabel("", page)
        theme.set_role(self.count_label, "heading")
        self.count_label.setWordWrap(True)
        cards = QWidget()
        self._cards_layout = QVBoxLayout(cards)
        self._cards_layout.setContentsMargins(0, 0, 16, 16)
        self._cards_layout.setSpacing(20)
        self._cards_layout.addStretch(1)

        panel = QFrame(page)
        theme.set_role(panel, "panel")
        take = QLabel(self.tr("Take your list with you"), panel)
        theme.set_role(take, "subheading")
        accessibility.mark_heading(take)
        take.setWordWrap(True)
        hint = QLabel(
            self.tr("Point your phone's camera at the code. Your phone shows the list as text."),
            panel,
        )
        hint.setWordWrap(True)
        self.qr = QrCode("", self.tr("Your whole list"), QR_PX, panel)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(32, 28, 32, 28)
        panel_layout.setSpacing(16)
        panel_layout.addWidget(take)
        panel_layout.addWidget(hint)
        panel_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        panel_layout.addStretch(1)

        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        if theme.is_large_text():
            # Bigger text: the cards, then the code, on one page that scrolls as a whole.
            content = QWidget()
            column = QVBoxLayout(content)
            column.setContentsMargins(0, 0, 16, 16)
            column.setSpacing(24)
            column.addWidget(self.count_label)
            column.addWidget(cards)
            column.addWidget(panel)
            self.cards_area = TouchScrollArea(content, page)
            outer.addWidget(self.cards_area)
            return page
        self.cards_area = TouchScrollArea(cards, page)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.count_label)
        left.addWidget(self.cards_area, 1)
        panel.setFixedWidth(QR_PX + 120)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(40)
        row.addLayout(left, 1)
        row.addWidget(panel)
        outer.addLayout(row)
        return page

    def title(self) -> str:
        return self.tr("My list")

    def read_aloud_text(self) -> str:
        if not self.details:
            return f"{self.empty_heading.text()} {self.empty_text.text()}"
        names = ". ".join(detail.name for detail in self.details)
        return f"{self.count_label.text()}. {names}"

    def show_with(self, arg: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the session's saved services (rebuilt only when the list changed)."""
        saved = list(self.context.session.saved)
        if saved == self._shown:
            return
        self._shown = saved
        details = [self.context.directory.service(sid) for sid in saved]
        self.details = [d for d in details if d is not None]
        for row in self._rows:
            self._cards_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows, self.cards, self.remove_buttons = [], {}, {}
        for detail in self.details:
            self._add_row(detail)
        count = len(self.details)
        self.count_label.setText(self.tr("%n saved service(s)", "", count))
        self.qr.set_payload(
            list_summary_text(self.details, words=words()), self.tr("Your whole list")
        )
        self.pages.setCurrentIndex(LIST_PAGE if self.details else EMPTY_PAGE)

    def _add_row(self, detail: ServiceDetail) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(16)
        card = ServiceCard(summary_of(detail), self.districts, row)
        card.clicked.connect(lambda _=False, s=detail.id: self.navigate.emit(base.SERVICE, s))
        remove = BigButton(self.tr("Remove"), "close")
        remove.setAccessibleName(self.tr("Remove {0} from my list").format(detail.name))
        remove.setMinimumWidth(200)
        remove.clicked.connect(lambda _=False, d=detail: self._remove(d))
        line.addWidget(card, 1)
        line.addWidget(remove, 0, Qt.AlignmentFlag.AlignVCenter)
        self._cards_layout.insertWidget(self._cards_layout.count() - 1, row)
        self._rows.append(row)
        self.cards[detail.id] = card
        self.remove_buttons[detail.id] = remove

    def _remove(self, detail: ServiceDetail) -> None:
        self.context.session.toggle_saved(detail.id)
        self.announce.emit(self.tr("Removed {0} from your list.").format(detail.name))

    def reset(self) -> None:
        self._shown = None
        self.refresh()
        self.cards_area.scroll_to_top()
