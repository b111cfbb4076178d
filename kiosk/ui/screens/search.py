"""Search for everything: a big box typed with the kiosk's own keyboard; guidance pages, SEND
words and services in one list that follows every key; filters, and help when nothing is found."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.answers import Answer, AnswerKind, Answers, search_everything
from kiosk.keyboards import keyboard_for
from kiosk.languages import DEFAULT, language
from kiosk.staff.statistics import Event
from kiosk.store.limits import MAX_QUERY_CHARS
from kiosk.store.models import Filters, SearchResult
from kiosk.ui import theme
from kiosk.ui.bidi import isolate
from kiosk.ui.context import AppContext
from kiosk.ui.list_models import AnswerListModel
from kiosk.ui.screens import base
from kiosk.ui.widgets.answer_cards import AnswerListView, describe_answer
from kiosk.ui.widgets.buttons import BigButton, ChipButton
from kiosk.ui.widgets.filter_bar import FilterBar
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.no_results import NoResultsPanel
from kiosk.ui.widgets.page_stack import PageStack
from kiosk.ui.widgets.scroll import TouchScrollArea
from kiosk.ui.wording import service_count

PAGE_SIZE = 50
# The count is told once typing pauses, not at every key (a stream of numbers helps nobody).
ANNOUNCE_AFTER_MS = 900
HINT_PAGE, LIST_PAGE, NONE_PAGE = 0, 1, 2


class SearchScreen(base.Screen):
    """Results on the left, the keyboard on the right, the box and filters above both."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.districts = context.directory.districts()
        self.result: SearchResult | None = None  # the services found
        self.answers: Answers | None = None  # everything found, in the order shown

        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Type here, for example: autism"))
        self.box.setAccessibleName(self.tr("Search words"))
        self.box.setAccessibleDescription(self.tr("Use the keyboard on the screen to type"))
        self.box.setMaxLength(MAX_QUERY_CHARS)
        # A whole line of typed words, descenders too, at every text size and font.
        line = QFontMetrics(theme.font(theme.SUBHEADING_PX)).height()
        self.box.setMinimumHeight(max(88, line + 2 * (8 + theme.BORDER_PX + theme.FOCUS_GAP_PX)))
        self.box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # Our keyboard types here; the operating system's input method must never pop up.
        self.box.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.box.setClearButtonEnabled(False)
        self.box.textChanged.connect(self.run_search)

        # The visitor's language's keys; the screen is built again when the language changes.
        keys = keyboard_for(context.session.language, context.resources)
        # Services are listed in English: a visitor reading another language is told so.
        shown_in = language(context.session.language, context.resources)
        self.other_language = shown_in.code != DEFAULT
        self.keyboard = OnScreenKeyboard(self, keys)
        self.keyboard.attach(self.box)
        context.session.changed.connect(self._follow_key_timing)
        self._follow_key_timing()
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(ANNOUNCE_AFTER_MS)
        self._announce_timer.timeout.connect(self._announce_status)
        # A search is counted once its words settle, not at every key.
        self._counted = ""
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(ANNOUNCE_AFTER_MS)
        self._count_timer.timeout.connect(self._count_search)

        self.filter_bar = FilterBar(self.districts, self)
        self.filter_bar.filters_changed.connect(lambda _f: self.run_search())
        self.filter_bar.filter_used.connect(lambda kind: context.usage.record(Event.FILTER, kind))
        self.filter_bar.picker_changed.connect(self._follow_pickers)

        self.status_label = QLabel("", self)
        theme.set_role(self.status_label, "subheading")
        self.status_label.setWordWrap(True)
        self.correction_label = QLabel("", self)
        self.correction_label.setWordWrap(True)
        self.correction_label.hide()

        # page 0: what to type
        hint_page = QFrame()
        theme.set_role(hint_page, "card")
        hint_layout = QVBoxLayout(hint_page)
        hint_layout.setContentsMargins(32, 24, 32, 24)
        hint_layout.setSpacing(16)
        hint_text = QLabel(self.tr("Type a word, or touch one of these:"), hint_page)
        hint_text.setWordWrap(True)
        hint_layout.addWidget(hint_text)
        self.example_buttons: list[ChipButton] = []
        examples = FlowLayout(spacing=12)
        # Each chip is labelled in the visitor's language and searches the English word,
        # because the services are listed in English.
        for english, word in (
            ("autism", self.tr("autism")),
            ("speech", self.tr("speech")),
            ("short breaks", self.tr("short breaks")),
            ("swimming", self.tr("swimming")),
            ("wheelchair", self.tr("wheelchair")),
            ("sleep", self.tr("sleep")),
            ("mental health", self.tr("mental health")),
            ("transport", self.tr("transport")),
        ):
            chip = ChipButton(word, english, hint_page)
            chip.setCheckable(False)
            chip.setAccessibleDescription(self.tr("Search for {0}").format(word))
            chip.clicked.connect(lambda _=False, w=english: self.box.setText(w))
            examples.addWidget(chip)
            self.example_buttons.append(chip)
        hint_layout.addLayout(examples)
        hint_layout.addStretch(1)

        # page 1: the results. With bigger text everything left of the keyboard is one page
        # that scrolls as a whole, the list of results included.
        self.one_page = theme.is_large_text()
        self.model = AnswerListModel(lambda a: describe_answer(a, self.districts), self)
        self.list_view = AnswerListView(grow=self.one_page)
        self.list_view.setModel(self.model)
        self.list_view.set_all_districts(self.districts)
        self.list_view.answer_chosen.connect(self.open_answer)
        self.more_button = BigButton(self.tr("Show more"), "list")
        self.more_button.clicked.connect(self.show_more)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(8)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)

        # page 2: nothing found
        self.no_results = NoResultsPanel()
        self.no_results.did_you_mean.connect(self.box.setText)
        self.no_results.relax.connect(self._relax)
        self.no_results.category_chosen.connect(lambda c: self.navigate.emit(base.SERVICES, c))
        self.no_results_area: TouchScrollArea | None = None
        if not self.one_page:
            self.no_results_area = TouchScrollArea(self.no_results)

        self.pages = PageStack(self)
        self.pages.addWidget(hint_page)
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.no_results_area or self.no_results)

        left = QVBoxLayout()
        left.setSpacing(8)
        if self.one_page:
            left.addWidget(self.filter_bar)
        left.addWidget(self.status_label)
        left.addWidget(self.correction_label)
        left.addWidget(self.pages, 0 if self.one_page else 1)
        right = QVBoxLayout()
        right.addStretch(1)
        right.addWidget(self.keyboard)
        lower = QHBoxLayout()
        lower.setSpacing(32)
        if self.one_page:
            left.addStretch(1)
            column = QWidget(self)
            column.setLayout(left)
            left.setContentsMargins(0, 0, 8, 0)
            self.page_area: TouchScrollArea | None = TouchScrollArea(column, self)
            lower.addWidget(self.page_area, 1)
        else:
            self.page_area = None
            lower.addLayout(left, 1)
        lower.addLayout(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 40, 20)
        layout.setSpacing(14)
        layout.addWidget(self.box)
        if not self.one_page:
            layout.addWidget(self.filter_bar)
        layout.addLayout(lower, 1)
        self.run_search()

    def title(self) -> str:
        return self.tr("Search")

    def read_aloud_text(self) -> str:
        return self.tr(
            "Type words with the keyboard at the bottom right. Guidance, SEND words and "
            "services found are listed on the left. {0}"
        ).format(self.status_label.text())

    def _follow_key_timing(self) -> None:
        session = self.context.session
        self.keyboard.set_repeat(session.key_repeat_delay_ms)
        self.keyboard.set_debounce(session.key_debounce_ms)

    def _announce_status(self) -> None:
        words = self.status_label.text()
        if self.correction_label.isVisible():
            words = f"{words}. {self.correction_label.text()}"
        self.announce.emit(words)

    def show_with(self, arg: object) -> None:
        if isinstance(arg, str) and arg != self.box.text():
            self.box.setText(arg)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- searching ---------------------------------------------------------------------------
    def query(self) -> str:
        return self.box.text()

    def run_search(self) -> None:
        """Ask the directory again for the box's words under the chosen filters."""
        text, filters = self.box.text(), self.filter_bar.filters()
        self.list_view.scroll_to_top()
        if self.page_area is not None:
            self.page_area.scroll_to_top()
        if not text.strip() and filters.is_empty():
            self.result = None
            self.answers = None
            self.model.clear()
            total = self.context.directory.count(Filters())
            self.status_label.setText(self.tr("Search {0}").format(service_count(total)))
            self.correction_label.hide()
            self.pages.setCurrentIndex(HINT_PAGE)
            return
        answers = search_everything(
            self.context.directory, self.context.guidance, text, filters, limit=PAGE_SIZE
        )
        self._count_timer.start()
        result = answers.services
        self.result, self.answers = result, answers
        self.model.set_answers(answers.answers)
        self._show_status(result, len(answers.answers) - len(result.services))
        if answers.answers:
            self.pages.setCurrentIndex(LIST_PAGE)
            self._update_more()
        else:
            help_ = answers.help
            if help_ is not None and help_.categories:
                named = self.context.vocabulary().all_named(help_.categories)
                help_ = replace(help_, categories=tuple(named))
            self.no_results.show_help(
                help_, no_words=result.no_words, other_language=self.other_language
            )
            if self.no_results_area is not None:
                self.no_results_area.scroll_to_top()
            self.pages.setCurrentIndex(NONE_PAGE)

    def _show_status(self, result: SearchResult, guidance: int = 0) -> None:
        """guidance: how many pages and SEND words are listed besides the services."""
        text = result.query.strip()
        total = result.total + guidance
        if total == 0:
            status = self.tr("Nothing found for “{0}”").format(isolate(text)) if text else ""
            status = status or self.tr("No services match these filters")
        elif not text:
            status = service_count(result.total)
        elif total == 1:
            status = self.tr("1 result for “{0}”").format(isolate(text))
        else:
            status = self.tr("{0} results for “{1}”").format(total, isolate(text))
        self.status_label.setText(status)
        understood = [right for typed, right in result.corrected_terms if typed != right]
        notes = []
        if understood and result.total:
            notes.append(self.tr("Showing results for {0}").format(isolate(" ".join(understood))))
        if result.total and result.some_words_only:
            notes.append(self.tr("No service has all your words, so these have some of them."))
        if text and not result.total and guidance and self.other_language:
            notes.append(self.no_results.english_services_text())
        self.correction_label.setText("  ".join(notes))
        self.correction_label.setVisible(bool(notes))
        if self.isVisible():
            self._announce_timer.start()

    def show_more(self) -> None:
        if self.result is None:
            return
        more = self.context.directory.search(
            self.box.text(),
            self.filter_bar.filters(),
            limit=PAGE_SIZE,
            offset=self.model.service_count(),
        )
        self.model.append_answers(
            [
                Answer(AnswerKind.SERVICE, s.id, s.name, s.description, s.score, service=s)
                for s in more.services
            ]
        )
        self._update_more()

    def _count_search(self) -> None:
        """Count the search now showing, once: a new one when its words have changed."""
        self._count_timer.stop()
        text = " ".join(self.box.text().split())
        if not text or text == self._counted or self.answers is None:
            return
        self._counted = text
        usage = self.context.usage
        usage.record(Event.SEARCH)
        if not self.answers.answers:
            usage.search_found_nothing(text)

    def open_answer(self, answer: Answer) -> None:
        """A service opens its page; a guidance page opens; a SEND word opens the page that
        explains it, at the word."""
        self._count_search()
        if answer.kind is AnswerKind.SERVICE:
            self.navigate.emit(base.SERVICE, answer.id)
        elif answer.kind is AnswerKind.WORD and answer.topic_id is not None:
            self.navigate.emit(base.TOPIC, base.TopicAt(answer.topic_id, answer.title))
        elif answer.topic_id is not None:
            self.navigate.emit(base.TOPIC, answer.topic_id)

    def _update_more(self) -> None:
        total = self.result.total if self.result else 0
        left = total - self.model.service_count()
        self.more_button.setVisible(left > 0)
        self.more_button.setText(self.tr("Show more ({0} more)").format(left))

    def _relax(self, relaxed: Filters) -> None:
        """Search again with the filters the no-results help counted for its button."""
        self.filter_bar.set_filters(relaxed)
        self.run_search()

    def _follow_pickers(self, picker: object) -> None:
        """A filter's chips take the keyboard's place while they are open."""
        self.keyboard.setVisible(picker is None)

    def reset(self) -> None:
        self._announce_timer.stop()
        self._count_search()  # the last visitor's search, before their words go
        self._counted = ""
        self.filter_bar.reset()
        self.keyboard.show()
        self.keyboard.show_latin(False)
        self.box.clear()
        self.run_search()
        self.list_view.scroll_to_top()
        if self.no_results_area is not None:
            self.no_results_area.scroll_to_top()
