"""MarkdownView: a read-only, finger-scrolled page of Markdown in big, well-spaced type.

API:
    view = MarkdownView(grow=False); view.set_markdown(text, drop_title=None)
        drop_title: a heading the screen already shows; a leading "# <that>" line is removed.
        grow=True: no scrolling of its own; it is as tall as its text, for a page that scrolls
        as a whole (bigger text sizes).
    view.scroll_to_top()
    view.links() -> the page's kiosk links (topic:, contact:, search:), in order
Signals: link_tapped(str kind, str target) when a finger lifts on a kiosk link. The hit area
reaches LINK_REACH_PX above and below the words, so a finger-sized tap counts. Web addresses
never open anything (no browser on a kiosk): they stay underlined text, and QR codes elsewhere.
Every paragraph runs in the view's layout direction (set it before set_markdown): an Urdu
paragraph that begins with an English word is still right to left.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from kiosk.content.links import PageLink, page_links, parse_target
from kiosk.ui import theme
from kiosk.ui.widgets.scroll import make_touch_scrollable

HEADING_PX = {1: 40, 2: 32, 3: 28}
LINE_HEIGHT_PERCENT = 140
# A link counts as touched this far above or below its words: 2 x 32 px gives a 64 px tall
# target however small the text line (WCAG 2.5.5 asks 44 px; the kiosk uses 64 everywhere).
LINK_REACH_PX = 32
TAP_SLOP_PX = 16  # a finger that moved further than this was scrolling, not tapping
_LINK_TARGET = re.compile(r"\]\(((?:topic|contact|search):[^)]*)\)")


def strip_title(markdown: str, title: str) -> str:
    """Remove a first-line '# title' that repeats the heading the screen already shows."""
    lines = markdown.lstrip("\n").splitlines()
    if lines and re.fullmatch(r"#\s+" + re.escape(title.strip()) + r"\s*#*\s*", lines[0].strip()):
        return "\n".join(lines[1:]).lstrip("\n")
    return markdown


def _encoded_targets(markdown: str) -> str:
    """Kiosk link targets with their spaces escaped: Markdown ends a link at a space, and a
    search link names words ("search:annual review")."""
    return _LINK_TARGET.sub(lambda m: "](" + quote(m.group(1), safe=":-_.") + ")", markdown)


class MarkdownView(QTextBrowser):
    """Shows one topic page's Markdown; scrolling only, no selection; kiosk links tappable.

    Signals:
        link_tapped(str, str): a topic:, contact: or search: link was touched: its kind
            (kiosk.content.links.LinkKind value) and its target.
    """

    link_tapped = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, grow: bool = False) -> None:
        super().__init__(parent)
        self._markdown = ""
        self._pressed_at: QPoint | None = None
        self._grow = grow
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users can still page through
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(24)
        if grow:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page around it scrolls
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            make_touch_scrollable(self)

    def set_markdown(self, text: str, drop_title: str | None = None) -> None:
        self._markdown = strip_title(text, drop_title) if drop_title else text
        self._render()

    def markdown(self) -> str:
        return self._markdown

    def links(self) -> tuple[PageLink, ...]:
        """The page's kiosk links (web addresses left out), in reading order."""
        return page_links(self._markdown)

    def link_at(self, pos: QPoint) -> tuple[str, str] | None:
        """The kiosk link (kind, target) a finger at POS (viewport pixels) touches: the
        nearest within LINK_REACH_PX above or below; None for none or a web address."""
        for dy in sorted(range(-LINK_REACH_PX, LINK_REACH_PX + 1, 4), key=abs):
            href = self.anchorAt(QPoint(pos.x(), pos.y() + dy))
            if href:
                parsed = parse_target(unquote(href))
                return None if parsed is None else (parsed[0].value, parsed[1])
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        here = event.position().toPoint()
        if pressed is None or (here - pressed).manhattanLength() > TAP_SLOP_PX:
            return
        link = self.link_at(here)
        if link is not None:
            self.link_tapped.emit(*link)

    def _render(self) -> None:
        # Links are drawn in the palette's Link colour, which a change of stylesheet does not
        # reset: after yellow-on-black, links stayed yellow on the light schemes' white (1.07:1).
        # Only when it differs: setting a palette restyles the widget, which renders again.
        link = QColor(theme.current_palette().primary)
        if self.palette().color(QPalette.ColorRole.Link) != link:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Link, link)
            self.setPalette(palette)
        self.document().setDefaultFont(theme.font(theme.READING_PX))
        self._follow_direction()
        self.setMarkdown(_encoded_targets(self._markdown))
        self._space_out()

    def _follow_direction(self) -> None:
        """Every paragraph in the view's direction (the page's language), not in that of its
        first letter: an Urdu paragraph that starts with "EHC" still reads right to left."""
        option = self.document().defaultTextOption()
        if option.textDirection() != self.layoutDirection():
            option.setTextDirection(self.layoutDirection())
            self.document().setDefaultTextOption(option)

    def _space_out(self) -> None:
        """Even line spacing, roomy paragraphs and fixed heading sizes (not Qt's relative ones)."""
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        body_px = theme.scaled_px(theme.READING_PX)
        while block.isValid():
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLineHeight(
                LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            level = fmt.headingLevel()
            fmt.setTopMargin(body_px * (1.0 if level else 0.3))
            fmt.setBottomMargin(body_px * (0.3 if level else 0.6))
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if level:
                cursor.setPosition(block.position())
                cursor.setPosition(
                    block.position() + max(block.length() - 1, 0), QTextCursor.MoveMode.KeepAnchor
                )
                char = QTextCharFormat()
                heading = theme.font(HEADING_PX.get(level, theme.READING_PX), bold=True)
                char.setFont(
                    heading, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll
                )
                cursor.mergeCharFormat(char)
            block = block.next()
        self.verticalScrollBar().setValue(0)
        self._fit_height()

    def _fit_height(self) -> None:
        """grow=True: as tall as the text at the current width."""
        if not self._grow:
            return
        width = self.viewport().width()
        if width <= 0:
            return
        self.document().setTextWidth(width)
        frame = 2 * self.frameWidth()
        self.setFixedHeight(max(1, round(self.document().size().height()) + frame))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def top_of(self, words: str) -> int | None:
        """How far down the text (pixels) the first paragraph or list item that begins with
        WORDS starts (any case); None when there is none."""
        wanted = " ".join(words.split()).casefold()
        if not wanted:
            return None
        layout = self.document().documentLayout()
        block = self.document().begin()
        while block.isValid():
            if " ".join(block.text().split()).casefold().startswith(wanted):
                return round(layout.blockBoundingRect(block).top())
            block = block.next()
        return None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.StyleChange, QEvent.Type.FontChange)
        if event.type() in changes and self._markdown:
            self._render()  # the visitor chose a larger text size
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()  # an English page shown to an Urdu reader is left to right
