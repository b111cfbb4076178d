"""Talk to someone: the 'talk-to-someone' topic page, with ways into support services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from kiosk.ui import theme
from kiosk.ui.context import AppContext
from kiosk.ui.screens import base
from kiosk.ui.screens.topics import TopicPage, find_topic
from kiosk.ui.widgets.buttons import BigButton

TALK_TOPIC = "talk-to-someone"
SUPPORT_CATEGORY = "lo-information-support"


class TalkScreen(base.Screen):
    """Advice on who to ask, the information-and-support services, and the topic list."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.page = TopicPage(context, self)
        self.page.navigate.connect(self.navigate)
        self.topics_button = BigButton(self.tr("SEND support explained"), "info")
        self.topics_button.setAccessibleDescription(self.tr("Read about SEND in plain English"))
        self.topics_button.clicked.connect(lambda: self.navigate.emit(base.TOPICS, None))
        self.missing = QLabel(
            self.tr("Ask a member of staff here, or look through the support services."), self
        )
        theme.set_role(self.missing, "heading")
        self.missing.setWordWrap(True)
        self.support_button = BigButton(
            self.tr("Information and support services"), SUPPORT_CATEGORY, primary=True
        )
        self.support_button.clicked.connect(
            lambda: self.navigate.emit(base.SERVICES, SUPPORT_CATEGORY)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.setSpacing(16)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.missing, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.page.add_action(self.topics_button)
        self._topic_id: str | None = None

    def title(self) -> str:
        return self.tr("Talk to someone")

    def read_aloud_text(self) -> str:
        return self.page.read_aloud_text() if self.page.isVisibleTo(self) else self.missing.text()

    def show_with(self, arg: object) -> None:
        topic = find_topic(self.context.topics, TALK_TOPIC)
        self.page.setVisible(topic is not None)
        self.missing.setVisible(topic is None)
        self.support_button.setVisible(topic is None)
        if topic is not None and topic.id != self._topic_id:
            self._topic_id = topic.id
            self.page.show_topic(topic, extra_categories=(SUPPORT_CATEGORY,))

    def reset(self) -> None:
        self.page.reset()
