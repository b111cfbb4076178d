"""Small ORUK 3.0 data files, a tiny hand-made dataset, and helpers shared by the store tests."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kiosk.store.records import (
    CostOption,
    Language,
    Location,
    Organisation,
    ParsedDataset,
    Schedule,
    Service,
    ServiceArea,
    Term,
)
from kiosk.store.writelock import write_lock


def services(count: int, prefix: str = "s") -> list[dict[str, Any]]:
    return [
        {
            "id": f"{prefix}{n}",
            "name": f"Service {prefix}{n}",
            "description": f"<p>Help number {n}.</p>",
            "status": "active",
            "minimum_age": n % 20,
            "maximum_age": 25,
            "organization": {"id": "org1", "name": "Example Trust"},
            "attributes": [{"taxonomy_term": {"id": "lo-education", "name": "Education"}}],
            "service_at_locations": [
                {
                    "location": {
                        "id": f"loc{n % 3}",
                        "name": "Hall",
                        "addresses": [
                            {"address_1": "1 Road", "city": "Stafford", "postal_code": "ST16 1AA"}
                        ],
                    }
                }
            ],
        }
        for n in range(count)
    ]


def write_dataset(
    path: Path, count: int, *, prefix: str = "s", sample: bool = True, version: str = "1"
) -> Path:
    document = {
        "metadata": {"sample": sample, "version": version, "publisher": "Test"},
        "contents": services(count, prefix),
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def service_ids(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM services ORDER BY id")]
    finally:
        conn.close()


def sibling_names(db_path: Path) -> list[str]:
    """The names of every file beside the database that belongs to it."""
    return sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))


@contextlib.contextmanager
def lock_held_elsewhere(db_path: Path, what: str) -> Iterator[None]:
    """Another writer (a thread of its own, so not this thread's re-entry) holds the lock."""
    taken, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write_lock(db_path, what):
            taken.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert taken.wait(10)
    try:
        yield
    finally:
        release.set()
        holder.join()


@contextlib.contextmanager
def locked_once_opened(module: Any) -> Iterator[None]:
    """Meanwhile, another program locks a database (BEGIN EXCLUSIVE) just after MODULE's
    open_readonly has opened it, and the reader gives up at once instead of waiting.

    The lock and the error are real; only the moment is arranged, by wrapping the open: a
    lock can arrive at any moment, but a test cannot wait for chance.
    """
    holders: list[sqlite3.Connection] = []
    real = module.open_readonly

    def open_then_lock(path: Path, **options: Any) -> Any:
        opened = real(path, **options)
        opened.execute("PRAGMA busy_timeout = 0")
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        holders.append(holder)
        return opened

    module.open_readonly = open_then_lock
    try:
        yield
    finally:
        module.open_readonly = real
        for holder in holders:
            holder.close()


def tiny_dataset() -> ParsedDataset:
    """Eight services covering the filters' edge cases, with a sub-category."""
    terms = {
        "cat-health": Term("cat-health", "Health"),
        "cat-health-therapy": Term("cat-health-therapy", "Therapies", parent_id="cat-health"),
        "cat-play": Term("cat-play", "Places to go"),
        "need-autism": Term("need-autism", "Autism", taxonomy="dfe-family-hubs-send"),
    }
    places = {
        "loc-tam": Location("loc-tam", "Hub", city="Tamworth"),
        "loc-leek": Location("loc-leek", "Centre", city="Leek"),
    }
    free = [CostOption(option="Free", amount=0)]
    paid = [CostOption(option="Session", amount=5)]
    weekday = [Schedule(byday="MO,TU,WE")]
    weekend = [Schedule(byday="SA,SU")]
    services = [
        Service(
            "s1",
            "Autism Family Group",
            "org-1",
            "Support for autistic children.",
            min_age=0,
            max_age=18,
            location_ids=["loc-tam"],
            cost_options=free,
            schedules=weekday,
            term_ids=["cat-health", "need-autism"],
        ),
        Service(
            "s2",
            "Speech Therapy Clinic",
            "org-1",
            "Speech and language therapy.",
            min_age=2,
            max_age=11,
            location_ids=["loc-leek"],
            cost_options=paid,
            schedules=weekday,
            term_ids=["cat-health-therapy"],
            languages=[Language("English"), Language("Polish")],
        ),
        Service(
            "s3",
            "Wheelchair Football",
            "org-2",
            "Sport for wheelchair users.",
            min_age=8,
            location_ids=["loc-tam"],
            schedules=weekend,
            term_ids=["cat-play"],
        ),
        Service(
            "s4",
            "Young Adults Drop-in",
            "org-2",
            "Advice at 16 to 25.",
            min_age=16,
            max_age=25,
            service_areas=[ServiceArea("Staffordshire")],
            cost_options=free,
            term_ids=["cat-play"],
        ),
        Service(
            "s5",
            "Toddler Sensory Play",
            None,
            "Messy play for under fives.",
            max_age=5,
            location_ids=["loc-leek"],
            cost_options=free,
            schedules=weekend,
            term_ids=["cat-play", "need-autism"],
            languages=[Language("Urdu")],
        ),
        Service(
            "s6",
            "Helpline for Parents",
            "org-1",
            "Call us about anything.",
            term_ids=["cat-health"],
        ),
        Service(
            "s7",
            "Occupational Therapy",
            "org-2",
            "OT for handwriting and dressing.",
            min_age=4,
            max_age=16,
            location_ids=["loc-tam"],
            schedules=weekday,
            term_ids=["cat-health-therapy"],
        ),
        Service(
            "s8",
            "Art Club",
            "org-2",
            "Painting and crafts.",
            min_age=11,
            max_age=18,
            location_ids=["loc-leek"],
            cost_options=paid,
            schedules=[Schedule(byday="FR")],
        ),
    ]
    return ParsedDataset(
        source_format="oruk-3.0",
        services=services,
        organisations={
            "org-1": Organisation("org-1", "Brightwell Trust"),
            "org-2": Organisation("org-2", "Moorlands Charity"),
        },
        locations=places,
        terms=terms,
    )
