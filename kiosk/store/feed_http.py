"""Asks a council's web API for JSON: timeouts, retries with back-off, size limits, and one
plain line for every way a request can fail.

What may pass on its own (a dropped connection, a timeout, a busy or broken server: 429 and
5xx) is tried again after an exponential back-off, or after the server's Retry-After up to a
cap; when the tries run out it raises ImportFailed, like a full disk: try again later. What a
retry cannot change (404, 403, an answer that is not JSON or is too big) raises ImportRefused
at once: the address or the feed is wrong. Only the address staff typed is ever sent.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

from kiosk import __version__
from kiosk.store.importers import ImportRefused
from kiosk.store.limits import (
    MAX_ANSWER_BYTES,
    MAX_FEED_PAGES,
    MAX_FILE_BYTES,
    MAX_INT_DIGITS,
    MAX_RETRY_AFTER_S,
    MB,
)
from kiosk.store.refresh import ImportFailed


@dataclass(frozen=True)
class PullSettings:
    """How a pull talks to the server and how patient it is; tests make the times small."""

    per_page: int = 100
    parallel: int = 4  # full records asked for at once: enough to be quick, few enough to be polite
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0  # silence between two pieces of one answer
    answer_timeout_s: float = 120.0  # one whole answer, however slowly it trickles in
    tries: int = 4
    backoff_s: float = 0.5  # the wait before the first retry; doubled before each one after
    max_backoff_s: float = 8.0
    max_retry_after_s: float = MAX_RETRY_AFTER_S
    max_answer_bytes: int = MAX_ANSWER_BYTES
    max_feed_bytes: int = MAX_FILE_BYTES
    max_pages: int = MAX_FEED_PAGES


class PullStopped(ImportFailed):
    """The pull is ending (another request failed first): a worker stops at once."""

    def __init__(self) -> None:
        super().__init__("the pull was stopped")


class _TooSlow(Exception):
    """An answer kept trickling in past answer_timeout_s."""


def retry_delay(tries_so_far: int, retry_after: str | None, settings: PullSettings) -> float:
    """Seconds to wait before the next try: the server's Retry-After within the cap, else
    exponential back-off."""
    asked = retry_after_seconds(retry_after)
    if asked is not None:
        return min(asked, settings.max_retry_after_s)
    return float(min(settings.backoff_s * 2 ** (tries_so_far - 1), settings.max_backoff_s))


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as seconds from now; None if unusable."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value) if len(value) < 10 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


def _integer(text: str) -> int | float:
    # As kiosk.store.importers.json_stream: no age, price or coordinate has 19 digits.
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else float(text)


def decode_json(body: bytes, what: str) -> Any:
    """An answer's JSON value. Raises ImportRefused for one that is not UTF-8 JSON."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{what} is not UTF-8 text, so not an ORUK feed") from None
    if not text.strip():
        raise ImportRefused(f"{what} is empty, not a page of services")
    try:
        return json.loads(text, parse_int=_integer)
    except json.JSONDecodeError:
        start = " ".join(text[:120].split())[:60]
        raise ImportRefused(
            f"{what} is not JSON (it begins {start!r}): check the address is an ORUK API"
        ) from None
    except RecursionError:
        raise ImportRefused(f"{what} is nested too deeply to be a service directory") from None
    # No other ValueError can come: _integer reads a long number as a float, and a float
    # out of range is infinity, so Python's limit on the digits of an int is never reached.


def server_name(url: httpx.URL) -> str:
    """The host (and port, if the address gave one) for messages."""
    return f"{url.host}:{url.port}" if url.port else url.host


class JsonFetcher:
    """GETs JSON through one httpx.Client; safe to share between threads. STOP ends waits."""

    def __init__(self, settings: PullSettings, stop: threading.Event | None = None) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        connections = settings.parallel + 1
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.read_timeout_s, connect=settings.connect_timeout_s),
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
            follow_redirects=True,
            max_redirects=5,
            headers={"Accept": "application/json", "User-Agent": f"send-kiosk/{__version__}"},
        )

    def __enter__(self) -> JsonFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get_json(self, url: httpx.URL, what: str, *, missing_ok: bool = False) -> Any:
        """The JSON at URL (WHAT names it in messages), or None for a 404/410 if MISSING_OK.

        Raises ImportRefused, ImportFailed, or PullStopped once STOP is set.
        """
        tries = self.settings.tries
        for attempt in range(1, tries + 1):
            try:
                status, said, retry_after, body = self._get(url, what)
            except (httpx.TransportError, _TooSlow) as exc:
                if attempt == tries or not _worth_retrying(exc):
                    raise _network_failure(exc, url, what, attempt, self.settings) from None
                self._pause(retry_delay(attempt, None, self.settings))
                continue
            except httpx.TooManyRedirects:
                raise ImportRefused(f"{what} redirects too many times") from None
            except httpx.DecodingError:
                raise ImportRefused(f"{what} is compressed in a way that cannot be read") from None
            if status == 429 or status >= 500:
                if attempt == tries:
                    raise _server_failure(status, said, url, what, attempt)
                self._pause(retry_delay(attempt, retry_after, self.settings))
                continue
            if status in (404, 410) and missing_ok:
                return None
            if not 200 <= status < 300:
                raise _refusal(status, said, url, what)
            return decode_json(body, what)
        raise AssertionError("the last try always returns or raises")  # pragma: no cover

    def _get(self, url: httpx.URL, what: str) -> tuple[int, str, str | None, bytes]:
        """(status, status line, Retry-After, body); the body only of a 2xx answer, within limits.

        The status line is as staff would read it: "404 Not Found", or "499" for a code that
        HTTP does not name, from a server that sends no phrase of its own."""
        limit = self.settings.max_answer_bytes
        deadline = time.monotonic() + self.settings.answer_timeout_s
        with self.client.stream("GET", url) as response:
            status = response.status_code
            phrase = response.reason_phrase or httpx.codes.get_reason_phrase(status)
            said = f"{status} {phrase}".rstrip()
            if not 200 <= status < 300:
                return status, said, response.headers.get("retry-after"), b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_big(what, limit)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise _too_big(what, limit)
                if time.monotonic() > deadline:
                    raise _TooSlow
                if self.stop.is_set():
                    raise PullStopped
            return status, said, None, bytes(body)

    def _pause(self, seconds: float) -> None:
        if self.stop.wait(seconds):
            raise PullStopped


