"""Every control on the content screens is big enough to touch and named for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLineEdit,
    QScroller,
)

from kiosk.store.models import Filters
from kiosk.ui.screens import base

MIN_TOUCH_PX = 64


def visits(context) -> list[tuple[str, object]]:
    service = context.directory.services(Filters(), limit=1)[0]
    return [
        (base.TOPICS, None),
        (base.TOPIC, "send-strategy"),
        (base.TOPIC, "local-offer"),
        (base.DIRECTORY, None),
        (base.SERVICES, "lo-health"),
        (base.SERVICE, service.id),
        (base.SEARCH, "autism"),
        (base.SEARCH, "zzqxjv"),
        (base.MY_LIST, None),
        (base.TALK, None),
    ]


@pytest.mark.parametrize("index", range(10))
def test_controls_are_named_and_big(qtbot, window, index: int) -> None:
    name, arg = visits(window.context)[index]
    if name == base.MY_LIST:
        window.context.session.toggle_saved(visits(window.context)[5][1])
    screen = window.show_screen(name, arg)
    qtbot.waitExposed(screen)
    qtbot.wait(10)
    checked = 0
    for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
        if not widget.isVisibleTo(screen):
            continue
        checked += 1
        label = getattr(widget, "text", lambda: "")()
        assert widget.accessibleName().strip(), f"{type(widget).__name__} {label!r} has no name"
        assert widget.height() >= MIN_TOUCH_PX, f"{widget.accessibleName()!r} is too short"
        assert widget.width() >= MIN_TOUCH_PX, f"{widget.accessibleName()!r} is too narrow"
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert checked > 0
    for view in screen.findChildren(QAbstractScrollArea):
        if view.isVisibleTo(screen):
            assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
            assert QScroller.hasScroller(view.viewport())  # a finger drags it
            assert QScroller.grabbedGesture(view.viewport()) != Qt.GestureType(0)
            if isinstance(view, QAbstractItemView):
                assert view.accessibleName().strip()
