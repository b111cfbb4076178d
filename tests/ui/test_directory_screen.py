"""The directory: category tiles with counts, and a category's services with filter chips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.store.models import Filters
from kiosk.ui.screens import base
from kiosk.ui.screens.directory import ALL_SERVICES, PAGE_SIZE, DirectoryScreen, ServicesScreen
from kiosk.ui.widgets.buttons import TileButton


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def services_screen(qtbot, context):
    screen = ServicesScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 900)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_directory_tiles_show_counts(qtbot, context) -> None:
    screen = DirectoryScreen(context)
    qtbot.addWidget(screen)
    categories = context.directory.categories(Filters())
    assert len(screen.tiles) == len(categories) + 1 == 12  # and "All services, A to Z"
    everything = screen.tiles[ALL_SERVICES]
    assert everything.title() == "All services, A to Z"
    assert everything.subtitle() == f"{context.directory.count()} services"
    for category in categories:
        tile = screen.tiles[category.id]
        assert tile.title() == category.name
        assert tile.subtitle() == f"{category.count} services"
        assert tile.accessibleName() == category.name
    first = categories[0]
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.tiles[first.id])
    assert nav.args == [base.SERVICES, first.id]


def test_directory_offers_needs_and_search(qtbot, context) -> None:
    screen = DirectoryScreen(context)
    qtbot.addWidget(screen)
    need = next(n for n in context.directory.needs(Filters()) if n.count)
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.need_buttons[need.id])
    assert nav.args == [base.SERVICES, need.id]
    with qtbot.waitSignal(screen.navigate) as nav:
        click(qtbot, screen.search_button)
    assert nav.args == [base.SEARCH, None]


def test_services_list_a_category(services_screen, context) -> None:
    screen = services_screen
    category = max(context.directory.categories(Filters()), key=lambda c: c.count)
    screen.show_with(category.id)
    assert screen.heading.text() == category.name
    assert screen.count_label.text() == f"{category.count} services"
    assert screen.model.rowCount() == min(category.count, PAGE_SIZE)
    expected = context.directory.services(Filters(category_id=category.id), limit=PAGE_SIZE)
    assert screen.model.services() == expected


def test_show_more_pages_on(qtbot, services_screen, context) -> None:
    screen = services_screen
    screen.show_with(None)  # every service: well over one page
    total = context.directory.count(Filters())
    assert total > PAGE_SIZE and screen.count_label.text() == f"{total:,} services"
    assert not screen.more_button.isHidden()
    click(qtbot, screen.more_button)
    assert screen.model.rowCount() == min(total, 2 * PAGE_SIZE)
    ids = [s.id for s in screen.model.services()]
    assert len(ids) == len(set(ids))


def test_free_only_chip_filters(qtbot, services_screen, context) -> None:
    screen = services_screen
    category = context.directory.categories(Filters())[0]
    screen.show_with(category.id)
    with qtbot.waitSignal(screen.filter_bar.filters_changed):
        click(qtbot, screen.filter_bar.free_chip)
    wanted = Filters(free_only=True, category_id=category.id)
    assert screen.model.rowCount() == min(context.directory.count(wanted), PAGE_SIZE)
    assert all(s.is_free for s in screen.model.services())
    assert screen.filter_bar.free_chip.isChecked()
    assert not screen.filter_bar.clear_button.isHidden()


def test_age_picker_opens_in_the_window_and_filters(qtbot, services_screen, context) -> None:
    screen = services_screen
    bar = screen.filter_bar
    screen.show_with("lo-education")
    click(qtbot, bar.age_chip)
    assert bar.open_picker() == "age" and bar.age_picker.isVisible()
    assert not bar.age_chip.isChecked()  # opening the row is not yet a filter
    with qtbot.waitSignal(bar.filters_changed) as changed:
        click(qtbot, bar.age_picker.chip(7))
    assert changed.args[0].age == 7
    assert bar.open_picker() is None
    assert bar.age_chip.text() == "Age 7" and bar.age_chip.isChecked()
    for summary in screen.model.services():
        assert summary.min_age is None or summary.min_age <= 7
        assert summary.max_age is None or summary.max_age >= 7
    expected = context.directory.count(Filters(age=7, category_id="lo-education"))
    assert screen.count_label.text().startswith(str(expected))


def test_district_and_day_pickers(qtbot, services_screen, context) -> None:
    screen = services_screen
    bar = screen.filter_bar
    screen.show_with(None)
    district = context.directory.districts()[0]
    click(qtbot, bar.district_chip)
    click(qtbot, bar.district_picker.chip(district))
    click(qtbot, bar.day_chip)
    assert bar.open_picker() == "day"
    click(qtbot, bar.day_picker.chip("SA"))
    assert bar.filters() == Filters(district=district, day="SA")
    assert bar.day_chip.text() == "Saturday" and bar.district_chip.text() == district
    assert all(district in s.districts and "SA" in s.days for s in screen.model.services())
    click(qtbot, bar.day_chip)
    click(qtbot, bar.day_picker.chip(None))  # "Any day"
    assert bar.filters() == Filters(district=district)
    click(qtbot, bar.clear_button)
    assert bar.filters() == Filters()


def test_no_match_offers_to_clear_filters(qtbot, services_screen) -> None:
    screen = services_screen
    screen.show_with("lo-early-years")
    screen.filter_bar.set_filters(Filters(age=25, free_only=True, day="SU"))
    screen.reload()
    if screen.total:  # the packaged data may have grown such a service: look no further
        pytest.skip("the data has an early-years service for 25-year-olds on Sundays")
    assert screen.results.currentWidget() is screen.empty_panel
    click(qtbot, screen.empty_clear)
    assert screen.filter_bar.filters() == Filters() and screen.total > 0


def test_touching_a_card_opens_the_service(qtbot, services_screen) -> None:
    screen = services_screen
    screen.show_with("lo-health")
    view = screen.list_view
    second = screen.model.summary(1)
    rect = view.card_rect(1)
    assert rect.width() < view.viewport().width()  # two columns of cards
    with qtbot.waitSignal(screen.navigate) as nav:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert nav.args == [base.SERVICE, second.id]


def test_reset_forgets_filters_and_category(qtbot, services_screen) -> None:
    screen = services_screen
    screen.show_with("lo-health")
    click(qtbot, screen.filter_bar.free_chip)
    screen.reset()
    assert screen.filter_bar.filters() == Filters()
    assert screen.model.rowCount() == 0
    screen.show_with("lo-health")
    assert screen.model.rowCount() > 0


def test_every_need_button_is_above_the_fold_at_1920x1080(qtbot, window) -> None:
    window.resize(1920, 1080)
    window.stack.currentWidget().navigate.emit(base.DIRECTORY, None)
    screen = window.stack.currentWidget()
    assert isinstance(screen, DirectoryScreen)
    qtbot.waitUntil(lambda: screen.scroll_area.viewport().height() > 0)
    viewport = screen.scroll_area.viewport()
    assert screen.need_buttons and screen.tiles
    for button in [*screen.need_buttons.values(), *screen.tiles.values(), screen.search_button]:
        bottom = button.mapTo(viewport, button.rect().bottomLeft()).y()
        assert 0 <= bottom <= viewport.height(), button.accessibleName()
        assert button.height() >= 64, button.accessibleName()
        if isinstance(button, TileButton):
            assert button.text_fits(), button.accessibleName()  # every word whole


def test_times_and_needs_narrow_a_group(qtbot, services_screen, context) -> None:
    from kiosk.store import times

    screen = services_screen
    group = "lo-places-to-go"
    screen.show_with(group)
    assert screen.narrow_row.isVisible()
    assert [c.text() for c in screen.time_chips.values()] == [
        "After school",
        "Weekends",
        "School holidays",
    ]
    everything = screen.total
    weekend = screen.time_chips[times.WEEKENDS]
    with qtbot.waitSignal(screen.announce):  # the new count is said aloud
        click(qtbot, weekend)
    assert weekend.isChecked() and screen.when == times.WEEKENDS
    wanted = Filters(category_id=group, when=times.WEEKENDS)
    assert screen.total == context.directory.count(wanted) < everything
    assert {s.id for s in screen.model.services()} == {
        s.id for s in context.directory.services(wanted, limit=100)
    }
    # one time at a time: school holidays replaces weekends
    click(qtbot, screen.time_chips[times.SCHOOL_HOLIDAYS])
    assert screen.when == times.SCHOOL_HOLIDAYS and not weekend.isChecked()
    need_id, chip = next(iter(screen.need_chips.items()))
    click(qtbot, chip)
    both = Filters(category_id=group, need_id=need_id, when=times.SCHOOL_HOLIDAYS)
    assert screen.current_filters() == both
    assert screen.total == context.directory.count(both)
    click(qtbot, chip)  # touched again: off
    assert screen.need_id is None and not chip.isChecked()
    screen.reset()
    assert screen.when is None and screen.need_id is None
    # a need's own list and the A to Z list have no such chips
    need = next(n for n in context.directory.needs(Filters()) if n.count)
    screen.show_with(need.id)
    assert screen.narrow_row.isHidden() and not screen.time_chips
    screen.show_with(None)
    assert screen.narrow_row.isHidden()


def test_where_do_i_start_can_ask_for_a_time_and_need(services_screen, context) -> None:
    from kiosk.store import times

    screen = services_screen
    need = next(
        n for n in context.directory.needs(Filters(category_id="lo-places-to-go")) if n.count
    )
    chosen = Filters(category_id="lo-places-to-go", need_id=need.id, when=times.AFTER_SCHOOL)
    screen.show_with(chosen)
    assert screen.current_filters() == chosen
    assert screen.time_chips[times.AFTER_SCHOOL].isChecked()
    assert screen.need_chips[need.id].isChecked()
