"""Where do I start?: one question a page with one big button per answer (the tree in
resources/start/questions.toml), ending in a page made for those answers. Nothing is stored."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.content.start import Question, StartError, StartPage, StartTree, load_start_for
from kiosk.store.models import Filters
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.screens.topics import find_topic
from kiosk.ui.widgets.buttons import BigButton, TileButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scroll import TouchScrollArea
from kiosk.ui.wording import service_count

log = logging.getLogger(__name__)

ANSWER_MIN_PX = 112


class StartScreen(base.Screen):
    """The visitor's answers so far (taps) decide the page; Previous question undoes one."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.tree: StartTree | None = None
        topic_ids = [t.id for t in context.topics]
        for language in dict.fromkeys((context.session.language, "en")):
            try:
                self.tree = load_start_for(language, context.resources, topic_ids)
                break
            except StartError as error:
                log.error("'Where do I start?' in %s cannot be used: %s", language, error)
        self.taps: list[int] = []
        self.heading = QLabel("", self)
        self.answer_buttons: list[TileButton] = []
        self.topic_buttons: list[BigButton] = []
        self.services_button: BigButton | None = None
        self.back_button = BigButton(self.tr("Previous question"), "back")
        self.back_button.clicked.connect(self.previous)
        self.again_button = BigButton(self.tr("Start again"), "restart")
        self.again_button.clicked.connect(self.start_again)
        self.scroll_area = TouchScrollArea(None, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._spoken = ""
        self._show()

    def title(self) -> str:
        return self.tr("Where do I start?")

    def read_aloud_text(self) -> str:
        return self._spoken

    def here(self) -> Question | StartPage | None:
        return self.tree.step(self.taps) if self.tree is not None else None

    # -- answering ---------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        self.taps.append(index)
        self._show()
        self.announce.emit(self._spoken)

    def previous(self) -> None:
        if self.taps:
            self.taps.pop()
        self._show()
        self.announce.emit(self._spoken)

    def start_again(self) -> None:
        self.taps = []
        self._show()
        self.announce.emit(self._spoken)

    def service_filters(self) -> Filters:
        """The filters the answers ask for, in the hub's own district when it has one."""
        if self.tree is None:
            return Filters()
        filters = self.tree.filters(self.taps)
        wanted = self.context.settings.hub_district.strip().casefold()
        district = next(
            (d for d in self.context.directory.districts() if d.casefold() == wanted), None
        )
        return replace(filters, district=district) if district else filters

    # -- building the page -------------------------------------------------------------------
    def _show(self) -> None:
        # Each step is a fresh page: the scroll area deletes the last one.
        for button in (self.back_button, self.again_button):
            button.setParent(None)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(24)
        self.heading = QLabel("", page)
        self.heading.setWordWrap(True)
        accessibility.mark_heading(self.heading)
        layout.addWidget(self.heading)
        self.answer_buttons, self.topic_buttons, self.services_button = [], [], None
        here = self.here()
        if here is None:
            theme.set_role(self.heading, "heading")
            self.heading.setText(self.tr("Ask a member of staff here where to start."))
            self._spoken = self.heading.text()
        elif isinstance(here, Question):
            self._question(here, layout)
        else:
            self._end_page(here, layout)
        nav = FlowLayout(spacing=16)
        if self.taps:
            nav.addWidget(self.back_button)
            nav.addWidget(self.again_button)
        layout.addLayout(nav)
        layout.addStretch(1)
        self.scroll_area.setWidget(page)
        self.scroll_area.scroll_to_top()

    def _question(self, question: Question, layout: QVBoxLayout) -> None:
        theme.set_role(self.heading, "display")
        self.heading.setText(question.text)
        group = QWidget()
        accessibility.mark_group(group, question.text)
        answers = QVBoxLayout(group)
        answers.setContentsMargins(0, 0, 0, 0)
        answers.setSpacing(20)
        for index, choice in enumerate(question.choices):
            button = TileButton(choice.label)
            button.value = index
            button.setMinimumHeight(ANSWER_MIN_PX)
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            answers.addWidget(button)
            self.answer_buttons.append(button)
        layout.addWidget(group)
        labels = ", ".join(choice.label for choice in question.choices)
        self._spoken = self.tr("{0} Touch one of these: {1}").format(question.text, labels)

    def _end_page(self, page: StartPage, layout: QVBoxLayout) -> None:
        theme.set_role(self.heading, "display")
        self.heading.setText(page.title)
        guidance = QLabel(page.guidance)
        guidance.setWordWrap(True)
        layout.addWidget(guidance)
        spoken = [page.title, page.guidance]

        filters = self.service_filters()
        count = self.context.directory.count(filters)
        services = BigButton(
            self.tr("Show these services ({0})").format(QLocale().toString(count)),
            "directory",
            primary=True,
        )
        services.setAccessibleDescription(
            self.tr("{0} chosen by your answers").format(service_count(count))
        )
        services.clicked.connect(lambda: self.navigate.emit(base.SERVICES, filters))
        self.services_button = services
        layout.addWidget(services, 0, Qt.AlignmentFlag.AlignLeft)

        topics = [t for t in (find_topic(self.context.topics, i) for i in page.topics) if t]
        if topics:
            layout.addWidget(self._subheading(self.tr("Read more")))
            row = FlowLayout(spacing=16)
            for topic in topics:
                button = BigButton(topic.title, topic.icon)
                button.setAccessibleDescription(topic.summary)
                button.clicked.connect(
                    lambda _=False, t=topic.id: self.navigate.emit(base.TOPIC, t)
                )
                row.addWidget(button)
                self.topic_buttons.append(button)
            layout.addLayout(row)

        if page.senco_questions:
            heading = self._subheading(self.tr("Questions to ask the school's SENCO"))
            layout.addWidget(heading)
            spoken.append(heading.text())
            for question in page.senco_questions:
                label = QLabel(f"\u2022 {question}")
                label.setWordWrap(True)
                layout.addWidget(label)
                spoken.append(question)
        self._spoken = " ".join(spoken)

    @staticmethod
    def _subheading(text: str) -> QLabel:
        label = QLabel(text)
        theme.set_role(label, "subheading")
        label.setWordWrap(True)
        accessibility.mark_heading(label)
        return label

    def reset(self) -> None:
        """Forget every answer."""
        self.taps = []
        self._show()
