"""Reads the HSDS / ORUK tabular package (a folder or .zip of CSV files) as nested services.

The tables are copied row by row into a private temporary SQLite file (deleted when it
closes), indexed on their join columns, and each service is then put together with
indexed look-ups; so memory stays small however many rows the package holds. A .zip is
checked before it is unpacked (members, sizes, compression ratio). A hostile archive that
lies about a member's size cannot unpack more than it declares: zipfile stops there, and
the member then fails its CRC check.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from kiosk.store.importers.errors import ImportRefused
from kiosk.store.limits import (
    MAX_CSV_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_METADATA_BYTES,
    MAX_ZIP_MEMBER_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL_BYTES,
    MB,
)

Row = dict[str, str]
Opener = Callable[[], IO[bytes]]
BATCH_ROWS = 2000

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
# Columns other tables are joined on; each gets an index in the staging file.
JOIN_COLUMNS = ("id", "service_id", "location_id", "contact_id", "link_id")


def _file_opener(path: Path) -> Opener:
    def opener() -> IO[bytes]:
        return path.open("rb")

    return opener


class CsvPackage:
    """The tables of one package, ready to be read a service at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.metadata: Any = None  # metadata.json, when the package has one
        self.metadata_problem = ""

    # ---- finding the files -----------------------------------------------------------
    def _folder_files(self) -> dict[str, Opener]:
        files: dict[str, Opener] = {}
        total = 0
        try:
            for item in sorted(self.path.glob("*.csv")):
                total += item.stat().st_size
                if total > MAX_FILE_BYTES:
                    raise ImportRefused(f"{self.name}: the CSV files are over the size limit")
                files.setdefault(item.stem.lower(), _file_opener(item))
            meta = self.path / "metadata.json"
            if meta.is_file():
                self._read_metadata(meta.open("rb"))
        except OSError as exc:
            raise ImportRefused(f"cannot read {self.path}: {exc.strerror or exc}") from None
        return files

    def _zip_files(self, archive: zipfile.ZipFile) -> dict[str, Opener]:
        members = [i for i in archive.infolist() if i.filename.lower().endswith(".csv")]
        if len(members) > MAX_ZIP_MEMBERS:
            raise ImportRefused(f"{self.name} holds too many files to be a CSV package")
        total = 0
        files: dict[str, Opener] = {}
        for info in members:
            if info.flag_bits & 0x1:
                raise ImportRefused(f"{self.name} is password-protected")
            total += info.file_size
            if info.file_size > MAX_ZIP_MEMBER_BYTES or total > MAX_ZIP_TOTAL_BYTES:
                raise ImportRefused(f"{self.name} unpacks to more than the size limit")
            if info.file_size > MB and info.file_size > MAX_ZIP_RATIO * max(1, info.compress_size):
                raise ImportRefused(
                    f"{self.name} is packed too tightly to be a real export "
                    f"({info.filename} would grow {info.file_size // max(1, info.compress_size)}"
                    " times): refused as a possible zip bomb"
                )
            stem = info.filename.rsplit("/", 1)[-1][: -len(".csv")].lower()
            if stem not in files:

                def opener(info: zipfile.ZipInfo = info) -> IO[bytes]:
                    return archive.open(info)

                files[stem] = opener
        for info in archive.infolist():
            if info.filename.rsplit("/", 1)[-1].lower() == "metadata.json":
                self._read_metadata(archive.open(info))
                break
        return files

    def _read_metadata(self, handle: IO[bytes]) -> None:
        with handle:
            raw = handle.read(MAX_METADATA_BYTES + 1)
        try:
            if len(raw) > MAX_METADATA_BYTES:
                raise ValueError("too big")
            self.metadata = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            self.metadata_problem = "is not valid JSON, or is over 1 MB; ignored"

    # ---- reading -----------------------------------------------------------------------
    def records(self) -> Iterator[dict[str, Any]]:
        """Nested service dicts (ORUK 3.0 shape), one at a time."""
        staging = sqlite3.connect("")  # a private temporary file, deleted on close
        try:
            if self.path.is_dir():
                tables = self._stage(staging, self._folder_files())
            else:
                try:
                    with zipfile.ZipFile(self.path) as archive:
                        tables = self._stage(staging, self._zip_files(archive))
                except (zipfile.BadZipFile, EOFError, NotImplementedError, OSError) as exc:
                    raise ImportRefused(
                        f"{self.name} is not a readable .zip file ({exc})"
                    ) from None
            if "services" not in tables:
                raise ImportRefused(f"{self.name} has no services.csv, so it is not a CSV package")
            yield from _Joiner(staging, tables).services()
        finally:
            staging.close()

    def _stage(self, staging: sqlite3.Connection, files: dict[str, Opener]) -> dict[str, list[str]]:
        """Copy each known table into STAGING; returns table -> its column names."""
        tables: dict[str, list[str]] = {}
        for canonical, names in ALIASES.items():
            for name in names:
                if name in files:
                    tables[canonical] = _stage_table(staging, canonical, name, files[name])
                    break
        return tables


