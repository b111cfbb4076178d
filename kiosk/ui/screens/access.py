"""Languages and accessibility: language, text size, colours, font and movement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk import looks
from kiosk.ui import accessibility, fonts, palettes, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.translation import available_languages, native_name
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scroll import TouchScrollArea

# The chip drawn in OpenDyslexic, so a visitor sees the font before choosing it.
DYSLEXIC_SAMPLE = "dyslexic-font-sample"


class AccessScreen(base.Screen):
    """Choices that take effect at once; all forgotten when the kiosk resets."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.groups: dict[str, QButtonGroup] = {}
        languages = [
            ChipButton(native_name(code, context.resources), code)
            for code in available_languages(context.resources, context.settings.enabled_languages)
        ]
        sizes = [
            ChipButton(self.tr("Standard"), 1.0),
            ChipButton(self.tr("Bigger"), 1.5),
            ChipButton(self.tr("Biggest"), 2.0),
        ]
        for chip, percent in zip(sizes, (100, 150, 200), strict=True):
            chip.setAccessibleDescription(self.tr("Text at {0} percent").format(percent))
        colours = [
            ChipButton(self.tr("Standard colours"), palettes.STANDARD),
            ChipButton(self.tr("Light text on black"), palettes.CONTRAST_DARK),
            ChipButton(self.tr("Black text on white"), palettes.CONTRAST_LIGHT),
            ChipButton(self.tr("Cream, less glare"), palettes.CREAM),
        ]
        colours[1].setAccessibleDescription(self.tr("High contrast: yellow and white on black"))
        colours[2].setAccessibleDescription(self.tr("High contrast: black and dark blue on white"))
        colours[3].setAccessibleDescription(self.tr("Soft colours on a cream background"))
        typefaces = [
            ChipButton(self.tr("Standard font"), looks.STANDARD_FONT),
            ChipButton(self.tr("Easier to read: OpenDyslexic"), looks.DYSLEXIC_FONT),
        ]
        typefaces[1].setObjectName(DYSLEXIC_SAMPLE)
        typefaces[1].setAccessibleDescription(self.tr("A font some people with dyslexia prefer"))
        fonts.register_dyslexic_font()  # so the chip can show it
        movement = [
            ChipButton(self.tr("Standard"), False),
            ChipButton(self.tr("Keep everything still"), True),
        ]
        # The on-screen keyboard's timing (EN 301 549 5.7 key repeat, 5.8 double strike).
        repeat = [
            ChipButton(self.tr("After 1 second"), 1000),
            ChipButton(self.tr("After 2 seconds"), 2000),
            ChipButton(self.tr("Never"), None),
        ]
        for chip in repeat:
            chip.setAccessibleDescription(self.tr("When holding Delete deletes more letters"))
        double = [
            ChipButton(self.tr("Count every touch"), 0),
            ChipButton(self.tr("Ignore a second touch within half a second"), 500),
            ChipButton(self.tr("Within one second"), 1000),
        ]

        self.done_button = BigButton(self.tr("Done"), "check", primary=True)
        self.done_button.setMinimumWidth(320)
        self.done_button.clicked.connect(lambda: self.navigate.emit(base.HOME, None))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 24, 32, 16)
        layout.setSpacing(20)
        for field, heading, hint, chips in (
            ("language", self.tr("Language"), self.tr("Choose your language."), languages),
            ("text_scale", self.tr("Text size"), self.tr("Make the words bigger."), sizes),
            (
                "colour_scheme",
                self.tr("Colours"),
                self.tr("Stronger or softer colours can be easier to see."),
                colours,
            ),
            ("font", self.tr("Font"), self.tr("Choose the letters you find easiest."), typefaces),
            (
                "calm",
                self.tr("Movement"),
                self.tr("Stop the start screen changing by itself."),
                movement,
            ),
            (
                "key_repeat_delay_ms",
                self.tr("Holding a key"),
                self.tr("When should holding Delete on the keyboard delete more letters?"),
                repeat,
            ),
            (
                "key_debounce_ms",
                self.tr("Touching a key twice"),
                self.tr("Ignore a key touched again by mistake straight away."),
                double,
            ),
        ):
            layout.addWidget(self._section(field, heading, hint, chips))
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setSpacing(16)
        outer.addWidget(self.scroll_area, 1)
        # Outside the scroll area, so "Done" is always in sight, even with the largest text.
        outer.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.setContentsMargins(0, 0, 64, 16)
        context.session.changed.connect(self._sync)

    @property
    def size_group(self) -> QButtonGroup:
        return self.groups["text_scale"]

    @property
    def colour_group(self) -> QButtonGroup:
        return self.groups["colour_scheme"]

    def _section(self, field: str, heading: str, hint: str, chips: list[ChipButton]) -> QWidget:
        group = QButtonGroup(self)
        group.setExclusive(True)
        for chip in chips:
            group.addButton(chip)
            accessibility.mark_choice(chip)
        group.buttonClicked.connect(lambda chip, f=field: self._set(f, chip.value))
        self.groups[field] = group
        box = QFrame(self)
        theme.set_role(box, "card")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 16, 32, 20)
        inner.setSpacing(8)
        accessibility.mark_group(box, heading)
        title = QLabel(heading, box)
        theme.set_role(title, "subheading")
        accessibility.mark_heading(title)
        title.setWordWrap(True)
        text = QLabel(hint, box)
        text.setWordWrap(True)
        row = FlowLayout(spacing=16)
        for chip in chips:
            row.addWidget(chip)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(row)
        return box

    def title(self) -> str:
        return self.tr("Languages and accessibility")

    def read_aloud_text(self) -> str:
        return self.tr(
            "Choose a language, bigger text, other colours, an easier font, and how the "
            "keyboard works. Touch Done when you have finished."
        )

    def show_with(self, arg: object) -> None:
        self._sync()

    def _sync(self) -> None:
        """Tick the chips that match the session (it may change elsewhere, e.g. on reset)."""
        session = self.context.session
        for field, group in self.groups.items():
            current = getattr(session, field)
            for chip in group.buttons():
                if isinstance(chip, ChipButton):
                    chip.setChecked(chip.value == current)

    def reset(self) -> None:
        self._sync()
        self.scroll_area.scroll_to_top()

    def _set(self, field: str, value: object) -> None:
        session = self.context.session
        if getattr(session, field) != value:
            setattr(session, field, value)
            session.changed.emit()
