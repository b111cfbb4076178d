"""Pulling a live ORUK API from a real HTTP server on 127.0.0.1: paging, full records,
faults, limits, and an import that changes nothing unless everything worked."""

from __future__ import annotations

import json
import socket
import sqlite3
import ssl
import tempfile
from pathlib import Path

import httpx
import pytest

from kiosk.store.feed import PullProgress, import_url, pull_feed, services_url, shown_url
from kiosk.store.feed_http import PullSettings, _network_failure, _worth_retrying, retry_delay
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, import_file
from tests.store.datasets import sibling_names, write_dataset
from tests.store.feed_server import (
    QUICK,
    SLOW_S,
    Fault,
    FeedServer,
    closed_port,
    oruk1_services,
    oruk3_services,
)


def pulled_ids(path: Path) -> list[str]:
    return [s["id"] for s in json.loads(path.read_text(encoding="utf-8"))["contents"]]


def no_partial_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


def list_requests(api: FeedServer) -> list[str]:
    return [r for r in api.requests if r.startswith("/api/services?")]


# ---- whole feeds ------------------------------------------------------------------------


def test_pulls_a_paged_oruk3_feed_and_it_imports(api, tmp_path):
    api.services = oruk3_services(25)
    seen: list[PullProgress] = []
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK, progress=seen.append)
    assert (report.api, report.pages, report.services) == ("ORUK 3.0", 3, 25)
    assert report.full_records == 0
    assert not report.notes and not report.restarted
    assert len(api.requests) == 3  # full records in the list: no /services/{id}
    assert seen[-1] == PullProgress(3, 3, 25, 25)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["metadata"]["url"] == api.url("/api/services")
    assert document["metadata"]["publisher"] == "127.0.0.1" and "pulled" in document["metadata"]
    assert "published" not in document["metadata"]  # pulling is not publishing
    assert pulled_ids(out) == [s["id"] for s in api.services]
    imported = import_file(out, tmp_path / "kiosk.db")
    direct = import_file(write_full(tmp_path, api.services), tmp_path / "direct.db")
    assert (imported.services, imported.locations, imported.categories) == (
        direct.services,
        direct.locations,
        direct.categories,
    )


def write_full(tmp_path: Path, services: list[dict]) -> Path:
    path = tmp_path / "full.json"
    path.write_text(json.dumps({"contents": services}), encoding="utf-8")
    return path


def test_v1_summaries_are_filled_in_from_their_full_records(api, tmp_path):
    api.version, api.summaries, api.zero_based = "1", True, True
    api.services = oruk1_services(23)
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert (report.api, report.pages, report.services) == ("ORUK v1", 3, 23)
    assert report.full_records == 23
    assert list_requests(api)[:2] == [
        "/api/services?page=1&per_page=10",  # says it is not the first page:
        "/api/services?page=0&per_page=10",  # this API counts pages from 0
    ]
    pulled = import_file(out, tmp_path / "kiosk.db", name=report.url)
    direct = import_file(write_full(tmp_path, api.services), tmp_path / "direct.db")
    assert pulled.source_format == "oruk-1" and pulled.source == api.url("/api/services")
    assert (pulled.services, pulled.locations, pulled.categories, pulled.skipped) == (
        direct.services,
        direct.locations,
        direct.categories,
        direct.skipped,
    )
    assert direct.categories > 0 and direct.locations > 0  # so the details really arrived


def test_a_v1_feed_counted_from_one_and_a_services_address(api, tmp_path):
    api.version = "1"
    api.services = oruk1_services(12)
    report = pull_feed(api.url("/api/services/"), tmp_path / "feed.json", settings=QUICK)
    assert (report.pages, report.services) == (2, 12)
    assert list_requests(api) == [
        "/api/services?page=1&per_page=10",
        "/api/services?page=2&per_page=10",
    ]


def test_an_unpaged_list_of_summaries_is_read_in_one_go(api, tmp_path):
    api.version, api.summaries = "list", True
    api.services = oruk3_services(40)  # more than are fetched ahead at once
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert (report.api, report.pages, report.full_records) == ("a plain list", 1, 40)
    assert pulled_ids(out) == [s["id"] for s in api.services]


