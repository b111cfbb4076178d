"""Writes a parsed dataset into an empty kiosk database, with the derived lookup tables."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

import sqlite_utils

from kiosk.store.records import ParsedDataset, Service
from kiosk.store.search_index import build_search_index
from kiosk.store.vocabulary import districts, taxonomy_kinds

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def service_hash(service: Service) -> str:
    """A fingerprint of everything a visitor sees of a service, to count updates."""
    text = json.dumps(asdict(service), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_free(service: Service) -> int | None:
    """1 free, 0 paid, None unknown: from cost options first, then the fees text."""
    if service.cost_options:
        amounts = [c.amount for c in service.cost_options]
        words = " ".join(f"{c.option} {c.amount_description}" for c in service.cost_options)
        if any(a == 0 for a in amounts) or "free" in words.lower():
            return 1
        if any(a is not None and a > 0 for a in amounts):
            return 0
    fees = service.fees_description.lower()
    if "free" in fees or "no charge" in fees or "no cost" in fees:
        return 1
    if fees:
        return 0
    return None


def days_open(service: Service) -> set[str]:
    days: set[str] = set()
    for schedule in service.schedules:
        for code in schedule.byday.upper().replace(" ", "").split(","):
            # RRULE allows an ordinal prefix such as 1MO (the first Monday)
            code = code.lstrip("+-0123456789")
            if code in DAY_CODES:
                days.add(code)
    return days


def write_dataset(db: sqlite_utils.Database, data: ParsedDataset) -> None:
    """Insert every record of `data` into the (empty, migrated) database `db`."""
    places = districts()
    kinds = taxonomy_kinds()
    location_district = {
        loc.id: places.district_of(loc.region, loc.city, loc.address_2, loc.state_province)
        for loc in data.locations.values()
    }
    rows: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "services",
            "service_at_locations",
            "contacts",
            "phones",
            "schedules",
            "cost_options",
            "service_areas",
            "languages",
            "service_taxonomy",
            "service_districts",
            "service_days",
        )
    }
    for service in data.services:
        sid = service.id
        rows["services"].append(
            {
                "id": sid,
                "organisation_id": service.organisation_id,
                "name": service.name,
                "description": service.description,
                "url": service.url,
                "email": service.email,
                "status": service.status,
                "fees_description": service.fees_description,
                "eligibility_description": service.eligibility_description,
                "application_process": service.application_process,
                "alert": service.alert,
                "min_age": service.min_age,
                "max_age": service.max_age,
                "is_free": is_free(service),
                "last_modified": service.last_modified,
                "assured_date": service.assured_date,
                "content_hash": service_hash(service),
            }
        )
        rows["service_at_locations"] += [
            {"service_id": sid, "location_id": lid} for lid in dict.fromkeys(service.location_ids)
        ]
        rows["contacts"] += [{"service_id": sid, **asdict(c)} for c in service.contacts]
        rows["phones"] += [{"service_id": sid, **asdict(p)} for p in service.phones]
        rows["schedules"] += [{"service_id": sid, **asdict(s)} for s in service.schedules]
        rows["cost_options"] += [{"service_id": sid, **asdict(c)} for c in service.cost_options]
        rows["service_areas"] += [{"service_id": sid, **asdict(a)} for a in service.service_areas]
        rows["languages"] += [{"service_id": sid, **asdict(lang)} for lang in service.languages]
        rows["service_taxonomy"] += [
            {"service_id": sid, "term_id": tid} for tid in dict.fromkeys(service.term_ids)
        ]
        covered: set[str] = set()
        for lid in service.location_ids:
            district = location_district.get(lid)
            if district:
                covered.add(district)
        for area in service.service_areas:
            covered.update(places.districts_named_by(area.name))
        rows["service_districts"] += [{"service_id": sid, "district": d} for d in sorted(covered)]
        rows["service_days"] += [{"service_id": sid, "day": d} for d in sorted(days_open(service))]

    with db.atomic():
        db.table("organisations").insert_all(asdict(o) for o in data.organisations.values())
        location_rows = []
        accessibility_rows = []
        for loc in data.locations.values():
            row = asdict(loc)
            notes = row.pop("accessibility")
            row["district"] = location_district[loc.id]
            location_rows.append(row)
            accessibility_rows += [{"location_id": loc.id, "description": n} for n in notes]
        db.table("locations").insert_all(location_rows)
        db.table("accessibility").insert_all(accessibility_rows)
        db.table("taxonomy_terms").insert_all(
            {
                **asdict(term),
                "kind": (
                    "subcategory"
                    if term.parent_id and term.parent_id in data.terms
                    else kinds.get(term.taxonomy, "category")
                ),
            }
            for term in data.terms.values()
        )
        for table, table_rows in rows.items():
            if table_rows:
                db.table(table).insert_all(table_rows, batch_size=2000)
        build_search_index(db)
