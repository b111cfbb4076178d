"""The Local Offer directory: category tiles, then one category's services with filters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff.statistics import Event
from kiosk.store import times
from kiosk.store.models import Category, Filters
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.list_models import CategoryModel, ServiceListModel
from kiosk.ui.screens import base
from kiosk.ui.widgets.buttons import BigButton, ChipButton, TileButton
from kiosk.ui.widgets.cards import ServiceListView, category_tile, describe_service
from kiosk.ui.widgets.filter_bar import FilterBar
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.icon_label import IconLabel
from kiosk.ui.widgets.icons import category_icon
from kiosk.ui.widgets.page_stack import PageStack
from kiosk.ui.widgets.scroll import TouchScrollArea
from kiosk.ui.wording import service_count

TILE_COLUMNS = 4
NEED_COLUMNS = 6
PAGE_SIZE = 50
ALL_SERVICES = "all"  # the key of the "All services, A to Z" tile


class GroupTile(TileButton):
    """A group's tile in button-sized words: twelve groups and twelve needs on one screen."""

    @staticmethod
    def title_font() -> QFont:
        return theme.font(theme.BUTTON_PX, bold=True)


class NeedButton(GroupTile):
    """A need to find services by: its name only, in words that may wrap."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent=parent)
        self.setMinimumSize(200, theme.MIN_TOUCH_PX + 8)


class DirectoryScreen(base.Screen):
    """ "All services, A to Z", then every group that has services as a tile with its count;
    needs as buttons below, all above the fold at 1920x1080. Never empty: a feed with no
    groups still has its A to Z."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.tiles: dict[str, TileButton] = {}
        self.need_buttons: dict[str, NeedButton] = {}
        self.model = CategoryModel(
            lambda c: self.tr("{0}, {1}").format(c.name, service_count(c.count)), self
        )
        self.intro = QLabel(self.tr("Choose a group of services, or find services by need."))
        self.search_button = BigButton(self.tr("Search instead"), "search")
        self.search_button.setAccessibleDescription(self.tr("Type what you are looking for"))
        self.search_button.clicked.connect(lambda: self.navigate.emit(base.SEARCH, None))

        self._columns = theme.columns(TILE_COLUMNS)
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        for column in range(self._columns):
            self._grid.setColumnStretch(column, 1)
        self.needs_label = QLabel(self.tr("Or find services by need:"), self)
        theme.set_role(self.needs_label, "subheading")
        accessibility.mark_heading(self.needs_label)
        self.needs_label.setWordWrap(True)
        needs_row = QHBoxLayout()
        needs_row.setSpacing(24)
        needs_row.addWidget(self.needs_label, 1, Qt.AlignmentFlag.AlignVCenter)
        needs_row.addWidget(self.search_button)
        # The needs as a grid of buttons whose words wrap: all of them above the fold at
        # 1920x1080 with every group's tile (a row of chips needed four rows for twelve needs).
        self._needs = QGridLayout()
        self._needs.setSpacing(8)
        self._need_columns = theme.columns(NEED_COLUMNS)
        for column in range(self._need_columns):
            self._needs.setColumnStretch(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 12, 48, 24)
        layout.setSpacing(12)
        layout.addLayout(self._grid)
        layout.addLayout(needs_row)
        layout.addLayout(self._needs)
        layout.addStretch(1)
        self.scroll_area = TouchScrollArea(content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._fill()

    def _fill(self) -> None:
        directory = self.context.directory
        words = self.context.vocabulary()
        # The tiles are a short fixed set laid out by hand; the model holds what they show.
        self.model.set_categories(
            words.all_named(c for c in directory.categories(Filters()) if c.count > 0)
        )
        everything = GroupTile(
            self.tr("All services, A to Z"), service_count(directory.count(Filters())), "list"
        )
        everything.setAccessibleDescription(self.tr("Every service, in alphabetical order"))
        everything.clicked.connect(lambda: self.navigate.emit(base.SERVICES, None))
        self._grid.addWidget(everything, 0, 0)
        self.tiles[ALL_SERVICES] = everything
        for number, category in enumerate(self.model.categories(), start=1):
            tile = category_tile(category, kind=GroupTile)
            tile.clicked.connect(
                lambda _=False, c=category.id: self.navigate.emit(base.SERVICES, c)
            )
            self._grid.addWidget(tile, number // self._columns, number % self._columns)
            self.tiles[category.id] = tile
        needs = words.all_named(n for n in directory.needs(Filters()) if n.count > 0)
        for number, need in enumerate(needs):
            button = NeedButton(need.name)
            button.setAccessibleDescription(service_count(need.count))
            button.clicked.connect(lambda _=False, n=need.id: self.navigate.emit(base.SERVICES, n))
            row, column = divmod(number, self._need_columns)
            self._needs.addWidget(button, row, column)
            self.need_buttons[need.id] = button
        self.needs_label.setVisible(bool(needs))

    def title(self) -> str:
        return self.tr("Find local services")

    def read_aloud_text(self) -> str:
        return self.intro.text()

    def reset(self) -> None:
        self.scroll_area.scroll_to_top()


class ServicesScreen(base.Screen):
    """One category's (or need's) services as cards, with filter chips and "Show more".

    arg: a category, sub-category or need id; None lists every service, A to Z, with a row
    of letters to jump to. Where the kiosk knows its own place, "Nearest first" sorts by
    distance and each card says how far.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        directory = context.directory
        self.districts = directory.districts()
        self.category_id: str | None = None
        self.term_id: str | None = None  # the chosen sub-category, else category_id
        self.total = 0
        self._names = self._term_names()
        self._loaded_key: tuple[str | None, str | None, Filters] | None = None
        self.first = 0  # the A to Z position of the first card shown (after a letter jump)
        hub = context.settings.hub_location()
        self.hub = hub if hub is not None and directory.has_map_places() else None
        self.near: tuple[float, float] | None = None

        self.icon_label = IconLabel("directory", 56, self)
        self.heading = QLabel("", self)
        theme.set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.count_label = QLabel("", self)
        theme.set_role(self.count_label, "subheading")
        self.count_label.setWordWrap(True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        heading_row = QHBoxLayout()
        heading_row.setSpacing(20)
        heading_row.addWidget(self.icon_label)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.count_label)

        self.sub_group = QButtonGroup(self)
        self.sub_group.setExclusive(True)
        self.sub_group.buttonClicked.connect(self._sub_chosen)
        self.sub_row = QWidget(self)
        accessibility.mark_group(self.sub_row, self.tr("Kinds of service"))
        self._subs = FlowLayout(self.sub_row, spacing=12)

        # Within a group: when it is on, and which need it is for (one of each at a time).
        self.need_id: str | None = None
        self.when: str | None = None
        self.time_chips: dict[str, ChipButton] = {}
        self.need_chips: dict[str, ChipButton] = {}
        self.narrow_row = QWidget(self)
        accessibility.mark_group(self.narrow_row, self.tr("Narrow the list"))
        self._narrow = FlowLayout(self.narrow_row, spacing=12)

        self.filter_bar = FilterBar(self.districts, self)
        self.filter_bar.filters_changed.connect(lambda _f: self.reload())
        self.filter_bar.filter_used.connect(lambda kind: context.usage.record(Event.FILTER, kind))
        self.nearest_chip = ChipButton(self.tr("Nearest first"), "nearest", self)
        self.nearest_chip.setAccessibleDescription(
            self.tr("Show the services nearest to this hub first, with how far away they are")
        )
        self.nearest_chip.toggled.connect(self._sort_nearest)
        self.nearest_chip.setVisible(self.hub is not None)
        self.letter_group = QButtonGroup(self)
        self.letter_group.setExclusive(True)
        self.letter_group.buttonClicked.connect(self._jump_to_letter)
        self.letter_row = QWidget(self)
        self._letters = FlowLayout(self.letter_row, spacing=8)
        accessibility.mark_group(self.letter_row, self.tr("Jump to a letter"))

        self.model = ServiceListModel(lambda s: describe_service(s, self.districts), self)
        # With bigger text: one column of cards on a page that scrolls as a whole.
        self.one_page = theme.is_large_text()
        self.list_view = ServiceListView(columns=theme.columns(2), grow=self.one_page)
        self.list_view.setModel(self.model)
        self.list_view.set_all_districts(self.districts)
        self.list_view.service_chosen.connect(lambda sid: self.navigate.emit(base.SERVICE, sid))
        self.more_button = BigButton(self.tr("Show more"), "list")
        self.more_button.clicked.connect(self.show_more)

        self.empty_panel = QFrame(self)
        theme.set_role(self.empty_panel, "card")
        empty_text = QLabel(self.tr("No services match these filters."), self.empty_panel)
        theme.set_role(empty_text, "subheading")
        self.empty_clear = BigButton(self.tr("Clear filters"), "close", primary=True)
        self.empty_clear.clicked.connect(self._clear_filters)
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.setContentsMargins(40, 32, 40, 32)
        empty_layout.setSpacing(24)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(8)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.results = PageStack(self)
        self.results.addWidget(list_page)
        self.results.addWidget(self.empty_panel)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(52, 20, 28, 16)
        layout.setSpacing(16)
        layout.addLayout(heading_row)
        layout.addWidget(self.sub_row)
        layout.addWidget(self.narrow_row)
        bar = QHBoxLayout()
        bar.setSpacing(16)
        bar.addWidget(self.filter_bar, 1)
        bar.addWidget(self.nearest_chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        layout.addWidget(self.letter_row)
        layout.addWidget(self.results, 0 if self.one_page else 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if self.one_page:
            layout.addStretch(1)
            self.page_area: TouchScrollArea | None = TouchScrollArea(page, self)
            outer.addWidget(self.page_area)
        else:
            self.page_area = None
            outer.addWidget(page)

    def _term_names(self) -> dict[str, Category]:
        directory, words = self.context.directory, self.context.vocabulary()
        terms = {c.id: c for c in words.all_named(directory.categories(Filters()))}
        terms.update({c.id: c for c in words.all_named(directory.needs(Filters()))})
        return terms

    def title(self) -> str:
        return self.tr("Find local services")

    def read_aloud_text(self) -> str:
        return f"{self.heading.text()}. {self.count_label.text()}"

    # -- showing -----------------------------------------------------------------------------
    def show_with(self, arg: object) -> None:
        """arg: a category or need id, or Filters (its category_id, age, district, free, day,
        need and time chosen already, as "Where do I start?" asks)."""
        chosen = Filters()
        if isinstance(arg, Filters):
            self.filter_bar.set_filters(arg)
            self._loaded_key = None
            chosen, arg = arg, arg.category_id
        category_id = arg if isinstance(arg, str) else None
        if category_id != self.category_id or self._loaded_key is None:
            self.category_id = category_id
            self.term_id = category_id
            self.need_id, self.when = chosen.need_id, chosen.when
            self._show_heading()
            self._fill_subcategories()
            self._fill_narrowing()
            self._show_narrowing()
            self.reload()

    def _show_heading(self) -> None:
        term = self._names.get(self.category_id or "")
        name = term.name if term else self.tr("All services, A to Z")
        self.heading.setText(name)
        self.heading.setAccessibleName(name)
        self.icon_label.set_icon_name(category_icon(self.category_id or "directory"))

    def _fill_subcategories(self) -> None:
        self._subs.clear()
        for button in self.sub_group.buttons():
            self.sub_group.removeButton(button)
        subs = []
        if self.category_id is not None:
            subs = self.context.vocabulary().all_named(
                s
                for s in self.context.directory.subcategories(self.category_id, Filters())
                if s.count
            )
        self.sub_row.setVisible(bool(subs))
        if not subs:
            return
        everything = ChipButton(self.tr("All"), self.category_id, self.sub_row)
        everything.setChecked(True)
        accessibility.mark_choice(everything)
        self.sub_group.addButton(everything)
        self._subs.addWidget(everything)
        for sub in subs:
            chip = ChipButton(sub.name, sub.id, self.sub_row)
            chip.setAccessibleDescription(service_count(sub.count))
            accessibility.mark_choice(chip)
            self.sub_group.addButton(chip)
            self._subs.addWidget(chip)

    def time_words(self) -> dict[str, str]:
        """What each time of the week or year is called on its chip."""
        return {
            times.AFTER_SCHOOL: self.tr("After school"),
            times.WEEKENDS: self.tr("Weekends"),
            times.SCHOOL_HOLIDAYS: self.tr("School holidays"),
        }

    def _fill_narrowing(self) -> None:
        """Chips for the times and needs that have services in this group (none for the A to Z
        list, or a need's own list)."""
        self._narrow.clear()
        self.time_chips, self.need_chips = {}, {}
        term = self._names.get(self.category_id or "")
        if term is None or term.kind == "need":
            self.narrow_row.hide()
            return
        directory = self.context.directory
        within = Filters(category_id=self.category_id)
        for choice, name in self.time_words().items():
            count = directory.count(replace(within, when=choice))
            if count:
                chip = ChipButton(name, choice, self.narrow_row)
                chip.setAccessibleDescription(service_count(count))
                chip.clicked.connect(lambda on, c=choice: self._narrow_by(when=c if on else None))
                self._narrow.addWidget(chip)
                self.time_chips[choice] = chip
        for need in self.context.vocabulary().all_named(directory.needs(within)):
            if need.count:
                chip = ChipButton(need.name, need.id, self.narrow_row)
                chip.setAccessibleDescription(service_count(need.count))
                chip.clicked.connect(
                    lambda on, n=need.id: self._narrow_by(need_id=n if on else None)
                )
                self._narrow.addWidget(chip)
                self.need_chips[need.id] = chip
        self.narrow_row.setVisible(bool(self.time_chips or self.need_chips))

    def _narrow_by(self, **choice: str | None) -> None:
        """A time or need chip was touched: it is the only one of its kind chosen, or none."""
        self.when = choice.get("when", self.when)
        self.need_id = choice.get("need_id", self.need_id)
        self._show_narrowing()
        self.reload()

    def _show_narrowing(self) -> None:
        for value, chip in [*self.time_chips.items(), *self.need_chips.items()]:
            chip.setChecked(value in (self.when, self.need_id))

    def _sub_chosen(self, chip: ChipButton) -> None:
        value = chip.value if isinstance(chip.value, str) else self.category_id
        if value != self.term_id:
            self.term_id = value
            self.reload()

    def current_filters(self) -> Filters:
        return replace(
            self.filter_bar.filters(),
            category_id=self.term_id,
            need_id=self.need_id,
            when=self.when,
        )

    def reload(self, first: int = 0) -> None:
        """Show the first page of services for the category and filters (from FIRST on, in
        the A to Z order, after a letter jump)."""
        filters = self.current_filters()
        directory = self.context.directory
        self.total = directory.count(filters)
        self.first = first
        self.model.set_services(
            directory.services(filters, limit=PAGE_SIZE, offset=first, near=self.near)
        )
        self._loaded_key = (self.category_id, self.term_id, filters)
        self.list_view.scroll_to_top()
        if self.page_area is not None:
            self.page_area.scroll_to_top()
        if not first:
            self._fill_letters(filters)
        self._update_counts()

    def show_more(self) -> None:
        """Add the next page of cards under those already shown."""
        offset = self.first + self.model.rowCount()
        page = self.context.directory.services(
            self.current_filters(), limit=PAGE_SIZE, offset=offset, near=self.near
        )
        self.model.append_services(page)
        self._update_counts()

    def _fill_letters(self, filters: Filters) -> None:
        """Letters to jump to, in the A to Z list of every service (not within a group, and
        not when sorted by distance, where they would mean nothing)."""
        self._letters.clear()
        for button in self.letter_group.buttons():
            self.letter_group.removeButton(button)
        letters: tuple[tuple[str, int], ...] = ()
        if self.category_id is None and self.near is None:
            letters = self.context.directory.letters(filters)
        self.letter_row.setVisible(len(letters) > 1)
        for letter, offset in letters:
            chip = ChipButton(letter, offset, self.letter_row)
            chip.setAccessibleName(self.tr("Services starting with {0}").format(letter))
            accessibility.mark_choice(chip)
            self.letter_group.addButton(chip)
            self._letters.addWidget(chip)

    def _jump_to_letter(self, chip: ChipButton) -> None:
        if isinstance(chip.value, int):
            self.reload(first=chip.value)

    def _sort_nearest(self, on: bool) -> None:
        self.near = self.hub if on else None
        self.reload()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        count = service_count(self.total)
        if count != self.count_label.text() and self.isVisible():
            self.announce.emit(count)  # a filter changed what is listed
        self.count_label.setText(count)
        left = self.total - self.first - shown
        self.more_button.setVisible(left > 0)
        self.more_button.setText(
            self.tr("Show more ({0} more)").format(left) if left > 0 else self.tr("Show more")
        )
        self.results.setCurrentIndex(0 if self.total else 1)

    def _clear_filters(self) -> None:
        self.filter_bar.reset()
        self.need_id = self.when = None
        self._show_narrowing()
        self.reload()

    def reset(self) -> None:
        self.filter_bar.reset()
        self.category_id = None
        self.term_id = None
        self.need_id = self.when = None
        self._show_narrowing()
        self._loaded_key = None
        self.first = 0
        self.near = None
        self.nearest_chip.blockSignals(True)
        self.nearest_chip.setChecked(False)
        self.nearest_chip.blockSignals(False)
        self.model.clear()
        self.list_view.scroll_to_top()
