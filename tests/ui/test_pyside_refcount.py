"""Guards against the PySide6 6.12.0 fault that lost a reference to None per override call.

With that fault a kiosk aborted ("Fatal Python error: none_dealloc") after a few thousand
paint or event-filter calls; pyproject.toml pins a PySide6 without it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class Painted(QWidget):
    def paintEvent(self, event: object) -> None:
        pass


class Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return False


def test_override_calls_do_not_leak_references_to_none(qtbot) -> None:
    widget = Painted()
    qtbot.addWidget(widget)
    watcher = Watcher()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    widget.show()
    try:
        before = sys.getrefcount(None)
        for _ in range(2_000):
            widget.repaint()
            app.processEvents()
        lost = before - sys.getrefcount(None)
    finally:
        app.removeEventFilter(watcher)
    assert lost < 100, f"None lost {lost} references in 2,000 override calls"
