"""A short message across the window, under the header (never a dialog), that hides itself.

API:
    notice = NoticeBar(parent)
    notice.show_message(text)     # already translated; shows it for SHOW_MS
    notice.hide()
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.icons import pixmap

SHOW_MS = 15000
ICON_PX = 48


class NoticeBar(QFrame):
    """A tinted band with an icon and one sentence, e.g. after the kiosk recovered from an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "panel")
        self.icon = QLabel(self)
        self.label = QLabel("", self)
        theme.set_role(self.label, "subheading")
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 16, 48, 16)
        row.setSpacing(24)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.icon.setPixmap(pixmap("info", ICON_PX, theme.current_palette().primary))
        self.label.setText(text)
        self.setAccessibleName(text)
        self.label.setAccessibleName(text)
        self.show()
        self._timer.start()

    def text(self) -> str:
        return self.label.text()
