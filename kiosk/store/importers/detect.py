"""Reads a data file of any accepted format, a record at a time, into a DatasetSink.

Decides the format (ORUK 3.0 / HSDS 3.0 JSON, ORUK v1 JSON, or an HSDS CSV package as a
folder or .zip), streams the records through the ServiceReader, and refuses, in one line,
a whole file that cannot be used.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.store.cleaning import clean_line, clean_text
from kiosk.store.importers.csv_package import CsvPackage
from kiosk.store.importers.errors import ImportRefused
from kiosk.store.importers.json_stream import JsonShape, read_json_records
from kiosk.store.importers.normalise import ServiceReader
from kiosk.store.limits import MAX_FILE_BYTES
from kiosk.store.records import DatasetMeta, DatasetSink, ParsedDataset, Problem

ZIP_MAGIC = b"PK\x03\x04"
V1_KEYS = frozenset(
    {
        "deliverable_type",
        "attending_type",
        "attending_access",
        "regular_schedules",
        "eligibilitys",
        "service_taxonomys",
    }
)
LOOK_FOR_V1 = 20  # records to look at for ORUK v1 field names


@dataclass
class ReadReport:
    """What reading a file found, beside the records the sink received."""

    source_format: str
    meta: DatasetMeta
    problems: list[Problem] = field(default_factory=list)  # the first MAX_PROBLEMS_KEPT
    problem_count: int = 0
    skipped: int = 0
    services: int = 0
    organisations: int = 0
    locations: int = 0
    repairs: dict[str, int] = field(default_factory=dict)  # repair made -> how many times


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.0f} MB" if count >= 1024 * 1024 else f"{count} bytes"


def read_source(path: Path, sink: DatasetSink) -> ReadReport:
    """Read PATH into SINK. Raises ImportRefused (one line) for a file that cannot be used."""
    path = Path(path)
    if not path.exists():
        raise ImportRefused(f"{path} does not exist")
    if path.is_dir() or path.suffix.lower() == ".zip" or _starts_with(path, ZIP_MAGIC):
        return _read_package(path, sink)
    return _read_json_file(path, sink)


def parse_source(path: Path) -> ParsedDataset:
    """The whole file in memory (small files and tests; imports stream instead)."""
    data = ParsedDataset(source_format="")
    return _with_report(data, read_source(path, data))


def parse_document(document: Any, name: str) -> ParsedDataset:
    """A JSON document already decoded (a web API's answer, a test), in any accepted shape."""
    data = ParsedDataset(source_format="")
    shape = JsonShape()
    records = _document_records(document, shape)
    return _with_report(data, _read_records(records, data, name, shape, "oruk-3.0"))


def _with_report(data: ParsedDataset, report: ReadReport) -> ParsedDataset:
    data.source_format, data.meta, data.problems = (
        report.source_format,
        report.meta,
        report.problems,
    )
    return data


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def _read_package(path: Path, sink: DatasetSink) -> ReadReport:
    package = CsvPackage(path)
    report = _consume(package.records(), sink, path.name)
    report.meta = _metadata(package.metadata)
    if package.metadata_problem:
        report.problems.insert(
            0, Problem("file", "metadata.json", package.metadata_problem, "note")
        )
    return report


def _read_json_file(path: Path, sink: DatasetSink) -> ReadReport:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                f"{path.name} is {_size(size)}, over the {_size(MAX_FILE_BYTES)} limit "
                "for a data file"
            )
        with path.open("rb") as handle:
            start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
            handle.seek(0)
            if start[:1] not in (b"[", b"{") and (
                path.suffix.lower() == ".csv" or start.lower().startswith(b"id,")
            ):
                raise ImportRefused(
                    f"{path.name} is a single CSV file: import the folder or .zip that holds "
                    "services.csv and the other tables"
                )
            shape = JsonShape()
            records = read_json_records(handle, path.name, shape)
            return _read_records(records, sink, path.name, shape, "oruk-3.0")
    except OSError as exc:  # the sink writes to SQLite, which raises sqlite3 errors instead
        raise ImportRefused(f"cannot read {path}: {exc.strerror or exc}") from None


def _document_records(document: Any, shape: JsonShape) -> Iterator[Any]:
    """The records of an in-memory document, with SHAPE filled as read_json_records does."""
    if isinstance(document, list):
        shape.envelope = "list"
        records: list[Any] = document
    elif isinstance(document, dict):
        key = next((k for k in ("contents", "content") if isinstance(document.get(k), list)), "")
        shape.top = {k: v for k, v in document.items() if k != key}
        shape.envelope = key or "single"
        records = document[key] if key else [document]
    else:
        shape.envelope = "other"
        records = []
    for record in records:
        shape.records += 1
        yield record


