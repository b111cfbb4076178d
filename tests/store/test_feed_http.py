"""How a pull meets the network and HTTP: each fault made for real, by the API on 127.0.0.1
or by the sockets around it, and each told to staff in one line of the right kind:
ImportRefused where asking again cannot help, ImportFailed where it might."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from kiosk.store.feed import PullSettings, pull_feed
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed
from tests.store.feed_server import QUICK, Fault, FeedServer, oruk3_services, silent_port


def quick(**changes: Any) -> PullSettings:
    return dataclasses.replace(QUICK, **changes)


def page_1(api: FeedServer) -> str:
    return f"page 1 of {api.url('/api/services')}"


def test_a_redirect_loop_is_refused(api, tmp_path):
    api.services = oruk3_services(5)
    again = Fault(status=302, headers={"Location": "/api/services?page=1&per_page=10"}, times=0)
    api.fail("page 1", again)
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(refused.value) == f"{page_1(api)} redirects too many times"
    assert len(api.requests) == 1 + 5  # httpx follows five redirects, then gives up
    assert list(tmp_path.iterdir()) == []


def test_a_redirect_away_from_the_web_is_refused(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(status=301, headers={"Location": "ftp://files.example/all.json"}))
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(refused.value) == (
        f"{page_1(api)} redirects to an address that is not http:// or https://"
    )
    assert len(api.requests) == 1


def test_an_answer_compressed_wrongly_is_refused(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(body=b'{"contents": []}', headers={"Content-Encoding": "gzip"}))
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(refused.value) == f"{page_1(api)} is compressed in a way that cannot be read"


def test_an_answer_that_does_not_say_its_size_is_held_to_the_limit(api, tmp_path):
    api.services = oruk3_services(25)
    api.fail("page 1", Fault(length=False))  # the body ends when the connection closes
    api.fail("page 2", Fault(length=False))
    small = quick(max_answer_bytes=10_000)
    with pytest.raises(ImportRefused) as refused:
        pull_feed(api.url(), tmp_path / "feed.json", settings=small)
    assert (
        str(refused.value) == f"{page_1(api)} is bigger than the 10,000 bytes limit for one answer"
    )
    assert len(api.requests) == 1
    # Within the limit, such an answer is read to its end like any other.
    assert pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK).services == 25


def test_an_answer_that_trickles_in_past_its_time_fails(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(trickle_s=0.1, times=0))  # never silent for long, never done
    patient = quick(answer_timeout_s=0.3, read_timeout_s=1.0, tries=2)
    with pytest.raises(ImportFailed) as failed:
        pull_feed(api.url(), tmp_path / "feed.json", settings=patient)
    assert str(failed.value) == (
        f"127.0.0.1:{api.port} took more than 0.3 seconds to send {page_1(api)} (2 tries); "
        "try again later"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_hangs_up_without_answering_is_asked_again_then_fails(api, tmp_path):
    api.services = oruk3_services(5)
    api.fail("page 1", Fault(hang_up=True, times=0))
    with pytest.raises(ImportFailed) as failed:
        pull_feed(api.url(), tmp_path / "feed.json", settings=QUICK)
    assert str(failed.value) == (
        f"the connection to 127.0.0.1:{api.port} failed while reading {page_1(api)} (3 tries) "
        "(Server disconnected without sending a response.); try again later"
    )
    assert len(api.requests) == 3


def test_https_to_a_server_that_speaks_plain_http_fails(api, tmp_path):
    api.services = oruk3_services(5)
    with pytest.raises(ImportFailed) as failed:
        pull_feed(f"https://127.0.0.1:{api.port}/api", tmp_path / "feed.json", settings=QUICK)
    assert str(failed.value).startswith(
        f"the secure connection to 127.0.0.1:{api.port} failed ([SSL"
    )
    assert "\n" not in str(failed.value) and api.requests == []


def test_a_server_that_never_says_hello_fails_after_the_connect_timeout(tmp_path):
    with silent_port() as port, pytest.raises(ImportFailed) as failed:
        address = f"https://127.0.0.1:{port}/api"
        pull_feed(address, tmp_path / "feed.json", settings=quick(connect_timeout_s=0.2, tries=2))
    assert str(failed.value) == (
        f"127.0.0.1:{port} did not answer within 0.2 seconds (2 tries): check this machine's "
        "network connection, or try again later"
    )


def test_a_proxy_that_will_not_connect_says_so(api, tmp_path, monkeypatch):
    for name in ("HTTPS_PROXY", "https_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{api.port}")  # the office network's proxy
    with pytest.raises(ImportFailed) as failed:
        pull_feed("https://council.example/api", tmp_path / "feed.json", settings=QUICK)
    assert str(failed.value) == (
        "the network's proxy would not connect to council.example "
        "(407 Proxy Authentication Required)"
    )
    assert set(api.requests) == {"CONNECT council.example:443"}  # only ever to the proxy


def test_a_refused_record_stops_the_other_requests_at_once(api, tmp_path):
    api.summaries = True
    api.services = oruk3_services(5)
    other = json.dumps(api.services[3]).encode()
    api.fail("service svc-000", Fault(body=other, delay_s=0.1))
    api.fail("service svc-001", Fault(status=503, headers={"Retry-After": "30"}))
    api.fail("service svc-002", Fault(trickle_s=0.1))  # a second to send, in ten pieces
    with pytest.raises(ImportRefused, match=r"service 'svc-000' from .* is the record of service"):
        pull_feed(api.url(), tmp_path / "feed.json", settings=quick(max_retry_after_s=30.0))
    # Asked again only after 30 seconds, if the refusal had not stopped its wait.
    assert api.requests.count("/api/services/svc-001") <= 1
    assert "/api/services/svc-002" not in api.sent_in_full  # left unread
    assert list(tmp_path.iterdir()) == []
