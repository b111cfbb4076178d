"""NoResultsPanel: what to offer when nothing is found (kiosk.store.models.NoResultsHelp).

API:
    panel = NoResultsPanel()
    panel.show_help(help, no_words=False, other_language=False)
        # fills the panel from the directory's answer; no_words: nothing typed was a word;
        # other_language: the visitor reads another language than the services' English
    panel.english_services_text()          # "services are listed in English", translated
    Signals: did_you_mean(str), relax(Filters) (the fewer filters a button's count was
    found with), category_chosen(str) (a category id).
    panel.suggestion_button, panel.relax_buttons, panel.category_buttons (for tests)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.store.models import NoResultsHelp
from kiosk.ui import theme
from kiosk.ui.bidi import isolate
from kiosk.ui.widgets.buttons import BigButton, TileButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.wording import service_count

TILE_WIDTH_PX = 520


class NoResultsPanel(QFrame):
    """ "Nothing found" with one-touch ways out: a respelling, fewer filters, a category.

    Signals:
        did_you_mean(str): search for this word instead.
        relax(Filters): search again with these fewer filters (the ones the button counted).
        category_chosen(str): show this category's services.
    """

    did_you_mean = Signal(str)
    relax = Signal(object)
    category_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "card")
        self.suggestion_button: BigButton | None = None
        self.relax_buttons: dict[str, BigButton] = {}
        self.category_buttons: dict[str, TileButton] = {}
        self.heading = QLabel(self.tr("Try this instead"), self)
        theme.set_role(self.heading, "subheading")
        self.hint = QLabel(self.tr("Check the spelling, or try a shorter word."), self)
        self.hint.setWordWrap(True)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        self.categories_label = QLabel(self.tr("Or look through a group of services:"), self)
        self.categories_label.setWordWrap(True)
        self._buttons = FlowLayout(spacing=16)
        self._tiles = FlowLayout(spacing=16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 32)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addLayout(self._buttons)
        layout.addWidget(self.categories_label)
        layout.addLayout(self._tiles)
        layout.addStretch(1)

    def _relax_text(self, label: str, count: int) -> str:
        texts = {
            "age": self.tr("Try without the age filter ({0} found)"),
            "district": self.tr("Try without the district filter ({0} found)"),
            "free": self.tr("Try including services that cost money ({0} found)"),
            "day": self.tr("Try without the day filter ({0} found)"),
            "language": self.tr("Try without the language filter ({0} found)"),
            "category": self.tr("Try all groups of services ({0} found)"),
            "all filters": self.tr("Try without any filters ({0} found)"),
        }
        template = texts.get(label, self.tr("Try with fewer filters ({0} found)"))
        return template.format(count)

    def english_services_text(self) -> str:
        """What a visitor reading another language needs to know when no service is found."""
        return self.tr(
            "Services are listed in English. Try the English word, such as autism or swimming."
        )

    def show_help(
        self, help_: NoResultsHelp | None, *, no_words: bool = False, other_language: bool = False
    ) -> None:
        """Replace the panel's buttons with those for this answer."""
        self._buttons.clear()
        self._tiles.clear()
        self.suggestion_button = None
        self.relax_buttons = {}
        self.category_buttons = {}
        help_ = help_ or NoResultsHelp()
        if help_.relaxations:
            self.hint.setText(self.tr("No service matches all your filters."))
        else:
            self.hint.setText(self.tr("Check the spelling, or try a shorter word."))
        notes = []
        if no_words:
            notes.append(self.tr("Type a whole word, such as autism or swimming."))
        elif other_language:
            notes.append(self.english_services_text())
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        if help_.did_you_mean:
            word = help_.did_you_mean
            button = BigButton(self.tr("Did you mean “{0}”?").format(isolate(word)), "search", True)
            button.setAccessibleDescription(self.tr("Search for {0} instead").format(word))
            button.clicked.connect(lambda _=False, w=word: self.did_you_mean.emit(w))
            self._buttons.addWidget(button)
            self.suggestion_button = button
        for relaxed in help_.relaxations:
            button = BigButton(self._relax_text(relaxed.label, relaxed.count), "filter")
            button.clicked.connect(lambda _=False, f=relaxed.filters: self.relax.emit(f))
            self._buttons.addWidget(button)
            self.relax_buttons[relaxed.label] = button
        for category in help_.categories:
            tile = TileButton(category.name, service_count(category.count), category.id)
            tile.value = category.id
            # As tall as its words need at its width: a fixed height cut the last line of
            # long group names, at every text size.
            tile.setFixedSize(
                TILE_WIDTH_PX, max(theme.scaled_px(110), tile.heightForWidth(TILE_WIDTH_PX))
            )
            tile.clicked.connect(lambda _=False, c=category.id: self.category_chosen.emit(c))
            self._tiles.addWidget(tile)
            self.category_buttons[category.id] = tile
        self.categories_label.setVisible(bool(help_.categories))