def _stage_table(staging: sqlite3.Connection, table: str, name: str, opener: Opener) -> list[str]:
    csv.field_size_limit(MAX_CSV_FIELD_CHARS)
    filename = f"{name}.csv"
    try:
        with opener() as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text)
            try:
                header = next(reader, [])
                columns = [(cell or "").strip().lower() for cell in header]
                # As csv.DictReader: a repeated column name means its last column.
                position = {column: i for i, column in enumerate(columns) if column}
                names = list(position)
                marks = ", ".join("?" for _ in names)
                staging.execute(
                    f"CREATE TABLE t_{table} ({', '.join(f'c{i}' for i in range(len(names)))}"
                    f"{', ' if names else ''}_row INTEGER)"
                )
                insert = f"INSERT INTO t_{table} VALUES ({marks}{', ' if names else ''}?)"
                indexes = [position[n] for n in names]
                batch: list[tuple[str, ...]] = []
                for number, row in enumerate(reader):
                    width = len(row)
                    batch.append(
                        (
                            *((row[i].strip() if i < width else "") for i in indexes),
                            str(number),
                        )
                    )
                    if len(batch) >= BATCH_ROWS:
                        staging.executemany(insert, batch)
                        batch.clear()
                staging.executemany(insert, batch)
            except csv.Error as exc:
                raise ImportRefused(
                    f"{filename} is not valid CSV (line {reader.line_num}: {exc})"
                ) from None
            except UnicodeDecodeError:
                raise ImportRefused(
                    f"{filename} is not UTF-8 text (near line {reader.line_num + 1}); "
                    "save it as UTF-8 and try again"
                ) from None
    except OSError as exc:
        raise ImportRefused(f"cannot read {filename}: {exc.strerror or exc}") from None
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ImportRefused(f"{filename} in the .zip cannot be unpacked ({exc})") from None
    for column in JOIN_COLUMNS:
        if column in names:
            staging.execute(
                f"CREATE INDEX t_{table}_{column} ON t_{table} (c{names.index(column)})"
            )
    return names


class _Joiner:
    """Puts each service back together from the staged tables."""

    def __init__(self, staging: sqlite3.Connection, tables: dict[str, list[str]]) -> None:
        self.db = staging
        self.tables = tables

    def _where(self, table: str, column: str, value: str) -> list[Row]:
        names = self.tables.get(table)
        if not names or column not in names or not value:
            return []
        rows = self.db.execute(
            f"SELECT * FROM t_{table} WHERE c{names.index(column)} = ? ORDER BY _row", [value]
        )
        return [dict(zip(names, row, strict=False)) for row in rows]

    def _one(self, table: str, value: str) -> Row | None:
        found = self._where(table, "id", value)
        return found[0] if found else None

    def services(self) -> Iterator[dict[str, Any]]:
        names = self.tables["services"]
        cursor = self.db.execute("SELECT * FROM t_services ORDER BY _row")
        while True:
            rows = cursor.fetchmany(500)
            if not rows:
                return
            for values in rows:
                yield self._service(dict(zip(names, values, strict=False)))

    def _service(self, row: Row) -> dict[str, Any]:
        sid = row.get("id", "")
        service: dict[str, Any] = dict(row)
        org = self._one("organizations", row.get("organization_id", ""))
        if org:
            service["organization"] = org
        links = []
        for link in self._where("service_at_location", "service_id", sid):
            found = self._one("locations", link.get("location_id", ""))
            if found is not None:
                location: dict[str, Any] = dict(found)
                location_id = location.get("id", "")
                location["addresses"] = self._where("addresses", "location_id", location_id)
                location["accessibility"] = self._where("accessibility", "location_id", location_id)
                links.append({"id": link.get("id"), "location": location})
        service["service_at_locations"] = links
        service["contacts"] = [
            {**c, "phones": self._where("phones", "contact_id", c.get("id", ""))}
            for c in self._where("contacts", "service_id", sid)
        ]
        service["phones"] = self._where("phones", "service_id", sid)
        for table in ("schedules", "cost_options", "service_areas", "languages"):
            service[table] = self._where(table, "service_id", sid)
        attributes = self._where("attributes", "link_id", sid)
        attributes += [
            a for a in self._where("attributes", "service_id", sid) if a not in attributes
        ]
        terms = []
        for attribute in attributes:
            term = self._one("taxonomy_terms", attribute.get("taxonomy_term_id", ""))
            if term is not None:
                terms.append({"taxonomy_term": term})
        service["attributes"] = terms
        return service
