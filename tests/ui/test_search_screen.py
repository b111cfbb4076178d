"""Search: typing on the kiosk's own keyboard, results on every key, filters, no-results help."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from kiosk.content.topics import Topic, load_topics
from kiosk.store.models import Filters
from kiosk.ui.screens import base
from kiosk.ui.screens.search import HINT_PAGE, LIST_PAGE, NONE_PAGE, SearchScreen
from kiosk.ui.widgets.no_results import NoResultsPanel


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on_keys(qtbot, screen: SearchScreen, text: str) -> None:
    for char in text:
        click(qtbot, screen.keyboard.key_button(char))


@pytest.fixture
def screen(qtbot, context) -> SearchScreen:
    page = SearchScreen(context)
    qtbot.addWidget(page)
    page.resize(1920, 900)
    page.show()
    qtbot.waitExposed(page)
    page.show_with(None)
    return page


def test_starts_with_examples_and_no_os_keyboard(qtbot, screen, context) -> None:
    assert screen.pages.currentIndex() == HINT_PAGE
    total = context.directory.count(Filters())
    assert screen.status_label.text() == f"Search {total:,} services"
    assert not screen.box.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert screen.box.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert screen.keyboard.target() is screen.box
    click(qtbot, screen.example_buttons[0])
    assert screen.box.text() == "autism" and screen.pages.currentIndex() == LIST_PAGE


def test_results_follow_every_key(qtbot, screen, context) -> None:
    counts = []
    for char in "autism":
        with qtbot.waitSignal(screen.box.textChanged):
            click(qtbot, screen.keyboard.key_button(char))
        counts.append(screen.result.total if screen.result else None)
    assert screen.box.text() == "autism"
    expected = context.directory.search("autism", Filters(), limit=50)
    assert screen.result.total == expected.total > 0
    assert screen.model.services() == list(expected.services)
    besides = screen.model.rowCount() - len(expected.services)  # pages and SEND words
    assert screen.status_label.text() == f"{expected.total + besides} results for “autism”"
    assert counts[0] is not None  # searched after the very first key
    click(qtbot, screen.keyboard.backspace_button)
    assert screen.box.text() == "autis"
    click(qtbot, screen.keyboard.clear_button)
    assert screen.box.text() == "" and screen.pages.currentIndex() == HINT_PAGE


def test_a_misspelling_is_understood(qtbot, screen) -> None:
    type_on_keys(qtbot, screen, "autsim")
    assert screen.result.total > 0
    assert screen.correction_label.isVisible()
    assert screen.correction_label.text() == "Showing results for autism"


def test_did_you_mean(qtbot, screen, context) -> None:
    word = "swimmmmming"
    result = context.directory.search(word)
    if result.total or result.help is None or not result.help.did_you_mean:
        pytest.skip("the directory finds this spelling without help")
    type_on_keys(qtbot, screen, word)
    assert screen.pages.currentIndex() == NONE_PAGE
    assert screen.status_label.text() == f"Nothing found for “{word}”"
    button = screen.no_results.suggestion_button
    assert button is not None and button.text() == f"Did you mean “{result.help.did_you_mean}”?"
    click(qtbot, button)
    assert screen.box.text() == result.help.did_you_mean
    assert screen.pages.currentIndex() == LIST_PAGE


def test_nothing_found_offers_categories(qtbot, screen) -> None:
    type_on_keys(qtbot, screen, "zzqxjv")
    assert screen.pages.currentIndex() == NONE_PAGE
    tiles = screen.no_results.category_buttons
    assert tiles
    category_id, tile = next(iter(tiles.items()))
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, tile)
    assert nav.args == [base.SERVICES, category_id]


def test_filters_narrow_results_and_can_be_relaxed(qtbot, screen, context) -> None:
    type_on_keys(qtbot, screen, "swimming")
    everywhere = screen.result.total
    assert everywhere > 0
    bar = screen.filter_bar
    click(qtbot, bar.age_chip)
    assert screen.keyboard.isHidden()  # the age chips take the keyboard's place
    click(qtbot, bar.age_picker.chip(25))
    assert not screen.keyboard.isHidden()
    click(qtbot, bar.district_chip)
    click(qtbot, bar.district_picker.chip(context.directory.districts()[-1]))
    filters = bar.filters()
    expected = context.directory.search("swimming", filters)
    assert screen.result.total == expected.total
    if expected.total:
        pytest.skip("the data has a swimming service for this age and district")
    assert screen.pages.currentIndex() == NONE_PAGE
    relax = screen.no_results.relax_buttons
    assert set(relax) >= {"age", "district"}
    assert "Try without the district filter" in relax["district"].text()
    click(qtbot, relax["district"])
    assert bar.filters() == Filters(age=25)
    assert screen.result.total == context.directory.search("swimming", Filters(age=25)).total


def test_relax_all_filters(qtbot, screen) -> None:
    screen.filter_bar.set_filters(Filters(age=0, free_only=True, day="SU"))
    type_on_keys(qtbot, screen, "swimming")
    if "all filters" not in screen.no_results.relax_buttons:
        pytest.skip("some swimming service fits all these filters")
    click(qtbot, screen.no_results.relax_buttons["all filters"])
    assert screen.filter_bar.filters() == Filters()
    assert screen.pages.currentIndex() == LIST_PAGE


def test_touching_a_result_opens_it(qtbot, screen) -> None:
    type_on_keys(qtbot, screen, "autism")
    row = next(r for r in range(screen.model.rowCount()) if screen.model.answer(r).service)
    first = screen.model.answer(row)
    view = screen.list_view
    view.scrollTo(view.model().index(row, 0))
    with qtbot.waitSignal(screen.navigate) as nav:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.card_rect(row).center()
        )
    assert nav.args == [base.SERVICE, first.id]


def test_reset_clears_text_filters_and_scroll(qtbot, screen) -> None:
    type_on_keys(qtbot, screen, "a")
    click(qtbot, screen.filter_bar.free_chip)
    screen.list_view.verticalScrollBar().setValue(200)
    click(qtbot, screen.filter_bar.day_chip)
    screen.reset()
    assert screen.box.text() == ""
    assert screen.filter_bar.filters() == Filters()
    assert screen.filter_bar.open_picker() is None and not screen.keyboard.isHidden()
    assert screen.list_view.verticalScrollBar().value() == 0
    assert screen.pages.currentIndex() == HINT_PAGE


POLISH_NOTE = "Usługi są opisane po angielsku. Wpisz angielskie słowo, na przykład autism."


def _pages(folder: Path, *pages: tuple[str, str, str]) -> list[Topic]:
    """Topic files in FOLDER: (id, title, keywords) each."""
    folder.mkdir(parents=True)
    for order, (page_id, title, keywords) in enumerate(pages, start=1):
        head = f"id: {page_id}\ntitle: {title}\nsummary: {title}.\nicon: info\norder: {order}"
        text = f"---\n{head}\nkeywords: {keywords}\n---\n# {title}\n\n{title}.\n"
        (folder / f"{page_id}.md").write_text(text, encoding="utf-8")
    return load_topics(folder)


def _screen_in(qtbot, context, language: str, topics: list[Topic]) -> SearchScreen:
    context.session.language = language
    context.use_topics(topics)
    page = SearchScreen(context)
    qtbot.addWidget(page)
    page.resize(1920, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def polish_words(qapp, tmp_path: Path) -> Iterator[None]:
    """A Polish translation of the note that services are listed in English."""
    ts = tmp_path / "test_pl.ts"
    source = NoResultsPanel().english_services_text()
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="pl_PL"><context><name>NoResultsPanel</name>'
        f"<message><source>{source}</source><translation>{POLISH_NOTE}</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_polish_typed_on_the_polish_keys_finds_the_polish_page(
    qtbot, context, tmp_path: Path
) -> None:
    topics = _pages(tmp_path / "pl", ("wozki", "Wózki inwalidzkie", "wózek; wózek inwalidzki"))
    screen = _screen_in(qtbot, context, "pl", topics)
    assert screen.keyboard.keyset.name == "pl"
    for typed in ("wózek", "wozek"):
        click(qtbot, screen.keyboard.clear_button)
        type_on_keys(qtbot, screen, typed)
        assert screen.box.text() == typed
        assert screen.pages.currentIndex() == LIST_PAGE
        assert screen.model.answers()[0].id == "wozki", typed
    # English words still find English services on the Polish keys
    click(qtbot, screen.keyboard.clear_button)
    type_on_keys(qtbot, screen, "autism")
    assert screen.result.total == context.directory.search("autism").total > 0


def test_urdu_typed_on_the_urdu_keys_and_english_on_the_abc_keys(
    qtbot, context, tmp_path: Path
) -> None:
    topics = _pages(tmp_path / "ur", ("school", "سکول", "سکول; تعلیم"))
    screen = _screen_in(qtbot, context, "ur", topics)
    type_on_keys(qtbot, screen, "سکول")
    assert screen.box.text() == "سکول" and screen.model.answers()[0].id == "school"
    click(qtbot, screen.keyboard.clear_button)
    click(qtbot, screen.keyboard.switch_button)
    type_on_keys(qtbot, screen, "autism")
    assert screen.result.total == context.directory.search("autism").total > 0
    screen.reset()
    assert not screen.keyboard.latin_showing()  # the next visitor starts on the Urdu keys


def test_a_visitor_in_another_language_is_told_services_are_in_english(
    qtbot, context, tmp_path: Path, polish_words: None
) -> None:
    topics = _pages(tmp_path / "pl", ("wozki", "Wózki inwalidzkie", "wózek"))
    screen = _screen_in(qtbot, context, "pl", topics)
    type_on_keys(qtbot, screen, "wózek")  # a Polish page, and no service
    assert screen.pages.currentIndex() == LIST_PAGE and screen.result.total == 0
    assert screen.correction_label.isVisible()
    assert POLISH_NOTE in screen.correction_label.text()
    assert "English" not in screen.correction_label.text()
    click(qtbot, screen.keyboard.clear_button)
    type_on_keys(qtbot, screen, "źdźbło")  # nothing at all
    assert screen.pages.currentIndex() == NONE_PAGE
    note = screen.no_results.note
    assert not note.isHidden() and note.text() == POLISH_NOTE


def test_an_english_visitor_is_not_told_services_are_in_english(qtbot, screen) -> None:
    type_on_keys(qtbot, screen, "zzqxjv")
    assert screen.pages.currentIndex() == NONE_PAGE
    assert "listed in English" not in screen.no_results.note.text()
    click(qtbot, screen.keyboard.clear_button)
    type_on_keys(qtbot, screen, "'''")  # no word at all
    assert screen.no_results.note.text() == "Type a whole word, such as autism or swimming."
