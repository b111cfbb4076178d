"""Every accepted format reads into the same records; bad records are reported, not fatal."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store.importers import ImportRefused, json_stream, normalise, parse_source
from kiosk.store.importers.detect import parse_document
from kiosk.store.writer import days_open

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
UK = FIXTURES / "oruk" / "uk-profile-3.0" / "examples"
HSDS = FIXTURES / "oruk" / "hsds-3.0" / "examples"
EXAMPLE_ID = "ac148810-d857-441c-9679-408f346de14b"


@pytest.mark.parametrize(
    "path",
    [
        UK / "service_full.json",
        UK / "service_list.json",
        UK / "organization_full.json",
        UK / "service_at_location_full.json",
        HSDS / "service_full.json",
        HSDS / "service_list.json",
        HSDS / "organization_full.json",
        UK / "csv",
        HSDS / "csv",
    ],
    ids=lambda p: f"{p.parent.parent.name}/{p.name}",
)
def test_every_official_example_with_services_imports(path):
    data = parse_source(path)
    assert [s.id for s in data.services] == [EXAMPLE_ID]
    service = data.services[0]
    assert service.name == "Community Counselling"
    assert service.min_age == 12 and service.max_age == 100


@pytest.mark.parametrize("name", ["taxonomy.json", "taxonomy_term.json", "taxonomy_term_list.json"])
def test_examples_without_services_are_refused(name):
    with pytest.raises(ImportRefused, match="holds no services"):
        parse_source(UK / name)


def test_impossible_coordinates_are_dropped_and_reported():
    data = parse_source(UK / "service_full.json")
    location = next(iter(data.locations.values()))
    assert location.latitude is None and location.longitude is None
    assert location.postcode == "ABC 1234"
    assert any("not a place on Earth" in p.reason and p.action == "dropped" for p in data.problems)


def test_hsds_full_example_keeps_phones_languages_and_terms():
    data = parse_source(HSDS / "service_full.json")
    service = data.services[0]
    assert any(p.number == "01234 234567" for p in service.phones)  # "+44 1234 234567"
    assert [lang.name for lang in service.languages] == ["Urdu"]
    assert [lang.code for lang in service.languages] == ["ur"]
    assert service.term_ids and service.term_ids[0] in data.terms
    assert service.cost_options[0].amount == 35


def test_csv_package_matches_the_json_example():
    from_csv = parse_source(HSDS / "csv").services[0]
    from_json = parse_source(HSDS / "service_full.json").services[0]
    assert from_csv.name == from_json.name
    assert from_csv.description == from_json.description
    assert [p.number for p in from_csv.phones][:1] == [p.number for p in from_json.phones][:1]
    assert from_csv.schedules[0].byday == "TH,FR"


def test_zipped_csv_package_imports(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for item in (HSDS / "csv").glob("*.csv"):
            zipped.write(item, f"export/{item.name}")
    assert [s.id for s in parse_source(archive).services] == [EXAMPLE_ID]


def test_oruk_v1_shape_with_messy_records():
    data = parse_source(FIXTURES / "oruk_v1_messy.json")
    assert data.source_format == "oruk-1"
    by_id = {s.id: s for s in data.services}
    assert sorted(by_id) == ["v1-001", "v1-003", "v1-005"]
    play = by_id["v1-001"]
    assert play.description == (
        "Relaxed play for children with sensory needs.\n\nParents stay with their child.\n"
        "No need to book.\n\nClick"
    )
    assert (play.min_age, play.max_age) == (0, 5)
    assert [p.number for p in play.phones] == ["01632 960123"]
    assert [lang.name for lang in play.languages] == ["English", "Polish"]
    assert play.schedules[0].byday == "TU,TH"
    assert play.term_ids == ["lo-early-years"]
    assert data.locations["v1-loc-1"].accessibility == ["Step-free entrance and accessible toilet"]
    club = by_id["v1-003"]
    assert (club.min_age, club.max_age) == (11, 18)  # reversed in the file
    assert club.url == "" and club.email == ""
    assert by_id["v1-005"].min_age is None and by_id["v1-005"].max_age == 25
    reported = {(p.record_id, p.field, p.action) for p in data.problems}
    assert ("v1-002", "name", "skipped") in reported
    assert ("v1-004", "status", "skipped") in reported
    assert ("v1-003", "url", "dropped") in reported
    assert ("v1-003", "minimum_age", "fixed") in reported
    assert ("v1-005", "minimum_age", "dropped") in reported
    assert ("v1-005", "phones.number", "dropped") in reported
    assert data.skipped == 2


def test_duplicate_ids_keep_the_first_and_report_the_rest():
    doc = [
        {"id": "a", "name": "First", "status": "active"},
        {"id": "a", "name": "Second", "status": "active"},
        {"id": "b", "name": "Other", "status": "active"},
    ]
    data = parse_document(doc, "x.json")
    assert [s.name for s in data.services] == ["First", "Other"]
    assert any(p.record_id == "a" and p.action == "skipped" for p in data.problems)


def test_the_less_common_shapes_of_a_service_are_read():
    doc = {
        "id": "svc",
        "name": "Sensory Play",
        "status": "active",
        "locations": [{"id": "loc-direct", "name": "Hall"}],  # not under service_at_locations
        "contacts": [{"phones": [{"number": "01632 960123"}]}],  # a contact that is a phone
        "schedules": [{"freq": "WEEKLY"}, {"byday": "MO", "opens_at": "09:00"}],
        "service_areas": [{"description": "no name"}, {"name": "Leek"}],
        "attributes": [
            {"taxonomy_term": {"id": "t1", "name": "Autism", "taxonomy": {"name": "SEND needs"}}}
        ],
    }
    data = parse_document(doc, "x.json")
    (service,) = data.services
    assert service.location_ids == ["loc-direct"]
    assert service.contacts == [] and [p.number for p in service.phones] == ["01632 960123"]
    assert [s.byday for s in service.schedules] == ["MO"]
    assert [a.name for a in service.service_areas] == ["Leek"]
    assert data.terms["t1"].taxonomy == "SEND needs"


def test_empty_notes_numbers_and_unknown_day_codes_are_left_out_quietly():
    place = {
        "id": "loc",
        "name": "Hall",
        "accessibility": [{"description": ""}, {"description": "Step-free", "details": "Ramp"}],
    }
    doc = {
        "id": "svc",
        "name": "Sensory Play",
        "status": "active",
        "service_at_locations": [{"location": place}],
        "phones": [{"number": ""}, {"number": "01632 960123", "type": ["voice", "text"]}],
        "schedules": [{"byday": "MO,XX,1TU"}],
    }
    data = parse_document(doc, "x.json")
    (service,) = data.services
    assert data.locations["loc"].accessibility == ["Step-free\n\nRamp"]
    assert [(p.number, p.type) for p in service.phones] == [("01632 960123", "")]
    assert days_open(service) == {"MO", "TU"}
    assert data.problems == []


def test_an_organisation_without_a_name_is_dropped_and_reported():
    doc = {"id": "svc", "name": "Drop-in", "status": "active", "organization": {"id": "org"}}
    data = parse_document(doc, "x.json")
    assert data.services[0].organisation_id is None and not data.organisations
    assert [(p.field, p.reason) for p in data.problems] == [
        ("organization", "has no id or no name")
    ]


def test_a_service_at_location_without_a_usable_location_keeps_the_service():
    doc = {"service": {"id": "svc", "name": "Drop-in", "status": "active"}, "location": "Hall"}
    (service,) = parse_document(doc, "x.json").services
    assert (service.id, service.location_ids) == ("svc", [])


def test_records_that_cannot_be_services_are_skipped_and_reported():
    records = [
        42,
        {"id": ["x"], "name": "Listed id", "status": "active"},
        {
            "id": "ok",
            "name": "Fine",
            "status": "active",
            "attributes": [{"taxonomy_term": {"name": "A term with no id"}}],
        },
    ]
    data = parse_document(records, "x.json")
    assert [s.id for s in data.services] == ["ok"] and data.services[0].term_ids == []
    assert [(p.record_id, p.reason) for p in data.problems] == [
        ("record 1", "is not an object"),
        ("record 2", "is a list, not an id"),
        ("ok", "has no id or no name"),
    ]


def test_a_document_that_is_a_number_is_not_a_service_directory():
    with pytest.raises(ImportRefused, match="JSON but not a service directory"):
        parse_document(42, "x.json")


def test_numbers_split_between_two_reads_are_read_whole(tmp_path, monkeypatch):
    """Files are read a megabyte at a time; one byte at a time here, so that every number
    is split between two reads."""
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 1)
    path = tmp_path / "x.json"
    path.write_text('[12345, {"id": "a", "name": "A", "status": "active"}]')
    data = parse_source(path)  # "1" then "2345" would be a syntax error
    assert [s.id for s in data.services] == ["a"]
    assert [(p.record_id, p.reason) for p in data.problems] == [("record 1", "is not an object")]


def test_an_id_too_long_to_be_an_id_skips_the_record():
    long_id = "x" * 201
    data = parse_document(
        [
            {"id": long_id, "name": "A", "status": "active"},
            {"id": "b", "name": "B", "status": "active"},
        ],
        "x.json",
    )
    assert [s.id for s in data.services] == ["b"]
    assert data.problems[0].reason == "id is longer than 200 characters"
    assert data.problems[0].action == "skipped"


def test_only_the_first_problems_are_kept_but_all_are_counted(monkeypatch):
    """The report keeps 5,000 problems; lowered here to keep the test small."""
    monkeypatch.setattr(normalise, "MAX_PROBLEMS_KEPT", 3)
    records = [{"id": f"s{n}", "name": "", "status": "active"} for n in range(5)]
    records.append({"id": "ok", "name": "Fine", "status": "active"})
    reader_report = parse_document(records, "x.json")
    assert len(reader_report.problems) == 3
    assert [s.id for s in reader_report.services] == ["ok"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "neither JSON nor a CSV package"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"<html><body>Not found</body></html>", "neither JSON nor a CSV package"),
        (b"42", "not a service directory"),
        (b'{"hello": "world"}', "not a service directory"),
        (b'{"contents": []}', "holds no services"),
        (b"[]", "holds no services"),
        (b'[{"id": "", "name": "x", "status": "active"}]', "none of the 1 records"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"id,name\n1,Test\n", "single CSV file"),
        (b"{}", "JSON but not a service directory"),
        (b'{1: "one"}', "Expecting property name enclosed in double quotes"),
        (b'{"contents": []} []', "Extra data after the end of the JSON value"),
        (b'[{"id": "a"} {"id": "b"}]', "Expecting one of , ]"),
    ],
    ids=[
        "empty",
        "not-utf8",
        "html",
        "number",
        "wrong-shape",
        "empty-envelope",
        "empty-list",
        "no-valid-service",
        "deep-nesting",
        "lone-csv",
        "empty-object",
        "number-as-key",
        "two-documents",
        "missing-comma",
    ],
)
def test_file_level_problems_are_refused_with_one_line(tmp_path, content, message):
    path = tmp_path / "data.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message) as refused:
        parse_source(path)
    assert "\n" not in str(refused.value)


def test_missing_file_and_oversized_file_are_refused(tmp_path, monkeypatch):
    with pytest.raises(ImportRefused, match="does not exist"):
        parse_source(tmp_path / "nope.json")
    big = tmp_path / "big.json"
    big.write_text("[]")
    monkeypatch.setattr("kiosk.store.importers.detect.MAX_FILE_BYTES", 1)
    with pytest.raises(ImportRefused, match="is 2 bytes, over the 1 bytes limit"):
        parse_source(big)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_read_error_is_refused_with_one_line_naming_the_file():
    # The kernel answers every read of /proc/self/mem at offset 0 with EIO, as a failing
    # disk or a pulled-out USB stick does.
    with pytest.raises(ImportRefused, match=r"cannot read /proc/self/mem: Input/output error"):
        parse_source(Path("/proc/self/mem"))


def test_csv_folder_without_services_and_broken_zip_are_refused(tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    shutil.copy(HSDS / "csv" / "organizations.csv", folder)
    with pytest.raises(ImportRefused, match=r"no services\.csv"):
        parse_source(folder)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportRefused, match=r"not a readable \.zip"):
        parse_source(broken)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "name",
                    "description",
                    "minimum_age",
                    "maximum_age",
                    "status",
                    "organization",
                    "service_at_locations",
                    "location",
                    "latitude",
                    "phones",
                    "number",
                    "schedules",
                    "byday",
                    "attributes",
                    "taxonomy_term",
                    "cost_options",
                    "amount",
                    "languages",
                    "contents",
                ]
            ),
            children,
            max_size=6,
        )
    ),
    max_leaves=25,
)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=200, deadline=None)
@given(json_values)
def test_any_json_document_is_read_or_refused_never_crashes(document):
    try:
        data = parse_document(document, "fuzz.json")
    except ImportRefused as refused:
        assert "\n" not in str(refused)
    else:
        assert data.services
        assert all(s.id and s.name for s in data.services)