def test_a_missing_full_record_keeps_its_summary_and_duplicates_are_dropped(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(6)
    api.services.append(dict(api.services[0]))  # the same id twice
    api.fail("service svc-002", Fault(status=404))
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert (report.services, report.full_records, report.summaries_kept) == (6, 5, 1)
    assert report.duplicates == 1
    assert any("appeared twice" in note for note in report.notes)
    assert any("1 of the services had no full record" in note for note in report.notes)
    assert sorted(pulled_ids(out)) == [f"svc-{n:03d}" for n in range(6)]


def test_an_api_without_full_records_is_asked_only_for_the_first_few(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(30)
    for service in api.services:
        api.fail(f"service {service['id']}", Fault(status=404))
    report = pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert (report.services, report.summaries_kept) == (30, 10)
    assert len(api.requests) == 3 + 10


def test_a_full_record_of_another_service_is_refused(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(5)
    other = json.dumps(api.services[3]).encode()
    api.fail("service svc-001", Fault(body=other))
    with pytest.raises(ImportRefused, match=r"service 'svc-001' from .* is the record of service"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)


def test_numbered_ids_are_asked_for_as_numbers(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(4)
    for number, service in enumerate(api.services, start=7):
        service["id"] = number  # some APIs number their services
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert (report.services, report.full_records) == (4, 4)
    asked = {r for r in api.requests if "?" not in r}
    assert asked == {f"/api/services/{n}" for n in range(7, 11)}
    assert pulled_ids(out) == [7, 8, 9, 10]


def test_list_items_that_are_not_services_are_left_for_the_importer_to_skip(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(3)
    nameless = {k: v for k, v in api.services[0].items() if k != "id"}
    api.services += [nameless, "see our website for more services"]
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert (report.services, report.full_records, report.summaries_kept) == (5, 3, 0)
    assert len(api.requests) == 1 + 3  # nothing to ask about an item without an id
    imported = import_file(out, tmp_path / "kiosk.db")
    assert (imported.services, imported.skipped) == (3, 2)
    assert {(p.record_id, p.reason) for p in imported.problems if p.action == "skipped"} == {
        ("record 4", "has no id"),
        ("record 5", "is not an object"),
    }


def test_a_full_record_wrapped_in_service_is_unwrapped(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(3)
    wrapped = json.dumps({"service": api.services[1]}).encode()
    api.fail("service svc-001", Fault(body=wrapped))
    out = tmp_path / "feed.json"
    assert pull_feed(api.url(), out, settings=QUICK).full_records == 3
    pulled = json.loads(out.read_text(encoding="utf-8"))["contents"]
    assert pulled[1] == api.services[1]


def test_a_full_record_that_is_not_a_record_is_refused(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(3)
    api.fail("service svc-002", Fault(body=b'["svc-002"]'))
    out = tmp_path / "feed.json"
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), out, settings=QUICK)
    assert str(refused.value) == (
        f"the full record of service 'svc-002' from {api.url('/api/services')} "
        "is not a service record"
    )
    assert not out.exists() and no_partial_files(tmp_path)


def test_an_empty_directory_is_refused(api, tmp_path):
    with pytest.raises(ImportRefused, match="lists no services"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert not (tmp_path / "feed.json").exists() and no_partial_files(tmp_path)


# ---- broken answers -----------------------------------------------------------------------


def test_a_page_that_is_not_json_is_refused_and_an_earlier_file_is_kept(api, tmp_path):
    api.services = oruk3_services(25)
    api.fail("page 2", Fault(body=b"<html><body>Server maintenance</body></html>"))
    out = tmp_path / "feed.json"
    out.write_text("an earlier pull", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), out, settings=QUICK)
    assert str(refused.value) == (
        f"page 2 of {api.url('/api/services')} is not JSON "
        "(it begins '<html><body>Server maintenance</body></html>'): "
        "check the address is an ORUK API"
    )
    assert out.read_text(encoding="utf-8") == "an earlier pull"
    assert no_partial_files(tmp_path)


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ("Café list".encode("latin-1"), "is not UTF-8 text, so not an ORUK feed"),
        (b" \r\n", "is empty, not a page of services"),
        (b"[" * 100_000 + b"]" * 100_000, "is nested too deeply to be a service directory"),
    ],
    ids=["latin-1", "blank", "nested"],
)
def test_a_page_that_cannot_be_read_says_why(api, tmp_path, body, complaint):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(body=body))
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(refused.value) == f"page 1 of {api.url('/api/services')} {complaint}"
    assert len(api.requests) == 1  # asking again would bring the same


def test_numbers_too_big_for_any_field_are_pulled_and_the_importer_drops_them(api, tmp_path):
    api.services = oruk3_services(3)
    page = json.dumps(api.page(1, 10))
    page = page.replace('"minimum_age": 12', '"minimum_age": ' + "9" * 5000, 1)
    page = page.replace('"maximum_age": 100', '"maximum_age": 1e999', 1)
    api.fail("page 1", Fault(body=page.encode()))
    out = tmp_path / "feed.json"
    assert pull_feed(api.url(), out, settings=QUICK).services == 3
    imported = import_file(out, tmp_path / "kiosk.db")
    assert imported.services == 3
    assert {(p.record_id, p.field, p.action) for p in imported.problems if "age" in p.field} == {
        ("svc-000", "minimum_age", "dropped"),
        ("svc-000", "maximum_age", "dropped"),
    }


def test_a_page_in_the_wrong_shape_is_refused(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(body=b'{"status": "ok", "services": 5}'))
    with pytest.raises(ImportRefused, match=r"^page 1 of .* is JSON but not a page of services"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)


def test_an_api_that_changes_its_kind_of_page_midway_is_refused(api, tmp_path):
    api.services = oruk3_services(25)
    api.fail("page 2", Fault(body=json.dumps(api.services[10:20]).encode()))
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(refused.value) == (
        f"page 2 of {api.url('/api/services')} is a plain list, but page 1 was ORUK 3.0"
    )
    assert no_partial_files(tmp_path)


def test_pages_without_counts_are_read_until_an_empty_one(api, tmp_path):
    api.bare = True
    api.services = oruk3_services(25)
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert (report.api, report.services, report.notes) == ("ORUK 3.0", 25, [])
    assert pulled_ids(out) == [s["id"] for s in api.services]
    assert len(list_requests(api)) == 4  # the fourth page is empty


def test_an_api_that_ignores_paging_and_counts_nothing_is_read_once(api, tmp_path):
    api.bare = True
    api.services = oruk3_services(25)
    real_page = api.page
    api.page = lambda page, per_page: real_page(1, 1000)  # every service, whatever is asked
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert report.services == 25 and pulled_ids(out) == [s["id"] for s in api.services]
    assert len(list_requests(api)) == 2  # the second page brought nothing new: the end
    assert (report.pages, report.duplicates, report.notes) == (1, 0, [])  # nothing to worry staff


def test_an_api_that_ignores_the_page_asked_for_is_refused(api, tmp_path):
    api.services = oruk3_services(25)
    real_page = api.page
    api.page = lambda page, per_page: real_page(1, per_page)
    with pytest.raises(ImportRefused, match=r"page 2 of .* says it is page 1: the API does not"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)


def test_a_slow_page_times_out_and_is_asked_again(api, tmp_path):
    api.services = oruk3_services(25)
    api.fail("page 2", Fault(delay_s=SLOW_S))
    report = pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert report.services == 25
    assert list_requests(api).count("/api/services?page=2&per_page=10") == 2


def test_a_page_that_stays_slow_fails_with_the_time_it_was_given(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(delay_s=SLOW_S, times=0))
    with pytest.raises(ImportFailed) as failed:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(failed.value) == (
        f"127.0.0.1:{api.port} stopped sending page 1 of {api.url('/api/services')} "
        "for more than 0.3 seconds (3 tries); try again later"
    )


def test_a_server_error_that_passes_is_retried(api, tmp_path):
    api.services = oruk3_services(25)
    api.fail("page 3", Fault(status=503, times=2))
    assert pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK).services == 25


def test_a_server_error_that_does_not_pass_fails_the_pull(api, tmp_path):
    api.services = oruk3_services(25)
    api.fail("page 2", Fault(status=500, times=0))
    with pytest.raises(ImportFailed) as failed:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(failed.value) == (
        f"127.0.0.1:{api.port} answered page 2 of {api.url('/api/services')} with "
        "500 Internal Server Error 3 times: the council's API may be down; try again later"
    )
    assert list_requests(api).count("/api/services?page=2&per_page=10") == 3


def test_a_full_record_that_keeps_failing_fails_the_pull(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(25)
    api.fail("service svc-004", Fault(status=502, times=0))
    with pytest.raises(ImportFailed, match="full record of service 'svc-004' with 502 Bad"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert no_partial_files(tmp_path)
    assert "/api/services?page=2&per_page=10" not in api.requests


@pytest.mark.parametrize(
    ("status", "reason", "error", "message"),
    [
        (400, None, ImportRefused, "{host} refused {page} (400 Bad Request)"),
        (499, "", ImportRefused, "{host} refused {page} (499)"),
        (404, "", ImportRefused, "{page} was not found (404 Not Found): check the web address"),
        (
            429,
            None,
            ImportFailed,
            "{host} is too busy (429 Too Many Requests) and still turned away {page} after 3 "
            "tries; try again later",
        ),
        (
            503,
            "",
            ImportFailed,
            "{host} answered {page} with 503 Service Unavailable 3 times: the council's API may "
            "be down; try again later",
        ),
        (
            599,
            "",
            ImportFailed,
            "{host} answered {page} with 599 3 times: the council's API may be down; "
            "try again later",
        ),
    ],
)
def test_each_answer_that_is_not_a_page_has_one_plain_line(
    api, tmp_path, status, reason, error, message
):
    """A reason phrase left out (as many servers do) is filled in where HTTP has one."""
    api.fail("any page", Fault(status=status, reason=reason, times=0))
    with pytest.raises(error) as failed:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    page = f"page 1 of {api.url('/api/services')}"
    assert str(failed.value) == message.format(host=f"127.0.0.1:{api.port}", page=page)
    assert no_partial_files(tmp_path)


def test_a_busy_server_is_asked_again_after_retry_after(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(status=429, headers={"Retry-After": "1"}))
    assert pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK).services == 5
    assert len(api.requests) == 2


def test_retry_after_is_honoured_within_its_cap():
    settings = PullSettings(backoff_s=0.5, max_backoff_s=8.0, max_retry_after_s=30.0)
    assert retry_delay(1, "2", settings) == 2.0
    assert retry_delay(1, "3600", settings) == 30.0
    assert retry_delay(1, "Wed, 21 Oct 2015 07:28:00 GMT", settings) == 0.0  # in the past
    assert retry_delay(1, "Fri, 01 Jan 2100 00:00:00 GMT", settings) == 30.0
    assert retry_delay(1, "Fri, 01 Jan 2100 00:00:00 -0000", settings) == 0.5  # no zone
    assert [retry_delay(n, "soon", settings) for n in (1, 2, 3, 6)] == [0.5, 1.0, 2.0, 8.0]
    assert retry_delay(2, None, settings) == 1.0


def test_a_count_that_disagrees_with_the_services_sent_is_noted(api, tmp_path):
    api.services = oruk3_services(25)
    real_page = api.page

    def counts_two_hidden_services(page: int, per_page: int) -> dict:
        answer = real_page(page, per_page)
        return {**answer, "total_items": answer["total_items"] + 2}

    api.page = counts_two_hidden_services
    report = pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert report.services == 25
    assert report.notes == ["the API counted 27 services but sent 25"]


# ---- a directory that changes while it is read ----------------------------------------------


def test_a_page_count_that_changes_once_reads_the_feed_again(api, tmp_path):
    api.services = oruk3_services(25)
    added = oruk3_services(10, prefix="new")

    def council_adds_services(page: int) -> None:
        if page == 2 and added:
            api.services.extend(added)
            added.clear()

    api.before_page = council_adds_services
    out = tmp_path / "feed.json"
    report = pull_feed(api.url(), out, settings=QUICK)
    assert report.restarted and (report.pages, report.services) == (4, 35)
    assert report.notes == [
        "the directory changed while it was read (3 pages of 25 services became 4 pages of "
        "35 services), so it was read again from the start"
    ]
    assert len(pulled_ids(out)) == len(set(pulled_ids(out))) == 35


def test_a_page_count_that_keeps_changing_fails_the_pull(api, tmp_path):
    api.services = oruk3_services(25)
    more = iter(oruk3_services(100, prefix="new"))

    def council_keeps_adding(page: int) -> None:
        if page == 2:
            api.services.extend(next(more) for _ in range(10))

    api.before_page = council_keeps_adding
    with pytest.raises(ImportFailed, match=r"kept changing while it was read .*try again in a few"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert not (tmp_path / "feed.json").exists() and no_partial_files(tmp_path)


# ---- the network and the address ----------------------------------------------------------------


def test_a_refused_connection_says_so(tmp_path):
    port = closed_port()
    with pytest.raises(ImportFailed) as failed:
        pull_feed(f"http://127.0.0.1:{port}/api", tmp_path / "feed.json", settings=QUICK)
    assert str(failed.value) == (
        f"127.0.0.1:{port} refused the connection (3 tries): check the web address and port, "
        "or try again later"
    )


def test_an_address_with_no_api_is_refused(api, tmp_path):
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url("/nothing"), tmp_path / "feed.json", settings=QUICK)
    assert str(refused.value) == (
        f"page 1 of {api.url('/nothing/services')} was not found (404 Not Found): "
        "check the web address"
    )
    assert len(api.requests) == 1  # a 404 is not worth asking again


def test_an_api_that_needs_a_key_says_so(api, tmp_path):
    api.fail("any page", Fault(status=403))
    with pytest.raises(ImportRefused, match=r"refused page 1 of .* \(403 Forbidden\): the API may"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)


@pytest.mark.parametrize(
    ("cause", "message", "asked_again"),
    [
        (
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
            "cannot find the server council.example: check the web address and this machine's "
            "network connection",
            False,  # asking again will not make the name exist
        ),
        (
            socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
            "cannot find the server council.example",
            True,
        ),
        (
            ssl.SSLCertVerificationError(1, "certificate verify failed"),
            "the security certificate of council.example cannot be trusted",
            False,
        ),
        (
            OSError(104, "Connection reset by peer"),
            "the connection to council.example failed",
            True,
        ),
    ],
)
def test_network_failures_have_one_plain_line(cause, message, asked_again):
    try:
        try:
            raise cause
        except OSError as inner:
            raise httpx.ConnectError(str(inner)) from inner
    except httpx.ConnectError as exc:
        error = _network_failure(exc, httpx.URL("https://council.example/api"), "x", 1, QUICK)
        assert _worth_retrying(exc) is asked_again
    assert isinstance(error, ImportFailed) and str(error).startswith(message)
    assert "\n" not in str(error)


def test_addresses_are_read_as_the_services_endpoint():
    assert str(services_url("https://api.example.org/")) == "https://api.example.org/services"
    assert (
        str(services_url("https://u:pw@api.example.org/v1/services?key=k&page=3#top"))
        == "https://u:pw@api.example.org/v1/services?key=k"
    )
    shown = shown_url(services_url("https://u:pw@api.example.org/v1?key=secret"))
    assert shown == "https://api.example.org/v1/services"  # no password or key in messages
    for bad in ("ftp://api.example.org/", "https://", "http://[::1"):
        with pytest.raises(ImportRefused):
            services_url(bad)


# ---- limits -----------------------------------------------------------------------------------


def test_a_feed_over_the_size_limit_is_refused(api, tmp_path):
    api.services = oruk3_services(25)
    small = PullSettings(**{**QUICK.__dict__, "max_feed_bytes": 20_000})
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=small)
    assert str(refused.value) == (
        f"the feed from {api.url('/api/services')} is bigger than the 20,000 bytes limit "
        "for a data file"
    )
    assert no_partial_files(tmp_path)


def test_a_page_over_the_size_limit_is_refused(api, tmp_path):
    api.services = oruk3_services(25)
    small = PullSettings(**{**QUICK.__dict__, "max_answer_bytes": 10_000})
    with pytest.raises(ImportRefused, match=r"page 1 of .* is bigger than the 10,000 bytes limit"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=small)


def test_a_feed_with_too_many_pages_is_refused_before_it_is_read(api, tmp_path):
    api.services = oruk3_services(25)
    two = PullSettings(**{**QUICK.__dict__, "max_pages": 2})
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=two)
    assert str(refused.value) == (f"{api.url('/api/services')} has 3 pages, over the limit of 2")
    assert len(api.requests) == 1 and no_partial_files(tmp_path)


