"""Touch-to-hear (the EZ Access pattern): the first touch on a control says what it is, a
second touch on the same control within a few seconds uses it.

One application event filter, installed while read aloud is on, sees every mouse press
(touches arrive as mouse events) before any widget does. It finds what the finger is on:

    a control (a button, a tile, a chip, a key, the search box)   its name, kind and state
    a card in a list of services                                  the card's summary
    a widget carrying a TOUCH_TEXT property (a section, a contact) that text, all of it
    a label, or a paragraph of a page of text                     its words
    a widget carrying a TOUCH_FALLBACK property (a whole screen)  that text

and swallows the touch, so nothing happens but the words. Touching the same thing again
within SECOND_TOUCH_S lets the touch through. Dragging still scrolls: Qt's scroller sees
touches before any event filter. Controls marked EXEMPT (the read-aloud controls: Stop,
Pause) work at the first touch, or the first touch would talk over what they control.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from kiosk.ui import spoken

SECOND_TOUCH_S = 5.0
KEY_FOCUS_S = 1.0  # focus that moves this soon after a key press was moved by the key
TOUCH_TEXT = "touch_text"  # a widget property: what touching anywhere on it says
TOUCH_FALLBACK = "touch_fallback"  # ... said only when nothing inside it has words of its own
EXEMPT = "touch_exempt"  # a widget property: works at the first touch (then says its name)
PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


@dataclass(frozen=True)
class Touched:
    """What a finger is on: the widget, a row of a list (or -1), and what to say."""

    widget: QWidget
    row: int
    words: str
    acts: bool  # touching it does something (so the first touch must be held back)

    def same_as(self, other: Touched | None) -> bool:
        return other is not None and other.widget is self.widget and other.row == self.row


def _paragraph(view: QTextBrowser, pos: QPoint) -> str:
    """The paragraph of a text page under a point of its viewport."""
    block = view.cursorForPosition(pos).block()
    return block.text().strip()


def _from_view(view: QAbstractItemView, pos: QPoint) -> Touched | None:
    index: QModelIndex = view.indexAt(pos)
    if not index.isValid():
        return None
    words = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data()
    return Touched(view, index.row(), str(words or ""), acts=True)


def find_touched(target: QWidget, pos: QPoint) -> Touched | None:
    """What a touch at pos (in target's coordinates) is on, or None (nothing to say)."""
    widget: QWidget | None = target
    point = pos
    group: QWidget | None = None
    fallback: QWidget | None = None
    label: QLabel | None = None
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(widget, QAbstractButton | QLineEdit) and widget.isEnabled():
            return Touched(widget, -1, spoken.describe(widget), acts=True)
        if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
            return _from_view(parent, point)
        if isinstance(parent, QTextBrowser) and widget is parent.viewport():
            words = _paragraph(parent, point)
            if words:
                return Touched(
                    parent, parent.cursorForPosition(point).block().blockNumber(), words, acts=False
                )
        if group is None and widget.property(TOUCH_TEXT):
            group = widget
        if fallback is None and widget.property(TOUCH_FALLBACK):
            fallback = widget
        if label is None and isinstance(widget, QLabel) and (widget.text() or "").strip():
            label = widget
        point = widget.mapToParent(point)
        widget = parent
    if group is not None:
        return Touched(group, -1, str(group.property(TOUCH_TEXT)), acts=False)
    if label is not None:
        return Touched(label, -1, label.accessibleName() or label.text(), acts=False)
    if fallback is not None:
        return Touched(fallback, -1, str(fallback.property(TOUCH_FALLBACK)), acts=True)
    return None


class TouchToHear(QObject):
    """The event filter. `say(text)` speaks; `window` bounds where touches count.

    After a second touch uses a control that has a state (a chip, a toggle), the new state
    is said too ("selected").
    """

    def __init__(self, window: QWidget, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._say = say
        self._last: Touched | None = None
        self._last_at = 0.0
        self._holding = False  # a first touch is being held back until the finger lifts
        self._used: QWidget | None = None  # a control the last touch let through
        self._key_at = -KEY_FOCUS_S  # when a key (keyboard or switch) was last pressed

    def forget(self) -> None:
        """Start afresh: the next touch on anything is a first touch."""
        self._last = None
        self._holding = False
        self._used = None

    def key_pressed_recently(self) -> bool:
        """Whether a key was pressed just now (so a change of focus was the visitor's)."""
        return time.monotonic() - self._key_at <= KEY_FOCUS_S

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._key_at = time.monotonic()
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            return self._released()
        if kind not in PRESSES or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        if watched.window() is not self._window:
            return False
        return self._pressed(watched, event.position().toPoint())

    def _pressed(self, widget: QWidget, pos: QPoint) -> bool:
        if self._exempt(widget):
            return False
        touched = find_touched(widget, pos)
        if touched is None:
            return False
        now = time.monotonic()
        if touched.acts and touched.same_as(self._last) and now - self._last_at <= SECOND_TOUCH_S:
            self._last = None
            self._used = touched.widget if isinstance(touched.widget, QAbstractButton) else None
            return False  # the second touch: let it through
        self._last, self._last_at = touched, now
        self._used = None
        if touched.words:
            self._say(spoken.speakable(touched.words))
        if touched.acts:
            self._holding = True
            return True
        return False

    def _released(self) -> bool:
        if self._holding:
            self._holding = False
            return True
        used, self._used = self._used, None
        if used is not None:
            # after the click has done its work: say the control's new state, if it has one
            QTimer.singleShot(0, lambda: self._say_state(used))
        return False

    def _say_state(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget):
            return  # the click replaced it
        if widget.isVisible() and widget.window() is self._window:
            words = spoken.state_words(widget)
            if words:
                self._say(f"{widget.accessibleName()}, {words}")

    @staticmethod
    def _exempt(widget: QWidget | None) -> bool:
        while widget is not None:
            if widget.property(EXEMPT):
                return True
            widget = widget.parentWidget()
        return False
