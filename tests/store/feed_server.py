"""A real ORUK API on 127.0.0.1 for the pull tests: v1 or 3.0 pages made from the fixtures,
summaries with full records behind /services/{id}, and faults on demand (a broken, slow,
failing or busy answer, a directory that changes while it is read). It also answers a
proxy's CONNECT, as a proxy that wants a login."""

from __future__ import annotations

import contextlib
import copy
import json
import math
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from kiosk.store.feed import PullSettings

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
ORUK3_SERVICE = FIXTURES / "oruk" / "uk-profile-3.0" / "examples" / "service_full.json"
ORUK1_FEED = FIXTURES / "oruk_v1_messy.json"

# Short enough that the whole suite of pull tests takes a few seconds; the slow page below
# outlasts READ_TIMEOUT_S once.
QUICK = PullSettings(
    per_page=10,
    connect_timeout_s=2.0,
    read_timeout_s=0.3,
    answer_timeout_s=5.0,
    tries=3,
    backoff_s=0.01,
    max_backoff_s=0.05,
    max_retry_after_s=0.05,
)
SLOW_S = 1.0


def oruk3_services(count: int, prefix: str = "svc") -> list[dict[str, Any]]:
    """COUNT full ORUK 3.0 services, copies of the profile's example with their own ids."""
    example = json.loads(ORUK3_SERVICE.read_text(encoding="utf-8"))
    made = []
    for n in range(count):
        service = copy.deepcopy(example)
        service["id"] = f"{prefix}-{n:03d}"
        service["name"] = f"{example['name']} {n}"
        made.append(service)
    return made


def oruk1_services(count: int) -> list[dict[str, Any]]:
    """The messy v1 fixture's records, then copies of its first (full) record up to COUNT."""
    records = json.loads(ORUK1_FEED.read_text(encoding="utf-8"))["content"]
    made = copy.deepcopy(records)
    for n in range(len(records), count):
        service = copy.deepcopy(records[0])
        service["id"] = f"v1-copy-{n:03d}"
        service["name"] = f"{records[0]['name']} {n}"
        made.append(service)
    return made[:count]


def summary(service: Any) -> Any:
    """A list item as summary APIs send it: no nested lists (taxonomy, places, contacts...)."""
    if not isinstance(service, dict):
        return service  # not a service at all: sent as it is
    return {k: v for k, v in service.items() if not isinstance(v, list)}


@dataclass
class Fault:
    """How to spoil the next TIMES answers of a route (0: every answer)."""

    status: int = 200
    reason: str | None = None  # the status line's phrase; None: the usual one, "": none
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    trickle_s: float = 0.0  # the body is sent in ten pieces this far apart
    length: bool = True  # False: no Content-Length, the body ends when the connection does
    hang_up: bool = False  # close the connection without answering
    times: int = 1


class FeedServer:
    """The API's state: its services, how it pages them, and the faults still to come."""

    def __init__(self) -> None:
        self.services: list[Any] = []  # service records, and whatever else a test sends
        self.version = "3.0"  # or "1", or "list" for one unpaged list
        self.summaries = False
        self.zero_based = False
        self.bare = False  # pages with nothing but their services: no counts, numbers or flags
        self.max_per_page = 1000  # real APIs cap the page size, whatever they are asked
        self.faults: dict[str, list[Fault]] = {}
        self.before_page: Callable[[int], None] | None = None  # may change self.services
        self.requests: list[str] = []
        self.sent_in_full: list[str] = []  # the requests whose whole answer was written
        self.lock = threading.Lock()
        self.release = threading.Event()  # ends slow answers when the test is over
        self.port = 0

    def url(self, path: str = "/api") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def fail(self, route: str, fault: Fault) -> None:
        """Spoil answers to ROUTE: 'page N', 'service ID' or 'any page'."""
        self.faults.setdefault(route, []).append(fault)

    def next_fault(self, *routes: str) -> Fault | None:
        with self.lock:
            for route in routes:
                queue = self.faults.get(route)
                if queue:
                    fault = queue[0]
                    if fault.times == 1:
                        queue.pop(0)
                    elif fault.times > 1:
                        fault.times -= 1
                    return fault
        return None

    def page(self, page: int, per_page: int) -> Any:
        if self.before_page is not None:
            self.before_page(page)
        per_page = min(per_page, self.max_per_page)
        first = 0 if self.zero_based else 1
        total = len(self.services)
        pages = max(1, math.ceil(total / per_page))
        start = (page - first) * per_page
        items = self.services[start : start + per_page] if start >= 0 else []
        items = [summary(s) if self.summaries else s for s in items]
        if self.version == "list":  # no paging at all: every service, whatever was asked
            return [summary(s) if self.summaries else s for s in self.services]
        if self.bare:
            return {"contents": items}
        is_first, is_last = page == first, page >= first + pages - 1
        if self.version == "1":
            return {
                "totalElements": total,
                "totalPages": pages,
                "number": page,
                "size": per_page,
                "first": is_first,
                "last": is_last,
                "content": items,
            }
        return {
            "total_items": total,
            "total_pages": pages,
            "page_number": page,
            "size": per_page,
            "first_page": is_first,
            "last_page": is_last,
            "empty": not items,
            "contents": items,
        }


