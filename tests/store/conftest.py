"""Databases for the query-layer tests (the packaged data once per session, a tiny one per
test), and a council's API on 127.0.0.1 for the pull tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import writer
from kiosk.store.database import open_for_writing
from kiosk.store.directory import Directory
from kiosk.store.refresh import import_file
from tests.store.datasets import tiny_dataset
from tests.store.feed_server import FeedServer, running_feed

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


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    """A real ORUK API on 127.0.0.1, with no services until the test gives it some."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # a proxy set on the machine must not intercept
    with running_feed() as server:
        yield server
