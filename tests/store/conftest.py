"""Databases for the query-layer tests: the packaged data once per session, a tiny one per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import writer
from kiosk.store.database import open_for_writing
from kiosk.store.directory import Directory
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
from kiosk.store.refresh import import_file

REPO = Path(__file__).resolve().parents[2]
PACKAGED = REPO / "data" / "local_offer.json"


@pytest.fixture(scope="session")
def packaged_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packaged Local Offer, imported once with the real importer."""
    path = tmp_path_factory.mktemp("packaged") / "kiosk.sqlite3"
    import_file(PACKAGED, path, force=True)
    return path


@pytest.fixture(scope="session")
def directory(packaged_db: Path) -> Iterator[Directory]:
    with Directory(packaged_db) as opened:
        yield opened


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


@pytest.fixture
def tiny_db(tmp_path: Path) -> Path:
    """A small hand-made database (no dataset row: never imported through refresh)."""
    path = tmp_path / "tiny.sqlite3"
    db = open_for_writing(path)
    writer.write_dataset(db, tiny_dataset())
    db.close()
    return path


@pytest.fixture
def tiny(tiny_db: Path) -> Iterator[Directory]:
    with Directory(tiny_db) as opened:
        yield opened
