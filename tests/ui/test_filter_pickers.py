"""The filter pickers' chips are never cut at the screen's edge: ages 24 and 25 at every
text size, on the search screen in a real window at 1920x1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme
from kiosk.ui.screens import base


def wholly_on_screen(window, widget) -> bool:
    """The widget is drawn whole: nothing covers or clips it, and it is above the footer."""
    if widget.visibleRegion().boundingRect() != widget.rect():
        return False
    bottom = widget.mapTo(window, QPoint(0, widget.height())).y()
    footer_top = window.sample_badge.parentWidget().mapTo(window, QPoint(0, 0)).y()
    return bottom <= footer_top


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_oldest_ages_show_whole_at_every_text_size(qtbot, window, scale: float) -> None:
    window.resize(1920, 1080)
    session = window.context.session
    session.text_scale = scale
    session.changed.emit()
    try:
        window.stack.currentWidget().navigate.emit(base.SEARCH, None)
        screen = window.stack.currentWidget()
        bar = screen.filter_bar
        qtbot.waitUntil(lambda: bar.age_chip.isVisible())
        qtbot.mouseClick(bar.age_chip, Qt.MouseButton.LeftButton)
        picker = bar.age_picker
        area = screen.page_area

        def shown_well() -> bool:
            if area is None or picker.height() <= area.viewport().height():
                # the last ages, and "Any age" at the top of the picker too
                return all(wholly_on_screen(window, picker.chip(a)) for a in (24, 25, None))
            # taller than the room there is: its question at the top, the rest a scroll away
            seen = picker.visibleRegion().boundingRect()
            return seen.top() == 0 and seen.height() == area.viewport().height()

        qtbot.waitUntil(shown_well, timeout=3000)
    finally:
        session.reset()
        theme.apply_theme(QApplication.instance())