def test_a_feed_without_counts_is_read_only_up_to_the_page_limit(api, tmp_path):
    api.bare = True
    api.services = oruk3_services(25)
    two = PullSettings(**{**QUICK.__dict__, "max_pages": 2})
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=two)
    assert str(refused.value) == (f"{api.url('/api/services')} has more than 2 pages, the limit")
    assert len(api.requests) == 2 and no_partial_files(tmp_path)


def test_saving_into_a_missing_folder_is_refused_before_asking(api, tmp_path):
    out = tmp_path / "usb" / "feed.json"
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), out, settings=QUICK)
    assert str(refused.value) == (f"cannot save to {out}: the folder {out.parent} does not exist")
    assert api.requests == [] and list(tmp_path.iterdir()) == []


def test_saving_over_a_folder_is_refused_before_asking(api, tmp_path):
    api.services = oruk3_services(25)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), usb, settings=QUICK)
    assert str(refused.value) == (
        f"cannot save to {usb}: it is a folder; name a file in it, such as {usb / 'feed.json'}"
    )
    assert api.requests == [] and list(tmp_path.iterdir()) == [usb]
    assert list(usb.iterdir()) == []


def test_a_progress_callback_can_stop_the_pull(api, tmp_path):
    api.services = oruk3_services(25)

    def staff_pressed_cancel(progress: PullProgress) -> None:
        if progress.services_done == 12:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK, progress=staff_pressed_cancel)
    assert list(tmp_path.iterdir()) == []


