"""Where do I start?: one question a page, Previous question, a page made for the answers."""

from __future__ import annotations

from dataclasses import replace

from kiosk.content.start import START_FILE, Question, StartPage, load_start
from kiosk.paths import resources_dir
from kiosk.store.models import Filters
from kiosk.ui import accessibility
from kiosk.ui.screens import base

AGE_7, TALKING, FIND_A_SERVICE = 1, 1, 1


def tree():
    return load_start(resources_dir() / START_FILE)


def test_home_has_a_where_do_i_start_tile(qtbot, window, tap) -> None:
    window.show_screen(base.HOME)
    tile = window.current_screen().tiles[base.START]
    assert tile.accessibleName() == "Where do I start?" and tile.height() >= 64
    tap(tile)
    assert window.current.name == base.START
    screen = window.current_screen()
    first = tree().step([])
    assert isinstance(first, Question)
    assert screen.heading.text() == first.text
    assert screen.heading.property(accessibility.HEADING) is True
    assert [b.title() for b in screen.answer_buttons] == [c.label for c in first.choices]
    assert all(b.height() >= 64 for b in screen.answer_buttons)
    assert first.text in screen.read_aloud_text()
    assert screen.back_button.isHidden()  # nothing to go back to yet


def test_a_parent_of_a_seven_year_old_worried_about_talking(qtbot, window, tap) -> None:
    """Home, the tile, three answers, Show these services: speech and language help."""
    window.show_screen(base.HOME)
    tap(window.current_screen().tiles[base.START])
    screen = window.current_screen()
    for index in (AGE_7, TALKING, FIND_A_SERVICE):
        with qtbot.waitSignal(screen.announce):
            tap(screen.answer_buttons[index])
    taps = [AGE_7, TALKING, FIND_A_SERVICE]
    page = tree().step(taps)
    assert isinstance(page, StartPage) and screen.heading.text() == page.title
    assert page.guidance in screen.read_aloud_text()
    for question in page.senco_questions:
        assert question in screen.read_aloud_text()
    expected = tree().filters(taps)
    assert expected.age == 7 and expected.category_id == "send-slcn"
    assert screen.service_filters() == expected
    assert [b.text() for b in screen.topic_buttons] == [
        next(t.title for t in window.context.topics if t.id == topic) for topic in page.topics
    ]
    assert screen.services_button is not None and screen.services_button.height() >= 64
    tap(screen.services_button)
    assert window.current.name == base.SERVICES
    services = window.current_screen()
    assert services.filter_bar.filters().age == 7
    shown = services.model.services()
    assert [s.id for s in shown] == [
        s.id for s in window.context.directory.services(expected, limit=len(shown))
    ]
    window.go_back()  # the answers are still there for the visitor who comes back
    assert window.current_screen().heading.text() == page.title


def test_previous_question_and_start_again(qtbot, window, tap) -> None:
    screen = window.show_screen(base.START)
    first = screen.heading.text()
    tap(screen.answer_buttons[0])
    second = screen.heading.text()
    assert second != first and not screen.back_button.isHidden()
    tap(screen.answer_buttons[0])
    tap(screen.back_button)
    assert screen.heading.text() == second and screen.taps == [0]
    tap(screen.back_button)
    assert screen.heading.text() == first and screen.taps == []
    tap(screen.answer_buttons[2])
    tap(screen.again_button)
    assert screen.taps == [] and screen.heading.text() == first


def test_the_hubs_district_narrows_the_services(qtbot, window) -> None:
    district = window.context.directory.districts()[0]
    window.context.settings = replace(window.context.settings, hub_district=district.upper())
    screen = window.show_screen(base.START)
    for index in (AGE_7, TALKING, FIND_A_SERVICE):
        screen.choose(index)
    filters = screen.service_filters()
    assert filters.district == district and filters.age == 7
    with qtbot.waitSignal(screen.navigate) as nav:
        screen.services_button.click()
    assert nav.args == [base.SERVICES, filters]


def test_nothing_is_kept_after_reset(qtbot, window) -> None:
    screen = window.show_screen(base.START)
    screen.choose(0)
    screen.choose(0)
    window.reset_all()
    assert screen.taps == [] or window.screens.get(base.START) is None
    screen = window.show_screen(base.START)
    assert screen.taps == [] and screen.heading.text() == tree().step([]).text


def test_every_path_ends_in_a_page_with_services_to_show(qtbot, context) -> None:
    from kiosk.ui.screens.start import StartScreen

    screen = StartScreen(context)
    qtbot.addWidget(screen)
    for path in tree().paths():
        screen.start_again()
        for index in path:
            screen.choose(index)
        assert isinstance(screen.here(), StartPage)
        assert screen.services_button is not None
        assert screen.service_filters() != Filters()
