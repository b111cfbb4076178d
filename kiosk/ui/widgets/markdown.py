"""MarkdownView: a read-only, finger-scrolled page of Markdown in big, well-spaced type.

API:
    view = MarkdownView(grow=False); view.set_markdown(text, drop_title=None)
        drop_title: a heading the screen already shows; a leading "# <that>" line is removed.
        grow=True: no scrolling of its own; it is as tall as its text, for a page that scrolls
        as a whole (bigger text sizes).
    view.scroll_to_top()
Links never open anything (no browser on a kiosk); they are shown as plain underlined text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.scroll import make_touch_scrollable

HEADING_PX = {1: 40, 2: 32, 3: 28}
LINE_HEIGHT_PERCENT = 140


def strip_title(markdown: str, title: str) -> str:
    """Remove a first-line '# title' that repeats the heading the screen already shows."""
    lines = markdown.lstrip("\n").splitlines()
    if lines and re.fullmatch(r"#\s+" + re.escape(title.strip()) + r"\s*#*\s*", lines[0].strip()):
        return "\n".join(lines[1:]).lstrip("\n")
    return markdown


class MarkdownView(QTextBrowser):
    """Shows one topic page's Markdown; scrolling only, no selection, no links followed."""

    def __init__(self, parent: QWidget | None = None, grow: bool = False) -> None:
        super().__init__(parent)
        self._markdown = ""
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
        self.setMarkdown(self._markdown)
        self._space_out()

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.StyleChange, QEvent.Type.FontChange)
        if event.type() in changes and self._markdown:
            self._render()  # the visitor chose a larger text size
