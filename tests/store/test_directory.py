"""Browsing, one service, the dataset, and the help offered when a search finds nothing."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from kiosk.store.database import DatabaseError, Trouble, open_for_writing
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from kiosk.store.records import Term
from kiosk.store.refresh import import_file
from kiosk.store.writer import write_dataset as write_dataset_to
from tests.conftest import FIXTURES
from tests.expected import CATEGORY_IDS, DISTRICTS
from tests.store.datasets import tiny_dataset, write_dataset


def test_the_eleven_categories_with_counts_that_match_their_lists(directory: Directory):
    categories = directory.categories()
    assert {c.id for c in categories} == set(CATEGORY_IDS)
    assert [c.name.casefold() for c in categories] == sorted(c.name.casefold() for c in categories)
    for category in categories:
        listed = directory.services(Filters(category_id=category.id), limit=500)
        assert category.count == len(listed) > 0, category.id
        assert category.kind == "category" and category.parent_id is None


def test_counts_follow_the_filters(directory: Directory) -> None:
    filters = Filters(age=7, district="Tamworth")
    for category in directory.categories(filters):
        chosen = Filters(age=7, district="Tamworth", category_id=category.id)
        assert category.count == len(directory.services(chosen, limit=500))
        assert category.count == directory.count(chosen)


def test_needs_are_the_send_terms(directory: Directory) -> None:
    needs = directory.needs()
    assert needs and all(n.kind == "need" for n in needs)
    assert any("autis" in n.name.lower() for n in needs)
    for need in needs:
        assert need.count == directory.count(Filters(category_id=need.id))


def test_subcategories_where_the_data_has_them(tiny: Directory) -> None:
    assert [c.id for c in tiny.categories()] == ["cat-health", "cat-play"]
    health = tiny.categories()[0]
    assert health.count == 4  # its own three services and the therapies'
    subs = tiny.subcategories("cat-health")
    assert [(s.id, s.count, s.kind, s.parent_id) for s in subs] == [
        ("cat-health-therapy", 2, "subcategory", "cat-health")
    ]
    assert tiny.subcategories("cat-play") == []
    assert [n.id for n in tiny.needs()] == ["need-autism"]


def test_districts_and_languages(directory: Directory) -> None:
    assert directory.districts() == list(DISTRICTS)
    languages = directory.languages()
    assert "English" in languages
    assert [x.casefold() for x in languages] == sorted(x.casefold() for x in languages)


def test_browse_pages_in_name_order(directory: Directory) -> None:
    everything = directory.services(limit=500)
    assert len(everything) == directory.count()
    names = [s.name.casefold() for s in everything]
    assert names == sorted(names)
    assert directory.services(limit=10, offset=10) == everything[10:20]


def test_an_empty_search_lists_everything_that_passes_the_filters(directory: Directory):
    result = directory.search("", Filters(free_only=True), limit=500)
    assert result.total == directory.count(Filters(free_only=True)) == len(result.services)
    assert all(s.is_free for s in result.services)


def test_one_service_in_full(directory: Directory) -> None:
    summary = directory.search("speech and language therapy").services[0]
    detail = directory.service(summary.id)
    assert detail is not None
    assert (detail.id, detail.name, detail.organisation) == (
        summary.id,
        summary.name,
        summary.organisation,
    )
    assert {c.name for c in detail.categories} == set(summary.categories)
    assert all(c.count > 0 for c in detail.categories)
    assert detail.districts == summary.districts
    assert directory.service("no-such-service") is None


def test_summary_fields(tiny: Directory) -> None:
    (service,) = tiny.search("wheelchair").services
    assert service.id == "s3" and service.organisation == "Moorlands Charity"
    assert service.districts == ("Tamworth",)
    assert (service.min_age, service.max_age, service.is_free) == (8, None, None)
    assert service.days == ("SA", "SU")
    assert service.categories == ("Places to go",)
    county_wide = tiny.service("s4")
    assert county_wide is not None and len(county_wide.districts) == len(DISTRICTS)


def test_dataset(directory: Directory, tiny: Directory) -> None:
    info = directory.dataset()
    assert info is not None and info.services == directory.count() and info.sample
    assert tiny.dataset() is None  # written without the importer: no dataset row


def test_no_results_help_offers_a_spelling(directory: Directory) -> None:
    result = directory.search("swimmmmming")
    assert result.total == 0 and result.help is not None
    assert result.help.did_you_mean == "swimming"
    assert result.help.categories


def test_no_results_help_offers_fewer_filters(directory: Directory) -> None:
    filters = Filters(age=25, language="Urdu", day="SU", district="Tamworth")
    result = directory.search("swimming", filters)
    assert result.total == 0 and result.help is not None
    relaxed = {r.label: r.count for r in result.help.relaxations}
    assert relaxed["all filters"] == directory.search("swimming").total
    for relaxation in result.help.relaxations:
        assert relaxation.count > 0, relaxation.label


def test_a_relaxation_counts_exactly_what_tapping_it_finds(directory: Directory) -> None:
    # "holiday club" in Tamworth at age 7 once offered "7 found" and then found nothing.
    result = directory.search("holiday club", Filters(age=7, district="Tamworth"))
    for relaxation in result.help.relaxations if result.help else ():
        again = directory.search("holiday club", relaxation.filters)
        assert again.total == relaxation.count, relaxation


def test_no_results_help_offers_close_categories(directory: Directory) -> None:
    result = directory.search("zzzz qqqq")
    assert result.total == 0 and result.help is not None
    assert result.help.did_you_mean is None and result.help.relaxations == ()
    assert 1 <= len(result.help.categories) <= 3
    assert all(c.count > 0 for c in result.help.categories)
    close = directory.search("transportation zzzz").help
    assert close is not None
    assert any("transport" in c.name.lower() for c in close.categories)


def test_words_that_are_not_words(directory: Directory) -> None:
    result = directory.search("*** ((( 🙂")
    assert result.total == 0 and result.no_words and not result.some_words_only
    assert result.help is not None
    assert not directory.search("autism").no_words


def test_opening_checks_the_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        Directory(tmp_path / "missing.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError):
        Directory(junk)


def test_read_only(packaged_db: Path) -> None:
    with Directory(packaged_db) as fresh:
        with pytest.raises(sqlite3.OperationalError):
            fresh._conn.execute("DELETE FROM services")
        assert fresh.count() > 0


def test_an_open_connection_can_be_shared(tiny_db: Path) -> None:
    db = sqlite3.connect(tiny_db, check_same_thread=False)
    directory = Directory(db)
    assert directory.search("autism").total == 2  # one by name, one by its need
    directory.close()
    assert db.execute("SELECT count(*) FROM services").fetchone()[0] == 8  # still open


def test_usable_from_a_worker_thread(packaged_db: Path) -> None:
    with Directory(packaged_db) as shared:
        totals: list[int] = []

        def work() -> None:
            for query in ("autism", "swim", "salt", "a", "respite"):
                totals.append(shared.search(query).total)

        workers = [threading.Thread(target=work) for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        expected = [shared.search(q).total for q in ("autism", "swim", "salt", "a", "respite")]
        assert sorted(totals) == sorted(expected * 3)


def test_a_database_from_version_0_1_is_migrated_and_keeps_its_index(tmp_path: Path) -> None:
    # Made by version 0.1 from tests/fixtures/oruk_v1_messy.json: schema step m001 only,
    # with the search index built outside the migrations.
    old = tmp_path / "kiosk.sqlite3"
    shutil.copy(FIXTURES / "made-by-0.1.sqlite3", old)
    with pytest.raises(DatabaseError, match="older version of the kiosk") as refused:
        Directory(old)  # read-only, it cannot be brought up to date: refused, not misread
    assert refused.value.trouble.value == "older"
    open_for_writing(old, create=False).close()
    with Directory(old) as migrated:
        result = migrated.search("sensry")
        assert result.corrected_terms == (("sensry", "sensory"),)
        assert [s.id for s in result.services] == ["v1-001"]
        assert [c.id for c in migrated.categories()] == ["lo-early-years"]
        detail = migrated.service("v1-001")
        assert detail is not None and detail.name == "Sensory Play Mornings"


def test_warming_up_changes_no_answer(packaged_db: Path) -> None:
    with Directory(packaged_db) as cold, Directory(packaged_db) as warm:
        warm.warm_up()
        for filters in (Filters(), Filters(free_only=True), Filters(day="Saturday")):
            assert warm.count(filters) == cold.count(filters)
            assert warm.categories(filters) == cold.categories(filters)
            assert warm.search("autism", filters) == cold.search("autism", filters)


def test_a_new_file_swapped_in_is_noticed(tmp_path: Path) -> None:
    db_path = tmp_path / "kiosk.db"
    first = write_dataset(tmp_path / "first.json", 3)
    import_file(first, db_path)
    with Directory(db_path) as shown:
        assert not shown.is_replaced()
        import_file(write_dataset(tmp_path / "second.json", 4, prefix="t"), db_path, force=True)
        assert shown.is_replaced()
        assert shown.count() == 3  # still the file it opened, until the kiosk reopens
        db_path.unlink()  # gone (set aside by hand): nothing new to open, keep showing this
        assert not shown.is_replaced()


def test_a_shared_connection_is_never_reported_replaced(tiny_db: Path) -> None:
    directory = Directory(sqlite3.connect(tiny_db))
    assert not directory.is_replaced()


def test_a_database_that_is_not_the_kiosks_is_refused_as_not_searchable(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    with pytest.raises(DatabaseError, match="is not a searchable kiosk database") as refused:
        Directory(other)
    assert refused.value.trouble is Trouble.DAMAGED


def test_a_locked_database_is_reported_locked_not_damaged(tiny_db: Path) -> None:
    writer = sqlite3.connect(tiny_db, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # another program writing to the file
    try:
        waiting = sqlite3.connect(tiny_db, timeout=0)
        with pytest.raises(DatabaseError, match="is locked by another program") as refused:
            Directory(waiting)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert refused.value.trouble is Trouble.BUSY
    assert Directory(waiting).count() == 8  # the connection is the caller's, and still open


def test_a_loop_in_the_councils_categories_does_not_hang_the_kiosk(tmp_path: Path) -> None:
    dataset = tiny_dataset()
    dataset.terms["cat-a"] = Term("cat-a", "Loop A", parent_id="cat-b")
    dataset.terms["cat-b"] = Term("cat-b", "Loop B", parent_id="cat-a")
    dataset.services[0].term_ids.append("cat-a")
    dataset.services[1].term_ids.append("cat-b")
    path = tmp_path / "loop.sqlite3"
    db = open_for_writing(path)
    write_dataset_to(db, dataset)
    db.close()
    with Directory(path) as looped:
        assert looped.count(Filters(category_id="cat-a")) == 2
        assert {s.id for s in looped.services(Filters(category_id="cat-b"))} == {"s1", "s2"}


def test_a_service_missing_from_a_hand_edited_database_is_not_shown(tiny_db: Path) -> None:
    conn = sqlite3.connect(tiny_db)
    conn.execute("DELETE FROM services WHERE id = 's7'")  # its search entry stays
    conn.commit()
    conn.close()
    with Directory(tiny_db) as edited:
        assert [s.id for s in edited.search("therapy").services] == ["s2"]
