"""HeaderRow: the header's buttons and title on one line, or wrapped when the text is large.

API:
    row = HeaderRow(parent_widget, spacing=24)
    row.addWidget(button)          # in order: those before the title sit on the left,
    row.set_title(label)           # the title (a QLabel, added here) takes the room between,
    row.addWidget(button)          # those after it sit on the right

When everything fits on one line (the usual case at 100 % text) it is an ordinary row. When it
does not, the left buttons keep the title beside them and the right ones take a line of their
own; if even that does not fit, the buttons wrap (left ones first, right ones after, the right
ones kept to the right when they fit) and the title goes below them, wrapping too: nothing is
cut off at any size. In a right-to-left language (Urdu) all of it is mirrored: the buttons
added first sit on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayoutItem, QWidget, QWidgetItem

from kiosk.ui.widgets.flow import ItemListLayout


class HeaderRow(ItemListLayout):
    """Buttons either side of a title; wraps instead of squeezing (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 24) -> None:
        super().__init__(parent, spacing)
        self._title: QLabel | None = None

    # -- QLayout -----------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._buttons():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- API ---------------------------------------------------------------------------------
    def set_title(self, label: QLabel) -> None:
        """Add the title here: buttons added before it go left, after it right."""
        label.setWordWrap(True)
        self.addChildWidget(label)
        item = QWidgetItem(label)
        self._items.append(item)
        self._title = label
        self.invalidate()

    # -- layout ------------------------------------------------------------------------------
    def _title_item(self) -> QLayoutItem | None:
        return next((i for i in self._items if i.widget() is self._title), None)

    def _buttons(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is not self._title and not (widget is not None and widget.isHidden()):
                shown.append(item)
        return shown

    def _sides(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        title = self._title_item()
        at = self._items.index(title) if title is not None else len(self._items)
        shown = self._buttons()
        left = [i for i in shown if self._items.index(i) < at]
        right = [i for i in shown if self._items.index(i) > at]
        return left, right

    @staticmethod
    def _hint(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _title_width(self) -> int:
        """The width the title needs on one line (0 without a title or text)."""
        if self._title is None or self._title.isHidden() or not self._title.text():
            return 0
        margins = self._title.contentsMargins()
        extra = margins.left() + margins.right() + 2
        return self._title.fontMetrics().horizontalAdvance(self._title.text()) + extra

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        left, right = self._sides()
        gap = self._spacing
        widths = [self._hint(i).width() for i in left + right]
        buttons_width = sum(widths) + gap * max(0, len(widths) - 1)
        title_width = self._title_width()
        one_line = buttons_width + (gap + title_width if title_width else 0) <= area.width()
        if one_line:
            height = max([self._hint(i).height() for i in left + right] or [0])
            if self._title is not None and title_width:
                height = max(height, self._title.heightForWidth(title_width))
            if move:
                x, end = self._place_line(area, left, right, height)
                if self._title is not None:
                    self._title.setGeometry(
                        self.visual(QRect(x, area.top(), max(0, end - x), height))
                    )
            return height + margins.top() + margins.bottom()
        two_lines = self._two_lines(area, left, right, move)
        if two_lines is not None:
            return two_lines + margins.top() + margins.bottom()
        y = self._flow(area, left, right, move)
        if self._title is not None and title_width:
            title_h = self._title.heightForWidth(area.width())
            if move:
                self._title.setGeometry(
                    self.visual(QRect(area.left(), y + gap // 2, area.width(), title_h))
                )
            y += gap // 2 + title_h
        elif y > area.top():
            y -= gap
        return y - area.top() + margins.top() + margins.bottom()

    def _two_lines(
        self, area: QRect, left: list[QLayoutItem], right: list[QLayoutItem], move: bool
    ) -> int | None:
        """The left buttons with the title beside them, then the right buttons on one line
        of their own, kept to the right: two lines where flowing would take three. None
        when that does not fit (no left buttons, the right ones too wide for a line, or
        too little room left for the title)."""
        gap = self._spacing
        if not left or self._title is None or not self._title_width():
            return None
        left_width = sum(self._hint(i).width() + gap for i in left)
        right_width = sum(self._hint(i).width() for i in right) + gap * max(0, len(right) - 1)
        title_room = area.width() - left_width
        if right_width > area.width() or title_room < area.width() // 4:
            return None
        first = max(
            [self._hint(i).height() for i in left] + [self._title.heightForWidth(title_room)]
        )
        second = max([self._hint(i).height() for i in right] or [0])
        if move:
            x, _ = self._place_line(
                QRect(area.left(), area.top(), area.width(), first), left, [], first
            )
            self._title.setGeometry(self.visual(QRect(x, area.top(), title_room, first)))
            below = QRect(area.left(), area.top() + first + gap, area.width(), second)
            self._place_line(below, [], right, second)
        return first + (gap + second if right else 0)

    def _place_line(
        self,
        area: QRect,
        left: list[QLayoutItem],
        right: list[QLayoutItem],
        height: int,
    ) -> tuple[int, int]:
        """Left items from the left edge, right items to the right edge; returns the room
        between them as (left x, right x)."""
        x = area.left()
        for item in left:
            hint = self._hint(item)
            top = area.top() + (height - hint.height()) // 2
            item.setGeometry(self.visual(QRect(QPoint(x, top), hint)))
            x += hint.width() + self._spacing
        end = area.right() + 1
        for item in reversed(right):
            hint = self._hint(item)
            end -= hint.width()
            top = area.top() + (height - hint.height()) // 2
            item.setGeometry(self.visual(QRect(QPoint(end, top), hint)))
            end -= self._spacing
        return x, end

    def _flow(
        self, area: QRect, left: list[QLayoutItem], right: list[QLayoutItem], move: bool
    ) -> int:
        """Buttons left to right, wrapping; the right-hand group ends each of its lines at the
        right edge when it fits. Returns the y under the last line (and a gap)."""
        gap = self._spacing
        y = area.top()
        lines: list[list[QLayoutItem]] = []
        line: list[QLayoutItem] = []
        x = area.left()
        for item in left + right:
            hint = self._hint(item)
            if line and x + hint.width() > area.right() + 1:
                lines.append(line)
                line, x = [], area.left()
            line.append(item)
            x += hint.width() + gap
        if line:
            lines.append(line)
        for items in lines:
            height = max(self._hint(i).height() for i in items)
            if move:
                ours = [i for i in items if i in right]
                theirs = [i for i in items if i not in right]
                self._place_line(QRect(area.left(), y, area.width(), height), theirs, ours, height)
            y += height + gap
        return y
