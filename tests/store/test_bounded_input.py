"""Whatever a data file holds, the importer stays within its limits and says what it did.

Huge numbers, huge text, lists where text belongs, hidden direction marks, services that
are not running, zip bombs and records bigger than any service: each is refused or dropped
with a reason, never a crash and never a flood of memory.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.bench.synthetic import write_synthetic
from kiosk.store.importers import ImportRefused, json_stream, parse_source
from kiosk.store.importers.json_stream import JsonShape, read_json_records
from kiosk.store.limits import MAX_RECORD_CHARS, TEXT_LIMITS

HSDS_CSV = (
    Path(__file__).resolve().parents[1] / "fixtures" / "oruk" / "hsds-3.0" / "examples" / "csv"
)


def service(**fields: Any) -> dict[str, Any]:
    return {"id": "svc-1", "name": "Sensory play", "status": "active", **fields}


def read(tmp_path: Path, *records: dict[str, Any] | str) -> Any:
    """Parse a JSON list of RECORDS (a str record is written as raw JSON text)."""
    path = tmp_path / "data.json"
    items = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("[" + ",".join(items) + "]", encoding="utf-8")
    return parse_source(path)


def reasons(data: Any) -> list[str]:
    return [f"{p.field}: {p.reason} ({p.action})" for p in data.problems]


def test_a_number_of_thousands_of_digits_is_a_dropped_field(tmp_path):
    huge = "9" * 5000
    data = read(tmp_path, f'{{"id": "a", "name": "x", "status": "active", "minimum_age": {huge}}}')
    assert data.services[0].min_age is None
    assert any("not an age" in r and "a huge number" in r for r in reasons(data))


def test_a_400_digit_latitude_or_cost_is_a_dropped_field(tmp_path):
    big = "1" * 400
    record = (
        '{"id": "a", "name": "x", "status": "active", "cost_options": [{"amount": BIG}],'
        ' "service_at_locations": [{"location": {"id": "l1", "latitude": BIG, "longitude": 1}}]}'
    ).replace("BIG", big)
    data = read(tmp_path, record)
    assert data.services[0].cost_options[0].amount is None
    assert data.locations["l1"].latitude is None
    assert any("is not a price" in r for r in reasons(data))
    assert any("not a place on Earth" in r for r in reasons(data))


def test_lone_surrogates_are_removed_from_text(tmp_path):
    data = read(
        tmp_path,
        '{"id": "a", "name": "Play \\ud800group", "description": "x\\udfffy", "status": ""}',
    )
    assert data.services[0].name == "Play group"
    assert data.services[0].description == "xy"


def test_direction_overrides_and_zero_width_characters_are_removed(tmp_path):
    data = read(tmp_path, service(name="\u202egnirotnem\u202c Club\u200b", description="a\u2066b"))
    assert data.services[0].name == "gnirotnem Club"
    assert data.services[0].description == "ab"


@pytest.mark.parametrize("size", [2_000_000, 5 * 1024 * 1024])
def test_huge_descriptions_are_shortened_and_reported(tmp_path, size):
    data = read(tmp_path, service(description=("word " * (size // 5 + 1))[:size]))
    description = data.services[0].description
    assert len(description) <= TEXT_LIMITS["description"] and description.endswith("…")
    assert any("shortened" in r and "(fixed)" in r for r in reasons(data))


@pytest.mark.parametrize(
    "value", [["Support for families", {"note": "see website"}, 3], {"en": "Hello"}, True]
)
def test_lists_and_objects_where_text_belongs_are_refused_per_record(tmp_path, value):
    data = read(tmp_path, service(description=value, alert=value))
    assert data.services[0].description == "" and data.services[0].alert == ""
    assert any(r.startswith("description: is a") and "not text" in r for r in reasons(data))
    with pytest.raises(ImportRefused, match="none of the 1 records"):
        read(tmp_path, service(name=value))


def test_only_active_services_are_kept(tmp_path):
    data = read(
        tmp_path,
        service(id="a", status="deleted"),
        service(id="b", status="temporarily closed"),
        service(id="c", status="ACTIVE"),
        service(id="d", status=""),
    )
    assert [s.id for s in data.services] == ["c", "d"]
    assert sum("only active services are shown" in r for r in reasons(data)) == 2


def test_a_record_bigger_than_any_service_refuses_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(json_stream, "MAX_RECORD_CHARS", 1000)
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 100)
    with pytest.raises(ImportRefused, match="too big to be one service"):
        read(tmp_path, service(description="x" * 5000))
    assert MAX_RECORD_CHARS >= 16 * 1024 * 1024  # a real limit far above any real record


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    header = (HSDS_CSV / "services.csv").read_bytes()
    bomb = _zip(tmp_path / "export.zip", {"services.csv": header + b"," * (40 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ImportRefused, match="zip bomb"):
        parse_source(bomb)


def test_a_zip_with_thousands_of_members_is_refused(tmp_path):
    many = _zip(tmp_path / "many.zip", {f"t{n}.csv": b"id\n1\n" for n in range(300)})
    with pytest.raises(ImportRefused, match="too many files"):
        parse_source(many)


def test_a_zip_package_reads_like_the_folder(tmp_path):
    files = {f"export/{p.name}": p.read_bytes() for p in HSDS_CSV.glob("*.csv")}
    files["export/metadata.json"] = json.dumps({"publisher": "Test council"}).encode()
    data = parse_source(_zip(tmp_path / "export.zip", files))
    folder = parse_source(HSDS_CSV)
    assert data.services == folder.services and data.meta.publisher == "Test council"


def test_a_csv_field_of_megabytes_and_bad_encoding_are_refused_with_the_line(tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    header = (HSDS_CSV / "services.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "services.csv").write_text(
        header + "\n" + '"' + "x" * (5 * 1024 * 1024) + '"\n', encoding="utf-8"
    )
    with pytest.raises(ImportRefused, match=r"services\.csv is not valid CSV \(line"):
        parse_source(folder)
    (folder / "services.csv").write_bytes(header.encode() + b"\nid1,\xff\xfe bad\n")
    with pytest.raises(ImportRefused, match=r"services\.csv is not UTF-8 text \(near line"):
        parse_source(folder)


# ---- the streaming reader gives exactly what json.loads gives -----------------------------

json_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)
envelope = st.one_of(
    st.lists(json_value, max_size=6),
    st.fixed_dictionaries(
        {"contents": st.lists(json_value, max_size=6)}, optional={"metadata": json_value}
    ),
    st.fixed_dictionaries(
        {"total_pages": st.integers(), "content": st.lists(json_value, max_size=6)}
    ),
)


def _expected(document: Any) -> list[Any]:
    def numbers(value: Any) -> Any:  # long integers are read as floats, as the reader does
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and len(str(abs(value))) > 18:
            return float(value)
        if isinstance(value, list):
            return [numbers(v) for v in value]
        if isinstance(value, dict):
            return {k: numbers(v) for k, v in value.items()}
        return value

    document = numbers(document)
    if isinstance(document, list):
        return document
    key = "contents" if "contents" in document else "content"
    return document[key]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=envelope,
    chunk=st.integers(min_value=1, max_value=64),
    indent=st.sampled_from([None, 0, 2]),
)
def test_streamed_records_equal_json_loads_at_any_chunk_size(document, chunk, indent):
    text = json.dumps(document, indent=indent, ensure_ascii=False).encode("utf-8")
    shape = JsonShape()
    original = json_stream.CHUNK_BYTES
    json_stream.CHUNK_BYTES = chunk
    try:
        records = list(read_json_records(io.BytesIO(b"\xef\xbb\xbf" + text), "x.json", shape))
    finally:
        json_stream.CHUNK_BYTES = original
    assert records == _expected(document)
    assert shape.records == len(records)


def test_syntax_errors_give_the_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(
        '[\n  {"id": "a", "name": "x"},\n  {"id": "b" "name": "y"}\n]', encoding="utf-8"
    )
    with pytest.raises(ImportRefused, match=r"line 3, column 14"):
        parse_source(path)


MEASURE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kiosk.store.refresh import import_file

    def peak_kb():  # VmHWM starts afresh at exec, unlike ru_maxrss
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])

    folder = Path(sys.argv[1])
    source = folder / "big.json"
    before = peak_kb()
    report = import_file(source, folder / "kiosk.db")
    after = peak_kb()
    print(json.dumps({"mb": source.stat().st_size / 2**20, "services": report.services,
                      "before_kb": before, "after_kb": after}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
def test_memory_does_not_grow_with_the_file(tmp_path):
    """Reading a file twice as big must not need much more memory: the import streams.

    (The budgets themselves, 150 MB for 10 MB and 300 MB for 100,000 services, are
    measured by `kiosk bench --import-memory` and recorded in docs/performance.md.)
    """
    peaks = []
    for count in (1500, 6000):
        folder = tmp_path / str(count)
        folder.mkdir()
        write_synthetic(folder / "big.json", count)
        done = subprocess.run(
            [sys.executable, "-c", MEASURE, str(folder), str(count)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        figures = json.loads(done.stdout)
        peaks.append(figures)
    small, large = peaks
    assert large["mb"] > 3.5 * small["mb"]
    growth_large = large["after_kb"] - large["before_kb"]
    growth_small = small["after_kb"] - small["before_kb"]
    # Loading the file whole grew memory about 8 MB for each MB of file; streaming grows
    # far less (id sets and place districts), flattening out as the file grows.
    extra_mb = large["mb"] - small["mb"]
    assert growth_small > 0 and growth_large - growth_small < 3 * 1024 * extra_mb, peaks
