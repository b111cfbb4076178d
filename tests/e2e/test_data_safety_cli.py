"""The real command line against real faults: two imports at once, odd folder names,
hostile files, a read-only disk and a damaged database. Clear messages, nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from tests import faults
from tests.e2e.run_cli import REPO, kiosk
from tests.store.datasets import service_ids, sibling_names, write_dataset

pytestmark = pytest.mark.e2e


def one_line_refusal(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr


def test_two_imports_at_once_both_finish_whole(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    first = write_dataset(tmp_path / "first.json", 2000, prefix="a")
    second = write_dataset(tmp_path / "second.json", 2000, prefix="b")
    command = [sys.executable, "-m", "kiosk", "import", "--force", "--db", str(db)]
    runs = [
        subprocess.Popen([*command, str(source)], cwd=REPO, text=True, stderr=subprocess.PIPE)
        for source in (first, second)
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    ids = service_ids(db)
    assert len(ids) == 2000 and len({i[0] for i in ids}) == 1
    assert sibling_names(db) == ["kiosk.sqlite3", "kiosk.sqlite3.lock", "kiosk.sqlite3.previous"]
    checked = kiosk("check", "--db", db, "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["integrity"] == "ok"


def test_a_hash_in_the_folder_name_keeps_every_safety_check(tmp_path):
    db = tmp_path / "Hub #2 ? 100%" / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "a.json", 10), "--db", db).returncode == 0
    smaller = write_dataset(tmp_path / "b.json", 1)
    refused = kiosk("import", smaller, "--db", db)
    one_line_refusal(refused)
    assert "would remove 9 of the 10 services" in refused.stderr
    assert kiosk("import", smaller, "--force", "--db", db).returncode == 0
    assert kiosk("rollback", "--db", db).returncode == 0
    assert len(service_ids(db)) == 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Hub #2 ? 100%", "a.json", "b.json"]


HOSTILE_FILES = {
    "huge-integer": '[{"id": "a", "name": "x", "status": "active", "minimum_age": '
    + "9" * 5000
    + "}]",
    "huge-latitude": '[{"id": "a", "name": "x", "status": "active", "service_at_locations": '
    '[{"location": {"id": "l", "latitude": ' + "1" * 400 + ', "longitude": 2}}]}]',
    "huge-cost": '[{"id": "a", "name": "x", "status": "active", "cost_options": [{"amount": '
    + "1" * 400
    + "}]}]",
    "surrogate": '[{"id": "a", "name": "x\\ud800", "status": "active", "description": "\\ud800"}]',
    "list-description": '[{"id": "a", "name": "x", "status": "active", "description": [1, {}]}]',
    "deleted": '[{"id": "a", "name": "x", "status": "deleted"}]',
    "deep": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_files_never_end_in_a_traceback(tmp_path, name):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "good.json", 3), "--db", db).returncode == 0
    before = db.read_bytes()
    source = tmp_path / f"{name}.json"
    source.write_text(HOSTILE_FILES[name], encoding="utf-8")
    done = kiosk("import", source, "--force", "--db", db)
    assert "Traceback" not in done.stderr + done.stdout
    if done.returncode == 2:  # the whole file refused: nothing changed
        one_line_refusal(done)
        assert db.read_bytes() == before
    else:  # the bad value dropped from its record, and reported
        assert done.returncode == 0, done.stderr
        assert "problem(s) in the file" in done.stdout or name == "surrogate"
        assert kiosk("check", "--db", db).returncode == 0


def test_a_zip_bomb_is_refused_and_changes_nothing(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "good.json", 3), "--db", db).returncode == 0
    before = db.read_bytes()
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("services.csv", b"id,name\n" + b"," * (60 * 1024 * 1024))
    done = kiosk("import", bomb, "--db", db)
    one_line_refusal(done)
    assert "zip bomb" in done.stderr and db.read_bytes() == before


def test_search_and_check_on_a_damaged_database_say_so_in_one_line(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    db.write_bytes(b"this is not a database" * 500)
    for args in (["search", "autism"], ["check"], ["export", "--out", tmp_path / "o.json"]):
        done = kiosk(*args, "--db", db)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert db.read_bytes() == b"this is not a database" * 500


@faults.needs_namespaces
def test_check_export_and_search_work_on_a_read_only_disk(tmp_path):
    data = tmp_path / "data"
    db = data / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "a.json", 5), "--db", db).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    script = f"""
import json, subprocess, sys
runs = {{}}
for name, args in (
    ("check", ["check", "--json"]),
    ("export", ["export", "--out", {str(out / "x.json")!r}]),
    ("search", ["search", "service"]),
    ("import", ["import", {str(tmp_path / "a.json")!r}, "--force"]),
):
    done = subprocess.run([sys.executable, "-m", "kiosk", *args, "--db", {str(db)!r}],
                          capture_output=True, text=True)
    runs[name] = [done.returncode, done.stdout[-2000:], done.stderr]
print(json.dumps(runs))
"""
    done = faults.run_python(script, setup=faults.read_only(data))
    assert done.returncode == 0, done.stderr
    runs = json.loads(done.stdout.splitlines()[-1])
    assert runs["check"][0] == 0, runs["check"]
    summary = json.loads(runs["check"][1])
    assert summary["files"]["folder_writable"] is False
    assert runs["export"][0] == 0 and runs["search"][0] == 0, runs
    assert runs["import"][0] == 1, runs["import"]
    assert "Traceback" not in runs["import"][2] and runs["import"][2].count("\n") == 1
    assert sibling_names(db) == ["kiosk.sqlite3", "kiosk.sqlite3.lock"]


def test_check_reports_set_aside_files_and_a_running_writer(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "a.json", 5), "--db", db).returncode == 0
    (tmp_path / "kiosk.sqlite3.damaged-20261129T101500Z").write_bytes(b"x")
    text = kiosk("check", "--db", db)
    assert text.returncode == 0
    assert "Damaged file set aside: kiosk.sqlite3.damaged-20261129T101500Z" in text.stdout
    assert "Earlier data for rollback: none" in text.stdout


def test_a_real_feeds_summary_records_import_check_and_pass_the_selftest(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    feed = REPO / "tests" / "fixtures" / "oruk_v1_summary_feed.json"
    done = kiosk("import", feed, "--db", db, "--publisher", "Example Council", "--licence", "OGL")
    assert done.returncode == 0, done.stderr
    assert "web address: added https:// (15)" in done.stdout
    assert "placed in groups from their own words" in done.stdout
    assert "Data quality (20 services)" in done.stdout
    checked = kiosk("check", "--quality", "--db", db, "--json")
    summary = json.loads(checked.stdout)
    assert summary["dataset"]["licence"] == "OGL" and summary["quality"]["inferred"] == 18
    assert summary["dataset"]["age_days"] > 365  # by the records' own dates, not the import
    selftest = kiosk("selftest", "--db", db)
    assert selftest.returncode == 0, selftest.stdout[-2000:] + selftest.stderr[-2000:]
