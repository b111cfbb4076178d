"""Keyboards and switches: Enter (and the keypad's Enter) activates a focused button, as Space does.

Qt's push buttons answer only Space outside dialogs; a switch interface or a keyboard user
expects Enter too. One application event filter, installed by the window, does it for every
button, tile, chip and key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterActivates(QObject):
    """Enter on a focused, enabled button clicks it (once per press: held keys do not repeat)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or not isinstance(watched, QAbstractButton):
            return False
        if not watched.hasFocus() or not watched.isEnabled():
            return False
        if not event.isAutoRepeat():
            watched.animateClick()
        return True
