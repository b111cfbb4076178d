"""SEND topics: the list of topic pages, and one topic page with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.links import LinkKind, PageLink
from kiosk.content.topics import Topic
from kiosk.formatting import breakable
from kiosk.store.cleaning import EMAIL_IN_TEXT
from kiosk.store.models import Category, Filters
from kiosk.takeaway import mailto_uri, web_url
from kiosk.ui import accessibility, theme
from kiosk.ui.bidi import left_to_right
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.usage import count_codes
from kiosk.ui.widgets.buttons import BigButton, TileButton
from kiosk.ui.widgets.cards import category_tile
from kiosk.ui.widgets.feedback import FeedbackHost
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.icon_label import IconLabel
from kiosk.ui.widgets.markdown import MarkdownView
from kiosk.ui.widgets.qr import QrPanel
from kiosk.ui.widgets.scroll import TouchScrollArea

TOPIC_COLUMNS = 3
LINK_ICONS = {LinkKind.TOPIC: "info", LinkKind.CONTACT: "phone", LinkKind.SEARCH: "search"}
MAX_CATEGORY_TILES = 3  # more than this and the page offers the whole directory instead
QR_PX = 220


def find_topic(topics: list[Topic], topic_id: object) -> Topic | None:
    return next((t for t in topics if t.id == topic_id), None)


class TopicsScreen(base.Screen):
    """One big button per topic: icon, title and a one-line summary."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.tiles: dict[str, TileButton] = {}
        intro = QLabel(self.tr("Choose a topic to read about it."), self)
        theme.set_role(intro, "subheading")
        self.intro = intro
        grid = QGridLayout()
        grid.setSpacing(24)
        columns = theme.columns(TOPIC_COLUMNS)
        for number, topic in enumerate(context.topics):
            tile = TileButton(topic.title, topic.summary, topic.icon)
            tile.value = topic.id
            tile.setMinimumHeight(150)
            tile.clicked.connect(lambda _=False, t=topic.id: self.navigate.emit(base.TOPIC, t))
            grid.addWidget(tile, number // columns, number % columns)
            self.tiles[topic.id] = tile
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def title(self) -> str:
        return self.tr("SEND support explained")

    def read_aloud_text(self) -> str:
        return self.intro.text()

    def reset(self) -> None:
        self.scroll_area.scroll_to_top()


class TopicPage(QWidget):
    """A topic's Markdown on the left; what to do next and QR codes on the right.

    Used by TopicScreen and TalkScreen.

    Signals:
        navigate(str, object): as Screen.navigate (the owning screen passes it on).
    """

    navigate = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.topic: Topic | None = None
        self.action_buttons: list[TileButton] = []
        self.icon_label = IconLabel("info", 72, self)
        self.heading = QLabel("", self)
        theme.set_role(self.heading, "display")
        self.heading.setWordWrap(True)
        # One line in the visitor's language when the page is a translation nobody has
        # checked yet, or is shown in English because it has not been translated.
        self.translation_note = QLabel("", self)
        theme.set_role(self.translation_note, "muted")
        self.translation_note.setWordWrap(True)
        self.translation_note.hide()
        # With bigger text the page is one column that scrolls as a whole; at 100 % the text
        # and what to do next sit side by side, each scrolling.
        self.one_page = theme.is_large_text()
        self.body = MarkdownView(self, grow=self.one_page)
        self.body.setAccessibleName(self.tr("Page text"))
        self.body.link_tapped.connect(lambda kind, target: self.follow(LinkKind(kind), target))
        self._wanted = ""  # words to scroll to, again whenever the page is laid out anew
        self.body.installEventFilter(self)
        self.link_buttons: list[BigButton] = []

        self.next_label = QLabel(self.tr("What you can do next"), self)
        theme.set_role(self.next_label, "subheading")
        accessibility.mark_heading(self.next_label)
        self.next_label.setWordWrap(True)
        self._actions = QVBoxLayout()
        self._actions.setSpacing(16)
        # "Search services" and the owning screen's own buttons, side by side, kept for good
        self._extra_actions = FlowLayout(spacing=16)
        self.search_button = BigButton(self.tr("Search services"), "search")
        self.search_button.setAccessibleDescription(self.tr("Type what you are looking for"))
        self.search_button.clicked.connect(lambda: self.navigate.emit(base.SEARCH, None))
        self._extra_actions.addWidget(self.search_button)
        self.qr_label = QLabel(self.tr("Scan with your phone to read more"), self)
        theme.set_role(self.qr_label, "subheading")
        accessibility.mark_heading(self.qr_label)
        self.qr_label.setWordWrap(True)
        self.qr_panel = QrPanel(columns=2, size=QR_PX)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 24, 24)
        side_layout.setSpacing(16)
        side_layout.addWidget(self.next_label)
        # The page's own links again as buttons: reachable by Tab and by screen readers too.
        self._links = QVBoxLayout()
        self._links.setSpacing(16)
        side_layout.addLayout(self._links)
        side_layout.addLayout(self._actions)
        side_layout.addLayout(self._extra_actions)
        side_layout.addSpacing(8)
        self._qr_row = QBoxLayout(
            QBoxLayout.Direction.TopToBottom if self.one_page else QBoxLayout.Direction.LeftToRight
        )
        self._qr_row.setSpacing(24)
        self._qr_row.addWidget(self.qr_panel)
        self._qr_row.addWidget(self.qr_label, 1, Qt.AlignmentFlag.AlignTop)
        side_layout.addLayout(self._qr_row)
        side_layout.addStretch(1)
        self.side_layout = side_layout  # the owning screen may add to the end (feedback)

        title_row = QHBoxLayout()
        title_row.setSpacing(24)
        title_row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.heading, 1)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addLayout(title_row)
        left.addWidget(self.translation_note)
        left.addWidget(self.body, 0 if self.one_page else 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if self.one_page:
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(48, 24, 32, 0)
            column.setSpacing(24)
            column.addLayout(left)
            column.addWidget(side)
            self.side_area = TouchScrollArea(page, self)
            outer.addWidget(self.side_area)
            self._follow_ranges()
            return
        self.side_area = TouchScrollArea(side, self)
        columns = QHBoxLayout()
        columns.setContentsMargins(48, 24, 24, 0)
        columns.setSpacing(40)
        columns.addLayout(left, 55)
        columns.addWidget(self.side_area, 45)
        outer.addLayout(columns)
        self._follow_ranges()

    def show_topic(self, topic: Topic, extra_categories: tuple[str, ...] = ()) -> None:
        """Fill the page; extra_categories are offered first, before the topic's own."""
        self.topic = topic
        self.heading.setText(topic.title)
        self.heading.setAccessibleName(topic.title)
        self.icon_label.set_icon_name(topic.icon)
        note = self.translation_note_text(topic)
        self.translation_note.setText(note)
        self.translation_note.setVisible(bool(note))
        # An English page in a right-to-left kiosk still reads left to right.
        english_here = topic.language != self.context.session.language.split("-")[0]
        direction = Qt.LayoutDirection.LeftToRight if english_here else self.layoutDirection()
        for widget in (self.heading, self.body):
            widget.setLayoutDirection(direction)
        self.body.set_markdown(topic.body, drop_title=topic.title)
        self._fill_links(self.body.links())
        self._fill_actions([*extra_categories, *topic.categories])
        self._fill_codes(topic)
        self._wanted = ""
        self.body.scroll_to_top()
        self.side_area.scroll_to_top()

    def scroll_to_words(self, words: str) -> None:
        """Scroll the page to the paragraph or list item that begins with WORDS ("" none)."""
        self._wanted = words
        self._scroll_to_wanted()

    def _scroll_to_wanted(self) -> None:
        top = self.body.top_of(self._wanted) if self._wanted else None
        if top is None:
            return
        page = self.side_area.widget()
        if self.one_page and page is not None:  # the page scrolls as a whole, text and all
            inside = self.body.mapTo(page, QPoint(0, 0)).y()
            self.side_area.verticalScrollBar().setValue(inside + top)
        else:
            self.body.verticalScrollBar().setValue(top)

    def _follow_ranges(self) -> None:
        # The page is laid out in steps after it is filled (the text, then the page around
        # it): each time what can be scrolled changes, the words are scrolled to again.
        for area in (self.body, self.side_area):
            area.verticalScrollBar().rangeChanged.connect(lambda *_: self._scroll_to_wanted())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.Resize and self._wanted:
            self._scroll_to_wanted()  # laid out at its real width: the words have moved
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scroll_to_wanted()

    def translation_note_text(self, topic: Topic) -> str:
        """What the visitor is told about the page's language, in their language ("" none)."""
        if topic.language != self.context.session.language.split("-")[0]:
            return self.tr("This page is not in your language yet, so it is in English.")
        if topic.unchecked:
            return self.tr("This page has been translated but not yet checked.")
        return ""

    def follow(self, kind: LinkKind, target: str) -> None:
        """Open what a page link names: a topic page, the talk page at a contact, a search."""
        if kind is LinkKind.TOPIC:
            self.navigate.emit(base.TOPIC, target)
        elif kind is LinkKind.CONTACT:
            self.navigate.emit(base.TALK, target)
        else:
            self.navigate.emit(base.SEARCH, target)

    def _fill_links(self, links: tuple[PageLink, ...]) -> None:
        for button in self.link_buttons:
            self._links.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.link_buttons = []
        for link in dict.fromkeys(links):
            # a link's words start mid-sentence ("the request form"); a button starts a phrase
            button = BigButton(link.label[:1].upper() + link.label[1:], LINK_ICONS[link.kind])
            button.clicked.connect(lambda _=False, k=link.kind, t=link.target: self.follow(k, t))
            self._links.addWidget(button)
            self.link_buttons.append(button)

    def _fill_actions(self, category_ids: list[str]) -> None:
        for button in self.action_buttons:
            self._actions.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.action_buttons = []
        words = self.context.vocabulary()
        counts = {c.id: c for c in words.all_named(self.context.directory.categories(Filters()))}
        wanted: list[Category] = []
        for category_id in dict.fromkeys(category_ids):
            category = counts.get(category_id)
            if category is not None and category.count > 0:
                wanted.append(category)
        if len(wanted) > MAX_CATEGORY_TILES:
            tile = TileButton(
                self.tr("Find local services"),
                self.tr("All %n group(s) of services", "", len(counts)),
                "directory",
            )
            tile.clicked.connect(lambda: self.navigate.emit(base.DIRECTORY, None))
            self._add_action(tile)
        else:
            for category in wanted:
                tile = category_tile(category)
                tile.clicked.connect(
                    lambda _=False, c=category.id: self.navigate.emit(base.SERVICES, c)
                )
                self._add_action(tile)

    def _add_action(self, button: TileButton) -> None:
        button.setMinimumSize(320, 110)
        self._actions.addWidget(button)
        self.action_buttons.append(button)

    def _fill_codes(self, topic: Topic) -> None:
        # A fresh panel each time: old codes must vanish at once, not at the next deferred delete.
        fresh = QrPanel(columns=2, size=QR_PX)
        self._qr_row.replaceWidget(self.qr_panel, fresh)
        self.qr_panel.hide()
        self.qr_panel.deleteLater()
        self.qr_panel = fresh
        for link in topic.links:
            url = web_url(link.url)
            if url:
                self.qr_panel.add(url, link.label)
        for address in dict.fromkeys(EMAIL_IN_TEXT.findall(topic.body)):
            uri = mailto_uri(address)
            if uri:
                self.qr_panel.add(
                    uri, self.tr("Email {0}").format(left_to_right(breakable(address)))
                )
        has_codes = bool(self.qr_panel.codes())
        for widget in (self.qr_label, self.qr_panel):
            widget.setVisible(has_codes)

    def read_aloud_text(self) -> str:
        """The page's title and all its words, as a visitor would read them."""
        if self.topic is None:
            return ""
        note = self.translation_note.text() if self.translation_note.isVisibleTo(self) else ""
        return " ".join(p for p in (f"{self.topic.title}.", note, self.body.toPlainText()) if p)

    def reset(self) -> None:
        self._wanted = ""
        self.body.scroll_to_top()
        self.side_area.scroll_to_top()


class TopicScreen(base.Screen):
    """One topic page (arg: the topic id)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.page = TopicPage(context, self)
        self.page.navigate.connect(self.navigate)
        self.feedback = FeedbackHost(context, "topic", self.page, self)
        self.page.side_layout.insertWidget(self.page.side_layout.count() - 1, self.feedback.panel)
        self.missing = QLabel(self.tr("Sorry, this page is not available."), self)
        theme.set_role(self.missing, "heading")
        self.missing.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.feedback)
        layout.addWidget(self.missing, 0, Qt.AlignmentFlag.AlignCenter)

    def title(self) -> str:
        return self.tr("SEND support explained")

    def read_aloud_text(self) -> str:
        return self.page.read_aloud_text() if self.page.isVisibleTo(self) else self.missing.text()

    def show_with(self, arg: object) -> None:
        words, topic_id = "", arg
        if isinstance(arg, base.TopicAt):
            words, topic_id = arg.words, arg.topic_id
        topic = find_topic(self.context.topics, topic_id)
        self.page.setVisible(topic is not None)
        self.feedback.setVisible(topic is not None)
        self.missing.setVisible(topic is None)
        self.feedback.set_subject(topic.id if topic is not None else "")
        if topic is not None and topic is not self.page.topic:
            self.page.show_topic(topic)
        if topic is not None:
            self.page.scroll_to_words(words)
            count_codes(self.context.usage, self.page.qr_panel.payloads())

    def reset(self) -> None:
        self.feedback.reset()
        self.page.reset()
