"""Pulls a whole live ORUK API (v1 or 3.0) into one ORUK JSON file that imports like any other.

Pages through /services, asks /services/{id} (a few at a time) for each list item that is
only a summary, and streams every record to the file as it arrives, so memory holds one page
however big the directory. Duplicate ids are dropped. If the page count changes during the
pull (the council edited its directory), services may have moved between pages unseen, so
the pull starts again once from page 1; a second change fails the pull. import_url then
imports the file with kiosk.store.refresh.import_file: all or nothing, as for any file.
"""

from __future__ import annotations

import datetime
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from kiosk.store.feed_file import FeedFile
from kiosk.store.feed_http import JsonFetcher, PullSettings
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, ImportReport, import_file

__all__ = [
    "PullProgress",
    "PullReport",
    "PullSettings",
    "import_url",
    "pull_feed",
    "services_url",
]

# A list item with none of these is a summary; its full record is at /services/{id}.
DETAIL_KEYS = frozenset(
    {
        "attributes",
        "service_taxonomys",
        "taxonomy_terms",
        "service_at_locations",
        "locations",
        "contacts",
        "phones",
        "schedules",
        "regular_schedules",
    }
)
# Full records not found (404), with none found yet, before the API is taken to have none.
GIVE_UP_ON_DETAILS_AFTER = 10


@dataclass(frozen=True)
class PullProgress:
    """How far a pull has gone; the totals are None until the API says them."""

    pages_done: int
    pages_total: int | None
    services_done: int
    services_total: int | None