# ---- importing what was pulled ----------------------------------------------------------------


def test_a_failed_pull_leaves_the_live_database_byte_identical(api, tmp_path):
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 5), db)
    before, files = db.read_bytes(), sibling_names(db)
    api.services = oruk3_services(25)
    api.fail("page 3", Fault(status=500, times=0))
    with pytest.raises(ImportFailed):
        import_url(api.url(), db, settings=QUICK, force=True)
    assert db.read_bytes() == before and sibling_names(db) == files


def test_no_room_for_a_temporary_folder_fails_the_import_and_changes_nothing(
    api, tmp_path, monkeypatch
):
    """tempfile.tempdir is Python's own setting for where temporary folders go; pointing it
    at a folder that is not there stands in for a full or broken temporary disk, which a
    test cannot make for real: a TMPDIR that leads nowhere only sends Python on to /tmp,
    and permissions do not stop root."""
    db = tmp_path / "kiosk.db"
    import_file(write_dataset(tmp_path / "a.json", 5), db)
    before, files = db.read_bytes(), sibling_names(db)
    api.services = oruk3_services(25)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    with pytest.raises(ImportFailed) as failed:
        import_url(api.url(), db, settings=QUICK)
    assert str(failed.value) == "could not make a temporary folder: No such file or directory"
    assert api.requests == []
    assert db.read_bytes() == before and sibling_names(db) == files


def test_import_url_imports_all_or_nothing_and_names_its_source(api, tmp_path):
    db = tmp_path / "kiosk.db"
    api.services = oruk3_services(25)
    heard = []
    saved = tmp_path / "saved.json"
    pulled, checked = import_url(
        api.url(), db, save=saved, dry_run=True, settings=QUICK, on_pulled=heard.append
    )
    assert checked.dry_run and checked.added == 25 and not db.exists()
    assert heard == [pulled] and pulled.saved_to == str(saved) and saved.exists()
    pulled, imported = import_url(api.url(), db, settings=QUICK)
    assert imported.services == 25 and pulled.saved_to == ""
    conn = sqlite3.connect(db)
    source = conn.execute("SELECT source_name, publisher FROM dataset").fetchone()
    conn.close()
    assert source == (api.url("/api/services"), "127.0.0.1")
    api.services = api.services[:5]
    with pytest.raises(ImportRefused, match="would remove 20 of the 25 services"):
        import_url(api.url(), db, settings=QUICK)
