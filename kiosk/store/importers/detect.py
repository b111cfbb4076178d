"""Reads a data file, decides its format, and refuses whole files that cannot be used."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.store.cleaning import clean_line, clean_text
from kiosk.store.importers.normalise import SERVICE_KEYS, ServiceReader
from kiosk.store.records import DatasetMeta, ParsedDataset, Problem

MAX_FILE_BYTES = 512 * 1024 * 1024


class ImportRefused(Exception):
    """The whole file is refused; str() is one line saying why, for staff to read."""


def parse_source(path: Path) -> ParsedDataset:
    """Read PATH (ORUK/HSDS JSON file, or a CSV package folder or .zip) into a dataset."""
    from kiosk.store.importers.csv_package import read_csv_package

    if not path.exists():
        raise ImportRefused(f"{path} does not exist")
    if path.is_dir() or path.suffix.lower() == ".zip":
        raws = read_csv_package(path)
        data = ParsedDataset(source_format="hsds-csv")
        meta_file = path / "metadata.json"
        if path.is_dir() and meta_file.is_file():
            try:
                data.meta = _metadata(json.loads(read_text(meta_file)))
            except ValueError:
                data.problems.append(
                    Problem("file", "metadata.json", "is not valid JSON; ignored", "note")
                )
        return _read_services(data, raws)
    text = read_text(path)
    try:
        document = json.loads(text)
    except RecursionError:
        raise ImportRefused(f"{path.name} is nested too deeply to be a service directory") from None
    except json.JSONDecodeError as exc:
        if path.suffix.lower() == ".csv" or text.lstrip().startswith("id,"):
            raise ImportRefused(
                f"{path.name} is a single CSV file: import the folder or .zip that holds "
                "services.csv and the other tables"
            ) from None
        raise ImportRefused(
            f"{path.name} is neither JSON nor a CSV package (JSON error at line {exc.lineno}, "
            f"column {exc.colno}: {exc.msg})"
        ) from None
    return parse_document(document, path.name)


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.0f} MB" if count >= 1024 * 1024 else f"{count} bytes"


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (a byte-order mark is allowed), within the size limit."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                f"{path.name} is {_size(size)}, over the {_size(MAX_FILE_BYTES)} limit "
                "for a data file"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            f"{path.name} is not UTF-8 text (first bad byte at position {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None


def parse_document(document: Any, name: str) -> ParsedDataset:
    """A decoded JSON document in any of the accepted shapes."""
    data = ParsedDataset(source_format="oruk-3.0")
    if isinstance(document, list):
        records: Any = document
    elif isinstance(document, dict) and isinstance(document.get("contents"), list):
        records = document["contents"]
        _paging_note(data, document, "page_number", "total_pages")
    elif isinstance(document, dict) and isinstance(document.get("content"), list):
        records = document["content"]
        data.source_format = "oruk-1"
        _paging_note(data, document, "number", "totalPages")
    elif isinstance(document, dict) and ("id" in document or "service" in document):
        records = [document]
    else:
        raise ImportRefused(
            f"{name} is JSON but not a service directory: expected a list of services, "
            "a page with 'contents' (ORUK 3.0) or 'content' (ORUK v1), or one service"
        )
    if isinstance(document, dict):
        data.meta = _metadata(document.get("metadata"))
    if not records:
        raise ImportRefused(f"{name} holds no services (the list is empty)")
    records = _unwrap(records)
    if not any(isinstance(r, dict) and _looks_like_service(r) for r in records):
        raise ImportRefused(
            f"{name} holds no services: its records have none of the fields a service has "
            "(it may be a list of organisations without services, or of taxonomy terms)"
        )
    if any(isinstance(r, dict) and _looks_v1(r) for r in records[:20]):
        data.source_format = "oruk-1"
    return _read_services(data, records)


def _read_services(data: ParsedDataset, records: list[Any]) -> ParsedDataset:
    reader = ServiceReader(data)
    for position, raw in enumerate(records, start=1):
        reader.add(raw, position)
    if not data.services:
        reasons = "; ".join(str(p) for p in data.problems[:3])
        raise ImportRefused(f"none of the {len(records)} records is a usable service ({reasons})")
    return data


def _looks_like_service(record: dict[str, Any]) -> bool:
    return not SERVICE_KEYS.isdisjoint(record)


def _unwrap(records: list[Any]) -> list[Any]:
    """Services inside an organisation document or a service-at-location document."""
    out: list[Any] = []
    for record in records:
        if isinstance(record, dict) and isinstance(record.get("services"), list):
            organisation = {k: v for k, v in record.items() if k != "services"}
            out += [
                {"organization": organisation, **s} if isinstance(s, dict) else s
                for s in record["services"]
            ]
        elif isinstance(record, dict) and isinstance(record.get("service"), dict):
            service = dict(record["service"])
            if isinstance(record.get("location"), dict):
                service.setdefault("service_at_locations", [{"location": record["location"]}])
            out.append(service)
        else:
            out.append(record)
    return out


def _looks_v1(record: dict[str, Any]) -> bool:
    return any(
        key in record
        for key in (
            "deliverable_type",
            "attending_type",
            "attending_access",
            "regular_schedules",
            "eligibilitys",
            "service_taxonomys",
        )
    )


def _paging_note(data: ParsedDataset, document: dict[str, Any], page: str, pages: str) -> None:
    total = document.get(pages)
    if isinstance(total, int) and total > 1:
        data.problems.append(
            Problem(
                "file",
                pages,
                f"this file is page {document.get(page)} of {total}; "
                "only its services were imported",
                "note",
            )
        )


def _metadata(raw: Any) -> DatasetMeta:
    if not isinstance(raw, dict):
        return DatasetMeta()
    return DatasetMeta(
        publisher=clean_line(raw.get("publisher"))[:200],
        published=clean_line(raw.get("published"))[:40],
        version=clean_line(raw.get("version"))[:40],
        title=clean_line(raw.get("title"))[:200],
        notice=clean_text(raw.get("notice"))[:1000],
        sample=raw.get("sample") is True,
    )
