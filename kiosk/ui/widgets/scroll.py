"""A scroll area for touch: drag with a finger, wide scroll bar, no frame, no sideways scroll.

API:
    area = TouchScrollArea(content_widget)   # or TouchScrollArea() then area.setWidget(w)
    area.scroll_to_top()                      # call from Screen.reset()
    make_touch_scrollable(view)               # the same for any QAbstractScrollArea (list views)
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)


@cache
def _keep_no_gesture_ids() -> None:
    """Stop PySide 6.11 keeping every gesture id QScroller.grabGesture returns, for good.

    Each grab registers a recognizer under a new id, which PySide turns into a new enum class
    that is never freed: 2.7 KB per touch-scrolled view, so per screen built again after a
    language change or a data import; without end on a kiosk that runs for years (found by
    the soak). Unknown ids now become plain values that go when they are no longer used.
    """

    def plain_value(cls: type[Qt.GestureType], value: int) -> Qt.GestureType:
        member = int.__new__(cls, value)
        vars(member).update(_name_=None, _value_=value)  # as enum's own pseudo-members
        return member

    setattr(Qt.GestureType, "_missing_", classmethod(plain_value))  # noqa: B010


def make_touch_scrollable(view: QAbstractScrollArea) -> None:
    """Let a finger drag the view's contents (kinetic scrolling); no context menus."""
    _keep_no_gesture_ids()
    viewport = view.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    # Hand a touch to the button under the finger at once; a drag still scrolls.
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    # No rubber-band bounce past the ends: it looks like a fault to a visitor.
    for metric in (
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
    ):
        properties.setScrollMetric(metric, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)
    # A page that scrolls is not a control: Tab goes to the controls inside it (and the area
    # scrolls to show each). A list or a text page is one, reached by Tab only (a touch must
    # never leave a focus ring round it), so that arrow keys can move through it.
    if isinstance(view, QScrollArea):
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    else:
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    bar = view.verticalScrollBar()
    bar.setAccessibleName(QCoreApplication.translate("Scroll", "Scroll up or down"))
    bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QFrame.Shape.NoFrame)


class TouchScrollArea(QScrollArea):
    """QScrollArea set up for a touchscreen; the content stretches to the area's width."""

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        make_touch_scrollable(self)
        # Not a stop for Tab (make_touch_scrollable), but a screen reader walking the page
        # still meets it: it has a name; a screen may give a better one ("Topic page").
        self.setAccessibleName(self.tr("Page, scrolls up and down"))
        if content is not None:
            self.setWidget(content)

    def scroll_to_top(self) -> None:
        scroller = QScroller.scroller(self.viewport())
        scroller.stop()
        self.verticalScrollBar().setValue(0)
