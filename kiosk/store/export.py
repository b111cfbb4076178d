"""Writes the database back out as ORUK 3.0 JSON or as an HSDS CSV package."""

from __future__ import annotations

import csv
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from kiosk.store.database import open_readonly
from kiosk.store.schema import Queryable

CHILD_TABLES = ("contacts", "phones", "schedules", "cost_options", "service_areas", "languages")


def _rows(db: Queryable, sql: str) -> list[dict[str, Any]]:
    cursor = db.execute(sql)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _grouped(db: Queryable, table: str, key: str) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _rows(db, f"SELECT * FROM {table} ORDER BY rowid"):
        groups[row.pop(key)].append(row)
    return groups


def _strip(row: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in drop and v not in (None, "")}


def nested_services(db: Queryable) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(metadata block, services in ORUK 3.0 nested form) from an open database."""
    orgs = {o["id"]: o for o in _rows(db, "SELECT * FROM organisations")}
    access = _grouped(db, "accessibility", "location_id")
    locations = {}
    for loc in _rows(db, "SELECT * FROM locations"):
        address = {
            "address_1": loc["address_1"],
            "address_2": loc["address_2"],
            "city": loc["city"],
            "region": loc["region"],
            "state_province": loc["state_province"],
            "postal_code": loc["postcode"],
            "country": loc["country"],
        }
        locations[loc["id"]] = _strip(
            {
                "id": loc["id"],
                "name": loc["name"],
                "description": loc["description"],
                "latitude": loc["latitude"],
                "longitude": loc["longitude"],
                "addresses": [_strip(address)] if any(address.values()) else [],
                "accessibility": [
                    {"description": a["description"]} for a in access.get(loc["id"], [])
                ],
            }
        )
    children = {table: _grouped(db, table, "service_id") for table in CHILD_TABLES}
    links = _grouped(db, "service_at_locations", "service_id")
    terms = {t["id"]: t for t in _rows(db, "SELECT * FROM taxonomy_terms")}
    service_terms = defaultdict(list)
    for row in _rows(db, "SELECT service_id, term_id FROM service_taxonomy ORDER BY rowid"):
        service_terms[row["service_id"]].append(row["term_id"])
    services = []
    for row in _rows(db, "SELECT * FROM services ORDER BY sid"):
        sid = row["id"]
        org = orgs.get(row["organisation_id"] or "")
        service = _strip(
            {
                "id": sid,
                "name": row["name"],
                "description": row["description"],
                "url": row["url"],
                "email": row["email"],
                "status": row["status"],
                "fees_description": row["fees_description"],
                "eligibility_description": row["eligibility_description"],
                "application_process": row["application_process"],
                "alert": row["alert"],
                "minimum_age": row["min_age"],
                "maximum_age": row["max_age"],
                "last_modified": row["last_modified"],
                "assured_date": row["assured_date"],
            }
        )
        if org:
            service["organization"] = _strip(
                {
                    "id": org["id"],
                    "name": org["name"],
                    "description": org["description"],
                    "email": org["email"],
                    "website": org["url"],
                }
            )
        service["service_at_locations"] = [
            {"location": locations[link["location_id"]]} for link in links.get(sid, [])
        ]
        for table in CHILD_TABLES:
            service[table] = [_strip(r, "id") for r in children[table].get(sid, [])]
        service["attributes"] = [
            {"taxonomy_term": _strip(dict(terms[tid]), "kind", "origin")}
            for tid in service_terms[sid]
        ]
        services.append(service)
    dataset = db.execute(
        "SELECT publisher, published, version, title, notice, sample FROM dataset "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    meta: dict[str, Any] = {}
    if dataset:
        meta = dict(
            zip(("publisher", "published", "version", "title", "notice"), dataset[:5], strict=True)
        )
        meta["sample"] = bool(dataset[5])
    return meta, services


def export_oruk_json(db_path: Path, out: Path) -> int:
    db = open_readonly(db_path)
    try:
        meta, services = nested_services(db)
    finally:
        db.close()
    document = {
        "metadata": meta,
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": not services,
        "contents": services,
    }
    _write_atomically(out, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return len(services)


def export_csv_package(db_path: Path, out: Path) -> int:
    """A folder of HSDS 3.0 CSV files that `kiosk import` reads back."""
    db = open_readonly(db_path)
    try:
        meta, services = nested_services(db)
    finally:
        db.close()
    tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen_locations: set[str] = set()
    seen_orgs: set[str] = set()
    terms: dict[str, dict[str, Any]] = {}
    for service in services:
        sid = service["id"]
        flat = {k: v for k, v in service.items() if not isinstance(v, (list, dict))}
        org = service.get("organization")
        if org:
            flat["organization_id"] = org["id"]
            if org["id"] not in seen_orgs:
                seen_orgs.add(org["id"])
                tables["organizations"].append(org)
        tables["services"].append(flat)
        for number, link in enumerate(service["service_at_locations"]):
            loc = link["location"]
            tables["service_at_location"].append(
                {"id": f"{sid}/sal/{number}", "service_id": sid, "location_id": loc["id"]}
            )
            if loc["id"] in seen_locations:
                continue
            seen_locations.add(loc["id"])
            tables["locations"].append(
                {k: v for k, v in loc.items() if k not in ("addresses", "accessibility")}
            )
            for n, address in enumerate(loc.get("addresses", [])):
                tables["addresses"].append(
                    {"id": f"{loc['id']}/a/{n}", "location_id": loc["id"], **address}
                )
            for n, note in enumerate(loc.get("accessibility", [])):
                tables["accessibility"].append(
                    {"id": f"{loc['id']}/x/{n}", "location_id": loc["id"], **note}
                )
        for table in CHILD_TABLES:
            for n, row in enumerate(service[table]):
                tables[table].append({"id": f"{sid}/{table}/{n}", "service_id": sid, **row})
        for n, attribute in enumerate(service["attributes"]):
            term = attribute["taxonomy_term"]
            terms[term["id"]] = term
            tables["attributes"].append(
                {
                    "id": f"{sid}/t/{n}",
                    "link_id": sid,
                    "link_type": "service",
                    "taxonomy_term_id": term["id"],
                }
            )
    tables["taxonomy_terms"] = list(terms.values())
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = list(dict.fromkeys(key for row in rows for key in row))
        path = out / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    if meta:
        (out / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1))
    return len(services)


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
