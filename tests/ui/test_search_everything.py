"""One search for everything: guidance pages, SEND words and services in one list of cards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.content.answers import Answer, AnswerKind, search_everything
from kiosk.ui.list_models import AnswerListModel, AnswerRole, ServiceRole
from kiosk.ui.screens import base
from kiosk.ui.widgets.answer_cards import KIND_ICONS, answer_texts, describe_answer


def type_words(qtbot, search, text: str) -> None:
    for char in text:
        qtbot.mouseClick(search.keyboard.key_button(char), Qt.MouseButton.LeftButton)


def open_search(window):
    window.show_screen(base.HOME)
    window.show_screen(base.SEARCH)
    return window.current_screen()


def test_the_answer_model_passes_qt_checks(qtmodeltester, context) -> None:
    found = search_everything(context.directory, context.guidance, "ehcp")
    model = AnswerListModel(describe_answer)
    model.set_answers(found.answers)
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data(AnswerRole.KIND) is AnswerKind.GUIDANCE
    assert first.data(ServiceRole.ID) is None and first.data(ServiceRole.SUMMARY) is None
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Guidance: EHC plans")
    row = next(r for r in range(model.rowCount()) if model.answer(r).service)
    assert model.index(row, 0).data(ServiceRole.ID) == model.answer(row).id
    model.append_answers(found.answers)  # nothing twice
    assert model.rowCount() == len(found.answers)
    model.clear()
    assert model.rowCount() == 0


def test_each_card_says_what_it_is() -> None:
    page = Answer(AnswerKind.GUIDANCE, "ehc-plans", "EHC plans", "What a plan is", topic_id="x")
    word = Answer(AnswerKind.WORD, "senco", "SENCO", "The teacher who...", topic_id="glossary")
    assert answer_texts(page).kind == ("info", "Guidance")
    assert answer_texts(word).kind == ("glossary", "Word")
    assert answer_texts(word).organisation == "The teacher who..."  # the meaning is shown
    assert len(set(KIND_ICONS.values())) == 3  # a distinct icon for each kind


def test_guidance_comes_first_and_opens_its_page(qtbot, window, tap) -> None:
    search = open_search(window)
    type_words(qtbot, search, "graduated approach")
    assert search.answers is not None and search.answers.guidance_first
    first = search.model.answer(0)
    assert first.kind is AnswerKind.GUIDANCE and first.topic_id == "graduated-approach"
    view = search.list_view
    assert view.card_delegate.texts_at(view.model().index(0, 0)).kind == ("info", "Guidance")
    assert search.status_label.text().endswith("results for “graduated approach”")
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=view.card_rect(0).center())
    qtbot.wait(40)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=view.card_rect(0).center())
    qtbot.waitUntil(lambda: window.current.name == base.TOPIC)
    assert window.current.arg == "graduated-approach"


def test_a_send_word_opens_the_page_that_explains_it(qtbot, window) -> None:
    search = open_search(window)
    type_words(qtbot, search, "senco")
    kinds = [a.kind for a in search.model.answers()]
    assert AnswerKind.WORD in kinds and AnswerKind.SERVICE in kinds
    word = next(a for a in search.model.answers() if a.kind is AnswerKind.WORD)
    with qtbot.waitSignal(search.navigate) as nav:
        search.list_view.answer_chosen.emit(word)
    assert nav.args == [base.TOPIC, base.TopicAt(word.topic_id, word.title)]
    # the glossary opens at the word, not at its top
    page = window.stack.currentWidget().page
    qtbot.waitUntil(lambda: page.body.verticalScrollBar().value() > 0)
    assert page.body.verticalScrollBar().value() == page.body.top_of(word.title)


def test_services_still_page_through_with_show_more(qtbot, window, context) -> None:
    search = open_search(window)
    type_words(qtbot, search, "a")
    total = search.result.total
    if total <= 50:
        return  # the data is too small to page
    shown = search.model.service_count()
    qtbot.mouseClick(search.more_button, Qt.MouseButton.LeftButton)
    assert search.model.service_count() == min(total, shown + 50)
    ids = [s.id for s in search.model.services()]
    assert len(ids) == len(set(ids))
