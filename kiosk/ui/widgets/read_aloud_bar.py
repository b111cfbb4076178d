"""The "Read to me" switch, and the row of read-aloud controls shown while it is on.

API:
    ReadToMeButton(parent=None)      a toggle; set_on(bool) shows "Read to me: on" or "... off"
                                     (its accessible name stays "Read to me"; its state says)
    ReadAloudBar(parent=None)        Stop, Pause (or Go on), Read again, Slower, Faster, Quieter,
                                     Louder: .stop_button, .pause_button, .again_button, ...
        set_paused(bool)             Pause becomes "Go on" while speech is paused
The bar's buttons work at the first touch even with touch-to-hear on (touch_to_hear.EXEMPT):
a first touch that only said "Pause, button" would have cut off what it was meant to pause.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui import theme
from kiosk.ui.touch_to_hear import EXEMPT
from kiosk.ui.widgets.buttons import BigButton


class ReadToMeButton(BigButton):
    """Turns read aloud on and off; its words and icon say which (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Read to me: off"), "speaker-off", parent=parent)
        self.setCheckable(True)
        self.set_on(False)

    def set_on(self, on: bool) -> None:
        self.setChecked(on)
        self.setText(self.tr("Read to me: on") if on else self.tr("Read to me: off"))
        self.set_icon_name("speaker" if on else "speaker-off")
        self.setAccessibleName(self.tr("Read to me"))
        self.setAccessibleDescription(
            self.tr("Reads the screen aloud. Touch something once to hear it, twice to use it.")
        )


class ReadAloudBar(QFrame):
    """What a listener needs at hand: stop, pause, hear it again, speed and loudness."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "panel")
        self.setProperty(EXEMPT, True)
        self.setAccessibleName(self.tr("Read aloud controls"))
        self.label = QLabel(self)
        theme.set_role(self.label, "subheading")
        self.stop_button = BigButton("", "stop")
        self.pause_button = BigButton("", "pause")
        self.again_button = BigButton("", "restart")
        self.slower_button = BigButton("")
        self.faster_button = BigButton("")
        self.quieter_button = BigButton("")
        self.louder_button = BigButton("")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(16)
        row.addWidget(self.label)
        row.addStretch(1)
        for button in (
            self.stop_button,
            self.pause_button,
            self.again_button,
            self.slower_button,
            self.faster_button,
            self.quieter_button,
            self.louder_button,
        ):
            button.setMinimumWidth(150)
            row.addWidget(button)
        self._paused = False
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Every word again, in the language now installed."""
        self.label.setText(self.tr("Reading aloud:"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleDescription(self.tr("Stop reading"))
        self.again_button.setText(self.tr("Read again"))
        self.again_button.setAccessibleDescription(self.tr("Read this page again from the start"))
        self.slower_button.setText(self.tr("Slower"))
        self.slower_button.setAccessibleDescription(self.tr("Read more slowly"))
        self.faster_button.setText(self.tr("Faster"))
        self.faster_button.setAccessibleDescription(self.tr("Read more quickly"))
        self.quieter_button.setText(self.tr("Quieter"))
        self.quieter_button.setAccessibleDescription(self.tr("Turn the voice down"))
        self.louder_button.setText(self.tr("Louder"))
        self.louder_button.setAccessibleDescription(self.tr("Turn the voice up"))
        self.set_paused(self._paused)

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self.pause_button.setText(self.tr("Go on") if paused else self.tr("Pause"))
        self.pause_button.set_icon_name("play" if paused else "pause")
        self.pause_button.setAccessibleDescription(
            self.tr("Carry on reading") if paused else self.tr("Pause reading")
        )
