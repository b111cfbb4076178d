"""What the soak (kiosk selftest --monkey) found stays fixed: no leak per view, no restyle twice."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from kiosk.ui import theme
from kiosk.ui.widgets.scroll import TouchScrollArea


def test_a_change_of_look_keeps_the_style_and_only_restyles(qapp) -> None:
    """Setting Fusion again at each change re-polished every widget a second time."""
    before = qapp.style()
    try:
        theme.apply_theme(qapp, theme.Look(text_scale=1.5))
        theme.apply_theme(qapp, theme.Look(scheme="contrast-dark"))
        assert shiboken6.isValid(before) and qapp.style() is before
    finally:
        theme.apply_theme(qapp)


def test_touch_scrolled_views_leave_no_objects_behind(qapp) -> None:
    """PySide kept a new enum class for the gesture id of every touch-scrolled view."""

    def build_and_delete(count: int) -> None:
        for _ in range(count):
            area = TouchScrollArea(QLabel("words"))
            area.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    build_and_delete(10)
    gc.collect()
    before = len(gc.get_objects())
    build_and_delete(200)
    gc.collect()
    assert len(gc.get_objects()) - before < 50  # it was 11 per view: 2,200
