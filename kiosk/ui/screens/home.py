"""The home screen: six large choices, each an icon and a few words."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.store.models import Filters
from kiosk.ui import theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.widgets.buttons import TileButton
from kiosk.ui.widgets.scroll import TouchScrollArea

LARGE_TILE_MIN_PX = 300


class HomeScreen(base.Screen):
    """Where to start, topics and the directory as big tiles; search, talk and access below."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.start_tile = TileButton(
            self.tr("Where do I start?"),
            self.tr("A few questions, then the right help"),
            "steps",
            vertical=True,
        )
        self.topics_tile = TileButton(
            self.tr("SEND support explained"),
            self.tr("What SEND means and how to get help"),
            "info",
            vertical=True,
        )
        self.directory_tile = TileButton(
            self.tr("Find local services"), "", "directory", vertical=True
        )
        self.search_tile = TileButton(
            self.tr("Search"), self.tr("Type what you are looking for"), "search", vertical=True
        )
        self.talk_tile = TileButton(
            self.tr("Talk to someone"), self.tr("Phone, email or visit"), "phone", vertical=True
        )
        self.access_tile = TileButton(
            self.tr("Languages and accessibility"),
            self.tr("Bigger text, colours, an easier font, language"),
            "access",
            vertical=True,
        )
        self.tiles = {
            base.START: self.start_tile,
            base.TOPICS: self.topics_tile,
            base.DIRECTORY: self.directory_tile,
            base.SEARCH: self.search_tile,
            base.TALK: self.talk_tile,
            base.ACCESS: self.access_tile,
        }
        for name, tile in self.tiles.items():
            tile.value = name
            tile.clicked.connect(lambda _=False, n=name: self.navigate.emit(n, None))

        grid = QGridLayout()
        grid.setSpacing(32)
        if theme.is_large_text():
            # Three tiles a row leave bigger words no room: two a row, the page scrolls.
            for number, tile in enumerate(self.tiles.values()):
                tile.setMinimumHeight(LARGE_TILE_MIN_PX)
                grid.addWidget(tile, number // 2, number % 2)
        else:
            # Three main tiles share the top row; three smaller ones below (a 6-column grid).
            grid.addWidget(self.start_tile, 0, 0, 1, 2)
            grid.addWidget(self.topics_tile, 0, 2, 1, 2)
            grid.addWidget(self.directory_tile, 0, 4, 1, 2)
            grid.addWidget(self.search_tile, 1, 0, 1, 2)
            grid.addWidget(self.talk_tile, 1, 2, 1, 2)
            grid.addWidget(self.access_tile, 1, 4, 1, 2)
            grid.setRowStretch(0, 3)
            grid.setRowStretch(1, 2)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 40, 64, 40)
        layout.addLayout(grid)
        # The tiles fill the screen; with the biggest text and font they may need more: scroll.
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def title(self) -> str:
        return self.tr("How can we help?")

    def read_aloud_text(self) -> str:
        names = ", ".join(tile.accessibleName() for tile in self.tiles.values())
        return self.tr("Touch one of these: {0}").format(names)

    def show_with(self, arg: object) -> None:
        count = self.context.directory.count(Filters())
        self.directory_tile.set_subtitle(
            self.tr("%Ln service(s) for families", "", count)
            if count
            else self.tr("Services for families")
        )
