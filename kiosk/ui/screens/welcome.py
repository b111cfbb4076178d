"""The attract screen shown while nobody is using the kiosk: touch anywhere to start.

What is inside changes every few seconds; a touch on it, or "Pause", stops it (WCAG 2.2.2), and
"Calm" keeps it still for the whole visit. Three one-touch presets sit under "Touch to start":
"Read to me" (session.read_aloud, which kiosk.ui.speech acts on), "Bigger" (text at 150 %) and
"Calm" (cream colours, nothing moving).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QHideEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import accessibility, palettes, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.touch_to_hear import TOUCH_FALLBACK
from kiosk.ui.translation import available_languages, native_name
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.icon_label import IconLabel
from kiosk.ui.widgets.scroll import TouchScrollArea

ROTATE_MS = 6000
DRAG_PX = 24  # a touch that moves further than this scrolls rather than starts
BIGGER = 1.5  # the "Bigger" preset; the access screen offers 200 % as well


class WelcomeScreen(base.Screen):
    """Site name, "Touch to start", a slow rotation of what is inside, presets and languages."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAccessibleName(self.tr("Welcome"))
        self._highlights = [
            ("info", self.tr("SEND support explained in plain English")),
            ("directory", self.tr("Local services for children and young people aged 0 to 25")),
            ("search", self.tr("Search for what you need")),
            ("qr", self.tr("Take details away on your phone")),
        ]
        self._index = 0
        self._paused = False

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

        self.card = QFrame(self)
        theme.set_role(self.card, "panel")
        self.card.setMinimumWidth(min(1200, round(1000 * theme.current_text_scale())))
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.highlight_icon = IconLabel(self._highlights[0][0], 96, self.card)
        self.highlight_text = QLabel("", self.card)
        self.highlight_text.setWordWrap(True)
        theme.set_role(self.highlight_text, "subheading")
        self.highlight_text.installEventFilter(self)
        self.card.installEventFilter(self)
        self.pause_button = BigButton(self.tr("Pause"), "pause")
        self.pause_button.setAccessibleDescription(self.tr("Stop these words changing"))
        self.pause_button.clicked.connect(self.toggle_pause)
        inner = QHBoxLayout(self.card)
        inner.setContentsMargins(40, 20, 24, 20)
        inner.setSpacing(32)
        inner.addWidget(self.highlight_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        inner.addWidget(self.highlight_text, 1)
        inner.addWidget(self.pause_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.start_button = BigButton(self.tr("Touch to start"), "forward", primary=True)
        self.start_button.setMinimumSize(720, 140)
        theme.set_role(self.start_button, "hero")
        self.start_button.clicked.connect(self._start)

        self.read_preset = ChipButton(self.tr("Read to me"), "read_aloud")
        self.read_preset.setAccessibleDescription(self.tr("The kiosk reads the screen aloud"))
        self.bigger_preset = ChipButton(self.tr("Bigger"), "bigger")
        self.bigger_preset.setAccessibleDescription(self.tr("Bigger words everywhere"))
        self.calm_preset = ChipButton(self.tr("Calm"), "calm")
        self.calm_preset.setAccessibleDescription(self.tr("Softer colours, and nothing moves"))
        self.read_preset.clicked.connect(self._toggle_read_aloud)
        self.bigger_preset.clicked.connect(self._toggle_bigger)
        self.calm_preset.clicked.connect(self._toggle_calm)
        self.access_button = BigButton(self.tr("More choices"), "access")
        self.access_button.setAccessibleDescription(
            self.tr("Text size, colours, an easier font and languages")
        )
        self.access_button.clicked.connect(lambda: self.navigate.emit(base.ACCESS, None))
        presets = FlowLayout(spacing=20)
        easier = QLabel(self.tr("Make it easier:"), self)
        theme.set_role(easier, "subheading")
        presets.addWidget(easier)
        for button in (self.read_preset, self.bigger_preset, self.calm_preset):
            presets.addWidget(button)
        presets.addWidget(self.access_button)

        languages = FlowLayout(spacing=20)
        label = QLabel(self.tr("Language:"), self)
        languages.addWidget(label)
        self.language_buttons: list[ChipButton] = []
        for code in available_languages(context.resources, context.settings.enabled_languages):
            chip = ChipButton(native_name(code, context.resources), code)
            chip.setAccessibleDescription(self.tr("Use the kiosk in this language"))
            chip.clicked.connect(lambda _=False, c=code: self._choose_language(c))
            self.language_buttons.append(chip)
            languages.addWidget(chip)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(80, 48, 64, 40)
        layout.setSpacing(28)
        layout.addStretch(2)
        layout.addWidget(site)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addLayout(presets)
        layout.addLayout(languages)
        # With the biggest text the page may not fit: it scrolls as one page.
        self.scroll_area = TouchScrollArea(content, self)
        self._pressed_at: QPoint | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._timer = QTimer(self)
        self._timer.setInterval(ROTATE_MS)
        self._timer.timeout.connect(self.next_highlight)
        context.session.changed.connect(self._sync)
        self._show_highlight()
        self._sync()

    def title(self) -> str:
        return self.context.settings.site_name

    def read_aloud_text(self) -> str:
        return self.tr("{0}. Touch the screen to start.").format(self.intro_text)

    def show_with(self, arg: object) -> None:
        for chip in self.language_buttons:
            chip.setChecked(chip.value == self.context.session.language)
        self._sync()

    def reset(self) -> None:
        self._index = 0
        self._paused = False
        self._show_highlight()
        self._sync()
        self.scroll_area.scroll_to_top()

    # -- the rotation ------------------------------------------------------------------------
    def is_rotating(self) -> bool:
        return self._timer.isActive()

    def next_highlight(self) -> None:
        self._index = (self._index + 1) % len(self._highlights)
        self._show_highlight()

    def toggle_pause(self) -> None:
        """Stop the words changing, or let them change again."""
        self._paused = not self._paused
        self._sync()

    def _show_highlight(self) -> None:
        name, text = self._highlights[self._index]
        self.highlight_icon.set_icon_name(name)
        self.highlight_text.setText(text)
        self.highlight_text.setAccessibleName(text)

    def _sync(self) -> None:
        """Presets ticked as the session says; the rotation runs only when nothing stops it."""
        session = self.context.session
        self.read_preset.setChecked(bool(session.read_aloud))
        self.bigger_preset.setChecked(session.text_scale > 1.0)
        self.calm_preset.setChecked(bool(session.calm))
        still = self._paused or bool(session.calm)
        self.pause_button.setVisible(not session.calm)
        self.pause_button.setText(self.tr("Play") if self._paused else self.tr("Pause"))
        self.pause_button.set_icon_name("play" if self._paused else "pause")
        self.pause_button.setAccessibleDescription(
            self.tr("Let these words change again")
            if self._paused
            else self.tr("Stop these words changing")
        )
        if still or not self.isVisible():
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    # -- presets -----------------------------------------------------------------------------
    def _toggle_read_aloud(self) -> None:
        # The window owns read aloud: it turns the voice on or off and says so.
        self.read_aloud_toggled.emit()

    def _toggle_bigger(self) -> None:
        session = self.context.session
        session.text_scale = 1.0 if session.text_scale > 1.0 else BIGGER
        session.changed.emit()

    def _toggle_calm(self) -> None:
        session = self.context.session
        session.calm = not session.calm
        if session.calm and session.colour_scheme == palettes.STANDARD:
            session.colour_scheme = palettes.CREAM
        elif not session.calm and session.colour_scheme == palettes.CREAM:
            session.colour_scheme = palettes.STANDARD
        session.changed.emit()

    # -- starting ----------------------------------------------------------------------------
    def _start(self) -> None:
        self.navigate.emit(base.HOME, None)

    def _choose_language(self, code: str) -> None:
        session = self.context.session
        if session.language != code:
            session.language = code
            session.changed.emit()
        self.navigate.emit(base.HOME, None)

    def _fit_tallest_highlight(self) -> None:
        """Room for the tallest of the changing words at the label's width, so that none is
        cut and the card does not jump as they change."""
        label = self.highlight_text
        width = label.contentsRect().width()
        if width <= 0:
            return
        metrics = label.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            metrics.boundingRect(0, 0, width, 10_000, flags, text).height()
            for _name, text in self._highlights
        )
        margins = label.contentsMargins()
        needed = tallest + margins.top() + margins.bottom()
        if label.minimumHeight() != needed:
            label.setMinimumHeight(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.highlight_text and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_tallest_highlight()
            return False
        if watched is self.card and event.type() == QEvent.Type.MouseButtonPress:
            # A touch on the changing words holds them still, rather than starting.
            if not self._paused:
                self.toggle_pause()
            return True
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere that is not a button starts too, when the finger lifts without
        # having dragged (with the biggest text, a drag scrolls the page).
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.globalPosition().toPoint()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed_at = self._pressed_at, None
        if pressed is not None and event.button() == Qt.MouseButton.LeftButton:
            moved = (event.globalPosition().toPoint() - pressed).manhattanLength()
            if moved < DRAG_PX:
                self._start()
            return
        super().mouseReleaseEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