def _read_records(
    records: Iterable[Any], sink: DatasetSink, name: str, shape: JsonShape, source_format: str
) -> ReadReport:
    v1_names = False

    def checked() -> Iterator[Any]:
        nonlocal v1_names
        for position, record in enumerate(records):
            if shape.envelope == "single" and not ("id" in record or "service" in record):
                break  # refused below: neither a service nor a page of them
            if position < LOOK_FOR_V1 and isinstance(record, dict):
                v1_names = v1_names or not V1_KEYS.isdisjoint(record)
            yield from _unwrap(record)

    report = _consume(checked(), sink, name, shape)
    report.source_format = "oruk-1" if shape.envelope == "content" or v1_names else source_format
    report.meta = _metadata(shape.top.get("metadata"))
    if shape.envelope == "contents":
        report.problems[:0] = _paging_note(shape.top, "page_number", "total_pages")
    elif shape.envelope == "content":
        report.problems[:0] = _paging_note(shape.top, "number", "totalPages")
    return report


def _consume(
    records: Iterable[Any], sink: DatasetSink, name: str, shape: JsonShape | None = None
) -> ReadReport:
    reader = ServiceReader(sink)
    for position, raw in enumerate(records, start=1):
        reader.add(raw, position)
    if shape is not None and shape.envelope in ("other", "single") and not reader.records:
        raise ImportRefused(
            f"{name} is JSON but not a service directory: expected a list of services, "
            "a page with 'contents' (ORUK 3.0) or 'content' (ORUK v1), or one service"
        )
    if not reader.records:
        raise ImportRefused(f"{name} holds no services (the list is empty)")
    if not reader.service_like:
        raise ImportRefused(
            f"{name} holds no services: its records have none of the fields a service has "
            "(it may be a list of organisations without services, or of taxonomy terms)"
        )
    if not reader.services:
        reasons = "; ".join(str(p) for p in reader.problems[:3])
        raise ImportRefused(f"none of the {reader.records} records is a usable service ({reasons})")
    return ReadReport(
        source_format="hsds-csv" if shape is None else "",
        meta=DatasetMeta(),
        problems=reader.problems,
        problem_count=reader.problem_count,
        skipped=reader.skipped,
        services=reader.services,
        organisations=reader.organisations,
        locations=reader.locations,
        repairs=dict(reader.repairs),
    )


def _unwrap(record: Any) -> Iterator[Any]:
    """Services inside an organisation document or a service-at-location document."""
    if isinstance(record, dict) and isinstance(record.get("services"), list):
        organisation = {k: v for k, v in record.items() if k != "services"}
        for service in record["services"]:
            yield (
                {"organization": organisation, **service} if isinstance(service, dict) else service
            )
    elif isinstance(record, dict) and isinstance(record.get("service"), dict):
        service = dict(record["service"])
        if isinstance(record.get("location"), dict):
            service.setdefault("service_at_locations", [{"location": record["location"]}])
        yield service
    else:
        yield record


def _paging_note(top: dict[str, Any], page: str, pages: str) -> list[Problem]:
    total = top.get(pages)
    if isinstance(total, int) and total > 1:
        return [
            Problem(
                "file",
                pages,
                f"this file is page {clean_line(top.get(page))} of {total}; "
                "only its services were imported",
                "note",
            )
        ]
    return []


def _metadata(raw: Any) -> DatasetMeta:
    if not isinstance(raw, dict):
        return DatasetMeta()
    return DatasetMeta(
        publisher=clean_line(raw.get("publisher"), limit=200),
        published=clean_line(raw.get("published"), limit=40),
        version=clean_line(raw.get("version"), limit=40),
        title=clean_line(raw.get("title"), limit=200),
        notice=clean_text(raw.get("notice"), limit=1000),
        sample=raw.get("sample") is True,
        licence=_licence(raw.get("licence") or raw.get("license")),
    )


def _licence(raw: Any) -> str:
    """A licence as a name ("Open Government Licence v3.0") or an object with a name/url."""
    if isinstance(raw, dict):
        raw = raw.get("name") or raw.get("title") or raw.get("url")
    return clean_line(raw, limit=200)
