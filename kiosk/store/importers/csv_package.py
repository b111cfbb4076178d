"""Reads the HSDS / ORUK tabular package (a folder or .zip of CSV files) as nested services."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from kiosk.store.importers.detect import MAX_FILE_BYTES, ImportRefused

MAX_ZIP_MEMBERS = 200
Table = list[dict[str, str]]

# Each table under the names the 3.0 examples use, singular and plural.
ALIASES = {
    "services": ("services", "service"),
    "organizations": ("organizations", "organization", "organisations"),
    "locations": ("locations", "location"),
    "addresses": ("addresses", "address", "physical_addresses"),
    "service_at_location": ("service_at_location", "service_at_locations"),
    "phones": ("phones", "phone"),
    "contacts": ("contacts", "contact"),
    "schedules": ("schedules", "schedule", "regular_schedules"),
    "cost_options": ("cost_options", "cost_option"),
    "service_areas": ("service_areas", "service_area"),
    "languages": ("languages", "language"),
    "accessibility": ("accessibility", "accessibility_for_disabilities"),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy_term"),
    "attributes": ("attributes", "attribute", "service_taxonomy"),
}


def read_csv_package(path: Path) -> list[dict[str, Any]]:
    """Nested service dicts (ORUK 3.0 shape) built from the package's tables."""
    files = _zip_files(path) if path.is_file() else _folder_files(path)
    tables: dict[str, Table] = {}
    for canonical, names in ALIASES.items():
        for name in names:
            if name in files:
                tables[canonical] = _parse_csv(f"{name}.csv", files[name])
                break
    if "services" not in tables:
        raise ImportRefused(f"{path.name} has no services.csv, so it is not a CSV package")
    return _nest(tables)


def _folder_files(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = 0
    try:
        for item in sorted(folder.glob("*.csv")):
            total += item.stat().st_size
            if total > MAX_FILE_BYTES:
                raise ImportRefused(f"{folder.name}: the CSV files are over the size limit")
            files[item.stem.lower()] = item.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"cannot read {folder}: {exc.strerror or exc}") from None
    return files


def _zip_files(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [i for i in archive.infolist() if i.filename.lower().endswith(".csv")]
            if len(members) > MAX_ZIP_MEMBERS:
                raise ImportRefused(f"{path.name} holds too many files to be a CSV package")
            if sum(i.file_size for i in members) > MAX_FILE_BYTES:
                raise ImportRefused(f"{path.name} unpacks to more than the size limit")
            files: dict[str, bytes] = {}
            for info in members:
                if info.flag_bits & 0x1:
                    raise ImportRefused(f"{path.name} is password-protected")
                stem = info.filename.rsplit("/", 1)[-1][: -len(".csv")].lower()
                files.setdefault(stem, archive.read(info))
            return files
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise ImportRefused(f"{path.name} is not a readable .zip file ({exc})") from None


def _parse_csv(name: str, raw: bytes) -> Table:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{name} is not UTF-8 text (first bad byte at {exc.start})") from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = [
            {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
            for row in reader
        ]
    except csv.Error as exc:
        raise ImportRefused(f"{name} is not valid CSV ({exc})") from None
    return rows


def _by(table: Table | None, key: str) -> dict[str, Table]:
    grouped: dict[str, Table] = defaultdict(list)
    for row in table or []:
        if row.get(key):
            grouped[row[key]].append(row)
    return grouped


def _nest(tables: dict[str, Table]) -> list[dict[str, Any]]:
    organisations = {row.get("id", ""): row for row in tables.get("organizations", [])}
    addresses = _by(tables.get("addresses"), "location_id")
    access = _by(tables.get("accessibility"), "location_id")
    locations = {
        row.get("id", ""): {
            **row,
            "addresses": addresses.get(row.get("id", ""), []),
            "accessibility": access.get(row.get("id", ""), []),
        }
        for row in tables.get("locations", [])
    }
    links = _by(tables.get("service_at_location"), "service_id")
    phones_by_service = _by(tables.get("phones"), "service_id")
    phones_by_contact = _by(tables.get("phones"), "contact_id")
    contacts = _by(tables.get("contacts"), "service_id")
    schedules = _by(tables.get("schedules"), "service_id")
    costs = _by(tables.get("cost_options"), "service_id")
    areas = _by(tables.get("service_areas"), "service_id")
    languages = _by(tables.get("languages"), "service_id")
    terms = {row.get("id", ""): row for row in tables.get("taxonomy_terms", [])}
    attributes = _by(tables.get("attributes"), "link_id")
    attributes.update(_by(tables.get("attributes"), "service_id"))

    services = []
    for row in tables["services"]:
        sid = row.get("id", "")
        service: dict[str, Any] = dict(row)
        org = organisations.get(row.get("organization_id", ""))
        if org:
            service["organization"] = org
        service["service_at_locations"] = [
            {"id": link.get("id"), "location": locations[link["location_id"]]}
            for link in links.get(sid, [])
            if link.get("location_id") in locations
        ]
        service["contacts"] = [
            {**c, "phones": phones_by_contact.get(c.get("id", ""), [])}
            for c in contacts.get(sid, [])
        ]
        service["phones"] = phones_by_service.get(sid, [])
        service["schedules"] = schedules.get(sid, [])
        service["cost_options"] = costs.get(sid, [])
        service["service_areas"] = areas.get(sid, [])
        service["languages"] = languages.get(sid, [])
        service["attributes"] = [
            {"taxonomy_term": terms[a["taxonomy_term_id"]]}
            for a in attributes.get(sid, [])
            if a.get("taxonomy_term_id") in terms
        ]
        services.append(service)
    return services
