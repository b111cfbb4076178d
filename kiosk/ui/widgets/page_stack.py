"""PageStack: one of several pages at a time, sized by the page shown (not by the largest).

A QStackedWidget is as tall as its tallest page, so on a screen that scrolls as one page a long
list of results left a tall blank under the short "what to type" page. API as QStackedWidget's:
addWidget(page) -> index, setCurrentIndex(i), currentIndex(), currentWidget().
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageStack(QWidget):
    """Shows one page; the others are hidden, so they take no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:
        self._layout.addWidget(page)
        self._pages.append(page)
        if self._current < 0:
            self._current = 0
        else:
            page.hide()
        return len(self._pages) - 1

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < len(self._pages):
            return
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self._pages[self._current] if self._current >= 0 else None
