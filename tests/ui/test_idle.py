"""The idle watcher: quiet time, then a countdown, then a timeout; input restarts the quiet time."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.ui.idle import IdleWatcher


def watcher(qtbot, timeout_s: float = 0.1, countdown_s: float = 0.2) -> IdleWatcher:
    w = IdleWatcher(timeout_s, countdown_s)
    w.start()
    return w


def test_warning_then_countdown_then_timeout(qtbot) -> None:
    w = watcher(qtbot, 0.05, 0.3)
    seen: list[int] = []
    w.countdown.connect(seen.append)
    with qtbot.waitSignal(w.idle_warning, timeout=2000):
        pass
    assert w.is_warning()
    with qtbot.waitSignal(w.idle_timeout, timeout=3000):
        pass
    assert seen == [1, 0]
    assert not w.is_running()
    w.uninstall()


def test_whole_seconds_count_down_one_by_one(qtbot) -> None:
    w = IdleWatcher(0.01, 3)
    w._tick.setInterval(5)
    seen: list[int] = []
    w.countdown.connect(seen.append)
    w.idle_warning.connect(lambda: w._tick.setInterval(5))
    w.start()
    with qtbot.waitSignal(w.idle_timeout, timeout=3000):
        pass
    assert seen == [3, 2, 1, 0]
    w.uninstall()


def test_touch_restarts_the_quiet_time(qtbot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()
    w = watcher(qtbot, 0.3, 0.2)
    warned: list[bool] = []
    w.idle_warning.connect(lambda: warned.append(True))
    for _ in range(4):
        qtbot.wait(100)
        with qtbot.waitSignal(w.activity, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert warned == []
    with qtbot.waitSignal(w.idle_warning, timeout=2000):
        pass
    w.stop()
    w.uninstall()


def test_keep_alive_cancels_the_countdown(qtbot) -> None:
    w = watcher(qtbot, 0.05, 5)
    with qtbot.waitSignal(w.idle_warning, timeout=2000):
        pass
    w.keep_alive()
    assert not w.is_warning() and w.is_running()
    w.stop()
    assert not w.is_running()
    w.uninstall()


def test_input_during_the_countdown_does_not_cancel_it(qtbot) -> None:
    button = QPushButton("Start again")
    qtbot.addWidget(button)
    button.show()
    w = watcher(qtbot, 0.05, 5)
    with qtbot.waitSignal(w.idle_warning, timeout=2000):
        pass
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert w.is_warning()
    w.stop()
    w.uninstall()
