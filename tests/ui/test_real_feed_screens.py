"""The screens on a real council feed's data: summary records with no groups, no places and
years-old dates. The directory is never empty, A to Z always works, and every service and
the footer say honestly how old the information is."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.paths import resources_dir
from kiosk.store.refresh import import_file
from kiosk.ui.screens import base
from kiosk.ui.screens.directory import ALL_SERVICES, DirectoryScreen, ServicesScreen
from kiosk.ui.screens.service import ServiceScreen
from tests.conftest import FIXTURES, PACKAGED_DATA


@pytest.fixture(scope="module")
def feed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("feed") / "kiosk.sqlite3"
    import_file(FIXTURES / "oruk_v1_summary_feed.json", db, publisher="Example Council")
    return db


def context_for(db: Path, **settings: object):
    from kiosk.ui.app import build_context

    chosen = dataclasses.replace(Settings(site_name="Test hub"), **settings)
    return build_context(chosen, db, resources_dir())


def test_the_directory_offers_a_to_z_and_only_groups_with_services(qtbot, feed_db):
    context = context_for(feed_db)
    screen = DirectoryScreen(context)
    qtbot.addWidget(screen)
    assert screen.tiles[ALL_SERVICES].subtitle() == "20 services"
    groups = [t for key, t in screen.tiles.items() if key != ALL_SERVICES]
    assert groups and all(not t.subtitle().startswith("0 ") for t in groups)
    with qtbot.waitSignal(screen.navigate) as nav:
        screen.tiles[ALL_SERVICES].click()
    assert nav.args == [base.SERVICES, None]


def test_a_to_z_jumps_to_a_letter_and_shows_more_from_there(qtbot, feed_db):
    screen = ServicesScreen(context_for(feed_db))
    qtbot.addWidget(screen)
    screen.show_with(None)
    assert screen.heading.text() == "All services, A to Z"
    letters = {b.text(): b for b in screen.letter_group.buttons()}
    assert {"A", "H", "S", "Y"} <= set(letters)
    letters["S"].click()
    first = screen.model.services()[0]
    assert first.name.startswith("S")
    assert screen.count_label.text() == "20 services"
    assert not screen.nearest_chip.isVisibleTo(screen)  # no service has a place on a map


def test_nearest_first_shows_miles_where_the_hub_is_known(qtbot, db_path):
    screen = ServicesScreen(context_for(db_path, hub_district="Stafford"))
    qtbot.addWidget(screen)
    screen.show_with(None)
    assert screen.nearest_chip.isVisibleTo(screen)
    screen.nearest_chip.click()
    shown = screen.model.services()
    assert shown[0].distance_miles is not None
    assert not screen.letter_row.isVisibleTo(screen)  # letters mean nothing by distance
    from kiosk.ui.widgets.cards import card_texts

    facts = dict(card_texts(shown[0]).facts)
    assert facts["map"].endswith(" away") and "mile" in facts["map"]
    screen.reset()
    screen.show_with(None)
    assert screen.model.services()[0].distance_miles is None


def test_an_old_record_says_so_and_asks_visitors_to_phone_first(qtbot, feed_db):
    screen = ServiceScreen(context_for(feed_db))
    qtbot.addWidget(screen)
    screen.show_with("feed-001")
    assert screen.checked_label.text() == "Information last checked on 2 March 2021"
    assert screen.stale_box.isVisibleTo(screen)
    assert "Please phone before you go" in screen.stale_label.text()
    assert screen.small_print.text() == "Information from Example Council."


def test_a_fresh_record_has_no_warning(qtbot, tmp_path):
    import json

    document = json.loads(PACKAGED_DATA.read_text(encoding="utf-8"))
    service = document["contents"][0]
    service["assured_date"] = "2026-11-01"
    source = tmp_path / "fresh.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    db = tmp_path / "kiosk.sqlite3"
    import_file(source, db)
    screen = ServiceScreen(context_for(db, stale_after_months=12))
    qtbot.addWidget(screen)
    screen.show_with(service["id"])
    assert screen.checked_label.text() == "Information last checked on 1 November 2026"
    assert not screen.stale_box.isVisibleTo(screen)


def test_the_footer_dates_the_data_by_itself_never_by_the_import(qtbot, feed_db):
    from kiosk.ui.window import MainWindow

    window = MainWindow(context_for(feed_db))
    qtbot.addWidget(window)
    window.start()
    window.show_screen(base.HOME)
    assert window.checked_label.text() == "Information last checked on 1 October 2021"


def test_data_with_no_date_of_its_own_says_so(qtbot, tmp_path):
    from kiosk.ui.window import MainWindow

    source = tmp_path / "undated.json"
    source.write_text('[{"id": "a", "name": "Play group", "status": "active"}]', encoding="utf-8")
    db = tmp_path / "kiosk.sqlite3"
    import_file(source, db)
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    window.start()
    window.show_screen(base.HOME)
    text = window.checked_label.text()
    assert text.startswith("Information loaded on ") and "no date of its own" in text
