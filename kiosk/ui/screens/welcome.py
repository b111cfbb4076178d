"""The attract screen shown while nobody is using the kiosk: touch anywhere to start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.touch_to_hear import TOUCH_FALLBACK
from kiosk.ui.translation import available_languages, native_name
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.icons import pixmap
from kiosk.ui.widgets.read_aloud_bar import ReadToMeButton

ROTATE_MS = 6000


class WelcomeScreen(base.Screen):
    """Site name, "Touch to start", a slow rotation of what is inside, and the languages."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleName(self.tr("Welcome"))
        self._highlights = [
            (
                "info",
                self.tr("SEND support explained in plain English"),
            ),
            (
                "directory",
                self.tr("Local services for children and young people aged 0 to 25"),
            ),
            ("search", self.tr("Search for what you need")),
            ("qr", self.tr("Take details away on your phone")),
        ]
        self._index = 0

        # Touch anywhere to start: with touch-to-hear on, the first touch says so.
        self.setProperty(TOUCH_FALLBACK, self.tr("Touch to start. Touch again to begin."))
        site = QLabel(context.settings.site_name, self)
        site.setAlignment(Qt.AlignmentFlag.AlignCenter)
        site.setWordWrap(True)
        theme.set_role(site, "display")
        accessibility.mark_heading(site)
        self.intro_text = self.tr("Help for families of children with special educational needs")
        intro = QLabel(self.intro_text, self)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)
        theme.set_role(intro, "subheading")

        card = QFrame(self)
        theme.set_role(card, "panel")
        card.setFixedSize(1200, 200)
        self.highlight_icon = QLabel(card)
        self.highlight_icon.setFixedSize(96, 96)
        self.highlight_text = QLabel("", card)
        self.highlight_text.setWordWrap(True)
        theme.set_role(self.highlight_text, "subheading")
        inner = QHBoxLayout(card)
        inner.setContentsMargins(48, 24, 48, 24)
        inner.setSpacing(40)
        inner.addWidget(self.highlight_icon)
        inner.addWidget(self.highlight_text, 1)

        self.start_button = BigButton(self.tr("Touch to start"), "forward", primary=True)
        self.start_button.setMinimumSize(720, 140)
        theme.set_role(self.start_button, "hero")
        self.start_button.clicked.connect(self._start)

        languages = QHBoxLayout()
        languages.setSpacing(20)
        languages.addStretch(1)
        label = QLabel(self.tr("Language:"), self)
        languages.addWidget(label)
        self.language_buttons: list[ChipButton] = []
        for code in available_languages(context.resources):
            chip = ChipButton(native_name(code), code)
            chip.setAccessibleDescription(self.tr("Use the kiosk in this language"))
            chip.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            self.language_buttons.append(chip)
            languages.addWidget(chip)
        self.access_button = BigButton(self.tr("Larger text and colours"), "access")
        self.access_button.clicked.connect(lambda: self.navigate.emit(base.ACCESS, None))
        self.read_button = ReadToMeButton()
        self.read_button.clicked.connect(self.read_aloud_toggled)
        languages.addSpacing(24)
        languages.addWidget(self.access_button)
        languages.addWidget(self.read_button)
        languages.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 80, 80, 64)
        layout.setSpacing(32)
        layout.addStretch(2)
        layout.addWidget(site)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addLayout(languages)

        self._timer = QTimer(self)
        self._timer.setInterval(ROTATE_MS)
        self._timer.timeout.connect(self.next_highlight)
        self._show_highlight()
        context.session.changed.connect(self._show_read_aloud)

    def title(self) -> str:
        return self.context.settings.site_name

    def read_aloud_text(self) -> str:
        return self.tr("{0}. Touch the screen to start.").format(self.intro_text)

    def show_with(self, arg: object) -> None:
        for chip in self.language_buttons:
            chip.setChecked(chip.value == self.context.session.language)
        self._show_read_aloud()

    def _show_read_aloud(self) -> None:
        self.read_button.set_on(bool(self.context.session.read_aloud))

    def reset(self) -> None:
        self._index = 0
        self._show_highlight()

    def next_highlight(self) -> None:
        self._index = (self._index + 1) % len(self._highlights)
        self._show_highlight()

    def _show_highlight(self) -> None:
        name, text = self._highlights[self._index]
        self.highlight_icon.setPixmap(pixmap(name, 96, theme.current_palette().primary))
        self.highlight_text.setText(text)
        self.highlight_text.setAccessibleName(text)

    def _start(self) -> None:
        self.navigate.emit(base.HOME, None)

    def _choose_language(self, code: str) -> None:
        session = self.context.session
        if session.language != code:
            session.language = code
            session.changed.emit()
        self.navigate.emit(base.HOME, None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere that is not a button starts, too.
        if event.button() == Qt.MouseButton.LeftButton:
            self._start()
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._show_highlight()  # the icon is drawn in the theme's colour
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
