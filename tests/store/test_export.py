"""Export then import gives back the same services, in both formats."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.store.export import export_csv_package, export_oruk_json
from kiosk.store.refresh import import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PACKAGED = Path(__file__).resolve().parents[2] / "data" / "local_offer.json"


def fingerprints(db_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT id, content_hash FROM services"))
    finally:
        conn.close()


def table(db_path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


SOURCES = [FIXTURES / "oruk_v1_messy.json", FIXTURES / "oruk/hsds-3.0/examples/service_full.json"]
if PACKAGED.exists():
    SOURCES.append(PACKAGED)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["oruk-json", "csv"])
def test_round_trip_gives_the_same_services(tmp_path, source, fmt):
    original = tmp_path / "original.db"
    import_file(source, original)
    out = tmp_path / ("export.json" if fmt == "oruk-json" else "export")
    count = (export_oruk_json if fmt == "oruk-json" else export_csv_package)(original, out)
    copy = tmp_path / "copy.db"
    report = import_file(out, copy)
    assert report.services == count == len(fingerprints(original))
    assert fingerprints(copy) == fingerprints(original)
    for sql in (
        "SELECT service_id, district FROM service_districts",
        "SELECT id, name, kind FROM taxonomy_terms",
        "SELECT id, district, latitude, postcode FROM locations",
        "SELECT location_id, description FROM accessibility",
        "SELECT service_id, day FROM service_days",
        "SELECT sample, publisher FROM dataset",
    ):
        assert table(copy, sql) == table(original, sql), sql
