"""IconLabel: a QLabel showing one of the kiosk's icons, redrawn when the theme changes.

API:
    IconLabel(name, px=48, parent=None); set_icon_name(name)
    The size follows the visitor's text size (theme.scaled_px) and the colour the palette
    (primary), both re-read whenever the application's stylesheet changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.icons import pixmap


class IconLabel(QLabel):
    """A decorative icon (no text of its own: the words beside it carry the meaning)."""

    def __init__(self, name: str, px: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._px = px
        self.setScaledContents(True)
        self._render()

    def icon_name(self) -> str:
        return self._name

    def set_icon_name(self, name: str) -> None:
        self._name = name
        self._render()

    def _render(self) -> None:
        size = theme.scaled_px(self._px)
        self.setPixmap(pixmap(self._name, size * 2))
        self.setFixedSize(size, size)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._render()
