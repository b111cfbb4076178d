"""The page shown while the kiosk has no data it can read: out of order, ask a member of staff.

Not a Screen: it needs no data, so it exists even when there is no database at all. Nothing on
it can be touched; the window leaves it by itself once the data can be read again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.icons import pixmap

ICON_PX = 160


class OutOfOrderPage(QWidget):
    """Big, calm words: "Out of order. Please ask a member of staff." No technical detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self)
        theme.set_role(self.heading, "display")
        self.message = QLabel(self)
        theme.set_role(self.message, "heading")
        self.later = QLabel(self)
        theme.set_role(self.later, "muted")
        for label in (self.heading, self.message, self.later):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 80, 120, 80)
        layout.setSpacing(40)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Words and icon in the current language and colours (called each time it is shown)."""
        self.icon.setPixmap(pixmap("people", ICON_PX, theme.current_palette().primary))
        self.heading.setText(self.tr("Out of order"))
        self.message.setText(self.tr("Please ask a member of staff."))
        self.later.setText(self.tr("This screen will start again by itself when it is fixed."))
        self.setAccessibleName(self.tr("Out of order. Please ask a member of staff."))