@dataclass
class PullReport:
    """What a pull fetched and wrote."""

    url: str  # the services address, without any user name, password or query
    api: str = ""  # "ORUK 3.0", "ORUK v1" or "a plain list"
    pages: int = 0
    services: int = 0
    full_records: int = 0  # fetched from /services/{id}
    summaries_kept: int = 0  # list items whose full record the API did not have
    duplicates: int = 0
    restarted: bool = False
    notes: list[str] = field(default_factory=list)
    saved_to: str = ""
    bytes: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def services_url(address: str) -> httpx.URL:
    """The /services address of the API at ADDRESS (its base, or /services itself)."""
    try:
        url = httpx.URL(address.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ImportRefused(f"{address!r} is not a web address ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ImportRefused(f"{address!r} is not an http:// or https:// web address")
    path = url.path.rstrip("/")
    if not path.endswith("/services"):
        path += "/services"
    url = url.copy_with(path=path, fragment=None)
    return url.copy_remove_param("page").copy_remove_param("per_page")


def shown_url(url: httpx.URL) -> str:
    """URL for messages and the database: no user name, password or query, which may hold a key."""
    return str(url.copy_with(username=None, password=None, query=None, fragment=None))


@dataclass(frozen=True)
class _Page:
    api: str
    items: list[Any]
    number: int | None = None
    total_pages: int | None = None
    total_items: int | None = None
    first: bool | None = None
    last: bool | None = None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def read_page(document: Any, what: str) -> _Page:
    """One answer of /services as a page, whichever version of ORUK it is."""
    if isinstance(document, list):
        return _Page("a plain list", document, last=True)
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        return _Page(
            "ORUK 3.0",
            document["contents"],
            number=_int(document.get("page_number")),
            total_pages=_int(document.get("total_pages")),
            total_items=_int(document.get("total_items")),
            first=_bool(document.get("first_page")),
            last=True if document.get("empty") is True else _bool(document.get("last_page")),
        )
    if isinstance(document, dict) and isinstance(document.get("content"), list):
        return _Page(
            "ORUK v1",
            document["content"],
            number=_int(document.get("number")),
            total_pages=_int(document.get("totalPages")),
            total_items=_int(document.get("totalElements")),
            first=_bool(document.get("first")),
            last=_bool(document.get("last")),
        )
    raise ImportRefused(
        f"{what} is JSON but not a page of services (no 'contents' list as in ORUK 3.0, "
        "nor 'content' as in ORUK v1): check the address is an ORUK API"
    )


def _item_id(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    raw = item.get("id")
    if isinstance(raw, str) and raw.strip():
        return raw.strip()
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    return None


def _counts(page: _Page) -> str:
    pages = "?" if page.total_pages is None else page.total_pages
    items = "?" if page.total_items is None else page.total_items
    return f"{pages} pages of {items} services"


class _Pull:
    """One pull of one API into one FeedFile."""

    def __init__(
        self,
        url: httpx.URL,
        out: FeedFile,
        fetcher: JsonFetcher,
        pool: ThreadPoolExecutor,
        progress: Callable[[PullProgress], None] | None,
    ) -> None:
        self.url = url
        self.shown = shown_url(url)
        self.out = out
        self.fetcher = fetcher
        self.settings = fetcher.settings
        self.pool = pool
        self.progress = progress
        self.report = PullReport(url=self.shown)
        self.want_details = True
        self.seen: set[str] = set()
        self.totals: tuple[int | None, int | None] = (None, None)

    def run(self) -> PullReport:
        changed = self._read_all()
        if changed:
            self.report.restarted = True
            self.report.notes.append(
                f"the directory changed while it was read ({changed}), so it was read again "
                "from the start"
            )
            self._start_again()
            changed = self._read_all()
            if changed:
                raise ImportFailed(
                    f"the directory at {self.shown} kept changing while it was read "
                    f"({changed}); try again in a few minutes"
                )
        if self.report.services == 0:
            raise ImportRefused(f"{self.shown} lists no services")
        expected = self.totals[1]
        if expected is not None and expected != self.report.services + self.report.duplicates:
            self.report.notes.append(
                f"the API counted {expected} services but sent {self.report.services}"
            )
        if self.report.duplicates:
            self.report.notes.append(
                f"{self.report.duplicates} of the services appeared twice; each was kept once"
            )
        if self.report.summaries_kept:
            self.report.notes.append(
                f"{self.report.summaries_kept} of the services had no full record at "
                "/services/{id}; their entries in the list were kept"
            )
        return self.report

    def _start_again(self) -> None:
        self.out.reset()
        self.seen.clear()
        report = self.report
        report.pages = report.services = report.full_records = 0
        report.summaries_kept = report.duplicates = 0

    def _read_all(self) -> str | None:
        """Read every page once; how the counts changed if they did, else None."""
        page, first_page, offset = 1, 1, None
        first: _Page | None = None
        while True:
            what = f"page {page} of {self.shown}"
            params = {"page": page, "per_page": self.settings.per_page}
            info = read_page(self.fetcher.get_json(self.url.copy_merge_params(params), what), what)
            if first is None:
                if page == 1 and info.first is False:
                    page = first_page = 0  # the API counts its pages from 0
                    continue
                first = info
                self.report.api = info.api
                self.out.metadata["api"] = info.api
                self.totals = (info.total_pages, info.total_items)
                if (info.total_pages or 0) > self.settings.max_pages:
                    raise ImportRefused(
                        f"{self.shown} has {info.total_pages} pages, over the limit of "
                        f"{self.settings.max_pages}"
                    )
            elif info.api != first.api:
                raise ImportRefused(f"{what} is {info.api}, but page {first_page} was {first.api}")
            elif (info.total_pages, info.total_items) != self.totals:
                return f"{_counts(first)} became {_counts(info)}"
            if info.number is not None:
                offset = info.number - page if offset is None else offset
                if info.number - page != offset:
                    raise ImportRefused(
                        f"{what} says it is page {info.number}: the API does not page with "
                        "?page=, so some services could be missed"
                    )
            duplicates = self.report.duplicates
            new = self._write_page(info.items)
            if self._repeats_itself(info, new):
                self.report.duplicates = duplicates  # the server's repeat, not the directory's
                return None
            self.report.pages += 1
            self._tell()
            if self._was_last(info, page, first_page):
                return None
            if self.report.pages >= self.settings.max_pages:
                raise ImportRefused(
                    f"{self.shown} has more than {self.settings.max_pages} pages, the limit"
                )
            page += 1

    def _was_last(self, info: _Page, page: int, first_page: int) -> bool:
        if info.last or not info.items:
            return True
        return info.total_pages is not None and page >= first_page + info.total_pages - 1

    def _repeats_itself(self, info: _Page, new: int) -> bool:
        """Whether a page with no count and no "last" flag brought nothing new: a server that
        ignores ?page= sends its first page for ever. That is the end, and not a page."""
        return not new and bool(info.items) and not info.last and info.total_pages is None

    def _write_page(self, items: list[Any]) -> int:
        """Write a page's new services, fetching full records in parallel; how many were new."""
        # Records are written in the page's order; a window of them is fetched ahead, so a
        # page of thousands (an API that ignores per_page) is never all in memory at once.
        window = self.settings.parallel * 4
        ahead: deque[Any] = deque()
        new = 0
        for item in items:
            key = _item_id(item)
            if key is not None:
                if key in self.seen:
                    self.report.duplicates += 1
                    continue
                self.seen.add(key)
            new += 1
            if key is not None and self.want_details and DETAIL_KEYS.isdisjoint(item):
                ahead.append(self.pool.submit(self._full_record, item, key))
            else:
                ahead.append(item)  # a full record, or no service at all: the importer says so
            if len(ahead) >= window:
                self._write(ahead.popleft())
        while ahead:
            self._write(ahead.popleft())
        if self.report.summaries_kept >= GIVE_UP_ON_DETAILS_AFTER and not self.report.full_records:
            self.want_details = False  # the API has no /services/{id}: keep the summaries
        return new

    def _write(self, slot: Any) -> None:
        record = slot
        if isinstance(slot, Future):
            record, found = slot.result()
            if found:
                self.report.full_records += 1
            else:
                self.report.summaries_kept += 1
        self.out.add(record)
        self.report.services += 1
        self._tell()

    def _full_record(self, summary: dict[str, Any], key: str) -> tuple[dict[str, Any], bool]:
        """(the full record, True), or (the summary, False) if the API has none for it."""
        url = self.url.copy_with(path=self.url.path + "/" + quote(key, safe=""))
        what = f"the full record of service {key[:60]!r}"
        detail = self.fetcher.get_json(url, what, missing_ok=True)
        if detail is None:
            return summary, False
        if isinstance(detail, dict) and isinstance(detail.get("service"), dict):
            detail = detail["service"]  # some APIs wrap it
        if not isinstance(detail, dict):
            raise ImportRefused(f"{what} from {self.shown} is not a service record")
        found = _item_id(detail)
        if found is not None and found != key:
            raise ImportRefused(f"{what} from {self.shown} is the record of service {found!r}")
        return {**summary, **detail}, True  # what the summary says and the full record lacks

    def _tell(self) -> None:
        if self.progress is not None:
            self.progress(
                PullProgress(
                    pages_done=self.report.pages,
                    pages_total=self.totals[0],
                    services_done=self.report.services,
                    services_total=self.totals[1],
                )
            )


def pull_feed(
    address: str,
    out: Path,
    *,
    settings: PullSettings | None = None,
    progress: Callable[[PullProgress], None] | None = None,
) -> PullReport:
    """Pull the ORUK API at ADDRESS into the ORUK 3.0 JSON file OUT (replaced only when whole).

    PROGRESS is called, on this thread, after each page and each service; an exception
    raised from it stops the pull. Raises ImportRefused (the address or the feed: 404, not
    JSON, too big) or ImportFailed (the network, a server that stays down, the disk).
    """
    settings = settings or PullSettings()
    url = services_url(address)
    out = Path(out)
    # os.path.isdir, as Path.is_dir raises on a name too long for the disk
    if not os.path.isdir(out.parent):
        raise ImportRefused(f"cannot save to {out}: the folder {out.parent} does not exist")
    if os.path.isdir(out):  # else found only when the whole feed is in, and the rename fails
        raise ImportRefused(
            f"cannot save to {out}: it is a folder; name a file in it, such as {out / 'feed.json'}"
        )
    shown = shown_url(url)
    feed = FeedFile(out, shown, settings.max_feed_bytes)
    feed.metadata.update(
        publisher=url.host,
        url=shown,
        pulled=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    )
    stop = threading.Event()
    pool = ThreadPoolExecutor(settings.parallel, thread_name_prefix="kiosk-pull")
    try:
        with JsonFetcher(settings, stop) as fetcher:
            try:
                report = _Pull(url, feed, fetcher, pool, progress).run()
            finally:
                stop.set()  # workers still waiting to retry give up at once
                pool.shutdown(wait=True, cancel_futures=True)
        feed.finish()
    except BaseException:
        feed.abandon()
        raise
    report.bytes = feed.size
    report.saved_to = str(out)
    return report


def import_url(
    address: str,
    db_path: Path,
    *,
    save: Path | None = None,
    force: bool = False,
    publisher: str = "",
    licence: str = "",
    dry_run: bool = False,
    settings: PullSettings | None = None,
    progress: Callable[[PullProgress], None] | None = None,
    on_pulled: Callable[[PullReport], None] | None = None,
    lock_wait_s: float = 10.0,
) -> tuple[PullReport, ImportReport]:
    """Pull the ORUK API at ADDRESS, then import it as import_file imports a file.

    The feed goes to SAVE (kept) or to a temporary file (deleted). ON_PULLED hears the pull's
    report before the import starts. Raises ImportRefused or ImportFailed; the live database
    changes only if both the pull and the import succeed.
    """

    def pull_and_import(feed: Path) -> tuple[PullReport, ImportReport]:
        pulled = pull_feed(address, feed, settings=settings, progress=progress)
        if save is None:
            pulled.saved_to = ""
        if on_pulled is not None:
            on_pulled(pulled)
        imported = import_file(
            feed,
            db_path,
            force=force,
            dry_run=dry_run,
            name=pulled.url,
            lock_wait_s=lock_wait_s,
            publisher=publisher,
            licence=licence,
        )
        return pulled, imported

    if save is not None:
        return pull_and_import(Path(save))
    try:
        folder = tempfile.TemporaryDirectory(prefix="kiosk-pull-")
    except OSError as exc:
        raise ImportFailed(f"could not make a temporary folder: {exc.strerror or exc}") from None
    with folder:
        return pull_and_import(Path(folder.name) / "feed.json")