def _id(service: Any) -> str | None:
    """A service's id as it appears in its address (a number's digits, say)."""
    raw = service.get("id") if isinstance(service, dict) else None
    return None if raw is None else str(raw)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        api = self.server.api
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        with api.lock:
            api.requests.append(self.path)
        if parts.path == "/api/services":
            page = int(query.get("page", ["0" if api.zero_based else "1"])[0])
            fault = api.next_fault(f"page {page}", "any page")
            if fault is None or (fault.status == 200 and fault.body is None):
                self.answer(fault, 200, api.page(page, int(query.get("per_page", ["10"])[0])))
            else:
                self.answer(fault, fault.status, {"error": "spoilt"})
        elif parts.path.startswith("/api/services/"):
            key = unquote(parts.path.removeprefix("/api/services/"))
            fault = api.next_fault(f"service {key}")
            found = next((s for s in api.services if _id(s) == key), None)
            if fault is not None:
                self.answer(fault, fault.status, found)
            elif found is None:
                self.answer(None, 404, {"error": "no such service"})
            else:
                self.answer(None, 200, found)
        else:
            self.answer(None, 404, {"error": "not found"})

    def do_CONNECT(self) -> None:
        with self.server.api.lock:
            self.server.api.requests.append(f"CONNECT {self.path}")
        self.send_response(407)
        self.end_headers()

    def answer(self, fault: Fault | None, status: int, document: Any) -> None:
        fault = fault or Fault()
        release = self.server.api.release
        if fault.delay_s:
            release.wait(fault.delay_s)  # the deliberately slow answer
        if fault.hang_up:
            return
        body = json.dumps(document).encode() if fault.body is None else fault.body
        self.send_response(status, fault.reason)
        self.send_header("Content-Type", "application/json")
        if fault.length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in fault.headers.items():
            self.send_header(name, value)
        self.end_headers()
        piece = math.ceil(len(body) / 10) if fault.trickle_s else len(body)
        for start in range(0, len(body), piece or 1):
            if start:
                release.wait(fault.trickle_s)  # the deliberately slow answer, a piece at a time
            self.wfile.write(body[start : start + piece])
        with self.server.api.lock:
            self.server.api.sent_in_full.append(self.path)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, api: FeedServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.api = api

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up on a slow answer closed its end: expected here


@contextlib.contextmanager
def running_feed() -> Iterator[FeedServer]:
    """A FeedServer listening on a free port of 127.0.0.1 until the block ends."""
    api = FeedServer()
    server = _Server(api)
    api.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield api
    finally:
        api.release.set()
        server.shutdown()
        server.server_close()
        thread.join()


def closed_port() -> int:
    """A port of 127.0.0.1 that nothing listens on (it was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def silent_port() -> Iterator[int]:
    """A port of 127.0.0.1 that takes connections and never says a word (not even TLS's hello)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])
