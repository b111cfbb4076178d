"""What real council feeds send: summary records with no groups or places, web addresses
without https://, years-old dates. The kiosk repairs what is safe, guesses groups from
the services' own words (kept apart from the publisher's), and is honest about dates."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.store import repairs
from kiosk.store.database import open_readonly
from kiosk.store.directory import Directory, initial
from kiosk.store.export import export_oruk_json
from kiosk.store.geo import miles_between
from kiosk.store.inference import GroupGuesser, group_guesser
from kiosk.store.models import Filters
from kiosk.store.quality import quality_of
from kiosk.store.records import Service
from kiosk.store.refresh import import_file
from kiosk.store.writer import checked_on
from tests.conftest import FIXTURES

SUMMARY_FEED = FIXTURES / "oruk_v1_summary_feed.json"


@pytest.fixture
def feed_db(tmp_path: Path) -> Path:
    db = tmp_path / "kiosk.sqlite3"
    import_file(SUMMARY_FEED, db, publisher="Example Council", licence="OGL v3.0")
    return db


def test_a_summary_feed_with_no_groups_can_be_browsed_by_group_and_a_to_z(feed_db):
    with Directory(feed_db) as directory:
        groups = [c for c in directory.categories() if c.count]
        assert len(groups) >= 8
        transport = next(c for c in groups if c.id == "lo-travel")
        names = {s.name for s in directory.services(Filters(category_id=transport.id))}
        assert names == {"Accessible minibus", "Home to school transport"}
        everything = directory.services(limit=500)
        assert len(everything) == directory.count() == 20
        assert "St Mary's Church hall" in {s.name for s in everything}  # no group: A to Z only
        letters = dict(directory.letters())
        assert letters["A"] == 0 and everything[letters["H"]].name.startswith("H")


def test_guessed_groups_are_kept_apart_and_never_exported_as_the_publishers(feed_db, tmp_path):
    conn = sqlite3.connect(feed_db)
    published = conn.execute("SELECT count(*) FROM service_taxonomy").fetchone()[0]
    guessed = conn.execute("SELECT count(*) FROM service_inferred_taxonomy").fetchone()[0]
    origins = {r[0] for r in conn.execute("SELECT DISTINCT origin FROM taxonomy_terms")}
    conn.close()
    assert published == 0 and guessed > 20 and origins == {"kiosk"}
    out = tmp_path / "out.json"
    export_oruk_json(feed_db, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert all(not s.get("attributes") for s in document["contents"])


def test_a_publishers_own_groups_are_never_mixed_with_the_kiosks(tmp_path):
    services = [
        {
            "id": "a",
            "name": "Swimming club",
            "status": "active",
            "attributes": [{"taxonomy_term": {"id": "t-sport", "name": "Sport"}}],
        },
        {"id": "b", "name": "Holiday play scheme and swimming", "status": "active"},
        {"id": "c", "name": "Transport to school", "status": "active"},
    ]
    source = tmp_path / "mixed.json"
    source.write_text(json.dumps(services), encoding="utf-8")
    db = tmp_path / "kiosk.sqlite3"
    import_file(source, db)
    with Directory(db) as directory:
        assert [c.id for c in directory.categories()] == ["t-sport"]


def test_repairs_are_made_only_where_safe_and_counted(feed_db):
    report = import_file(SUMMARY_FEED, feed_db, dry_run=True)
    assert report.repairs == {
        repairs.ADDED_HTTPS: 15,
        repairs.EMAIL_TIDIED: 3,
    }
    conn = sqlite3.connect(feed_db)
    urls = dict(conn.execute("SELECT id, url FROM services"))
    emails = dict(conn.execute("SELECT id, email FROM services"))
    conn.close()
    assert urls["feed-004"] == "https://riverside-centre.example.org"
    assert emails["feed-003"] == "forum@example.org"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("conistoncommunitycentre.org.uk", "https://conistoncommunitycentre.org.uk"),
        ("www.example.org/branches/bristol/", "https://www.example.org/branches/bristol/"),
        ("example.org/a page", None),  # a space: not plainly an address
        ("just-a-word", None),
        ("example.invalidending", None),
        ("javascript:alert(1)", None),
        ("someone@example.org", None),
    ],
)
def test_web_addresses_without_a_scheme(given, expected):
    assert repairs.repair_web_url(given)[0] == expected


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("01632960123", "01632 960123"),
        ("+44 (0)1632 960123", "01632 960123"),
        ("+441632960123", "01632 960123"),
        ("02079460123", "020 7946 0123"),
        ("01214960123", "0121 496 0123"),
        ("03001234567", "0300 123 4567"),
        ("07700900123", "07700 900123"),
        ("0800 123456", "0800 123456"),
        ("01632 960123 x4", "01632 960123 ext 4"),
        ("999", "999"),
        ("+353 1 234 5678", "+353 1 234 5678"),
    ],
)
def test_uk_phone_numbers_are_written_the_usual_way(given, shown):
    assert repairs.uk_phone(given) == shown


def test_each_service_says_when_it_was_last_checked_and_the_data_is_dated_by_itself(feed_db):
    with Directory(feed_db) as directory:
        detail = directory.service("feed-001")
        assert detail is not None and detail.checked_on == "2021-03-02"
        only_changed = directory.service("feed-005")  # no assured date: its last change
        assert only_changed is not None and only_changed.checked_on == "2021-10-01"
        info = directory.dataset()
        assert info is not None and info.published == ""
        assert info.newest_record == "2021-10-01" == info.dated
        assert info.imported_at[:10] == datetime.date.today().isoformat() != info.dated
        assert (info.publisher, info.licence) == ("Example Council", "OGL v3.0")


@pytest.mark.parametrize(
    ("assured", "modified", "expected"),
    [
        ("2021-03-04", "2023-01-01", "2021-03-04"),
        ("", "2023-01-01T10:00:00Z", "2023-01-01"),
        ("4/3/2021", "", "2021-03-04"),
        ("2099-01-01", "2021-01-01", "2021-01-01"),  # a date ahead is not believed
        ("soon", "never", ""),
        ("2021-02-30", "", ""),
    ],
)
def test_checked_on_prefers_the_assured_date(assured, modified, expected):
    service = Service("s", "S", assured_date=assured, last_modified=modified)
    assert checked_on(service, datetime.date(2026, 11, 29)) == expected


def test_the_quality_report_says_what_services_lack(feed_db):
    db = open_readonly(feed_db)
    try:
        quality = quality_of(db, today=datetime.date(2026, 11, 29))
    finally:
        db.close()
    lacks = {lack.what: lack.count for lack in quality.missing}
    assert lacks["place or area"] == 20 and lacks["category from the publisher"] == 20
    assert lacks["way to get in touch"] == 1  # St Mary's Church hall
    assert quality.checked["over 2 years ago"] == 20
    assert quality.inferred == 18 and quality.repairs
    assert len(quality.worst) == 20 and quality.worst[0].checked_on
    assert all(len(r.lacks) >= len(quality.worst[-1].lacks) for r in quality.worst[:5])


def test_guesses_from_words_and_abbreviations():
    guesser = group_guesser()
    assert guesser.guess("Speech therapy drop-in", "").categories == ("lo-health",)
    assert "send-asd" in guesser.guess("ASD parents group", "").needs  # ASD means autism
    assert guesser.guess("St Mary's Church hall", "A hall in the village").categories == ()


def test_initials_for_the_letter_jump():
    assert [initial(n) for n in ("apple", "Édith", "42 Club", "  zoo", "")] == [
        "A",
        "E",
        "#",
        "Z",
        "#",
    ]


def test_services_nearest_first_with_their_distance(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    import_file(FIXTURES.parent.parent / "data" / "local_offer.json", db)
    stafford = (52.806, -2.117)
    with Directory(db) as directory:
        assert directory.has_map_places()
        near = directory.services(limit=500, near=stafford)
        assert len(near) == directory.count()
        distances = [s.distance_miles for s in near if s.distance_miles is not None]
        assert distances == sorted(distances) and distances[0] < 2
        assert all(s.distance_miles is None for s in near[len(distances) :])
        for summary in directory.services(Filters(district="Tamworth"), limit=5, near=stafford):
            detail = directory.service(summary.id)
            assert detail is not None
            mapped = [(p.latitude, p.longitude) for p in detail.places if p.latitude is not None]
            nearest = min(miles_between(stafford, (lat, lon)) for lat, lon in mapped)
            assert summary.distance_miles == pytest.approx(nearest)


def test_miles_between_two_towns():
    stafford, tamworth = (52.806, -2.117), (52.634, -1.695)
    assert miles_between(stafford, tamworth) == pytest.approx(21.3, abs=0.2)  # 34.3 km
    assert miles_between(stafford, stafford) == 0


def test_the_word_lists_are_data_and_bad_rows_are_skipped(tmp_path):
    (tmp_path / "group_words.csv").write_text(
        "group,phrase,weight\nlo-travel,bus*,3\nlo-travel,*,3\nlo-money,,2\nlo-money,grant,\n",
        encoding="utf-8",
    )
    (tmp_path / "synonyms.csv").write_text(
        "term,means,note\ncoach,bus,\nsame,same,\n", encoding="utf-8"
    )
    guesser = group_guesser(tmp_path)
    assert guesser.guess("Coach trips", "").categories == ("lo-travel",)  # coach means bus
    assert guesser.guess("Grant", "").categories == ()  # weight 1 (empty) is below the bar
    bare = GroupGuesser([], {})
    assert bare.guess("Buses", "").categories == ()


def test_a_service_with_only_a_need_from_the_publisher_still_gets_groups(tmp_path):
    services = [
        {
            "id": "a",
            "name": "Accessible minibus",
            "status": "active",
            "attributes": [
                {
                    "taxonomy_term": {
                        "id": "send-physical",
                        "name": "Physical disabilities",
                        "taxonomy": "dfe-family-hubs-send",
                    }
                }
            ],
        }
    ]
    source = tmp_path / "needs.json"
    source.write_text(json.dumps(services), encoding="utf-8")
    db = tmp_path / "kiosk.sqlite3"
    import_file(source, db)
    with Directory(db) as directory:
        assert [c.id for c in directory.categories() if c.count] == ["lo-travel"]
        assert [n.id for n in directory.needs() if n.count] == ["send-physical"]


def test_a_guess_uses_the_publishers_group_of_the_same_name(tmp_path):
    services = [
        {"id": "c", "name": "Travel training", "status": "active"},  # guessed before seen
        {
            "id": "a",
            "name": "Bus pass advice",
            "status": "active",
            "attributes": [
                {"taxonomy_term": {"id": "their-travel", "name": "Travel and transport"}}
            ],
        },
        {"id": "b", "name": "Accessible minibus and taxi scheme", "status": "active"},
    ]
    source = tmp_path / "named.json"
    source.write_text(json.dumps(services), encoding="utf-8")
    db = tmp_path / "kiosk.sqlite3"
    import_file(source, db)
    with Directory(db) as directory:
        travel = [c for c in directory.categories() if c.count]
        assert [(c.id, c.count) for c in travel] == [("their-travel", 3)]
    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT count(*) FROM taxonomy_terms WHERE origin = 'kiosk'"
    ).fetchone() == (0,)
    conn.close()


def test_the_quality_report_of_a_database_never_imported(tiny_db):
    db = open_readonly(tiny_db)
    try:
        quality = quality_of(db, today=datetime.date(2026, 11, 29))
    finally:
        db.close()
    assert quality.services == 8 and quality.repairs == {} and quality.inferred == 0


@pytest.mark.parametrize(
    ("days", "band"),
    [
        (None, "no date given"),
        (-3, "no date given"),
        (0, "checked in the last 6 months"),
        (200, "6 to 12 months ago"),
        (400, "1 to 2 years ago"),
        (800, "over 2 years ago"),
    ],
)
def test_age_bands(days, band):
    from kiosk.store.quality import _band

    assert _band(days) == band


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("0800 1234567", "0800 123 4567"),
        ("0800123456", "0800 123456"),
        ("0163296012", "01632 96012"),
        ("0123", "0123"),
        ("+44 7700 900", "+44 7700 900"),
    ],
)
def test_short_and_ten_digit_uk_numbers(given, shown):
    assert repairs.uk_phone(given) == shown


def test_a_licence_may_be_an_object(tmp_path):
    document = {
        "metadata": {"licence": {"name": "Open Government Licence v3.0", "url": "https://x"}},
        "contents": [{"id": "a", "name": "Play group", "status": "active"}],
    }
    source = tmp_path / "licensed.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert import_file(source, tmp_path / "kiosk.db").licence == "Open Government Licence v3.0"


def test_a_guess_joins_the_publishers_group_of_the_same_id(tmp_path):
    services = [
        {
            "id": "a",
            "name": "Bus pass advice",
            "status": "active",
            "attributes": [{"taxonomy_term": {"id": "lo-travel", "name": "Getting about"}}],
        },
        {"id": "b", "name": "Accessible minibus", "status": "active"},
    ]
    source = tmp_path / "same-id.json"
    source.write_text(json.dumps(services), encoding="utf-8")
    db = tmp_path / "kiosk.sqlite3"
    import_file(source, db)
    with Directory(db) as directory:
        assert [(c.id, c.name, c.count) for c in directory.categories()] == [
            ("lo-travel", "Getting about", 2)
        ]


def test_the_nearest_order_is_kept_for_show_more_and_forgotten_after_a_few(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    import_file(FIXTURES.parent.parent / "data" / "local_offer.json", db)
    stafford = (52.806, -2.117)
    with Directory(db) as directory:
        first = directory.services(limit=10, near=stafford)
        more = directory.services(limit=10, offset=10, near=stafford)
        assert not {s.id for s in first} & {s.id for s in more}
        for age in range(6):  # more orders than are kept
            directory.services(Filters(age=age), limit=1, near=stafford)
        assert directory.services(limit=10, near=stafford) == first
