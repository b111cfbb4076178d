"""Property-based fuzzing of the whole import: real ORUK files, mutated, imported for real.

Seeds are the official ORUK and HSDS examples, a messy ORUK v1 page and part of the
packaged data, as JSON and as CSV packages (folders and .zip). Hypothesis mutates their
structure (hostile values anywhere), their bytes (truncated, flipped, spliced) and their
cells; every result must import or be refused with one line, never crash, and a refused
or failed import must leave the live database byte-for-byte as it was.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPO = Path(__file__).resolve().parents[2]
UK = FIXTURES / "oruk" / "uk-profile-3.0" / "examples"
HSDS = FIXTURES / "oruk" / "hsds-3.0" / "examples"


def _seeds() -> list[Any]:
    documents = [
        json.loads((folder / name).read_text(encoding="utf-8"))
        for folder in (UK, HSDS)
        for name in ("service_full.json", "service_list.json", "organization_full.json")
    ]
    documents.append(json.loads((FIXTURES / "oruk_v1_messy.json").read_text(encoding="utf-8")))
    packaged = json.loads((REPO / "data" / "local_offer.json").read_text(encoding="utf-8"))
    documents.append({"metadata": packaged["metadata"], "contents": packaged["contents"][:15]})
    return documents


SEEDS = _seeds()
HUGE_NUMBER = "9" * 5000
HOSTILE = [
    None,
    True,
    0,
    -1,
    2**70,
    1e308,
    "",
    " ",
    "\ud800",
    "\u202eevil\u202c",
    "x" * 30_000,
    "<script>alert(1)</script>",
    "&lt;b&gt;",
    "javascript:alert(1)",
    "mailto:",
    "tel:++--",
    [],
    {},
    [1, "two", {"three": 3}],
    {"id": {"nested": True}},
    "HUGE_NUMBER",
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:5]):
            found += _paths(child, (*prefix, index))
    return found


def _mutate(document: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    if not path:
        return value if action == "replace" else document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "wrap":
        parent[last] = [parent[last], value]
    else:
        parent[last] = value
    return document


@st.composite
def mutated_json(draw: st.DrawFn) -> bytes:
    document = json.loads(json.dumps(draw(st.sampled_from(SEEDS))))
    for _ in range(draw(st.integers(1, 6))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "delete", "wrap"]))
        value = copy.deepcopy(draw(st.sampled_from(HOSTILE)))
        try:
            document = _mutate(document, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue
    text = json.dumps(document).replace('"HUGE_NUMBER"', HUGE_NUMBER)
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # byte-level damage too
        position = draw(st.integers(0, len(raw)))
        how = draw(st.sampled_from(["truncate", "flip", "splice", "bom"]))
        if how == "truncate":
            raw = raw[:position]
        elif how == "flip":
            raw = raw[:position] + bytes([draw(st.integers(0, 255))]) + raw[position + 1 :]
        elif how == "splice":
            raw = raw[:position] + raw[position // 2 :]
        else:
            raw = b"\xef\xbb\xbf" + raw
    return raw


def _live(tmp_path: Path) -> Path:
    db = tmp_path / "live" / "kiosk.db"
    if not db.exists():
        import_file(UK / "service_full.json", db)
    return db


def _import_checked(source: Path, db: Path) -> None:
    before = db.read_bytes()
    try:
        report = import_file(source, db, force=True)
    except (ImportRefused, ImportFailed) as refused:
        assert "\n" not in str(refused) and str(refused)
        assert db.read_bytes() == before
        return
    assert report.services > 0


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(raw=mutated_json())
def test_mutated_json_files_import_or_are_refused(tmp_path: Path, raw: bytes) -> None:
    source = tmp_path / "feed.json"
    source.write_bytes(raw)
    _import_checked(source, _live(tmp_path))


def _csv_tables() -> dict[str, list[list[str]]]:
    tables = {}
    for path in sorted((HSDS / "csv").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            tables[path.name] = list(csv.reader(handle))
    return tables


CSV_TABLES = _csv_tables()
CELLS = ["", "x" * 10_000, "\u202eevil", "99999999999999999999999999", "-5", "NaN", "1e999", '"']


@st.composite
def mutated_package(draw: st.DrawFn) -> dict[str, bytes]:
    tables = {name: [list(row) for row in rows] for name, rows in CSV_TABLES.items()}
    for _ in range(draw(st.integers(1, 8))):
        name = draw(st.sampled_from(sorted(tables)))
        rows = tables[name]
        how = draw(st.sampled_from(["cell", "drop-file", "drop-column", "duplicate-row", "short"]))
        if how == "drop-file" and name != "services.csv":
            del tables[name]
        elif how == "drop-column" and rows and rows[0]:
            column = draw(st.integers(0, len(rows[0]) - 1))
            tables[name] = [row[:column] + row[column + 1 :] for row in rows]
        elif how == "duplicate-row" and len(rows) > 1:
            rows.append(list(rows[1]))
        elif how == "short" and len(rows) > 1:
            rows[1] = rows[1][:1]
        elif how == "cell" and len(rows) > 1 and rows[1]:
            column = draw(st.integers(0, len(rows[1]) - 1))
            rows[1][column] = draw(st.sampled_from(CELLS))
    files = {}
    for name, rows in tables.items():
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        files[name] = out.getvalue().encode("utf-8")
    if draw(st.booleans()):
        name = draw(st.sampled_from(sorted(files)))
        data = files[name]
        position = draw(st.integers(0, len(data)))
        files[name] = data[:position] + draw(st.sampled_from([b"\xff\xfe", b"\x00", b""]))
    return files


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(files=mutated_package(), zipped=st.booleans())
def test_mutated_csv_packages_import_or_are_refused(
    tmp_path: Path, files: dict[str, bytes], zipped: bool
) -> None:
    target = tmp_path / "package"
    shutil.rmtree(target, ignore_errors=True)
    (tmp_path / "package.zip").unlink(missing_ok=True)
    if zipped:
        target = tmp_path / "package.zip"
        with zipfile.ZipFile(target, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
    else:
        target.mkdir()
        for name, data in files.items():
            (target / name).write_bytes(data)
    _import_checked(target, _live(tmp_path))


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_every_seed_imports_as_it_is(tmp_path: Path, seed: int) -> None:
    source = tmp_path / "seed.json"
    source.write_text(json.dumps(SEEDS[seed]), encoding="utf-8")
    assert import_file(source, tmp_path / "kiosk.db").services > 0
