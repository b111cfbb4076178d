"""In-window overlays (never modal dialogs): the idle "Are you still there?" countdown.

API:
    overlay = StillThereOverlay(main_window)   # a child that always covers its parent
    overlay.start(seconds)       # show, raise, show the number, focus "Yes, keep going"
    overlay.spoken_text()        # the question in full, for read aloud
    overlay.set_seconds(n)       # update the big number (connect IdleWatcher.countdown here)
    overlay.hide()
    Signals: keep_going() ("Yes, keep going"), finish_now() ("Start again").
    overlay.keep_going_button, overlay.finish_button, overlay.seconds_label (for tests)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui import accessibility, theme
from kiosk.ui.widgets.buttons import BigButton


class StillThereOverlay(QWidget):
    """A dimmed layer over the whole window asking whether the visitor is still there.

    Signals:
        keep_going(): the visitor touched "Yes, keep going".
        finish_now(): the visitor touched "Start again" (wipe everything now).
    """

    keep_going = Signal()
    finish_now = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        theme.set_role(self, "scrim")
        accessibility.mark_dialog(self)
        self.setAccessibleName(self.tr("Are you still there?"))

        panel = QFrame(self)
        theme.set_role(panel, "overlay-panel")
        panel.setMinimumWidth(960)
        panel.setMaximumWidth(1200)

        heading = QLabel(self.tr("Are you still there?"), panel)
        theme.set_role(heading, "heading")
        accessibility.mark_heading(heading)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain = QLabel(
            self.tr("To keep your choices private, we will start again for the next person in:"),
            panel,
        )
        self.setAccessibleDescription(explain.text())
        self._explain = explain.text()
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds_label = QLabel("", panel)
        theme.set_role(self.seconds_label, "big-number")
        self.seconds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._unit = QLabel("", panel)
        self._unit.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.keep_going_button = BigButton(self.tr("Yes, keep going"), "check", primary=True)
        self.keep_going_button.setMinimumSize(560, 120)
        self.keep_going_button.clicked.connect(self.keep_going)
        self.finish_button = BigButton(self.tr("Start again"), "restart")
        self.finish_button.setAccessibleDescription(
            self.tr("Clear everything now and go back to the start")
        )
        self.finish_button.setMinimumSize(320, 96)
        self.finish_button.clicked.connect(self.finish_now)

        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.keep_going_button, 0, Qt.AlignmentFlag.AlignVCenter)
        buttons.addStretch(1)

        inner = QVBoxLayout(panel)
        inner.setContentsMargins(64, 48, 64, 56)
        inner.setSpacing(16)
        inner.addWidget(heading)
        inner.addWidget(explain)
        inner.addWidget(self.seconds_label)
        inner.addWidget(self._unit)
        inner.addSpacing(24)
        inner.addLayout(buttons)

        # Centred by stretches, not by alignment: an aligned item is asked its height for the
        # whole window's width, so the panel got the height of one-line words and its
        # countdown was cut (OpenDyslexic, 150 % and 200 %).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def start(self, seconds: int) -> None:
        """Show the overlay over everything with the countdown at `seconds`, focus in it."""
        self.set_seconds(seconds)
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        self.keep_going_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def spoken_text(self) -> str:
        """The whole question, for read aloud and screen readers."""
        return self.tr("Are you still there? {0} {1}. Touch “Yes, keep going” to carry on.").format(
            self._explain, self.seconds_label.accessibleName()
        )

    def set_seconds(self, seconds: int) -> None:
        seconds = max(0, int(seconds))
        self.seconds_label.setText(str(seconds))
        left = self.tr("%n second(s) left", "", seconds)
        self.seconds_label.setAccessibleName(left)
        self._unit.setText(self.tr("second(s)", "", seconds))
