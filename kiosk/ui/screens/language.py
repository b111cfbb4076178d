"""Choose a language: every language the kiosk offers, each named in its own script.

Reached from the header's language button on every screen, so any language is two touches
away. Choosing one changes the whole kiosk at once and goes back to the page the visitor
was on; the idle reset returns to the kiosk's default language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.languages import load_languages
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.translation import available_languages
from kiosk.ui.widgets.buttons import TileButton
from kiosk.ui.widgets.scroll import TouchScrollArea

COLUMNS = 3


class LanguageScreen(base.Screen):
    """Big tiles, one per language: its own name, then its name in English for staff."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        entries = {entry.code: entry for entry in load_languages(context.resources)}
        codes = available_languages(context.resources, context.settings.enabled_languages)
        self.intro = QLabel(self.tr("Choose your language."), self)
        theme.set_role(self.intro, "subheading")
        self.intro.setWordWrap(True)
        accessibility.mark_heading(self.intro)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.tiles: dict[str, TileButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for number, code in enumerate(codes):
            entry = entries.get(code)
            own = entry.name if entry else code
            english = entry.english if entry else ""
            tile = TileButton(own, english if english != own else "", "language")
            tile.value = code
            tile.setCheckable(True)
            tile.setAccessibleName(own)
            tile.setAccessibleDescription(self.tr("Use the kiosk in this language"))
            if entry is not None:
                # Each name reads in its own direction, whatever the kiosk's is now.
                tile.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft
                    if entry.right_to_left
                    else Qt.LayoutDirection.LeftToRight
                )
            tile.clicked.connect(lambda _=False, c=code: self.choose(c))
            self.group.addButton(tile)
            self.tiles[code] = tile
            grid.addWidget(tile, number // COLUMNS, number % COLUMNS)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(32)
        column.addWidget(self.intro)
        column.addLayout(grid)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(TouchScrollArea(page, self))

    def title(self) -> str:
        return self.tr("Language")

    def read_aloud_text(self) -> str:
        return self.intro.text()

    def show_with(self, arg: object) -> None:
        tile = self.tiles.get(self.context.session.language)
        if tile is not None:
            tile.setChecked(True)

    def choose(self, code: str) -> None:
        """Use CODE from now on, and go back to where the visitor was, in that language."""
        session = self.context.session
        if session.language != code:
            session.language = code
            session.changed.emit()
        self.go_back.emit()