def size_text(count: int) -> str:
    """A number of bytes as staff would say it."""
    return f"{count / MB:,.0f} MB" if count >= MB else f"{count:,} bytes"


def _too_big(what: str, limit: int) -> ImportRefused:
    return ImportRefused(f"{what} is bigger than the {size_text(limit)} limit for one answer")


def _root_cause(exc: BaseException) -> BaseException | None:
    """The operating system's error under httpx's and httpcore's wrappers."""
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 10:
        if isinstance(cause, OSError):
            return cause
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return None


def _worth_retrying(exc: BaseException) -> bool:
    cause = _root_cause(exc)
    if isinstance(cause, socket.gaierror) and cause.errno == socket.EAI_NONAME:
        return False  # no such name: asking again will not make it exist
    if isinstance(cause, ssl.SSLCertVerificationError):
        return False
    return not isinstance(exc, httpx.UnsupportedProtocol)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:120] + "…" if len(text) > 120 else text) or type(exc).__name__


def _network_failure(
    exc: BaseException, url: httpx.URL, what: str, tries: int, settings: PullSettings
) -> Exception:
    """The one line for a request that never got an answer."""
    host = server_name(url)
    tried = f" ({tries} tries)" if tries > 1 else ""
    cause = _root_cause(exc)
    if isinstance(exc, _TooSlow):
        return ImportFailed(
            f"{host} took more than {settings.answer_timeout_s:g} seconds to send {what}"
            f"{tried}; try again later"
        )
    if isinstance(exc, httpx.ConnectTimeout):
        return ImportFailed(
            f"{host} did not answer within {settings.connect_timeout_s:g} seconds{tried}: "
            "check this machine's network connection, or try again later"
        )
    if isinstance(exc, httpx.TimeoutException):
        return ImportFailed(
            f"{host} stopped sending {what} for more than {settings.read_timeout_s:g} seconds"
            f"{tried}; try again later"
        )
    if isinstance(cause, socket.gaierror):
        return ImportFailed(
            f"cannot find the server {host}: check the web address and this machine's "
            "network connection"
        )
    if isinstance(cause, ConnectionRefusedError):
        return ImportFailed(
            f"{host} refused the connection{tried}: check the web address and port, "
            "or try again later"
        )
    if isinstance(cause, ssl.SSLCertVerificationError):
        reason = getattr(cause, "verify_message", "") or _one_line(cause)
        return ImportFailed(
            f"the security certificate of {host} cannot be trusted ({reason}): "
            "check the web address, and this machine's date and time"
        )
    if isinstance(cause, ssl.SSLError):
        return ImportFailed(f"the secure connection to {host} failed ({_one_line(cause)})")
    if isinstance(exc, httpx.ProxyError):
        return ImportFailed(f"the network's proxy would not connect to {host} ({_one_line(exc)})")
    if isinstance(exc, httpx.UnsupportedProtocol):  # the address typed was checked: a redirect
        return ImportRefused(f"{what} redirects to an address that is not http:// or https://")
    return ImportFailed(
        f"the connection to {host} failed while reading {what}{tried} ({_one_line(exc)}); "
        "try again later"
    )


def _server_failure(status: int, said: str, url: httpx.URL, what: str, tries: int) -> Exception:
    host = server_name(url)
    if status == 429:
        return ImportFailed(
            f"{host} is too busy ({said}) and still turned away {what} after {tries} "
            "tries; try again later"
        )
    return ImportFailed(
        f"{host} answered {what} with {said} {tries} times: the council's API may "
        "be down; try again later"
    )


def _refusal(status: int, said: str, url: httpx.URL, what: str) -> Exception:
    host = server_name(url)
    if status in (404, 410):
        return ImportRefused(f"{what} was not found ({said}): check the web address")
    if status in (401, 403):
        return ImportRefused(
            f"{host} refused {what} ({said}): the API may need a key, "
            "or may answer only some networks"
        )
    return ImportRefused(f"{host} refused {what} ({said})")
