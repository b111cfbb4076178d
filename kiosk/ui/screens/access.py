"""Languages and accessibility: the visitor's language, text size and colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.translation import available_languages, native_name
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.scroll import TouchScrollArea

TEXT_SIZES = (1.0, 1.2, 1.4)


class AccessScreen(base.Screen):
    """Three choices that take effect at once; all forgotten when the kiosk resets."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.language_group = QButtonGroup(self)
        self.size_group = QButtonGroup(self)
        self.colour_group = QButtonGroup(self)

        languages = [
            ChipButton(native_name(code), code) for code in available_languages(context.resources)
        ]
        sizes = [
            ChipButton(label, value)
            for label, value in zip(
                (self.tr("Standard"), self.tr("Larger"), self.tr("Largest")),
                TEXT_SIZES,
                strict=True,
            )
        ]
        colours = [
            ChipButton(self.tr("Standard colours"), False),
            ChipButton(self.tr("High contrast: yellow on black"), True),
        ]
        for group, chips in (
            (self.language_group, languages),
            (self.size_group, sizes),
            (self.colour_group, colours),
        ):
            group.setExclusive(True)
            for chip in chips:
                group.addButton(chip)
        self.language_group.buttonClicked.connect(self._language_chosen)
        self.size_group.buttonClicked.connect(self._size_chosen)
        self.colour_group.buttonClicked.connect(self._colours_chosen)

        self.done_button = BigButton(self.tr("Done"), "check", primary=True)
        self.done_button.setMinimumWidth(320)
        self.done_button.clicked.connect(lambda: self.navigate.emit(base.HOME, None))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(80, 24, 0, 16)
        layout.setSpacing(20)
        layout.addWidget(
            self._section(self.tr("Language"), self.tr("Choose your language."), languages)
        )
        layout.addWidget(
            self._section(self.tr("Text size"), self.tr("Make the words bigger."), sizes)
        )
        layout.addWidget(
            self._section(
                self.tr("Colours"), self.tr("Stronger colours can be easier to see."), colours
            )
        )
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setSpacing(16)
        outer.addWidget(self.scroll_area, 1)
        # Outside the scroll area, so "Done" is always in sight, even with the largest text.
        outer.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.setContentsMargins(0, 0, 80, 24)
        context.session.changed.connect(self._sync)

    def _section(self, heading: str, hint: str, chips: list[ChipButton]) -> QWidget:
        box = QFrame(self)
        theme.set_role(box, "card")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 16, 32, 20)
        inner.setSpacing(8)
        title = QLabel(heading, box)
        theme.set_role(title, "subheading")
        text = QLabel(hint, box)
        text.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(20)
        for chip in chips:
            row.addWidget(chip)
        row.addStretch(1)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(row)
        return box

    def title(self) -> str:
        return self.tr("Languages and accessibility")

    def show_with(self, arg: object) -> None:
        self._sync()

    def _sync(self) -> None:
        """Tick the chips that match the session (it may change elsewhere, e.g. on reset)."""
        session = self.context.session
        for group, current in (
            (self.language_group, session.language),
            (self.size_group, session.text_scale),
            (self.colour_group, session.high_contrast),
        ):
            for chip in group.buttons():
                if isinstance(chip, ChipButton):
                    chip.setChecked(chip.value == current)

    def reset(self) -> None:
        self._sync()
        self.scroll_area.scroll_to_top()

    def _language_chosen(self, chip: ChipButton) -> None:
        self._set("language", chip.value)

    def _size_chosen(self, chip: ChipButton) -> None:
        self._set("text_scale", chip.value)

    def _colours_chosen(self, chip: ChipButton) -> None:
        self._set("high_contrast", chip.value)

    def _set(self, field: str, value: object) -> None:
        session = self.context.session
        if getattr(session, field) != value:
            setattr(session, field, value)
            session.changed.emit()
