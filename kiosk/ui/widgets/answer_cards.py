"""Cards for the search for everything: guidance pages, SEND words and services in one list,
each card saying what it is (a small label and its own icon) above its name.

API:
    AnswerListView(parent=None, grow=False) + AnswerListModel (kiosk.ui.list_models)
        set_all_districts(names); signal answer_chosen(object) with the Answer touched.
    answer_texts(answer, all_districts) -> CardTexts; describe_answer(answer, all_districts)
    KIND_ICONS: the icon of each AnswerKind
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QWidget

from kiosk.content.answers import Answer, AnswerKind
from kiosk.ui.list_models import AnswerRole
from kiosk.ui.widgets.cards import (
    CardTexts,
    ServiceCardDelegate,
    ServiceListView,
    card_texts,
    describe_service,
)

KIND_ICONS = {
    AnswerKind.GUIDANCE: "info",
    AnswerKind.WORD: "glossary",
    AnswerKind.SERVICE: "directory",
}


def kind_label(kind: AnswerKind) -> str:
    """What a result is, in the visitor's language: Guidance, Word or Service."""
    if kind is AnswerKind.GUIDANCE:
        return QCoreApplication.translate("AnswerCard", "Guidance")
    if kind is AnswerKind.WORD:
        return QCoreApplication.translate("AnswerCard", "Word")
    return QCoreApplication.translate("AnswerCard", "Service")


def answer_texts(answer: Answer, all_districts: Sequence[str] = ()) -> CardTexts:
    kind = (KIND_ICONS[answer.kind], kind_label(answer.kind))
    if answer.service is not None:
        texts = card_texts(answer.service, all_districts)
        return CardTexts(texts.name, texts.organisation, texts.facts, kind)
    return CardTexts(answer.title, answer.summary, (), kind)


def describe_answer(answer: Answer, all_districts: Sequence[str] = ()) -> str:
    """The card as one sentence for a screen reader: what it is, then its words."""
    if answer.service is not None:
        return f"{kind_label(answer.kind)}: {describe_service(answer.service, all_districts)}"
    return f"{kind_label(answer.kind)}: {answer.title}. {answer.summary}"


class AnswerCardDelegate(ServiceCardDelegate):
    """Paints AnswerListModel rows as cards, each with what it is above its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answers: dict[tuple[AnswerKind, str], CardTexts] = {}

    def texts_at(self, index: QModelIndex | QPersistentModelIndex) -> CardTexts | None:
        answer = index.data(AnswerRole.ANSWER)
        if not isinstance(answer, Answer):
            return None
        key = (answer.kind, answer.id)
        texts = self._answers.get(key)
        if texts is None:
            texts = answer_texts(answer, self.all_districts)
            self._answers[key] = texts
        return texts

    def forget(self) -> None:
        super().forget()
        self._answers.clear()


class AnswerListView(ServiceListView):
    """One column of answer cards, scrolled by finger.

    Signals:
        answer_chosen(object): the Answer whose card was touched (or Enter pressed).
    """

    answer_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, grow: bool = False) -> None:
        super().__init__(1, parent, grow, AnswerCardDelegate())
        self.card_delegate.setParent(self)
        self.setAccessibleName(QCoreApplication.translate("AnswerCard", "Results"))

    def _chosen(self, index: QModelIndex) -> None:
        answer = index.data(AnswerRole.ANSWER)
        if isinstance(answer, Answer):
            self.answer_chosen.emit(answer)
