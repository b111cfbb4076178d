"""CSV packages as councils send them: odd folders, odd archives, long tables, loose links."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from kiosk.store.importers import ImportRefused, csv_package, parse_source
from kiosk.store.limits import MB

SERVICES = "id,name,status\nsvc-1,Autism Family Group,active\n"
UNREADABLE = Path("/proc/self/mem")  # every read at offset 0 fails with EIO, as a bad disk's do
needs_proc_mem = pytest.mark.skipif(not UNREADABLE.exists(), reason="needs Linux /proc")


def folder(tmp_path: Path, **tables: str) -> Path:
    package = tmp_path / "pkg"
    package.mkdir()
    for name, text in {"services": SERVICES, **tables}.items():
        (package / f"{name}.csv").write_text(text, encoding="utf-8")
    return package


def archive(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return path


def patched(path: Path, *changes: tuple[bytes, int, str, int]) -> Path:
    """PATH with fields of its first local or central header rewritten, each given as
    (header signature, offset, struct format, new value): a hand-edited archive."""
    data = bytearray(path.read_bytes())
    for signature, offset, form, value in changes:
        struct.pack_into(form, data, data.find(signature) + offset, value)
    path.write_bytes(bytes(data))
    return path


LOCAL, CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


def test_a_table_longer_than_one_batch_is_read_to_its_last_row(tmp_path):
    others = "".join(f"p{n},other-{n},01632 960{n % 1000:03d}\n" for n in range(2100))
    package = folder(tmp_path, phones=f"id,service_id,number\n{others}last,svc-1,01632 960123\n")
    (service,) = parse_source(package).services
    assert [p.number for p in service.phones] == ["01632 960123"]


def test_a_link_to_a_category_the_package_lacks_is_left_out(tmp_path):
    package = folder(
        tmp_path,
        attributes="id,link_id,taxonomy_term_id\na1,svc-1,cat-known\na2,svc-1,cat-missing\n",
        taxonomy_terms="id,name\ncat-known,Health\n",
    )
    data = parse_source(package)
    assert data.services[0].term_ids == ["cat-known"]
    assert list(data.terms) == ["cat-known"]


def test_a_link_to_a_place_the_package_lacks_is_left_out(tmp_path):
    package = folder(
        tmp_path,
        service_at_location="id,service_id,location_id\nl1,svc-1,loc-known\nl2,svc-1,loc-gone\n",
        locations="id,name\nloc-known,Hall\n",
    )
    data = parse_source(package)
    assert data.services[0].location_ids == ["loc-known"]
    assert list(data.locations) == ["loc-known"]


def test_bad_metadata_is_a_note_and_the_services_still_import(tmp_path):
    package = folder(tmp_path)
    (package / "metadata.json").write_text("{not json", encoding="utf-8")
    data = parse_source(package)
    assert [s.id for s in data.services] == ["svc-1"]
    assert data.problems[0].record_id == "file"
    assert data.problems[0].field == "metadata.json"
    assert "not valid JSON" in data.problems[0].reason


def test_metadata_over_the_limit_is_ignored_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_package, "MAX_METADATA_BYTES", 20)
    package = folder(tmp_path)
    (package / "metadata.json").write_text('{"publisher": "A council with a long name"}')
    data = parse_source(package)
    assert data.meta.publisher == "" and "over 1 MB" in data.problems[0].reason


def test_a_folder_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    """The limit is 512 MB; lowered here so the test need not write that much."""
    monkeypatch.setattr(csv_package, "MAX_FILE_BYTES", 40)
    package = folder(tmp_path, phones="id,service_id,number\n" + "p,svc-1,01632 960123\n" * 3)
    with pytest.raises(ImportRefused, match="the CSV files are over the size limit"):
        parse_source(package)


def test_a_broken_link_in_the_folder_is_refused_with_one_line(tmp_path):
    package = folder(tmp_path)
    (package / "phones.csv").symlink_to(tmp_path / "gone.csv")
    with pytest.raises(ImportRefused, match=r"cannot read .*pkg: No such file") as refused:
        parse_source(package)
    assert "\n" not in str(refused.value)


@needs_proc_mem
def test_a_read_error_inside_a_table_is_refused_with_its_name(tmp_path):
    package = folder(tmp_path)
    (package / "phones.csv").symlink_to(UNREADABLE)
    with pytest.raises(ImportRefused, match=r"cannot read phones\.csv: Input/output error"):
        parse_source(package)


def test_a_password_protected_zip_is_refused(tmp_path):
    plain = archive(tmp_path / "export.zip", {"services.csv": SERVICES.encode()})
    # bit 0 of the general-purpose flags: encrypted (zipfile cannot write encrypted members)
    locked = patched(plain, (CENTRAL, 8, "<H", 1))
    with pytest.raises(ImportRefused, match=r"export\.zip is password-protected"):
        parse_source(locked)


def test_a_zip_member_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    """The limit is 256 MB a member; lowered here so the test need not pack that much."""
    monkeypatch.setattr(csv_package, "MAX_ZIP_MEMBER_BYTES", 10)
    big = archive(tmp_path / "export.zip", {"services.csv": SERVICES.encode()})
    with pytest.raises(ImportRefused, match="unpacks to more than the size limit"):
        parse_source(big)


def test_a_zip_member_that_lies_about_its_size_is_refused(tmp_path):
    """zipfile unpacks no more than a member declares, then fails its CRC check."""
    honest = archive(tmp_path / "export.zip", {"services.csv": SERVICES.encode() + b"x" * MB})
    liar = patched(honest, (LOCAL, 22, "<I", len(SERVICES)), (CENTRAL, 24, "<I", len(SERVICES)))
    with pytest.raises(ImportRefused, match=r"services\.csv in the \.zip cannot be unpacked"):
        parse_source(liar)


def test_the_first_of_two_tables_with_one_name_is_read(tmp_path):
    second = "id,name,status\nsvc-2,Second copy,active\n"
    both = archive(
        tmp_path / "export.zip",
        {"2024/services.csv": SERVICES.encode(), "2023/services.csv": second.encode()},
    )
    assert [s.id for s in parse_source(both).services] == ["svc-1"]
