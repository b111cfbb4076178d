"""Kiosk mode cannot be hidden or shrunk: the window comes back within a second, full screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme
from kiosk.ui.screens import base
from kiosk.ui.window import MainWindow
from tests.ui.test_window import STAND_INS

WITHIN_A_SECOND_MS = 1000


@pytest.fixture
def kiosk(qtbot, context) -> Iterator[MainWindow]:
    window = MainWindow(context, kiosk_mode=True, screens=dict(STAND_INS))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.kiosk_mode = False
        window.shut_down()
        QApplication.restoreOverrideCursor()
        window.close()
        theme.apply_theme(QApplication.instance())


def is_kiosk_shaped(window: MainWindow) -> bool:
    assert window.keeper is not None
    return window.keeper.problem() == "" and window.geometry() == window.screen().geometry()


def test_kiosk_window_is_full_screen_by_state_and_by_geometry(kiosk: MainWindow) -> None:
    assert kiosk.isFullScreen()
    assert kiosk.geometry() == kiosk.screen().geometry()
    flags = kiosk.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_a_minimised_kiosk_is_restored_within_a_second(qtbot, kiosk: MainWindow) -> None:
    kiosk.showMinimized()  # what Alt+Space's window menu or "show desktop" does
    assert kiosk.isMinimized() and kiosk.isFullScreen()  # Qt still says "full screen"
    qtbot.waitUntil(lambda: is_kiosk_shaped(kiosk) and not kiosk.isMinimized(), timeout=1000)


def test_a_hidden_kiosk_is_shown_again_within_a_second(qtbot, kiosk: MainWindow) -> None:
    kiosk.hide()
    qtbot.waitUntil(lambda: kiosk.isVisible() and is_kiosk_shaped(kiosk), timeout=1000)


def test_a_shrunk_kiosk_fills_the_screen_again(qtbot, kiosk: MainWindow) -> None:
    kiosk.showNormal()
    kiosk.setGeometry(0, 0, 200, 720)  # the size it had under X with no window manager
    qtbot.waitUntil(lambda: is_kiosk_shaped(kiosk), timeout=WITHIN_A_SECOND_MS)


def test_the_idle_reset_restores_the_window_too(qtbot, kiosk: MainWindow) -> None:
    kiosk.show_screen(base.HOME)
    assert kiosk.keeper is not None
    kiosk.keeper.stop()  # only the reset may bring it back here
    kiosk.showMinimized()
    kiosk.reset_all()
    assert not kiosk.isMinimized() and kiosk.isFullScreen()
    assert kiosk.current.name == base.WELCOME


def test_a_second_start_brings_the_kiosk_forward(qtbot, kiosk: MainWindow) -> None:
    assert kiosk.keeper is not None
    kiosk.keeper.stop()
    kiosk.showMinimized()
    kiosk.bring_forward()
    assert not kiosk.isMinimized() and kiosk.isFullScreen()


def test_windowed_mode_is_a_normal_window(shell_window: MainWindow) -> None:
    assert shell_window.keeper is None
    assert not shell_window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    shell_window.showMinimized()
    shell_window.bring_forward()
    assert not shell_window.isMinimized() and not shell_window.isFullScreen()


@pytest.fixture
def shell_window(qtbot, context) -> Iterator[MainWindow]:
    window = MainWindow(context, kiosk_mode=False, screens=dict(STAND_INS))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    yield window
    window.shut_down()
